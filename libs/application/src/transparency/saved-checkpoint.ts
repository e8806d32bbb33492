/**
 * A checkpoint an auditor saved outside the database, brought back to hold the log against: the
 * signed note the log issued (or the JSON answer of GET /transparency/checkpoint holding it),
 * trusted only when a signature on it holds under the log's key or a witness's key. One rule for
 * every door that takes one (`cli audit verify --checkpoint`, `POST /audit/verify`).
 */
import {
  CheckpointError,
  parseCheckpointBody,
  splitNote,
  verifiedCosignatures,
  verifiedSigners,
  type TrustedCheckpoint,
  type Verifier,
  type Witness,
} from '@gongron/event-store';

/** The keys a saved checkpoint may be signed with: the log's (signed notes) and the witnesses' (cosignature/v1). */
export interface SavedCheckpointKeys {
  readonly log: readonly Verifier[];
  readonly witnesses: readonly Witness[];
}

/** Why a saved checkpoint is not trusted: it is no signed checkpoint, or no signature on it holds. */
export class SavedCheckpointRefusal extends Error {
  constructor(
    readonly code: 'AUDIT.CHECKPOINT_MALFORMED' | 'AUDIT.CHECKPOINT_UNSIGNED',
    message: string,
  ) {
    super(message);
  }
}

/** The signed note of a saved checkpoint: the note itself, or the JSON answer that holds it in "note". */
export function savedCheckpointNote(text: string): string {
  if (!text.trimStart().startsWith('{')) return text;
  let note: unknown;
  try {
    note = (JSON.parse(text) as { note?: unknown }).note;
  } catch {
    throw new SavedCheckpointRefusal(
      'AUDIT.CHECKPOINT_MALFORMED',
      'a saved checkpoint in JSON is a JSON object with its signed note in "note"',
    );
  }
  if (typeof note !== 'string')
    throw new SavedCheckpointRefusal('AUDIT.CHECKPOINT_MALFORMED', 'a saved checkpoint in JSON has its signed note in "note"');
  return note;
}

/**
 * The saved checkpoint as a trusted root of verification, named `label` and by who signed it.
 * A checkpoint whose every signature fails is refused, not skipped: whoever gave it meant it to count.
 */
export function trustSavedCheckpoint(text: string, keys: SavedCheckpointKeys, label: string): TrustedCheckpoint {
  const note = savedCheckpointNote(text);
  let signedBy: string[];
  let size: number;
  let rootHash: string;
  try {
    signedBy = [...verifiedSigners(note, keys.log), ...verifiedCosignatures(note, keys.witnesses).map((c) => `${c.name} (cosigned)`)];
    ({ size, rootHash } = parseCheckpointBody(splitNote(note).body));
  } catch (error) {
    if (!(error instanceof CheckpointError)) throw error;
    throw new SavedCheckpointRefusal('AUDIT.CHECKPOINT_MALFORMED', `${label}: not a signed checkpoint (${error.message})`);
  }
  if (signedBy.length === 0)
    throw new SavedCheckpointRefusal('AUDIT.CHECKPOINT_UNSIGNED', `${label}: no signature on the checkpoint is valid for the given keys`);
  return { size, rootHash, source: `${label}, signed by ${signedBy.join(', ')}` };
}
