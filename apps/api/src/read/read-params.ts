/** Query parameters shared by the read routes, validated against the domain's catalogues. */
import { bodyCodes, districtCodes, funders, taskCodes } from '@gongron/domain';
import {
  type Page,
  agendaStates,
  decisionKinds,
  oneOf,
  parseDate,
  parseGoal,
  parsePage,
  parseYear,
  projectStates,
} from '@gongron/projections';
import { single } from './read-errors.js';

type Query = Record<string, unknown>;

export const district = (q: Query, field = 'district') => oneOf(single(q, field), districtCodes, field);
export const body = (q: Query) => oneOf(single(q, 'body'), bodyCodes, 'body');
export const agendaState = (q: Query) => oneOf(single(q, 'state'), agendaStates, 'state');
export const projectState = (q: Query) => oneOf(single(q, 'state'), projectStates, 'state');
export const taskCode = (q: Query) => oneOf(single(q, 'taskCode'), taskCodes, 'taskCode');
export const funder = (q: Query) => oneOf(single(q, 'funder'), funders, 'funder');
export const goal = (q: Query) => parseGoal(single(q, 'goal'));
export const year = (q: Query) => parseYear(single(q, 'year'));
export const decisionKind = (q: Query) => oneOf(single(q, 'kind'), decisionKinds, 'kind');
export const date = (q: Query, field: string) => parseDate(single(q, field), field);
export const page = (q: Query): Page => parsePage(single(q, 'limit'), single(q, 'offset'));

export function requiredDistrict(value: string): string {
  return oneOf(value, districtCodes, 'district')!;
}
