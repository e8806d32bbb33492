/**
 * Personal data (개인정보보호법): the one list of the fields that identify a person or were written
 * by one, with the data subject each value belongs to, its retention category and the district
 * whose secretaries and officials may read it. The store encrypts exactly these values with the
 * subject's key; destroying the key (crypto-shredding) erases them while the log, and every proof
 * over it, stays as it was.
 *
 * Not listed, on purpose: categories (respondent, proposer, member category) — they classify and
 * are counted in the public figures, they do not identify; agenda titles and descriptions, plan
 * texts and decisions — the record of what a public body deliberated, shown on public pages.
 */
import type { DomainEvent } from './registry.js';

/** Retention categories: each has its own retention period (configuration). */
export const personalDataCategories = ['actor', 'signatory', 'opinion', 'member', 'drafting-owner'] as const;
export type PersonalDataCategory = (typeof personalDataCategories)[number];

export const personalDataCategoryNames: Readonly<Record<PersonalDataCategory, { readonly ko: string; readonly en: string }>> = {
  actor: { ko: '처리자 이름', en: "the acting user's name" },
  signatory: { ko: '서명자 이름', en: "a signatory's name" },
  opinion: { ko: '의견 내용', en: 'the text of an opinion' },
  member: { ko: '위원 이름', en: "a council member's name" },
  'drafting-owner': { ko: '실행안 담당자', en: 'the person drafting a plan' },
};

/** Where a personal value sits in an event: `data.<field>` or the actor's name in the metadata. */
export interface PersonalField {
  readonly in: 'data' | 'metadata';
  /** Property path from data or metadata. */
  readonly path: readonly string[];
  /** The data subject: erasing it erases every value recorded under it. */
  readonly subject: string;
  readonly category: PersonalDataCategory;
  /** Whose secretaries and officials may read it; none when only auditors may. */
  readonly district: string | undefined;
}

export interface EventForPrivacy {
  readonly type: string;
  readonly streamId: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: Readonly<Record<string, unknown>>;
}

type DataOf<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>['data'];

interface DataRule<T extends DomainEvent['type']> {
  readonly field: keyof DataOf<T> & string;
  readonly category: PersonalDataCategory;
  readonly subject: (data: DataOf<T>, streamId: string) => string;
}

/** Per event type, the data fields that are personal. Typed against the events they read. */
export const personalDataFields: { readonly [T in DomainEvent['type']]?: readonly DataRule<T>[] } = {
  OpinionRecorded: [{ field: 'text', category: 'opinion', subject: (data) => `opinion:${data.itemId}/${data.opinionId}` }],
  AgreementSigned: [{ field: 'signatoryName', category: 'signatory', subject: (data) => `signatory:${data.agreementId}/${data.party}` }],
  MemberJoined: [{ field: 'name', category: 'member', subject: (data) => `member:${data.district}-${data.body}/${data.memberId}` }],
  DraftingStarted: [{ field: 'owner', category: 'drafting-owner', subject: (data) => `drafting-owner:${data.itemId}` }],
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The district an event belongs to: named in its data, or the acting secretary's or official's. */
function districtOf(event: EventForPrivacy): string | undefined {
  const named = text(event.data['district']);
  if (named) return named;
  const actor = event.metadata['actor'] as Readonly<Record<string, unknown>> | undefined;
  return actor ? text(actor['district']) : undefined;
}

/** The personal values of one event, as written (before encryption) or as stored. */
export function personalFieldsOf(event: EventForPrivacy): PersonalField[] {
  const found: PersonalField[] = [];
  const actor = event.metadata['actor'] as Readonly<Record<string, unknown>> | undefined;
  // The process managers' own identity names no person.
  if (actor && actor['role'] !== 'system' && typeof actor['name'] === 'string' && typeof actor['id'] === 'string') {
    found.push({
      in: 'metadata',
      path: ['actor', 'name'],
      subject: `actor:${actor['id']}`,
      category: 'actor',
      district: text(actor['district']),
    });
  }
  const rules = (personalDataFields as Record<string, readonly DataRule<DomainEvent['type']>[] | undefined>)[event.type];
  if (rules) {
    const district = districtOf(event);
    for (const rule of rules) {
      if (typeof event.data[rule.field] !== 'string') continue;
      found.push({
        in: 'data',
        path: [rule.field],
        subject: rule.subject(event.data as never, event.streamId),
        category: rule.category,
        district,
      });
    }
  }
  return found;
}

/** The erasure of a subject's key, recorded in the log without the data. */
export const PERSONAL_DATA_ERASED = 'PersonalDataErased';
export const ERASURE_STREAM_ID = 'privacy:erasures';
export const erasureReasons = ['request', 'retention'] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export interface PersonalDataErased {
  readonly type: typeof PERSONAL_DATA_ERASED;
  readonly data: {
    readonly subject: string;
    readonly category: PersonalDataCategory | null;
    readonly reason: ErasureReason;
    /** The Korean date of the erasure. */
    readonly erasedOn: string;
  };
}

/**
 * The stream category whose events carry each category's values, named in the subject itself:
 * `opinion:<itemId>/<opinionId>` and `drafting-owner:<itemId>` are an agenda item's,
 * `signatory:<agreementId>/<party>` an agreement's, `member:<district>-<body>/<memberId>` a
 * roster's. An acting user's name is in the metadata of events of every stream: no one stream.
 */
export const subjectStreamCategories: Readonly<Record<PersonalDataCategory, string | undefined>> = {
  opinion: 'agenda-item',
  'drafting-owner': 'agenda-item',
  signatory: 'agreement',
  member: 'roster',
  actor: undefined,
};

/**
 * The stream whose events carried a subject's values (`opinion:item-1/op-2` → `agenda-item:item-1`),
 * or undefined for an acting user and for a subject of no known category. Stream ids never hold a
 * `/`, so the stream's id is the subject's id up to its first `/`.
 */
export function streamOfSubject(subject: string): string | undefined {
  const colon = subject.indexOf(':');
  if (colon < 0) return undefined;
  const category = subject.slice(0, colon) as PersonalDataCategory;
  const streamCategory = (personalDataCategories as readonly string[]).includes(category) ? subjectStreamCategories[category] : undefined;
  if (!streamCategory) return undefined;
  const rest = subject.slice(colon + 1);
  const slash = rest.indexOf('/');
  const entity = slash < 0 ? rest : rest.slice(0, slash);
  return entity.length > 0 ? `${streamCategory}:${entity}` : undefined;
}
