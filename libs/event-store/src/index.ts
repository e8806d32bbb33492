export * from './event-store.js';
export * from './errors.js';
export { canonicalJson, computeEventHash, type HashedEventFields } from './hash.js';
export { parseStreamId, streamCategory, type ParsedStreamId } from './stream-id.js';
export type { EventTypeRegistry, EventUpcaster } from './registry.js';
export { InvalidArgumentError, isEventId } from './core.js';
export { MAX_APPEND_BYTES } from './append-size.js';
export * from './checkpoint-store.js';
export { MemoryEventStore, type MemoryEventStoreOptions, type TamperedColumns } from './memory/memory-event-store.js';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store.js';
export { SqliteCheckpointStore } from './sqlite/sqlite-checkpoint-store.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export { PostgresCheckpointStore } from './postgres/postgres-checkpoint-store.js';
export { createPostgresPool, guardPool, type PostgresPoolOptions } from './postgres/postgres-pool.js';
export { isStoreUnavailable } from './unavailable.js';
export { DEFAULT_SQLITE_BUSY_WAIT_MS, isSqliteBusy, retryWhileBusy, SQLITE_BUSY_TIMEOUT_MS } from './sqlite/sqlite-busy.js';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb/eventstoredb-event-store.js';
export { createEventStore, createCheckpointStore, type EventStoreOptions, type CheckpointStoreOptions } from './create-event-store.js';
export { findUnstorableText, isStorableText, UNSTORABLE_TEXT_RULE } from './text.js';
export {
  appendLeaves,
  EMPTY_ROOT,
  eventLeafEntry,
  foldRange,
  rangeNodes,
  type NewNode,
  eventLeafHash,
  leafHash,
  nodeHash,
  rootFromInclusionProof,
  treeRow,
  verifyConsistency,
  verifyInclusion,
} from './merkle/merkle.js';
export {
  MerkleLogReader,
  storedReceipts,
  type LeafRecord,
  type MerkleLog,
  type MerkleStorage,
  type Receipt,
  type TreeHead,
} from './merkle/merkle-log.js';
export { MemoryTree } from './merkle/memory-tree.js';
export {
  checkpointBody,
  CheckpointError,
  keyHash,
  openCheckpoint,
  parseCheckpointBody,
  parseVerifierKey,
  signNote,
  splitNote,
  verifiedSigners,
  verifierKey,
  type Checkpoint,
  type Verifier,
} from './merkle/checkpoint.js';
export { verifyProofBundle, type BundleVerdict, type ProofBundle } from './merkle/proof-bundle.js';
export {
  ERASED_PLACEHOLDER,
  WITHHELD_PLACEHOLDER,
  isPersonalEnvelope,
  openPersonalValue,
  parsePersonalEnvelope,
  RESERVED_PERSONAL_PREFIX,
  type ParsedEnvelope,
} from './personal-data/envelope.js';
export { type LocatedPersonalField, type PersonalFieldLocator } from './personal-data/protect.js';
export { type ErasureOutcome, type SubjectKeyState, type SubjectKeyStore, type SubjectSummary } from './personal-data/subject-keys.js';
export { revealEnvelopes, revealPersonalData, revealPersonalText, type RevealPolicy } from './personal-data/reveal.js';
export { openOutsideLog, sealOutsideLog } from './personal-data/outside-log.js';
export { verifyLog, verifyStreamRows, type LogRows, type StreamHeadRecord, type StreamRows } from './merkle/log-verification.js';
export { appendOnlyRoleGrants, prepareAppendOnlyRole } from './postgres/append-only-role.js';
export {
  cosignatureLine,
  parseWitnessKey,
  verifiedCosignatures,
  witnessKeyHash,
  witnessVerifierKey,
  type VerifiedCosignature,
  type Witness,
} from './merkle/cosignature.js';
