/**
 * What a command's ids and texts may be, declared once. The deciders refuse past these limits,
 * and the HTTP door takes its validators and its OpenAPI document from here, so a caller over
 * HTTP, the CLI and the process managers all meet the same rule.
 */

/** An id the log stores: a letter or digit, then letters, digits, '.', '_' or '-' (at most 160). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,159}$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** The years a project, an agreement or a plan may be for. */
export const YEAR_RANGE = { from: 2000, until: 2100 } as const;

export function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= YEAR_RANGE.from && value <= YEAR_RANGE.until;
}

/** Longest texts, in characters. */
export const TEXT_LIMITS = {
  /** The title of an item, a draft, a project, an agreement's listing or an agenda entry. */
  title: 300,
  /** A description, an opinion, feedback, a summary. */
  text: 10_000,
  /** A draft revision's plan (실행안). */
  plan: 100_000,
  /** A reason, a condition, evidence. */
  note: 2_000,
  /** A short label: where a proposal came from, how deliberation is held, who drafts, a person's or school's name, an indicator's name. */
  label: 200,
  /** A meeting's title (제3차 민·관·학 지역교육협의체). */
  meetingTitle: 500,
  /** Where a meeting is held. */
  place: 300,
  /** What an expenditure paid for (강사비 5월분). */
  purpose: 500,
  /** An indicator's unit (명, 회, %). */
  unit: 20,
  /** An attached file's name, as the file system allows. */
  fileName: 255,
  /** An attached file's media type (application/pdf). */
  mediaType: 100,
} as const;

/** Longest lists a command may carry, in entries. */
export const LIST_LIMITS = {
  /** A feedback's recommendations. */
  recommendations: 50,
  /** The changes one amendment proposes. */
  amendmentChanges: 100,
  /** The members attending one meeting. */
  attending: 1_000,
  /** The indicators of one self-evaluation. */
  indicators: 50,
  /** The reasons a revision of an operating plan gives for its changes. */
  planReasons: 50,
} as const;
