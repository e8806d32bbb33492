/**
 * The log's Merkle tree in PostgreSQL: gongron_merkle_append (postgres-schema.ts) writes the
 * leaves and completed subtrees inside every append, under the append lock; this reads them.
 */
import type pg from 'pg';
import type { StoredEvent } from '../event-store.js';
import { eventLeafHash, nodeKey, type Hash, type NodeRef } from '../merkle/merkle.js';
import type { LeafRecord, MerkleStorage, Receipt } from '../merkle/merkle-log.js';

type Query = <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) => Promise<R[]>;

interface LeafRow {
  leaf_index: string;
  position: string;
  hash: Buffer;
}

const toLeaf = (row: LeafRow): LeafRecord => ({
  leafIndex: Number(row.leaf_index),
  position: Number(row.position),
  leafHash: row.hash.toString('hex'),
});

/** Receipts for a batch from the leaf indexes the append function answered. */
export function receiptsOf(
  events: readonly { readonly position: number; readonly hash: string }[],
  leafIndexes: readonly number[],
): Receipt[] {
  const treeSize = Math.max(...leafIndexes) + 1;
  return events.map((event, offset) => ({
    position: event.position,
    leafIndex: leafIndexes[offset]!,
    leafHash: eventLeafHash(event.position, event.hash).toString('hex'),
    treeSize,
  }));
}

export function postgresMerkleStorage(query: Query, storedEvent: (position: number) => Promise<StoredEvent | undefined>): MerkleStorage {
  const leafAt = async (position: number) => {
    const rows = await query<LeafRow>(
      'gongron-merkle-leaf',
      'select leaf_index, position, hash from gongron_merkle_leaves where position = $1',
      [position],
    );
    return rows[0] && toLeaf(rows[0]);
  };
  return {
    size: async () =>
      Number(
        (
          await query<{ size: string | null }>('gongron-merkle-size', 'select max(leaf_index) + 1 as size from gongron_merkle_leaves', [])
        )[0]?.size ?? 0,
      ),
    fetch: async (nodes: readonly NodeRef[]) => {
      const leaves = nodes.filter((node) => node.level === 0).map((node) => node.index);
      const inner = nodes.filter((node) => node.level > 0);
      const rows = await query<{ level: number; idx: string; hash: Buffer }>(
        'gongron-merkle-nodes',
        `select 0::smallint as level, leaf_index as idx, hash from gongron_merkle_leaves where leaf_index = any($1::bigint[])
         union all
         select n.level, n.idx, n.hash from gongron_merkle_nodes n join unnest($2::smallint[], $3::bigint[]) as u(level, idx) on n.level = u.level and n.idx = u.idx`,
        [leaves, inner.map((node) => node.level), inner.map((node) => node.index)],
      );
      return new Map<string, Hash>(rows.map((row) => [nodeKey(row.level, Number(row.idx)), row.hash]));
    },
    leafByPosition: leafAt,
    positionOf: async (eventId) => {
      const rows = await query<{ position: string }>(
        'gongron-merkle-position-of',
        'select position from gongron_events where event_id = $1',
        [eventId],
      );
      return rows[0] ? Number(rows[0].position) : undefined;
    },
    storedEvent,
    leaves: async (afterIndex, maxCount) =>
      (
        await query<LeafRow>(
          'gongron-merkle-leaves',
          'select leaf_index, position, hash from gongron_merkle_leaves where leaf_index > $1 order by leaf_index limit $2',
          [afterIndex, maxCount],
        )
      ).map(toLeaf),
  };
}
