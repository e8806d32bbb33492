/** What an attacker who rewrote events does next: builds the tree again from them, with the project's own code. */
import type Database from 'better-sqlite3';
import { appendLeaves, computeEventHash, eventLeafHash, foldRange, rangeNodes, treeRow, type NewNode } from '@gongron/event-store';

export function treeOf(events: readonly { readonly position: number; readonly hash: string }[]): {
  leaves: { leafIndex: number; position: number; hash: Buffer }[];
  nodes: NewNode[];
  /** Hex. */
  root: string;
} {
  const nodes = appendLeaves(
    0,
    events.map((event) => eventLeafHash(event.position, event.hash)),
    () => undefined,
  );
  const stored = new Map(nodes.map((node) => [`${node.level}/${node.index}`, node.hash]));
  const root = foldRange(rangeNodes(0, events.length).map((node) => stored.get(`${node.level}/${node.index}`)!)).toString('hex');
  return {
    root,
    leaves: nodes
      .filter((node) => node.level === 0)
      .map((node) => ({ leafIndex: node.index, position: events[node.index]!.position, hash: node.hash })),
    nodes: nodes.filter((node) => node.level > 0),
  };
}

/** An event as the SQLite log stores it. */
export interface StoredEventRow {
  readonly position: number;
  readonly event_id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly schema_version: number;
  readonly recorded_at: string;
  readonly data: string;
  readonly metadata: string;
  readonly hash: string;
  readonly previous_hash: string;
}

/** The SQLite log's events in position order. */
export function storedEvents(raw: Database.Database): StoredEventRow[] {
  return raw.prepare('select * from gongron_events order by position').all() as StoredEventRow[];
}

/** What someone with DDL rights does first: drops the triggers that keep the SQLite log and its tree append-only. */
export function dropAppendOnlyTriggers(raw: Database.Database): void {
  for (const trigger of [
    'gongron_events_no_update',
    'gongron_events_no_delete',
    'gongron_merkle_tree_no_update',
    'gongron_merkle_tree_no_delete',
  ]) {
    raw.exec(`drop trigger if exists ${trigger}`);
  }
}

/**
 * Gives `target` the stored data `data` and re-seals it and every later event of its stream with
 * the project's own hash function, so that every hash chain holds again.
 */
export function resealStream(raw: Database.Database, events: readonly StoredEventRow[], target: StoredEventRow, data: string): void {
  let previous = target.previous_hash;
  for (const row of events.filter((candidate) => candidate.stream_id === target.stream_id && candidate.revision >= target.revision)) {
    const stored = row === target ? data : row.data;
    const hash = computeEventHash(previous, {
      id: row.event_id,
      type: row.type,
      schemaVersion: row.schema_version,
      streamId: row.stream_id,
      revision: row.revision,
      recordedAt: row.recorded_at,
      data: JSON.parse(stored) as Record<string, unknown>,
      metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    });
    raw
      .prepare('update gongron_events set data = ?, hash = ?, previous_hash = ? where position = ?')
      .run(stored, hash, previous, row.position);
    previous = hash;
  }
}

/** Builds the SQLite tree tables again from the events as they now are; the new root (hex). */
export function retreeSqlite(raw: Database.Database): string {
  const tree = treeOf(
    raw.prepare('select position, hash from gongron_events order by position').all() as { position: number; hash: string }[],
  );
  writeSqliteTree(raw, tree);
  return tree.root;
}

/**
 * Replaces the SQLite tree table's rows by `tree`, in the table's in-order layout (leaf i at row
 * 2i, node (level, idx) at row idx·2^(level+1) + 2^level − 1); the triggers must be gone.
 */
export function writeSqliteTree(raw: Database.Database, tree: Pick<ReturnType<typeof treeOf>, 'leaves' | 'nodes'>): void {
  raw.exec('delete from gongron_merkle_tree');
  const insert = raw.prepare('insert into gongron_merkle_tree (node, position, hash) values (?, ?, ?)');
  for (const entry of tree.leaves) insert.run(treeRow(0, entry.leafIndex), entry.position, entry.hash);
  for (const entry of tree.nodes) insert.run(treeRow(entry.level, entry.index), null, entry.hash);
}
