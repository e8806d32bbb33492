/**
 * A personal value as the log stores it: a string, so every reader of the log keeps its types,
 * that names its data subject, district and category and carries the AES-256-GCM ciphertext:
 *
 *   U+E000 "pd1|" subject "|" district "|" category "|" base64url(iv[12] ‖ tag[16] ‖ ciphertext)
 *
 * The subject, district and category are the cipher's associated data, so none of them can be
 * changed without the value failing to open. Values written before encryption existed are read
 * as the same shape with "pd0" and the plain text (no key), so the read rules apply to them too.
 * U+E000 is a private-use character: text written by people never starts with it (a value that
 * does is refused at the door, see `RESERVED_PERSONAL_PREFIX`).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export const RESERVED_PERSONAL_PREFIX = '\uE000pd';
const ENCRYPTED = '\uE000pd1|';
const LEGACY = '\uE000pd0|';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SUBJECT_KEY_BYTES = 32;

export interface EnvelopeLabel {
  readonly subject: string;
  readonly district: string | undefined;
  readonly category: string;
}

export interface ParsedEnvelope extends EnvelopeLabel {
  readonly encrypted: boolean;
  /** For encrypted values: iv ‖ tag ‖ ciphertext; for legacy values: the UTF-8 plain text. */
  readonly payload: Buffer;
}

export function newSubjectKey(): Buffer {
  return randomBytes(SUBJECT_KEY_BYTES);
}

export function isPersonalEnvelope(value: unknown): value is string {
  return (
    typeof value === 'string' && value.startsWith(RESERVED_PERSONAL_PREFIX) && (value.startsWith(ENCRYPTED) || value.startsWith(LEGACY))
  );
}

function label(parts: EnvelopeLabel): string {
  return `${encodeURIComponent(parts.subject)}|${encodeURIComponent(parts.district ?? '')}|${encodeURIComponent(parts.category)}`;
}

/**
 * Encrypts one value. The IV is derived from the key, the event, the field and the text (a
 * synthetic IV): appending the same event again gives the same bytes, so a retried append is
 * recognised as the one already stored, and two different texts never share an IV under a key.
 */
export function sealPersonalValue(key: Buffer, labelled: EnvelopeLabel, eventId: string, field: string, plain: string): string {
  const head = label(labelled);
  const iv = createHmac('sha256', key).update(`${eventId}\u0000${field}\u0000`).update(plain, 'utf8').digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`pd1|${head}`, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${ENCRYPTED}${head}|${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** The legacy (unencrypted) form of a plain value written before encryption. */
export function legacyPersonalValue(labelled: EnvelopeLabel, plain: string): string {
  return `${LEGACY}${label(labelled)}|${Buffer.from(plain, 'utf8').toString('base64url')}`;
}

export function parsePersonalEnvelope(value: string): ParsedEnvelope | undefined {
  if (!isPersonalEnvelope(value)) return undefined;
  const parts = value.slice(ENCRYPTED.length).split('|');
  if (parts.length !== 4) return undefined;
  try {
    const district = decodeURIComponent(parts[1]!);
    return {
      encrypted: value.startsWith(ENCRYPTED),
      subject: decodeURIComponent(parts[0]!),
      district: district === '' ? undefined : district,
      category: decodeURIComponent(parts[2]!),
      payload: Buffer.from(parts[3]!, 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/** The plain text, or undefined when the key does not open it (another key, or altered). */
export function openPersonalValue(key: Buffer, envelope: ParsedEnvelope): string | undefined {
  if (!envelope.encrypted) return envelope.payload.toString('utf8');
  const { payload } = envelope;
  if (payload.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, payload.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`pd1|${label(envelope)}`, 'utf8'));
    decipher.setAuthTag(payload.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(payload.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

export const RESERVED_TEXT_RULE = 'must not begin with U+E000 "pd" (the form the store gives personal data)';

/** The dotted path of the first string in `value` that begins like a personal-data envelope. */
export function findReservedText(value: unknown, path: string): string | undefined {
  const pending: [unknown, string][] = [[value, path]];
  while (pending.length > 0) {
    const [current, at] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.startsWith(RESERVED_PERSONAL_PREFIX)) return at;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${at}[${index}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) pending.push([item, `${at}.${key}`]);
    }
  }
  return undefined;
}

/** What an erased value reads as, everywhere. */
export const ERASED_PLACEHOLDER = '[삭제됨]';
/** What a personal value reads as for a reader who may not see it (another district, the public). */
export const WITHHELD_PLACEHOLDER = '[비공개]';
