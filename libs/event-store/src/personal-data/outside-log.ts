/**
 * Personal values kept outside the log, in tables of the installation's own (an access token's
 * name is its holder's name): sealed under the same subject key as the log's values of that
 * subject, so one erasure destroys both, and read by the same rules.
 */
import { ERASED_PLACEHOLDER, isPersonalEnvelope, type EnvelopeLabel, sealPersonalValue } from './envelope.js';
import { revealEnvelopes } from './reveal.js';
import type { SubjectKeyStore } from './subject-keys.js';

/** `plain` sealed under its subject's key (made where missing); `record` and `field` name where it is kept. */
export async function sealOutsideLog(
  keys: SubjectKeyStore,
  labelled: EnvelopeLabel,
  record: string,
  field: string,
  plain: string,
  at: string,
): Promise<string> {
  return sealPersonalValue(await keys.keyFor(labelled, at), labelled, record, field, plain);
}

/**
 * What stored values kept outside the log read as for a reader who may read them: the plain text,
 * or `[삭제됨]` (ERASED_PLACEHOLDER) once their subject was erased. A value stored before values
 * were sealed is its own plain text.
 */
export async function openOutsideLog(keys: SubjectKeyStore | undefined, stored: readonly string[]): Promise<Map<string, string>> {
  const shown = new Map<string, string>();
  const sealed = stored.filter((value) => isPersonalEnvelope(value));
  for (const value of stored) if (!isPersonalEnvelope(value)) shown.set(value, value);
  if (sealed.length === 0) return shown;
  for (const [value, plain] of await revealEnvelopes(sealed, keys, { mayRead: () => true })) shown.set(value, plain);
  for (const value of sealed) if (!shown.has(value)) shown.set(value, ERASED_PLACEHOLDER);
  return shown;
}
