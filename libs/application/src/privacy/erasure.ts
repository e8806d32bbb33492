/**
 * Erasing a data subject (crypto-shredding): its key is destroyed, so every value sealed under
 * it reads as `[삭제됨]` — in every route, export and read model at once, since they keep the
 * stored (encrypted) form — and the erasure is recorded in the log without the data. The log
 * itself is not touched: its hashes, its Merkle tree and every proof stay valid.
 *
 * The retention sweep erases the subjects of each category whose last value was written longer
 * ago than the category's retention period (GONGRON_RETENTION_DAYS).
 */
import { randomUUID } from 'node:crypto';
import {
  ERASURE_STREAM_ID,
  type ErasureReason,
  PERSONAL_DATA_ERASED,
  type PersonalDataCategory,
  type PersonalDataErased,
  personalDataCategories,
} from '@gongron/domain';
import type { EventStore } from '@gongron/event-store';
import type { Actor } from '../access/actor.js';
import { businessDateOf } from '../time/business-clock.js';

export type RetentionDays = Partial<Record<PersonalDataCategory, number>>;

/** Defaults, in days: opinions 3 years after their last value; names 5 years; signatories 10 (the agreements' records). */
export const DEFAULT_RETENTION_DAYS: Readonly<Record<PersonalDataCategory, number>> = {
  opinion: 1095,
  member: 1825,
  actor: 1825,
  'drafting-owner': 1825,
  signatory: 3650,
};

export interface ErasureResult {
  readonly subject: string;
  /** False when no key was left to destroy (never written, or already erased). */
  readonly destroyed: boolean;
  readonly position: number;
}

export class PersonalDataUnavailableError extends Error {
  readonly code = 'PRIVACY.NO_KEY_TABLE';
  constructor() {
    super('This event store keeps no personal-data key table (EventStoreDB keeps it in PostgreSQL only when DATABASE_URL is set)');
  }
}

export async function eraseSubject(
  store: EventStore,
  subject: string,
  reason: ErasureReason,
  by: Actor,
  now: Date,
): Promise<ErasureResult> {
  const keys = store.subjectKeys;
  if (!keys) throw new PersonalDataUnavailableError();
  const outcome = await keys.erase(subject, now.toISOString());
  const category = (personalDataCategories as readonly string[]).includes(outcome.category ?? '')
    ? (outcome.category as PersonalDataCategory)
    : null;
  const erased: PersonalDataErased = { type: PERSONAL_DATA_ERASED, data: { subject, category, reason, erasedOn: businessDateOf(now) } };
  // The actor is recorded without a name: the erasure itself carries no personal data.
  const appended = await store.append(
    ERASURE_STREAM_ID,
    [{ id: randomUUID(), type: erased.type, data: erased.data, metadata: { actor: { id: by.id, role: by.role } } }],
    'any',
  );
  return { subject, destroyed: outcome.destroyed, position: appended.positions[0]! };
}

/** Erases every subject past its category's retention; answers what it erased. */
export async function sweepRetention(
  store: EventStore,
  retention: RetentionDays,
  by: Actor,
  now: Date,
  batch = 500,
): Promise<ErasureResult[]> {
  const keys = store.subjectKeys;
  if (!keys) return [];
  const erased: ErasureResult[] = [];
  for (const category of personalDataCategories) {
    const days = retention[category];
    if (days === undefined) continue;
    const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
    for (;;) {
      const subjects = await keys.expired(category, cutoff, batch);
      for (const subject of subjects) erased.push(await eraseSubject(store, subject, 'retention', by, now));
      if (subjects.length < batch) break;
    }
  }
  return erased;
}

/** GONGRON_RETENTION_DAYS="opinion=1095,member=1825": days per category (the others keep their default). */
export function parseRetentionDays(raw: string | undefined, problems: string[]): Record<PersonalDataCategory, number> {
  const days: Record<PersonalDataCategory, number> = { ...DEFAULT_RETENTION_DAYS };
  if (raw === undefined || raw.trim() === '') return days;
  for (const entry of raw.split(',')) {
    const [name, value] = entry.split('=').map((part) => part.trim());
    if (!(personalDataCategories as readonly string[]).includes(name ?? '')) {
      problems.push(`GONGRON_RETENTION_DAYS: "${name}" is not a personal-data category (${personalDataCategories.join(', ')})`);
      continue;
    }
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > 36_500) {
      problems.push(`GONGRON_RETENTION_DAYS: ${name}=${value ?? ''} must be a whole number of days from 1 to 36500`);
      continue;
    }
    days[name as PersonalDataCategory] = number;
  }
  return days;
}
