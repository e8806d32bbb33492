/**
 * One topic per stream category: `<prefix>.<plural of category>.v<version>`, so the stream
 * `agenda-item:42` is published to `gongron.agenda-items.v1`, keyed by its stream id.
 */
import { streamCategory } from '@gongron/domain';
import { InvalidMessagingOptionError } from './errors.js';

/** The categories the domain writes; their topics are created when the relay starts. */
export const DOMAIN_STREAM_CATEGORIES = [
  'agenda-item',
  'project',
  'agreement',
  'roster',
  'meeting',
  'operating-plan',
  'school-call',
  'province-survey',
  'district-evaluation',
] as const;

/**
 * The erasures of subjects whose values no one stream carried (an acting user's name): their own
 * topic, `<prefix>.personal-data-erasures.v1`, keyed by the subject. Every other erasure goes to
 * the topic of the stream that carried the subject's values (published-payload.ts).
 */
export const ERASURE_CATEGORY = 'personal-data-erasure';

/** Every category the relay publishes to; their topics are created when it starts. */
export const PUBLISHED_STREAM_CATEGORIES = [...DOMAIN_STREAM_CATEGORIES, ERASURE_CATEGORY] as const;

export interface TopicNaming {
  /** Default `gongron`. */
  readonly prefix?: string;
  /** Default 1: the version of the topic's contract, bumped only on a breaking change. */
  readonly version?: number;
  /** Explicit topic names by category, used instead of the rule. */
  readonly overrides?: Readonly<Record<string, string>>;
}

// Kafka's own rule for topic names (legal characters, at most 249 of them).
const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;

export function validateTopicName(field: string, name: string): void {
  if (!TOPIC_NAME.test(name) || name === '.' || name === '..') {
    throw new InvalidMessagingOptionError(field, `"${name}" must be 1–249 characters of A-Z a-z 0-9 . _ -`);
  }
}

function plural(category: string): string {
  if (category.endsWith('s')) return category;
  if (/[^aeiou]y$/.test(category)) return `${category.slice(0, -1)}ies`;
  return `${category}s`;
}

export function topicForCategory(category: string, naming: TopicNaming = {}): string {
  const override = naming.overrides?.[category];
  if (override !== undefined) return override;
  return `${naming.prefix ?? 'gongron'}.${plural(category)}.v${naming.version ?? 1}`;
}

/** The category of a stream id `<category>:<id>`. */
export function categoryOfStream(streamId: string): string {
  return streamCategory(streamId) ?? streamId;
}
