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
  /** A short label: where a proposal came from, how deliberation is held, who drafts, a person's or school's name. */
  label: 200,
} as const;
