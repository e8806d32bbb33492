/** Verifying what the SQLite file stores: one stream's hash chain against its head and the tree, or the whole log. */
import type Database from 'better-sqlite3';
import type { VerificationResult, VerifyOptions } from '../event-store.js';
import type { RawEvent } from '../core.js';
import type { CanonicalParts } from '../hash.js';
import { parseStreamId } from '../stream-id.js';
import { verifyLog, verifyStreamRows, type StreamHeadRecord } from '../merkle/log-verification.js';
import type { LeafRecord, MerkleLog } from '../merkle/merkle-log.js';
import { eventOfRow, rawEventOf, type EventRow } from './sqlite-append-transaction.js';
import type { SqliteMerkleTree } from './sqlite-merkle.js';
import { STREAMS_VIEW_SQL } from './sqlite-schema.js';
import { runSqlite as run } from './sqlite-errors.js';
import type { SqliteStatements } from './sqlite-statements.js';

/** What a verified row's data and metadata read as: verification hashes their stored text and parses neither. */
const UNPARSED: Readonly<Record<string, never>> = Object.freeze({});
const VERIFY_PAGE_SIZE = 5000;

/** A row for verification: its fields, and the stored text of data and metadata that the hash covers. */
function toVerifiedRow(row: EventRow): RawEvent & { readonly canonical: CanonicalParts } {
  return Object.assign(eventOfRow(row, UNPARSED, UNPARSED as RawEvent['metadata']), { canonical: { data: row[7], metadata: row[8] } });
}

export class SqliteVerification {
  constructor(
    private readonly database: Database.Database,
    private readonly statements: SqliteStatements,
    private readonly tree: SqliteMerkleTree,
    private readonly merkle: MerkleLog,
  ) {}

  async verifyStream(streamId: string, options?: VerifyOptions): Promise<VerificationResult> {
    parseStreamId(streamId);
    const s = this.statements;
    const events = run(() => s.streamRange.all(streamId, 0, Number.MAX_SAFE_INTEGER)).map(rawEventOf);
    const head = run(() => this.storedHeads(streamId))[0];
    return verifyStreamRows(
      {
        streamId,
        events,
        head,
        leafAt: async (position) => run(() => this.tree.leafAt(position)),
        inclusionProof: (leafIndex, treeSize) => this.merkle.inclusionProof(leafIndex, treeSize),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        treeSize: async () => run(() => this.tree.size()),
        eventCount: async () => run(() => s.eventCount.get() ?? 0),
        eventPositions: async (after, maxCount) => run(() => s.eventPositions.all(after, maxCount)),
        leafPositions: async (afterIndex, maxCount) => run(() => s.leafPositions.all(afterIndex, maxCount)),
      },
      options?.checkpoints,
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void, options?: VerifyOptions): Promise<VerificationResult> {
    const s = this.statements;
    // The stored data and metadata are the canonical JSON the hash covers (core.ts): hashed as stored, parsed never.
    const read = (after: number) => run(() => s.readAll.all(after, VERIFY_PAGE_SIZE)).map(toVerifiedRow);
    async function* pages() {
      let after = 0;
      for (;;) {
        const page = read(after);
        if (page.length === 0) return;
        yield page;
        after = page[page.length - 1]!.position;
        // Let the event loop breathe between pages of a long verification.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return verifyLog(
      {
        events: pages,
        leaves: async (afterIndex, maxCount) => run(() => this.tree.storage.leaves(afterIndex, maxCount) as LeafRecord[]),
        treeSize: async () => run(() => this.tree.size()),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        leafAt: async (position) => run(() => this.tree.leafAt(position)),
        streamHeads: async () => run(() => this.storedHeads()),
        streamEvent: async (streamId, revision) => run(() => s.streamRange.all(streamId, revision, revision).map(rawEventOf)[0]),
      },
      options?.checkpoints,
      onProgress,
    );
  }

  /**
   * Stream heads stored apart from the events. The schema's gongron_streams is a view of the
   * events (it cannot disagree with them); a table put in its place behind the store's back can.
   */
  private storedHeads(streamId?: string): StreamHeadRecord[] {
    const kind = this.statements.streamsKind.get();
    // SQLite keeps the statement as written, but with its first keywords in upper case.
    if (kind === undefined || (kind.type === 'view' && kind.sql.replace(/^create view/i, 'create view') === STREAMS_VIEW_SQL)) return [];
    const rows = this.database
      .prepare<unknown[], { stream_id: string; revision: number; last_hash: string }>(
        `select stream_id, revision, last_hash from gongron_streams${streamId === undefined ? '' : ' where stream_id = ?'}`,
      )
      .all(...(streamId === undefined ? [] : [streamId]));
    return rows.map((row) => ({ streamId: row.stream_id, revision: Number(row.revision), hash: row.last_hash }));
  }
}
