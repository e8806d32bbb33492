/**
 * The log's Merkle tree in SQLite: gongron_merkle_leaves (one row per event, in position order)
 * and gongron_merkle_nodes (every complete subtree above the leaves). An append writes its
 * leaves and the subtrees they complete in the append's own transaction.
 */
import type Database from 'better-sqlite3';
import type { StoredEvent } from '../event-store.js';
import { appendLeaves, eventLeafHash, nodeKey, type Hash, type NodeRef } from '../merkle/merkle.js';
import type { LeafRecord, MerkleStorage, Receipt } from '../merkle/merkle-log.js';

type LeafRow = [leafIndex: number, position: number, hash: Buffer];

const toLeaf = (row: LeafRow): LeafRecord => ({ leafIndex: row[0], position: row[1], leafHash: row[2].toString('hex') });

export class SqliteMerkleTree {
  private readonly statements;

  constructor(
    db: Database.Database,
    private readonly storedEvent: (position: number) => StoredEvent | undefined,
  ) {
    this.statements = {
      size: db.prepare<[], number | null>('select max(leaf_index) + 1 from gongron_merkle_leaves').pluck(),
      insertLeaf: db.prepare<[number, number, Buffer]>('insert into gongron_merkle_leaves (leaf_index, position, hash) values (?, ?, ?)'),
      insertNode: db.prepare<[number, number, Buffer]>('insert into gongron_merkle_nodes (level, idx, hash) values (?, ?, ?)'),
      leaf: db.prepare<[number], Buffer>('select hash from gongron_merkle_leaves where leaf_index = ?').pluck(),
      node: db.prepare<[number, number], Buffer>('select hash from gongron_merkle_nodes where level = ? and idx = ?').pluck(),
      byPosition: db.prepare<[number], LeafRow>('select leaf_index, position, hash from gongron_merkle_leaves where position = ?').raw(),
      leaves: db
        .prepare<[number, number], LeafRow>(
          'select leaf_index, position, hash from gongron_merkle_leaves where leaf_index > ? order by leaf_index limit ?',
        )
        .raw(),
      positionOf: db.prepare<[string], number>('select position from gongron_events where event_id = ?').pluck(),
      unleaved: db
        .prepare<[number], [position: number, hash: string]>(
          'select position, hash from gongron_events where position > ? order by position limit 10000',
        )
        .raw(),
      lastLeafPosition: db
        .prepare<[], number | null>('select position from gongron_merkle_leaves order by leaf_index desc limit 1')
        .pluck(),
    };
  }

  size(): number {
    return this.statements.size.get() ?? 0;
  }

  private node(level: number, index: number): Hash | undefined {
    return level === 0 ? this.statements.leaf.get(index) : this.statements.node.get(level, index);
  }

  /** Inside the append's transaction: the events' leaves and the subtrees they complete. */
  append(events: readonly { readonly position: number; readonly hash: string }[]): Receipt[] {
    const s = this.statements;
    const first = this.size();
    const leaves = events.map((event) => eventLeafHash(event.position, event.hash));
    for (const node of appendLeaves(first, leaves, (level, index) => this.node(level, index))) {
      if (node.level === 0) s.insertLeaf.run(node.index, events[node.index - first]!.position, node.hash);
      else s.insertNode.run(node.level, node.index, node.hash);
    }
    const treeSize = first + events.length;
    return events.map((event, offset) => ({
      position: event.position,
      leafIndex: first + offset,
      leafHash: leaves[offset]!.toString('hex'),
      treeSize,
    }));
  }

  leafAt(position: number): LeafRecord | undefined {
    const row = this.statements.byPosition.get(position);
    return row && toLeaf(row);
  }

  /** Gives every event that has no leaf yet its leaf (a log written before the tree existed). Run in a write transaction. */
  catchUp(): void {
    for (;;) {
      const after = this.statements.lastLeafPosition.get() ?? 0;
      const rows = this.statements.unleaved.all(after);
      if (rows.length === 0) return;
      this.append(rows.map(([position, hash]) => ({ position, hash })));
    }
  }

  readonly storage: MerkleStorage = {
    size: () => this.size(),
    fetch: (nodes: readonly NodeRef[]) => {
      const found = new Map<string, Hash>();
      for (const { level, index } of nodes) {
        const hash = this.node(level, index);
        if (hash) found.set(nodeKey(level, index), hash);
      }
      return found;
    },
    leafByPosition: (position) => this.leafAt(position),
    positionOf: (eventId) => this.statements.positionOf.get(eventId),
    storedEvent: (position) => this.storedEvent(position),
    leaves: (afterIndex, maxCount) => this.statements.leaves.all(afterIndex, maxCount).map(toLeaf),
  };
}
