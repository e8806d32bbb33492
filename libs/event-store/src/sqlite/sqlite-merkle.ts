/**
 * The log's Merkle tree in SQLite: one table, gongron_merkle_tree, holding the leaves (one per
 * event, in position order) and every complete subtree above them in in-order layout — leaf i at
 * row 2i, node (level, idx) at row idx·2^(level+1) + 2^level − 1. An append writes its leaves
 * and the subtrees they complete in the append's own transaction; being neighbours, they share
 * one page.
 */
import type Database from 'better-sqlite3';
import type { StoredEvent } from '../event-store.js';
import { appendLeaves, eventLeafHash, nodeKey, treeRow, type Hash, type NodeRef } from '../merkle/merkle.js';
import type { LeafRecord, MerkleStorage, Receipt } from '../merkle/merkle-log.js';

type LeafRow = [row: number, position: number, hash: Buffer];

const toLeaf = (row: LeafRow): LeafRecord => ({ leafIndex: row[0] / 2, position: row[1], leafHash: row[2].toString('hex') });

export class SqliteMerkleTree {
  private readonly statements;

  constructor(
    db: Database.Database,
    private readonly storedEvent: (position: number) => StoredEvent | undefined,
  ) {
    this.statements = {
      lastRow: db.prepare<[], number | null>('select max(node) from gongron_merkle_tree').pluck(),
      insert: db.prepare<[number, number | null, Buffer]>('insert into gongron_merkle_tree (node, position, hash) values (?, ?, ?)'),
      hash: db.prepare<[number], Buffer>('select hash from gongron_merkle_tree where node = ?').pluck(),
      leafRow: db.prepare<[number], LeafRow>('select node, position, hash from gongron_merkle_tree where node = ?').raw(),
      leaves: db
        .prepare<[number, number], LeafRow>(
          'select node, position, hash from gongron_merkle_tree where node > ? and node % 2 = 0 order by node limit ?',
        )
        .raw(),
      positionOf: db.prepare<[string], number>('select position from gongron_events where event_id = ?').pluck(),
      unleaved: db
        .prepare<[number], [position: number, hash: string]>(
          'select position, hash from gongron_events where position > ? order by position limit 10000',
        )
        .raw(),
      lastLeafPosition: db.prepare<[], number | null>('select position from gongron_merkle_tree order by node desc limit 1').pluck(),
    };
  }

  /** The largest row is always the last leaf: a subtree's row lies before the leaf completing it. */
  size(): number {
    const last = this.statements.lastRow.get();
    return last === null || last === undefined ? 0 : last / 2 + 1;
  }

  private node(level: number, index: number): Hash | undefined {
    return this.statements.hash.get(treeRow(level, index));
  }

  private leafByIndex(leafIndex: number): LeafRow | undefined {
    return this.statements.leafRow.get(2 * leafIndex);
  }

  /** Inside the append's transaction: the events' leaves and the subtrees they complete. */
  append(events: readonly { readonly position: number; readonly hash: string }[]): Receipt[] {
    const s = this.statements;
    const first = this.size();
    const leaves = events.map((event) => eventLeafHash(event.position, event.hash));
    for (const node of appendLeaves(first, leaves, (level, index) => this.node(level, index))) {
      const position = node.level === 0 ? events[node.index - first]!.position : null;
      s.insert.run(treeRow(node.level, node.index), position, node.hash);
    }
    const treeSize = first + events.length;
    return events.map((event, offset) => ({
      position: event.position,
      leafIndex: first + offset,
      leafHash: leaves[offset]!.toString('hex'),
      treeSize,
    }));
  }

  /**
   * The leaf of the event at `position`. Positions rise with leaf indexes and, in a log written
   * here, leaf i holds position i + 1; where they do not match (a log with holes), a binary
   * search over the leaves finds it in O(log n) reads.
   */
  leafAt(position: number): LeafRecord | undefined {
    const guess = this.leafByIndex(position - 1);
    if (guess && guess[1] === position) return toLeaf(guess);
    let low = 0;
    let high = this.size() - 1;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const row = this.leafByIndex(middle);
      if (!row) return undefined;
      if (row[1] === position) return toLeaf(row);
      if (row[1] < position) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
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
    leaves: (afterIndex, maxCount) => this.statements.leaves.all(2 * afterIndex, maxCount).map(toLeaf),
  };
}
