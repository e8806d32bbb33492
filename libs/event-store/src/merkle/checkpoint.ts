/**
 * Signed checkpoints of the log's tree, in the C2SP formats (c2sp.org/signed-note and
 * c2sp.org/tlog-checkpoint), with Ed25519 from node:crypto.
 *
 * A checkpoint body is
 *   <origin>\n<tree size, decimal>\n<root hash, base64>\n[extension lines, here "time <ISO 8601>"]\n
 * and a signed note is the body, an empty line, then one line per signature:
 *   "— <key name> <base64(4-byte key hash ‖ 64-byte Ed25519 signature of the body)>"\n
 * The key hash is the first 4 bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ 32-byte public key); a
 * verifier key is published as "<key name>+<key hash, 8 hex digits>+<base64(0x01 ‖ public key)>".
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  /** Hex. */
  readonly rootHash: string;
  /** When it was issued (ISO 8601), from its "time" extension line. */
  readonly time?: string;
}

const SIGNATURE_PREFIX = '\u2014 ';
const ED25519 = 0x01;

/** A checkpoint, note or key that does not hold; the message names what. */
export class CheckpointError extends Error {}

function validName(name: string): void {
  if (name.length === 0 || /[\s+]/.test(name) || /[\u0000-\u001f]/.test(name)) {
    throw new CheckpointError(`a key name or origin is non-empty, without spaces or "+" (got ${JSON.stringify(name)})`);
  }
}

export function checkpointBody(checkpoint: Checkpoint): string {
  validName(checkpoint.origin);
  if (!Number.isSafeInteger(checkpoint.size) || checkpoint.size < 0) throw new CheckpointError('a tree size is an integer ≥ 0');
  if (!/^[0-9a-f]{64}$/.test(checkpoint.rootHash)) throw new CheckpointError('a root hash is 64 hex digits');
  const lines = [checkpoint.origin, String(checkpoint.size), Buffer.from(checkpoint.rootHash, 'hex').toString('base64')];
  if (checkpoint.time !== undefined) lines.push(`time ${checkpoint.time}`);
  return `${lines.join('\n')}\n`;
}

export function parseCheckpointBody(body: string): Checkpoint {
  if (!body.endsWith('\n')) throw new CheckpointError('a checkpoint body ends with a newline');
  const lines = body.slice(0, -1).split('\n');
  const [origin, size, root, ...extensions] = lines;
  if (!origin || size === undefined || root === undefined)
    throw new CheckpointError('a checkpoint has an origin, a tree size and a root hash line');
  if (!/^(0|[1-9][0-9]{0,15})$/.test(size) || !Number.isSafeInteger(Number(size)))
    throw new CheckpointError(`the tree size line is a decimal integer (got ${JSON.stringify(size)})`);
  const rootHash = Buffer.from(root, 'base64');
  if (rootHash.length !== 32 || rootHash.toString('base64') !== root) throw new CheckpointError('the root hash line is 32 bytes in base64');
  const time = extensions.find((line) => line.startsWith('time '))?.slice(5);
  return { origin, size: Number(size), rootHash: rootHash.toString('hex'), ...(time !== undefined ? { time } : {}) };
}

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new CheckpointError('the key is not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

export function keyHash(name: string, publicKey: KeyObject): Buffer {
  return createHash('sha256')
    .update(name)
    .update(Buffer.from([0x0a, ED25519]))
    .update(rawPublicKey(publicKey))
    .digest()
    .subarray(0, 4);
}

/** The published form of a public key: "<name>+<key hash hex>+<base64(0x01 ‖ key)>". */
export function verifierKey(name: string, publicKey: KeyObject): string {
  validName(name);
  return `${name}+${keyHash(name, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), rawPublicKey(publicKey)]).toString('base64')}`;
}

export interface Verifier {
  readonly name: string;
  readonly keyHash: Buffer;
  readonly publicKey: KeyObject;
}

export function parseVerifierKey(text: string): Verifier {
  // The name has no "+" and the hash is 8 hex digits; the base64 key may hold "+" itself.
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(text.trim());
  if (!match) throw new CheckpointError('a verifier key is "<name>+<key hash, 8 hex digits>+<base64 key>"');
  const [, name, hash, key] = match as unknown as [string, string, string, string];
  validName(name);
  const bytes = Buffer.from(key, 'base64');
  if (bytes.length !== 33 || bytes[0] !== ED25519)
    throw new CheckpointError(`the key of ${name} is not an Ed25519 verifier key (0x01 and 32 bytes)`);
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(1).toString('base64url') }, format: 'jwk' });
  const expected = keyHash(name, publicKey);
  if (!expected.equals(Buffer.from(hash, 'hex'))) throw new CheckpointError(`the key hash of ${name} does not match its key`);
  return { name, keyHash: expected, publicKey };
}

/** One signature line for the body. */
export function signatureLine(body: string, name: string, privateKey: KeyObject, publicKey: KeyObject): string {
  validName(name);
  const signature = sign(null, Buffer.from(body, 'utf8'), privateKey);
  return `${SIGNATURE_PREFIX}${name} ${Buffer.concat([keyHash(name, publicKey), signature]).toString('base64')}\n`;
}

export function signNote(body: string, name: string, privateKey: KeyObject, publicKey: KeyObject): string {
  return `${body}\n${signatureLine(body, name, privateKey, publicKey)}`;
}

export interface NoteSignature {
  readonly name: string;
  readonly keyHash: string;
  /** Base64 of key hash ‖ signature, as on the line. */
  readonly signature: string;
}

/** Splits a signed note into its body and signature lines (checking only the form). */
export function splitNote(note: string): { body: string; signatures: NoteSignature[] } {
  const at = note.lastIndexOf('\n\n');
  if (at < 0 || !note.endsWith('\n'))
    throw new CheckpointError('a signed note is its text, an empty line, and signature lines, each ending with a newline');
  const body = note.slice(0, at + 1);
  const signatures = note
    .slice(at + 2, -1)
    .split('\n')
    .map((line) => {
      const match = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/.exec(line);
      if (!match) throw new CheckpointError(`not a signature line: ${JSON.stringify(line.slice(0, 80))}`);
      const bytes = Buffer.from(match[2]!, 'base64');
      if (bytes.length < 5) throw new CheckpointError(`the signature of ${match[1]} is too short`);
      return { name: match[1]!, keyHash: bytes.subarray(0, 4).toString('hex'), signature: match[2]! };
    });
  if (signatures.length === 0) throw new CheckpointError('a signed note has at least one signature line');
  return { body, signatures };
}

/** The names of the given verifiers whose signature on the note holds. */
export function verifiedSigners(note: string, verifiers: readonly Verifier[]): string[] {
  const { body, signatures } = splitNote(note);
  const signed: string[] = [];
  for (const line of signatures) {
    const verifier = verifiers.find((v) => v.name === line.name && v.keyHash.toString('hex') === line.keyHash);
    if (!verifier) continue;
    const bytes = Buffer.from(line.signature, 'base64');
    if (bytes.length === 68 && verify(null, Buffer.from(body, 'utf8'), verifier.publicKey, bytes.subarray(4))) signed.push(verifier.name);
  }
  return signed;
}

/** The checkpoint of a signed note, when a given key signed it; throws otherwise. */
export function openCheckpoint(note: string, verifiers: readonly Verifier[]): { checkpoint: Checkpoint; signedBy: string[] } {
  const signedBy = verifiedSigners(note, verifiers);
  if (signedBy.length === 0) throw new CheckpointError('no signature on the checkpoint is valid for the given keys');
  return { checkpoint: parseCheckpointBody(splitNote(note).body), signedBy };
}
