/**
 * Runtime checks for command data. Commands come from HTTP bodies and process managers, so
 * types alone do not protect the rules: every field is checked and a refusal names it.
 */
import { invalid } from './errors.js';
import {
  type BodyCode,
  type DistrictCode,
  type Funder,
  type TaskCode,
  isBodyCode,
  isDistrictCode,
  isFunder,
  isTaskCode,
} from './catalogs.js';
import { ID_PATTERN, isYear, LIST_LIMITS, TEXT_LIMITS, YEAR_RANGE } from './limits.js';
import { type CommandMetadata, type Meeting, tokenRoles } from './messages.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_INSTANT.exec(value);
  if (match === null) return false;
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  return validDate(Number(match[1]), Number(match[2]), Number(match[3])) && hour < 24 && minute < 60 && second < 60;
}

/**
 * `effectiveAt` is recorded only where the fact took effect on another day than it is recorded
 * (a meeting's decision entered the next morning, a signature dated by hand); `today` is the
 * Korean business date the command was issued on.
 */
export function effective(date: string | null, today: string): { effectiveAt?: string } {
  return date !== null && date !== today ? { effectiveAt: date } : {};
}

export function field(data: unknown, name: string): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  return (data as Record<string, unknown>)[name];
}

export function requireObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('COMMAND.INVALID', path, `${path} must be an object`);
  }
  return value as Record<string, unknown>;
}

export function requireText(value: unknown, path: string, maxLength: number = TEXT_LIMITS.text): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw invalid('COMMAND.INVALID', path, `${path} must be a non-empty text`);
  }
  if (value.length > maxLength) {
    throw invalid('COMMAND.INVALID', path, `${path} is longer than ${maxLength} characters`);
  }
  return value;
}

export function optionalText(value: unknown, path: string, maxLength: number = TEXT_LIMITS.text): string | null {
  if (value === undefined || value === null) return null;
  return requireText(value, path, maxLength);
}

/** Refuses a list longer than `maxEntries`, naming the list and the limit. */
export function requireListSize(value: readonly unknown[], path: string, maxEntries: number): void {
  if (value.length > maxEntries) throw invalid('COMMAND.INVALID', path, `${path} lists more than ${maxEntries} entries`);
}

export function requireTextList(
  value: unknown,
  path: string,
  { nonEmpty = false, maxLength = TEXT_LIMITS.text as number, maxEntries = LIST_LIMITS.recommendations as number } = {},
): string[] {
  if (value === undefined || value === null) {
    if (nonEmpty) throw invalid('COMMAND.INVALID', path, `${path} must list at least one entry`);
    return [];
  }
  if (!Array.isArray(value)) throw invalid('COMMAND.INVALID', path, `${path} must be a list of texts`);
  if (nonEmpty && value.length === 0) throw invalid('COMMAND.INVALID', path, `${path} must list at least one entry`);
  requireListSize(value, path, maxEntries);
  return value.map((entry, index) => requireText(entry, `${path}[${index}]`, maxLength));
}

export function requireId(value: unknown, path: string): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    throw invalid('COMMAND.INVALID_ID', path, `${path} must be an id of letters, digits, '.', '_' or '-' (at most 160)`);
  }
  return value;
}

const COUNCIL_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * The civic council a roster or meeting command names (null: none, the district's default council).
 * Only the civic council has several in a district; another body names none.
 */
export function optionalCouncil(value: unknown, body: BodyCode, path = 'data.council'): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !COUNCIL_CODE.test(value)) {
    throw invalid('COMMAND.INVALID', path, `${path} must be a civic council's code (lower-case letters, digits and hyphens)`);
  }
  if (body !== 'civic-council') {
    throw invalid('COMMAND.INVALID', path, `${path}: only the civic council has several councils in a district; the ${body} names none`);
  }
  return value;
}

export function optionalId(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null;
  return requireId(value, path);
}

export function requireIsoDate(value: unknown, path: string): string {
  if (!isIsoDate(value)) throw invalid('COMMAND.INVALID_DATE', path, `${path} must be a calendar date 'YYYY-MM-DD'`);
  return value;
}

export function optionalIsoDate(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null;
  return requireIsoDate(value, path);
}

export function requireDistrict(value: unknown, path: string): DistrictCode {
  if (!isDistrictCode(value)) throw invalid('CATALOG.UNKNOWN_DISTRICT', path, `${path} is not one of the 31 district codes`);
  return value;
}

export function requireTaskCode(value: unknown, path: string): TaskCode {
  if (!isTaskCode(value)) throw invalid('CATALOG.UNKNOWN_TASK', path, `${path} must be a task code 1-1 … 3-3`);
  return value;
}

export function optionalTaskCode(value: unknown, path: string): TaskCode | null {
  if (value === undefined || value === null) return null;
  return requireTaskCode(value, path);
}

export function requireBody(value: unknown, path: string): BodyCode {
  if (!isBodyCode(value)) {
    throw invalid('CATALOG.UNKNOWN_BODY', path, `${path} must be civic-council, working-council or steering-committee`);
  }
  return value;
}

export function requireFunder(value: unknown, path: string): Funder {
  if (!isFunder(value)) throw invalid('CATALOG.UNKNOWN_FUNDER', path, `${path} must be education-office or local-government`);
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalid('COMMAND.INVALID', path, `${path} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export function requireYear(value: unknown, path: string): number {
  if (!isYear(value)) {
    throw invalid('COMMAND.INVALID', path, `${path} must be a year between ${YEAR_RANGE.from} and ${YEAR_RANGE.until}`);
  }
  return value;
}

export function requireMeeting(value: unknown, path: string): Meeting {
  const meeting = requireObject(value, path);
  const meetingId = optionalId(meeting['meetingId'], `${path}.meetingId`);
  const body = meeting['body'] === undefined || meeting['body'] === null ? null : requireBody(meeting['body'], `${path}.body`);
  const title = optionalText(meeting['title'], `${path}.title`, TEXT_LIMITS.meetingTitle);
  return {
    ...(meetingId !== null ? { meetingId } : {}),
    ...(body !== null ? { body } : {}),
    heldOn: requireIsoDate(meeting['heldOn'], `${path}.heldOn`),
    ...(title !== null ? { title } : {}),
  };
}

/** Checks the metadata every command carries: an instant, the Korean business date and an actor. */
export function requireMetadata(metadata: unknown): CommandMetadata {
  const value = requireObject(metadata, 'metadata');
  if (!isIsoInstant(value['now'])) {
    throw invalid('COMMAND.INVALID_METADATA', 'metadata.now', 'metadata.now must be an ISO 8601 instant with offset');
  }
  if (!isIsoDate(value['today'])) {
    throw invalid('COMMAND.INVALID_METADATA', 'metadata.today', "metadata.today must be the Korean business date 'YYYY-MM-DD'");
  }
  const actor = requireObject(value['actor'], 'metadata.actor');
  requireText(actor['id'], 'metadata.actor.id', 200);
  requireOneOf(actor['role'], [...tokenRoles, 'system'], 'metadata.actor.role');
  return value as unknown as CommandMetadata;
}
