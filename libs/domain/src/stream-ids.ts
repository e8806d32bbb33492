/**
 * Stream ids: 'agenda-item:<itemId>', 'project:<projectId>', 'agreement:<district>-<year>', 'roster:<district>-<body>[.<council>]',
 * 'meeting:<meetingId>', 'operating-plan:<district>-<year>', 'school-call:<projectId>.call-<number>',
 * 'province-survey:<year>', 'district-evaluation:<district>-<year>'.
 */
import type { BodyCode, DistrictCode } from './catalogs.js';

export function agendaItemStreamId(itemId: string): string {
  return `agenda-item:${itemId}`;
}

export function projectStreamId(projectId: string): string {
  return `project:${projectId}`;
}

/** The agreement's id is '<district>-<year>', e.g. 'suwon-2024'. */
export function agreementId(district: DistrictCode, year: number): string {
  return `${district}-${year}`;
}

export function agreementStreamId(district: DistrictCode, year: number): string {
  return `agreement:${agreementId(district, year)}`;
}

/**
 * A body of a district as its rosters and meetings name it: 'suwon-civic-council', and for a civic
 * council other than the district's default (first) one 'suwon-civic-council.south'. The default
 * council keeps the plain form, so histories recorded before a district had several replay as they are.
 */
export function bodyKeyOf(district: DistrictCode, body: BodyCode, council?: string | null): string {
  return council === undefined || council === null ? `${district}-${body}` : `${district}-${body}.${council}`;
}

/** One roster per body of a district (and per civic council): 'roster:suwon-civic-council', 'roster:suwon-civic-council.south'. */
export function rosterStreamId(district: DistrictCode, body: BodyCode, council?: string | null): string {
  return `roster:${bodyKeyOf(district, body, council)}`;
}

/**
 * A meeting's id names its body (and civic council) and its number in the year:
 * 'suwon-civic-council-2024-3' (2024년 제3차), 'suwon-civic-council.south-2024-3'.
 */
export function meetingIdOf(district: DistrictCode, body: BodyCode, year: number, number: number, council?: string | null): string {
  return `${bodyKeyOf(district, body, council)}-${year}-${number}`;
}

export function meetingStreamId(meetingId: string): string {
  return `meeting:${meetingId}`;
}

/** One operating plan (운영계획) per district and operating year: 'suwon-2025'. */
export function operatingPlanId(district: DistrictCode, year: number): string {
  return `${district}-${year}`;
}

export function operatingPlanStreamId(district: DistrictCode, year: number): string {
  return `operating-plan:${operatingPlanId(district, year)}`;
}

/** How the plan is named on a steering committee meeting's agenda: 'operating-plan-suwon-2025'. */
export function operatingPlanAgendaEntryId(district: DistrictCode, year: number): string {
  return `operating-plan-${operatingPlanId(district, year)}`;
}

/** A project's calls for schools are numbered: 'suwon-p1.call-2' is the second call of project suwon-p1. */
export function schoolCallId(projectId: string, number: number): string {
  return `${projectId}.call-${number}`;
}

/** A project's direct grants to designated schools (지정 교부) are one stream beside its calls: 'suwon-p1.direct'. */
export function directSchoolGrantsId(projectId: string): string {
  return `${projectId}.direct`;
}

export function schoolCallStreamId(callId: string): string {
  return `school-call:${callId}`;
}

/** One province-wide survey (종합평가) per year: 'province-survey:2023'. */
export function provinceSurveyId(year: number): string {
  return String(year);
}

export function provinceSurveyStreamId(year: number): string {
  return `province-survey:${provinceSurveyId(year)}`;
}

/** One self-evaluation (자체평가) per district and year: 'district-evaluation:suwon-2023'. */
export function districtEvaluationId(district: DistrictCode, year: number): string {
  return `${district}-${year}`;
}

export function districtEvaluationStreamId(district: DistrictCode, year: number): string {
  return `district-evaluation:${districtEvaluationId(district, year)}`;
}

/** The category of a stream id ('agenda-item', 'project', 'agreement'), or undefined. */
export function streamCategory(streamId: string): string | undefined {
  const index = streamId.indexOf(':');
  return index > 0 ? streamId.slice(0, index) : undefined;
}

/** The id part of a stream id. */
export function streamEntityId(streamId: string): string {
  return streamId.slice(streamId.indexOf(':') + 1);
}
