/**
 * What an evaluation's figures may be, checked once for every evaluation that carries them: a
 * self-evaluation's indicators (target and result), and a survey's scores (importance and
 * performance on the survey's five-point scale).
 */
import { invalid } from '../errors.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import { optionalText, requireListSize, requireObject, requireText } from '../validation.js';

/** An indicator with its target and its result (자체평가 지표). */
export interface Indicator {
  readonly name: string;
  readonly target: number;
  readonly result: number;
  readonly unit?: string;
}

export function finiteNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid('COMMAND.INVALID', path, `${path} must be a finite number`);
  }
  return value;
}

/** One indicator (name, target, result, optional unit) at `path`. */
export function indicator(value: unknown, path: string): Indicator {
  const entry = requireObject(value, path);
  const unit = optionalText(entry['unit'], `${path}.unit`, TEXT_LIMITS.unit);
  return {
    name: requireText(entry['name'], `${path}.name`, TEXT_LIMITS.label),
    target: finiteNumber(entry['target'], `${path}.target`),
    result: finiteNumber(entry['result'], `${path}.result`),
    ...(unit !== null ? { unit } : {}),
  };
}

/** A non-empty list of indicators, at most LIST_LIMITS.indicators. */
export function indicators(value: unknown, path: string): Indicator[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalid('COMMAND.INVALID', path, `${path} must list at least one indicator (name, target, result)`);
  }
  requireListSize(value, path, LIST_LIMITS.indicators);
  return value.map((entry, index) => indicator(entry, `${path}[${index}]`));
}

/** The survey's scale: the mean answer on a five-point scale (1 = not at all … 5 = very much), to two decimals. */
export const SURVEY_SCALE = { min: 1, max: 5, decimals: 2 } as const;

/** A mean score on the survey's scale, refused outside it or with more than two decimals. */
export function surveyScore(value: unknown, path: string): number {
  const score = finiteNumber(value, path);
  const hundredths = score * 10 ** SURVEY_SCALE.decimals;
  if (score < SURVEY_SCALE.min || score > SURVEY_SCALE.max || Math.abs(hundredths - Math.round(hundredths)) > 1e-9) {
    throw invalid(
      'EVALUATION.SCORE_OUT_OF_SCALE',
      path,
      `${path} must be a mean on the ${SURVEY_SCALE.min}–${SURVEY_SCALE.max} scale with at most ${SURVEY_SCALE.decimals} decimals`,
    );
  }
  return score;
}

/** A count of respondents: a whole number, not negative. */
export function respondentCount(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid('COMMAND.INVALID', path, `${path} must be a whole number of respondents (0 or more)`);
  }
  return value;
}
