/**
 * The EventStore port: the product's memory. Every adapter (memory, sqlite, postgres,
 * eventstoredb) behaves exactly as described here, and one contract suite proves it.
 * The store is generic: it knows no domain event type; the application hands it the
 * registry of known types, their schema versions and upcasters.
 */

import type { SubjectKeyStore } from './personal-data/subject-keys.js';

/** Who did it: recorded on every event. */
export interface ActorRef {
  readonly id: string;
  readonly role: string;
  readonly district?: string;
  readonly body?: string;
  readonly party?: string;
  readonly name?: string;
}

export interface EventMetadata {
  readonly actor?: ActorRef;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** The version of the workflow definition the stream started under. */
  readonly workflowVersion?: number;
  /** When the fact took effect, where that differs from when it was recorded (ISO 8601). */
  readonly effectiveAt?: string;
  readonly [key: string]: unknown;
}

export type JsonObject = { readonly [key: string]: unknown };

export interface EventToAppend {
  /** Unique id (UUID). Appending the same ids at the same place again is a no-op (idempotency). */
  readonly id: string;
  readonly type: string;
  /** Defaults to the registry's current version for the type (or 1). */
  readonly schemaVersion?: number;
  readonly data: JsonObject;
  readonly metadata?: EventMetadata;
}

export interface StoredEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  /** 0-based revision within the stream. */
  readonly revision: number;
  /** 1-based global position in the log; strictly increasing in commit-visible order. */
  readonly position: number;
  /** ISO 8601 with milliseconds, UTC, assigned by the store's clock at append. */
  readonly recordedAt: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
  /** SHA-256 hex of (previous hash in the stream ‖ canonical JSON of the stored fields). */
  readonly hash: string;
  /** Hash of the previous event in the stream; '' for revision 0. */
  readonly previousHash: string;
}

/* The log's Merkle tree (merkle/merkle.ts): what appends answer and what stores that keep it offer. */

/** What an append answers per event: where it sits in the tree, to prove later against any newer checkpoint. */
export interface Receipt {
  readonly position: number;
  /** 0-based index of its leaf in the tree. */
  readonly leafIndex: number;
  /** SHA-256(0x00 ‖ entry), hex. */
  readonly leafHash: string;
  /** The size of the tree right after the append; the event is among its leaves. */
  readonly treeSize: number;
}

export interface TreeHead {
  readonly size: number;
  /** Hex. */
  readonly rootHash: string;
}

export interface LeafRecord {
  readonly leafIndex: number;
  readonly position: number;
  /** Hex. */
  readonly leafHash: string;
}

export interface MerkleLog {
  /** The head of the tree at `size` leaves (default: every leaf stored now). */
  treeHead(size?: number): Promise<TreeHead>;
  leafByPosition(position: number): Promise<LeafRecord | undefined>;
  /** The position of an event by its id, when it is stored. */
  positionOf(eventId: string): Promise<number | undefined>;
  /** The event at a position as stored (its stored schema version and data, not upcast): what its leaf covers. */
  storedEvent(position: number): Promise<StoredEvent | undefined>;
  /** Hex hashes, from the leaf up (RFC 9162 §2.1.3.1). */
  inclusionProof(leafIndex: number, treeSize: number): Promise<string[]>;
  /** Hex hashes (RFC 9162 §2.1.4.1). */
  consistencyProof(size1: number, size2: number): Promise<string[]>;
  /** Stored leaves with index > after, in order (for verification). */
  leaves(afterIndex: number, maxCount: number): Promise<LeafRecord[]>;
}

/** A revision number (0-based, the revision of the last event expected), or a condition. */
export type ExpectedRevision = number | 'no-stream' | 'stream-exists' | 'any';

export interface AppendResult {
  readonly streamId: string;
  /** Revision of the last event now in the stream. */
  readonly revision: number;
  /** Global positions of the appended events, in order. */
  readonly positions: readonly number[];
  /** Events as stored (hash, recorded time, positions). */
  readonly events: readonly StoredEvent[];
  /** True when every event was already stored at that place: nothing was written. */
  readonly duplicate: boolean;
  /** Where each event sits in the log's Merkle tree, in order; absent when the store keeps no tree (EventStoreDB). */
  readonly receipts?: readonly Receipt[];
}

export interface ReadStreamOptions {
  readonly direction?: 'forward' | 'backward';
  /** Inclusive. Forward default 0; backward default the last revision. */
  readonly fromRevision?: number;
  /** Inclusive bound in the reading direction. */
  readonly toRevision?: number;
  readonly maxCount?: number;
  /** Time travel: only events recorded at or before this instant (ISO 8601 or Date). */
  readonly recordedAtOrBefore?: string | Date;
  /** Time travel by the effective timeline: events whose effectiveAt (or recordedAt) is at or before. */
  readonly effectiveAtOrBefore?: string | Date;
}

export interface ReadAllOptions {
  /** Exclusive: read events with position > after. 0 (default) reads from the start. */
  readonly after?: number;
  /** Default 1000. */
  readonly maxCount?: number;
}

export interface SubscriptionOptions {
  /** Events per read while catching up. */
  readonly batchSize?: number;
  /** Called when the handler throws; the subscription stops after it. */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Stops after the handler call in progress; resolves when stopped. */
  stop(): Promise<void>;
  /** Resolves when the subscription ends (stopped or failed). */
  readonly done: Promise<void>;
}

export type EventHandler = (event: StoredEvent) => Promise<void> | void;

/**
 * What verification finds wrong, each named at the first position it concerns:
 * - hash-mismatch, previous-hash-mismatch, revision-gap: a stream's hash chain does not hold;
 * - leaf-mismatch: the event's leaf in the Merkle tree is not the leaf its stored fields give
 *   (the event was changed and re-sealed, or events swapped positions);
 * - event-missing: the tree has a leaf for a position that holds no event (an event, a stream's
 *   tail or a whole stream was deleted);
 * - leaf-missing: an event has no leaf of its own in the tree;
 * - tree-mismatch: the stored tree nodes do not fold to the root the leaves give;
 * - checkpoint-mismatch: the events do not give the root of a trusted checkpoint (a saved or a
 *   cosigned one): the log was rewritten and re-treed since; the first bad event is at or after
 *   the named position, among the leaves the checkpoint covers beyond the last one that matched;
 * - checkpoint-beyond-log: a trusted checkpoint covers more leaves than the log holds (its tail was cut);
 * - stream-head-mismatch: a stored stream head (gongron_streams) disagrees with the stream's last event.
 */
export type BrokenLinkReason =
  | 'hash-mismatch'
  | 'previous-hash-mismatch'
  | 'revision-gap'
  | 'leaf-mismatch'
  | 'event-missing'
  | 'leaf-missing'
  | 'tree-mismatch'
  | 'checkpoint-mismatch'
  | 'checkpoint-beyond-log'
  | 'stream-head-mismatch';

export interface BrokenLink {
  /** The stream, revision and event concerned, when the broken thing is an event that is still stored. */
  readonly streamId?: string;
  readonly revision?: number;
  /** The first bad position in the log. */
  readonly position: number;
  readonly eventId?: string;
  /** The leaf of the tree concerned, for the tree's own findings. */
  readonly leafIndex?: number;
  /** What should be there, recomputed from the stored fields or taken from a trusted checkpoint. */
  readonly expected: string;
  /** What is stored. */
  readonly found: string;
  readonly reason: BrokenLinkReason;
  /** A sentence for people, where the reason alone does not say it (which checkpoint, which range). */
  readonly detail?: string;
}

/** A checkpoint held outside the database (a saved file, a cosigned one), whose signature the caller has checked. */
export interface TrustedCheckpoint {
  readonly size: number;
  /** Hex. */
  readonly rootHash: string;
  /** Where it came from, for the report: "file saved.checkpoint", "cosigned by …". */
  readonly source: string;
}

export interface VerifyOptions {
  /** The events must give each of these roots at its size. */
  readonly checkpoints?: readonly TrustedCheckpoint[];
}

export interface VerificationResult {
  readonly ok: boolean;
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  /** The first broken link in log order, when ok is false. */
  readonly brokenLink?: BrokenLink;
  /** How many leaves of the Merkle tree were checked against the events (absent without a tree). */
  readonly leavesChecked?: number;
  /** The trusted checkpoints the events were held against, each with whether it matched. */
  readonly checkpoints?: readonly {
    readonly size: number;
    readonly rootHash: string;
    readonly source: string;
    readonly matched: boolean;
  }[];
}

export interface EventStore {
  append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Revision of the last event, or -1 when the stream does not exist. */
  streamRevision(streamId: string): Promise<number>;
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Position of the last committed, readable event (0 when empty). */
  headPosition(): Promise<number>;
  /** Catch-up from `after` (exclusive), then live. Every committed event once, in order, never skipped. */
  subscribeToAll(after: number, handler: EventHandler, options?: SubscriptionOptions): Subscription;
  /**
   * One stream: its hash chain, its events' leaves, its stored head, its events' inclusion in each
   * trusted checkpoint, and whether the log holds as many events as leaves. Throws
   * StreamNotFoundError for a stream that has neither events nor a head.
   */
  verifyStream(streamId: string, options?: VerifyOptions): Promise<VerificationResult>;
  /** The whole log: every chain, every leaf, the tree's root, every stream head, every trusted checkpoint. */
  verifyAll(onProgress?: (eventsChecked: number) => void, options?: VerifyOptions): Promise<VerificationResult>;
  /** The log's Merkle tree: heads, proofs, leaves. Absent when the store keeps no tree (EventStoreDB). */
  readonly merkle?: MerkleLog;
  /** The per-subject key table of personal data, when the registry names personal fields (SQLite, PostgreSQL). */
  readonly subjectKeys?: SubjectKeyStore;
  /** Store answers (for /health). Throws StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** DI token for the EventStore port. */
export const EVENT_STORE = Symbol.for('gongron.EventStore');
