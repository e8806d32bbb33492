/**
 * Reading personal data: every envelope in a value (a response body, an export, a read-model
 * row) becomes the plain text when the reader may see it and its key still opens it,
 * `[삭제됨]` when its subject was erased, and `[비공개]` when the reader may not see it.
 * Keys are looked up per call, never cached: an erasure in another process holds at once. What
 * a key opened is remembered with that key (a bounded table in memory), so the latest entries a
 * response shows again and again are decrypted once; it is used only while the lookup of this
 * call finds the very same key, and forgotten once the subject is found erased.
 */
import {
  ERASED_PLACEHOLDER,
  isPersonalEnvelope,
  openPersonalValue,
  parsePersonalEnvelope,
  WITHHELD_PLACEHOLDER,
  type ParsedEnvelope,
} from './envelope.js';
import type { SubjectKeyState, SubjectKeyStore } from './subject-keys.js';

export interface RevealPolicy {
  /** Whether the reader may see personal values of this district (undefined: of no district). */
  mayRead(district: string | undefined): boolean;
}

function collect(value: unknown, into: Set<string>): void {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (isPersonalEnvelope(current)) into.add(current);
    } else if (Array.isArray(current)) {
      for (const item of current) pending.push(item);
    } else if (current !== null && typeof current === 'object' && !(current instanceof Date) && !Buffer.isBuffer(current)) {
      for (const item of Object.values(current)) pending.push(item);
    }
  }
}

function replace(value: unknown, plain: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return plain.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => replace(item, plain));
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = replace(item, plain);
    return copy;
  }
  return value;
}

interface Opened {
  readonly parsed: ParsedEnvelope;
  /** The key that opened it and what it read, once opened. */
  key?: Buffer;
  plain?: string;
}

/** Envelopes seen lately, oldest first: parsed, and what their key opened. */
const opened = new Map<string, Opened>();
const OPENED_MAX = 20_000;

function parsed(envelope: string): Opened | undefined {
  const known = opened.get(envelope);
  if (known) return known;
  const parsedEnvelope = parsePersonalEnvelope(envelope);
  if (!parsedEnvelope) return undefined;
  if (opened.size >= OPENED_MAX) opened.delete(opened.keys().next().value!);
  const entry: Opened = { parsed: parsedEnvelope };
  opened.set(envelope, entry);
  return entry;
}

function open(entry: Opened, key: Buffer): string | undefined {
  if (entry.key && entry.plain !== undefined && entry.key.equals(key)) return entry.plain;
  const plain = openPersonalValue(key, entry.parsed);
  entry.key = plain === undefined ? undefined : key;
  entry.plain = plain;
  return plain;
}

function forget(envelope: string, entry: Opened): void {
  entry.key = undefined;
  entry.plain = undefined;
  opened.delete(envelope);
}

/** What each envelope string reads as for this reader. */
export async function revealEnvelopes(
  envelopes: Iterable<string>,
  keys: SubjectKeyStore | undefined,
  policy: RevealPolicy,
): Promise<Map<string, string>> {
  const readable: [string, Opened][] = [];
  const shown = new Map<string, string>();
  for (const envelope of envelopes) {
    const entry = parsed(envelope);
    if (!entry || !policy.mayRead(entry.parsed.district)) shown.set(envelope, WITHHELD_PLACEHOLDER);
    else readable.push([envelope, entry]);
  }
  if (readable.length === 0) return shown;
  const states = keys ? await keys.lookup(readable.map(([, entry]) => entry.parsed.subject)) : new Map<string, SubjectKeyState>();
  for (const [envelope, entry] of readable) {
    const state = states.get(entry.parsed.subject);
    if (!entry.parsed.encrypted) {
      shown.set(envelope, state?.erasedAt ? ERASED_PLACEHOLDER : entry.parsed.payload.toString('utf8'));
      continue;
    }
    const plain = state?.key ? open(entry, state.key) : undefined;
    if (plain === undefined) forget(envelope, entry);
    shown.set(envelope, plain ?? ERASED_PLACEHOLDER);
  }
  return shown;
}

/** `value` with every personal envelope in it read for this reader (a copy; `value` is untouched). */
export async function revealPersonalData<T>(value: T, keys: SubjectKeyStore | undefined, policy: RevealPolicy): Promise<T> {
  const envelopes = new Set<string>();
  collect(value, envelopes);
  if (envelopes.size === 0) return value;
  return replace(value, await revealEnvelopes(envelopes, keys, policy)) as T;
}

/** Text (an export line, a calendar) with the envelopes inside it read for this reader. */
export async function revealPersonalText(text: string, keys: SubjectKeyStore | undefined, policy: RevealPolicy): Promise<string> {
  const pattern = /\uE000pd[01]\|[^|"\s]*\|[^|"\s]*\|[^|"\s]*\|[A-Za-z0-9_-]*/g;
  const found = new Set(text.match(pattern) ?? []);
  if (found.size === 0) return text;
  const shown = await revealEnvelopes(found, keys, policy);
  return text.replace(pattern, (envelope) => shown.get(envelope) ?? envelope);
}
