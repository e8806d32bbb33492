/**
 * Witness cosignatures of checkpoints, in the C2SP tlog-cosignature/v1 format
 * (c2sp.org/tlog-cosignature), Ed25519 from node:crypto.
 *
 * A witness signs   "cosignature/v1\ntime <seconds since the epoch>\n" ‖ <checkpoint body>
 * and adds to the note the line
 *   "— <witness name> <base64(4-byte key hash ‖ 8-byte timestamp, big-endian ‖ 64-byte signature)>"
 * where the key hash is the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x04 ‖ 32-byte public key).
 * The witness's verifier key is "<name>+<key hash, 8 hex digits>+<base64(0x04 ‖ public key)>".
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { CheckpointError, splitNote } from './checkpoint.js';

const COSIGNATURE_V1 = 0x04;
const SIGNATURE_PREFIX = '\u2014 ';

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new CheckpointError('the key is not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

function validName(name: string): void {
  if (name.length === 0 || /[\s+]/.test(name) || /[\u0000-\u001f]/.test(name)) {
    throw new CheckpointError(`a witness name is non-empty, without spaces or "+" (got ${JSON.stringify(name)})`);
  }
}

export function witnessKeyHash(name: string, publicKey: KeyObject): Buffer {
  return createHash('sha256')
    .update(name)
    .update(Buffer.from([0x0a, COSIGNATURE_V1]))
    .update(rawPublicKey(publicKey))
    .digest()
    .subarray(0, 4);
}

export function witnessVerifierKey(name: string, publicKey: KeyObject): string {
  validName(name);
  return `${name}+${witnessKeyHash(name, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([COSIGNATURE_V1]), rawPublicKey(publicKey)]).toString('base64')}`;
}

export interface Witness {
  readonly name: string;
  readonly keyHash: Buffer;
  readonly publicKey: KeyObject;
}

export function parseWitnessKey(text: string): Witness {
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(text.trim());
  if (!match) throw new CheckpointError('a witness key is "<name>+<key hash, 8 hex digits>+<base64 key>"');
  const [, name, hash, key] = match as unknown as [string, string, string, string];
  validName(name);
  const bytes = Buffer.from(key, 'base64');
  if (bytes.length !== 33 || bytes[0] !== COSIGNATURE_V1)
    throw new CheckpointError(`the key of ${name} is not a cosignature/v1 key (0x04 and 32 bytes of Ed25519)`);
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: bytes.subarray(1).toString('base64url') }, format: 'jwk' });
  const expected = witnessKeyHash(name, publicKey);
  if (!expected.equals(Buffer.from(hash, 'hex'))) throw new CheckpointError(`the key hash of ${name} does not match its key`);
  return { name, keyHash: expected, publicKey };
}

function signedMessage(body: string, timestamp: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${body}`, 'utf8');
}

/** The cosignature line of a witness for a checkpoint body, at a time (whole seconds since the epoch). */
export function cosignatureLine(body: string, name: string, privateKey: KeyObject, publicKey: KeyObject, timestamp: number): string {
  validName(name);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new CheckpointError('a cosignature time is whole seconds since the epoch');
  const time = Buffer.alloc(8);
  time.writeBigUInt64BE(BigInt(timestamp));
  const signature = sign(null, signedMessage(body, timestamp), privateKey);
  return `${SIGNATURE_PREFIX}${name} ${Buffer.concat([witnessKeyHash(name, publicKey), time, signature]).toString('base64')}\n`;
}

export interface VerifiedCosignature {
  readonly name: string;
  /** Seconds since the epoch. */
  readonly timestamp: number;
  /** The line as in the note, with its newline. */
  readonly line: string;
}

/** The cosignatures of the given witnesses on the note that hold. */
export function verifiedCosignatures(note: string, witnesses: readonly Witness[]): VerifiedCosignature[] {
  const { body, signatures } = splitNote(note);
  const found: VerifiedCosignature[] = [];
  for (const line of signatures) {
    const witness = witnesses.find((w) => w.name === line.name && w.keyHash.toString('hex') === line.keyHash);
    if (!witness) continue;
    const bytes = Buffer.from(line.signature, 'base64');
    if (bytes.length !== 76) continue;
    const timestamp = Number(bytes.readBigUInt64BE(4));
    if (verify(null, signedMessage(body, timestamp), witness.publicKey, bytes.subarray(12))) {
      found.push({ name: witness.name, timestamp, line: `${SIGNATURE_PREFIX}${line.name} ${line.signature}\n` });
    }
  }
  return found;
}
