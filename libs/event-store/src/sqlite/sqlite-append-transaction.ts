/**
 * The write side of the SQLite log: one IMMEDIATE transaction for a group of appends, each in a
 * savepoint of its own, so they share one commit and its fsync. Everything an append must commit
 * with its events happens here, on the connection that writes: the expected-revision check, the
 * hash chain from the stream's head, the events' rows, their Merkle leaves and the subtrees they
 * complete, and the data subjects' keys (created where missing) that seal personal values.
 *
 * It runs where the connection lives: on the event loop (SqliteEventStore without an append
 * thread) or in the append thread (sqlite-append-worker.ts). Its input and its outcomes are plain
 * data, so they cross a thread boundary as they are; the store turns them into stored events
 * (upcast for readers) and typed errors.
 */
import type Database from 'better-sqlite3';
import type { ExpectedRevision } from '../event-store.js';
import { EventIdConflictError, EventStoreError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import { checkExpected, resolveRetry, sealBatch, type PreparedEvent, type RawEvent } from '../core.js';
import { SqliteMerkleTree } from './sqlite-merkle.js';
import { storedReceipts, type Receipt } from '../merkle/merkle-log.js';
import { protectPersonalData, type LocatedPersonalField } from '../personal-data/protect.js';
import type { SqliteSubjectKeys, SubjectKeyRequest } from '../personal-data/subject-keys.js';

/** One append of a group: the prepared batch, and where its personal values are (located on the caller's side). */
export interface AppendRequest {
  readonly streamId: string;
  readonly batch: PreparedEvent[];
  readonly expected: ExpectedRevision;
  /** The events' recorded time (and the keys' write time). */
  readonly recordedAt: string;
  /** Per event, its personal values; absent when the registry names none. */
  readonly personal?: readonly (readonly LocatedPersonalField[])[];
}

/** What one append of a group came to: written, recognised as a retry of one already written, or refused alone. */
export type AppendOutcome =
  | { readonly kind: 'appended'; readonly events: RawEvent[]; readonly receipts: Receipt[] }
  | { readonly kind: 'retried'; readonly events: RawEvent[]; readonly receipts: Receipt[] | undefined }
  | { readonly kind: 'refused'; readonly error: WireError }
  /** An id of the batch is already stored: the caller reads where (after the commit) to answer. */
  | { readonly kind: 'unique-violation' };

/** An error as plain data: the store's typed errors by their fields, anything else by name, code and message. */
export type WireError =
  | { readonly kind: 'wrong-revision'; readonly streamId: string; readonly expected: ExpectedRevision; readonly actual: number }
  | { readonly kind: 'id-conflict'; readonly eventId: string; readonly streamId: string; readonly detail: string }
  | { readonly kind: 'unavailable'; readonly message: string; readonly causeCode?: string }
  | { readonly kind: 'other'; readonly name: string; readonly message: string; readonly code?: string };

const UNAVAILABLE_PREFIX = 'Event store unavailable: ';

export function toWireError(error: unknown): WireError {
  if (error instanceof WrongExpectedRevisionError) {
    return { kind: 'wrong-revision', streamId: error.streamId, expected: error.expected, actual: error.actual };
  }
  if (error instanceof EventIdConflictError)
    return { kind: 'id-conflict', eventId: error.eventId, streamId: error.streamId, detail: error.detail };
  if (error instanceof StoreUnavailableError) {
    const causeCode = (error.cause as { code?: unknown } | undefined)?.code;
    return {
      kind: 'unavailable',
      message: error.message.startsWith(UNAVAILABLE_PREFIX) ? error.message.slice(UNAVAILABLE_PREFIX.length) : error.message,
      ...(typeof causeCode === 'string' ? { causeCode } : {}),
    };
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  return {
    kind: 'other',
    name: (error as Error | undefined)?.name ?? 'Error',
    message: (error as Error | undefined)?.message ?? String(error),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/** The error a WireError stands for: the same class and code as where it was thrown. */
export function fromWireError(wire: WireError): Error {
  switch (wire.kind) {
    case 'wrong-revision':
      return new WrongExpectedRevisionError(wire.streamId, wire.expected, wire.actual);
    case 'id-conflict':
      return new EventIdConflictError(wire.eventId, wire.streamId, wire.detail);
    case 'unavailable':
      return new StoreUnavailableError(
        wire.message,
        wire.causeCode === undefined ? undefined : Object.assign(new Error(wire.message), { code: wire.causeCode }),
      );
    case 'other': {
      const error = new Error(wire.message);
      error.name = wire.name;
      return wire.code === undefined ? error : Object.assign(error, { code: wire.code });
    }
  }
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Carries a recognised retry out of its savepoint (which then rolls back, having written nothing). */
class RetriedAppend extends Error {
  constructor(
    readonly events: RawEvent[],
    readonly receipts: Receipt[] | undefined,
  ) {
    super('retried append');
  }
}

type Row = [
  position: number,
  eventId: string,
  streamId: string,
  revision: number,
  type: string,
  schemaVersion: number,
  recordedAt: string,
  data: string,
  metadata: string,
  hash: string,
  previousHash: string,
];

export const EVENT_COLUMNS =
  'position, event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash';

/** A stored row as an event, with its data and metadata as given (parsed, or left unparsed for verification). */
export function eventOfRow(row: Row, data: RawEvent['data'], metadata: RawEvent['metadata']): RawEvent {
  return {
    id: row[1],
    type: row[4],
    schemaVersion: row[5],
    streamId: row[2],
    revision: row[3],
    position: row[0],
    recordedAt: row[6],
    data,
    metadata,
    hash: row[9],
    previousHash: row[10],
  };
}

export function rawEventOf(row: Row): RawEvent {
  return eventOfRow(row, JSON.parse(row[7]), JSON.parse(row[8]));
}

export type EventRow = Row;

export class SqliteAppendTransaction {
  private readonly statements;
  private readonly tree: SqliteMerkleTree;
  /** The group's transaction; the caller retries it while another connection holds the write lock. */
  readonly commitGroup: (group: readonly AppendRequest[]) => AppendOutcome[];

  constructor(
    db: Database.Database,
    private readonly keys: SqliteSubjectKeys | undefined,
  ) {
    this.statements = {
      streamHead: db
        .prepare<[string], [revision: number, hash: string]>(
          'select revision, hash from gongron_events where stream_id = ? order by revision desc limit 1',
        )
        .raw(),
      insertEvent: db.prepare(
        `insert into gongron_events (event_id, stream_id, revision, type, schema_version, recorded_at, data, metadata, hash, previous_hash)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      locateId: db.prepare<[string], { stream_id: string; revision: number }>(
        'select stream_id, revision from gongron_events where event_id = ?',
      ),
      streamRange: db
        .prepare<[string, number, number], Row>(
          `select ${EVENT_COLUMNS} from gongron_events where stream_id = ? and revision between ? and ? order by revision`,
        )
        .raw(),
      atPosition: db.prepare<[number], Row>(`select ${EVENT_COLUMNS} from gongron_events where position = ?`).raw(),
    };
    this.tree = new SqliteMerkleTree(db, (position) => {
      const row = this.statements.atPosition.get(position);
      return row && rawEventOf(row);
    });
    // Called inside the group's transaction, better-sqlite3 runs this one in a savepoint.
    const inSavepoint = db.transaction((request: AppendRequest) => this.appendOne(request));
    this.commitGroup = db.transaction((group: readonly AppendRequest[]) =>
      group.map((request): AppendOutcome => {
        try {
          const { events, receipts } = inSavepoint(request);
          return { kind: 'appended', events, receipts };
        } catch (error) {
          // A refusal of this append alone; anything else (I/O, a full disk) fails the whole group.
          if (error instanceof RetriedAppend) return { kind: 'retried', events: error.events, receipts: error.receipts };
          if (isUniqueViolation(error)) return { kind: 'unique-violation' };
          if (error instanceof EventStoreError) return { kind: 'refused', error: toWireError(error) };
          throw error;
        }
      }),
    ).immediate;
  }

  private appendOne(request: AppendRequest): { events: RawEvent[]; receipts: Receipt[] } {
    const { streamId, expected, recordedAt } = request;
    const s = this.statements;
    const keys = this.keys;
    const batch = keys && request.personal ? sealPersonal(request, (requests) => keys.keysForAppend(requests, recordedAt)) : request.batch;
    const head = s.streamHead.get(streamId);
    const current = head ? head[0] : -1;
    try {
      checkExpected(streamId, expected, current);
    } catch (error) {
      // A retry of an append that already succeeded carries a stale expectation: recognise it first.
      const first = s.locateId.get(batch[0]!.id);
      if (first) throw this.retried(streamId, batch, first);
      throw error;
    }
    const sealed = sealBatch(streamId, batch, current, head ? head[1] : '', recordedAt);
    const events: RawEvent[] = new Array(sealed.length);
    for (let index = 0; index < sealed.length; index++) {
      const event = sealed[index]!;
      const info = s.insertEvent.run(
        event.id,
        streamId,
        event.revision,
        event.type,
        event.schemaVersion,
        recordedAt,
        event.dataJson,
        event.metadataJson,
        event.hash,
        event.previousHash,
      );
      events[index] = {
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId,
        revision: event.revision,
        position: Number(info.lastInsertRowid),
        recordedAt,
        data: event.data,
        metadata: event.metadata,
        hash: event.hash,
        previousHash: event.previousHash,
      };
    }
    return { events, receipts: this.tree.append(events) };
  }

  private retried(streamId: string, batch: PreparedEvent[], first: { stream_id: string; revision: number }): RetriedAppend {
    const { place, receipts } = storedRetry(this.statements.streamRange, this.tree, streamId, batch, first);
    return new RetriedAppend(place, receipts);
  }
}

/** The stored events a retried batch matches (or the conflict it is), with their receipts. */
export function storedRetry(
  streamRange: Database.Statement<[string, number, number], Row>,
  tree: SqliteMerkleTree,
  streamId: string,
  batch: readonly PreparedEvent[],
  first: { readonly stream_id: string; readonly revision: number },
): { place: RawEvent[]; receipts: Receipt[] | undefined } {
  const place =
    first.stream_id === streamId ? streamRange.all(streamId, first.revision, first.revision + batch.length - 1).map(rawEventOf) : [];
  resolveRetry(streamId, batch, { streamId: first.stream_id, revision: first.revision }, place);
  const receipts = storedReceipts(
    place.map((event) => tree.leafAt(event.position)),
    tree.size(),
  );
  return { place, receipts };
}

/** The batch with its personal values sealed, from where the caller located them. */
export function sealPersonal(
  request: AppendRequest,
  keysOf: (requests: SubjectKeyRequest[]) => ReadonlyMap<string, Buffer>,
  missing: 'throw' | 'leave' = 'throw',
): PreparedEvent[] {
  const located = request.personal;
  if (!located) return request.batch;
  const byData = new Map(request.batch.map((event, index) => [event.data, located[index] ?? []]));
  return protectPersonalData(request.streamId, request.batch, (event) => byData.get(event.data) ?? [], keysOf, missing);
}
