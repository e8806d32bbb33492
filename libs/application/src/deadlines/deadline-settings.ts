/**
 * How long each district gives its bodies, from the environment:
 * `GONGRON_REVIEW_DAYS=30,suwon=14` (default 30 days from tabling to a review decision) and
 * `GONGRON_EVALUATION_DAYS=60` (days from completion until both evaluations are due), each a
 * default followed by `district=days` exceptions; `GONGRON_DEADLINE_CHECK_MS` (default 1000)
 * is how often the scheduler looks for deadlines that fell due.
 */
import { type DeadlinePolicy, type DistrictCode, isDistrictCode } from '@gongron/domain';

export interface DaysByDistrict {
  readonly default: number;
  readonly districts: Readonly<Partial<Record<DistrictCode, number>>>;
}

export interface DeadlineSettings {
  readonly reviewDays: DaysByDistrict;
  readonly evaluationDays: DaysByDistrict;
  readonly checkEveryMs: number;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  reviewDays: { default: 30, districts: {} },
  evaluationDays: { default: 60, districts: {} },
  checkEveryMs: 1000,
};

const MAX_DAYS = 3650;

function days(value: string): number | undefined {
  if (!/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= MAX_DAYS ? n : undefined;
}

function daysByDistrict(env: NodeJS.ProcessEnv, name: string, fallback: DaysByDistrict, problems: string[]): DaysByDistrict {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  let base = fallback.default;
  const districts: Partial<Record<DistrictCode, number>> = {};
  raw
    .split(',')
    .map((part) => part.trim())
    .forEach((part, index) => {
      const [key, value] = part.includes('=') ? (part.split('=', 2) as [string, string]) : [undefined, part];
      const n = days(value.trim());
      if (n === undefined) {
        problems.push(`${name}: "${part}" — expected a number of days from 1 to ${MAX_DAYS}`);
        return;
      }
      if (key === undefined) {
        if (index !== 0) problems.push(`${name}: "${part}" — the default comes first, then district=days`);
        else base = n;
        return;
      }
      if (!isDistrictCode(key.trim())) {
        problems.push(`${name}: "${key.trim()}" is not one of the 31 district codes`);
        return;
      }
      districts[key.trim() as DistrictCode] = n;
    });
  return { default: base, districts };
}

export function deadlineSettings(env: NodeJS.ProcessEnv, problems: string[]): DeadlineSettings {
  const rawCheck = env.GONGRON_DEADLINE_CHECK_MS;
  let checkEveryMs = DEFAULT_DEADLINE_SETTINGS.checkEveryMs;
  if (rawCheck !== undefined && rawCheck !== '') {
    const n = /^\d{1,8}$/.test(rawCheck) ? Number(rawCheck) : NaN;
    if (!(n >= 10 && n <= 3_600_000)) problems.push(`GONGRON_DEADLINE_CHECK_MS=${rawCheck}: expected a whole number from 10 to 3600000`);
    else checkEveryMs = n;
  }
  return {
    reviewDays: daysByDistrict(env, 'GONGRON_REVIEW_DAYS', DEFAULT_DEADLINE_SETTINGS.reviewDays, problems),
    evaluationDays: daysByDistrict(env, 'GONGRON_EVALUATION_DAYS', DEFAULT_DEADLINE_SETTINGS.evaluationDays, problems),
    checkEveryMs,
  };
}

export function deadlinePolicyOf(settings: DeadlineSettings): DeadlinePolicy {
  const pick = (table: DaysByDistrict) => (district: DistrictCode | null) =>
    (district !== null ? table.districts[district] : undefined) ?? table.default;
  return { reviewDays: pick(settings.reviewDays), evaluationDays: pick(settings.evaluationDays) };
}
