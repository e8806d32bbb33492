/**
 * A proof bundle: one event, its inclusion proof and a signed checkpoint, verifiable with nothing
 * but the log's public key(s). docs/transparency-log.md describes these steps for anyone who
 * writes their own verifier.
 */
import type { StoredEvent } from '../event-store.js';
import { computeEventHash } from '../hash.js';
import { openCheckpoint, parseVerifierKey, type Checkpoint } from './checkpoint.js';
import { eventLeafHash, rootFromInclusionProof } from './merkle.js';

export interface ProofBundle {
  readonly format: 'gongron-proof-bundle/v1';
  /** The event as stored (its stored schema version and data). */
  readonly event: Omit<StoredEvent, 'metadata'> & { readonly metadata: Record<string, unknown> };
  readonly leafIndex: number;
  /** Hex hashes from the leaf up (RFC 9162 §2.1.3.1), against the checkpoint's tree size. */
  readonly inclusionProof: readonly string[];
  /** The signed note (C2SP signed-note, tlog-checkpoint body). */
  readonly checkpoint: string;
}

export type BundleVerdict =
  | { readonly ok: true; readonly checkpoint: Checkpoint; readonly signedBy: string[]; readonly leafHash: string }
  | { readonly ok: false; readonly step: string; readonly reason: string };

function refuse(step: string, reason: string): BundleVerdict {
  return { ok: false, step, reason };
}

const HEX32 = /^[0-9a-f]{64}$/;

/** Verifies a bundle step by step; the first step that fails is named. */
export function verifyProofBundle(bundle: unknown, verifierKeys: readonly string[]): BundleVerdict {
  const b = bundle as ProofBundle;
  if (typeof b !== 'object' || b === null || b.format !== 'gongron-proof-bundle/v1')
    return refuse('format', 'not a gongron-proof-bundle/v1 document');
  const event = b.event;
  if (typeof event !== 'object' || event === null) return refuse('format', 'the bundle has no event');
  if (!Number.isSafeInteger(b.leafIndex) || b.leafIndex < 0) return refuse('format', 'leafIndex is an integer ≥ 0');
  if (!Array.isArray(b.inclusionProof) || !b.inclusionProof.every((h) => typeof h === 'string' && HEX32.test(h))) {
    return refuse('format', 'inclusionProof is a list of 64-digit hex hashes');
  }
  if (typeof event.hash !== 'string' || !HEX32.test(event.hash) || typeof event.previousHash !== 'string')
    return refuse('format', 'the event has no hash');
  if (!Number.isSafeInteger(event.position) || event.position < 1) return refuse('format', 'the event position is an integer ≥ 1');
  // 1. The event hash covers what the event says.
  const recomputed = computeEventHash(event.previousHash, {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    revision: event.revision,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
  });
  if (recomputed !== event.hash) return refuse('event-hash', `the event's fields hash to ${recomputed}, not to its hash ${event.hash}`);
  // 2. The checkpoint is signed by a given key.
  let opened: ReturnType<typeof openCheckpoint>;
  try {
    opened = openCheckpoint(String(b.checkpoint), verifierKeys.map(parseVerifierKey));
  } catch (error) {
    return refuse('checkpoint-signature', (error as Error).message);
  }
  // 3. The leaf is in the tree whose root the checkpoint signs.
  const leaf = eventLeafHash(event.position, event.hash);
  const { checkpoint } = opened;
  if (b.leafIndex >= checkpoint.size)
    return refuse('inclusion', `leaf ${b.leafIndex} is outside the checkpoint's tree of ${checkpoint.size}`);
  const root = rootFromInclusionProof(
    b.leafIndex,
    checkpoint.size,
    leaf,
    b.inclusionProof.map((h) => Buffer.from(h, 'hex')),
  );
  if (!root) return refuse('inclusion', `the proof has the wrong length for leaf ${b.leafIndex} in a tree of ${checkpoint.size}`);
  if (root.toString('hex') !== checkpoint.rootHash)
    return refuse('inclusion', `the proof leads to root ${root.toString('hex')}, the checkpoint signs ${checkpoint.rootHash}`);
  return { ok: true, checkpoint, signedBy: opened.signedBy, leafHash: leaf.toString('hex') };
}
