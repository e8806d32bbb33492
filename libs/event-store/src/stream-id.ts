import { InvalidStreamIdError } from './errors.js';

const CATEGORY = /^[a-z][a-z0-9-]{0,62}$/;
const ID = /^[A-Za-z0-9._~-]{1,190}$/;

export interface ParsedStreamId {
  readonly category: string;
  readonly id: string;
}

/** `<category>:<id>`; anything else is refused with the rule it breaks. */
export function parseStreamId(streamId: unknown): ParsedStreamId {
  if (typeof streamId !== 'string') throw new InvalidStreamIdError(streamId, 'must be a string "<category>:<id>"');
  const colon = streamId.indexOf(':');
  if (colon < 0) throw new InvalidStreamIdError(streamId, 'must have the form "<category>:<id>"');
  const category = streamId.slice(0, colon);
  const id = streamId.slice(colon + 1);
  if (!CATEGORY.test(category)) {
    throw new InvalidStreamIdError(streamId, `category "${category}" must match ${CATEGORY.source}`);
  }
  if (!ID.test(id)) throw new InvalidStreamIdError(streamId, `id "${id}" must match ${ID.source}`);
  return { category, id };
}

export function streamCategory(streamId: string): string {
  return parseStreamId(streamId).category;
}
