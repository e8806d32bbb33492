/**
 * The log's Merkle tree in SQLite: one table, gongron_merkle_tree, holding the leaves (one per
 * event, in position order) and every complete subtree above them in in-order layout — leaf i at
 * row 2i, node (level, idx) at row idx·2^(level+1) + 2^level − 1.
 *
 * Leaves are written in pairs. An append whose leaf has an even index writes no row: that leaf is
 * the tree's last one, and its hash is its event's (eventLeafHash of the event's position and
 * hash, read from the event row). The next append, whose leaf has an odd index, writes both
 * leaves and the subtrees the pair completes, in one statement, on one page. So half the appends
 * write nothing to the tree, and the tree always covers every event: every leaf but an unpaired
 * last one is stored, and every complete subtree above level 0 is stored, since a subtree ends
 * at a leaf with an odd index. Nothing is kept in memory between appends: each one reads the
 * tree's last stored leaf inside its own transaction, so a rolled-back append, another process
 * appending to the same file, or a tree rebuilt behind the store's back leave nothing stale.
 */
import type Database from 'better-sqlite3';
import type { StoredEvent } from '../event-store.js';
import { appendLeaves, eventLeafHash, nodeKey, treeRow, type Hash, type NodeRef } from '../merkle/merkle.js';
import type { LeafRecord, MerkleStorage, Receipt } from '../merkle/merkle-log.js';

type LeafRow = [row: number, position: number, hash: Buffer];
type EventLeaf = { readonly position: number; readonly hash: string };

/** Rows per insert statement (3 parameters each, far below SQLite's limit of bound parameters). */
const ROWS_PER_INSERT = 100;

const toLeaf = (row: LeafRow): LeafRecord => ({ leafIndex: row[0] / 2, position: row[1], leafHash: row[2].toString('hex') });

export class SqliteMerkleTree {
  private readonly statements;
  private readonly inserts = new Map<number, Database.Statement<(number | Buffer | null)[]>>();

  constructor(
    private readonly db: Database.Database,
    private readonly storedEvent: (position: number) => StoredEvent | undefined,
  ) {
    this.statements = {
      // Without the hash: every append reads this, and a blob costs a Buffer.
      lastLeaf: db
        .prepare<[], [row: number, position: number]>('select node, position from gongron_merkle_tree order by node desc limit 1')
        .raw(),
      hash: db.prepare<[number], Buffer>('select hash from gongron_merkle_tree where node = ?').pluck(),
      leafRow: db.prepare<[number], LeafRow>('select node, position, hash from gongron_merkle_tree where node = ?').raw(),
      leaves: db
        .prepare<[number, number], LeafRow>(
          'select node, position, hash from gongron_merkle_tree where node > ? and node % 2 = 0 order by node limit ?',
        )
        .raw(),
      positionOf: db.prepare<[string], number>('select position from gongron_events where event_id = ?').pluck(),
      eventAfter: db
        .prepare<[number], [position: number, hash: string]>(
          'select position, hash from gongron_events where position > ? order by position limit 1',
        )
        .raw(),
      eventsBetween: db
        .prepare<[number, number], [position: number, hash: string]>(
          'select position, hash from gongron_events where position > ? and position < ? order by position',
        )
        .raw(),
      unleaved: db
        .prepare<[number], [position: number, hash: string]>(
          'select position, hash from gongron_events where position > ? order by position limit 10000',
        )
        .raw(),
    };
  }

  /** The stored leaves: how many, and the position of the last one (0 for none). */
  private stored(): { count: number; lastPosition: number } {
    const last = this.statements.lastLeaf.get();
    // The largest row is always a leaf: a subtree's row lies before the leaf completing it.
    return last ? { count: last[0] / 2 + 1, lastPosition: last[1] } : { count: 0, lastPosition: 0 };
  }

  /** The tree's unpaired last leaf, kept in its event's row: the event after the last stored leaf, where that leaf is the second of a pair. */
  private unpaired(stored: { count: number; lastPosition: number }): LeafRecord | undefined {
    if (stored.count % 2 === 1) return undefined;
    const event = this.statements.eventAfter.get(stored.lastPosition);
    return event && { leafIndex: stored.count, position: event[0], leafHash: eventLeafHash(event[0], event[1]).toString('hex') };
  }

  size(): number {
    const stored = this.stored();
    return stored.count + (this.unpaired(stored) ? 1 : 0);
  }

  private node(level: number, index: number): Hash | undefined {
    return this.statements.hash.get(treeRow(level, index));
  }

  /**
   * Inside the append's transaction, after its events are inserted: their leaves, and the
   * subtrees they complete. The leaves between the last stored one and the batch (the unpaired
   * leaf an earlier append left, or events of a log written without the tree) are written with
   * them. The batch's last leaf stays unwritten when its index is even, unless `writeAll`.
   */
  append(events: readonly EventLeaf[], writeAll = false): Receipt[] {
    if (events.length === 0) return [];
    const stored = this.stored();
    const firstPosition = events[0]!.position;
    const between: readonly EventLeaf[] =
      firstPosition === stored.lastPosition + 1
        ? []
        : this.statements.eventsBetween.all(stored.lastPosition, firstPosition).map(([position, hash]) => ({ position, hash }));
    const leaves = [...between, ...events].map((event) => eventLeafHash(event.position, event.hash));
    const treeSize = stored.count + leaves.length;
    const rows: (number | Buffer | null)[] = [];
    for (const node of appendLeaves(stored.count, leaves, (level, index) => this.node(level, index))) {
      if (node.level > 0) rows.push(treeRow(node.level, node.index), null, node.hash);
      else if (writeAll || node.index % 2 === 1 || node.index < treeSize - 1) {
        const offset = node.index - stored.count;
        rows.push(2 * node.index, (offset < between.length ? between[offset]! : events[offset - between.length]!).position, node.hash);
      }
    }
    for (let at = 0; at < rows.length; at += 3 * ROWS_PER_INSERT) {
      const chunk = rows.slice(at, at + 3 * ROWS_PER_INSERT);
      this.insertStatement(chunk.length / 3).run(...chunk);
    }
    const first = stored.count + between.length;
    return events.map((event, offset) => ({
      position: event.position,
      leafIndex: first + offset,
      leafHash: leaves[between.length + offset]!.toString('hex'),
      treeSize,
    }));
  }

  private insertStatement(rows: number): Database.Statement<(number | Buffer | null)[]> {
    let statement = this.inserts.get(rows);
    if (!statement) {
      statement = this.db.prepare<(number | Buffer | null)[]>(
        `insert into gongron_merkle_tree (node, position, hash) values ${Array.from({ length: rows }, () => '(?, ?, ?)').join(', ')}`,
      );
      this.inserts.set(rows, statement);
    }
    return statement;
  }

  /**
   * The leaf of the event at `position`. Positions rise with leaf indexes and, in a log written
   * here, leaf i holds position i + 1; where they do not match (a log with holes), a binary
   * search over the leaves finds it in O(log n) reads.
   */
  leafAt(position: number): LeafRecord | undefined {
    const stored = this.stored();
    if (position > stored.lastPosition) {
      const unpaired = this.unpaired(stored);
      return unpaired?.position === position ? unpaired : undefined;
    }
    const guess = this.statements.leafRow.get(2 * (position - 1));
    if (guess && guess[1] === position) return toLeaf(guess);
    let low = 0;
    let high = stored.count - 1;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const row = this.statements.leafRow.get(2 * middle);
      if (!row) return undefined;
      if (row[1] === position) return toLeaf(row);
      if (row[1] < position) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** Leaves with index > afterIndex, in order, the unpaired last one included. */
  leaves(afterIndex: number, maxCount: number): LeafRecord[] {
    const found = this.statements.leaves.all(2 * afterIndex, maxCount).map(toLeaf);
    if (found.length < maxCount) {
      const unpaired = this.unpaired(this.stored());
      if (unpaired && unpaired.leafIndex > afterIndex) found.push(unpaired);
    }
    return found;
  }

  /** Positions of the leaves with index > afterIndex, in order. */
  leafPositions(afterIndex: number, maxCount: number): number[] {
    return this.leaves(afterIndex, maxCount).map((leaf) => leaf.position);
  }

  /** Gives every event that has no stored leaf its leaf (a log written before the tree existed, or an unpaired last leaf). Run in a write transaction. */
  catchUp(): void {
    for (;;) {
      const rows = this.statements.unleaved.all(this.stored().lastPosition);
      if (rows.length === 0) return;
      this.append(
        rows.map(([position, hash]) => ({ position, hash })),
        true,
      );
    }
  }

  readonly storage: MerkleStorage = {
    size: () => this.size(),
    fetch: (nodes: readonly NodeRef[]) => {
      const found = new Map<string, Hash>();
      // The unpaired last leaf is not stored: it is read from its event, once per fetch.
      let unpaired: { leaf: LeafRecord | undefined } | undefined;
      for (const { level, index } of nodes) {
        let hash = this.node(level, index);
        if (!hash && level === 0) {
          unpaired ??= { leaf: this.unpaired(this.stored()) };
          if (unpaired.leaf?.leafIndex === index) hash = Buffer.from(unpaired.leaf.leafHash, 'hex');
        }
        if (hash) found.set(nodeKey(level, index), hash);
      }
      return found;
    },
    leafByPosition: (position) => this.leafAt(position),
    positionOf: (eventId) => this.statements.positionOf.get(eventId),
    storedEvent: (position) => this.storedEvent(position),
    leaves: (afterIndex, maxCount) => this.leaves(afterIndex, maxCount),
  };
}
