/**
 * The names people use for the states of the three workflows, in Korean (as the basic plan and
 * the councils say them) and English. The codes are the machines' state values, stored in events
 * and read models; this file has no imports so that the web application can bundle it as is.
 */

export const agendaItemStateNames = {
  proposed: { ko: '제안', en: 'Proposed' },
  inDeliberation: { ko: '공론화', en: 'In deliberation' },
  referred: { ko: '회부', en: 'Referred' },
  drafting: { ko: '실행안 작성', en: 'Drafting' },
  underReview: { ko: '심의', en: 'Under review' },
  approved: { ko: '가결', en: 'Approved' },
  inImplementation: { ko: '사업 추진', en: 'In implementation' },
  awaitingFeedback: { ko: '환류 대기', en: 'Awaiting feedback' },
  closed: { ko: '환류 완료', en: 'Feedback recorded' },
  dismissed: { ko: '기각', en: 'Dismissed' },
  withdrawn: { ko: '철회', en: 'Withdrawn' },
  rejected: { ko: '부결', en: 'Rejected' },
} as const;
export type AgendaItemStateName = keyof typeof agendaItemStateNames;

export const projectStateNames = {
  planned: { ko: '계획', en: 'Planned' },
  agreed: { ko: '합의', en: 'Agreed' },
  inProgress: { ko: '추진 중', en: 'In progress' },
  completed: { ko: '완료', en: 'Completed' },
  evaluated: { ko: '평가 완료', en: 'Evaluated' },
  closed: { ko: '종료', en: 'Closed' },
  suspended: { ko: '중단', en: 'Suspended' },
  cancelled: { ko: '취소', en: 'Cancelled' },
} as const;
export type ProjectStateName = keyof typeof projectStateNames;

export const agreementStateNames = {
  drafting: { ko: '작성 중', en: 'Drafting' },
  signing: { ko: '서명 중', en: 'Being signed' },
  inForce: { ko: '발효', en: 'In force' },
  expired: { ko: '만료', en: 'Expired' },
} as const;
export type AgreementStateName = keyof typeof agreementStateNames;

export const meetingStateNames = {
  scheduled: { ko: '개최 예정', en: 'Scheduled' },
  convened: { ko: '개회', en: 'Convened' },
  adjourned: { ko: '폐회', en: 'Adjourned' },
  minutesRecorded: { ko: '회의록 작성', en: 'Minutes recorded' },
  minutesApproved: { ko: '회의록 승인', en: 'Minutes approved' },
  cancelled: { ko: '취소', en: 'Cancelled' },
} as const;
export type MeetingStateName = keyof typeof meetingStateNames;

export const operatingPlanStateNames = {
  drafting: { ko: '작성 중', en: 'Drafting' },
  underReview: { ko: '심의', en: 'Under review' },
  approved: { ko: '가결', en: 'Approved' },
  rejected: { ko: '부결', en: 'Rejected' },
} as const;
export type OperatingPlanStateName = keyof typeof operatingPlanStateNames;

/** The province survey and a district's self-evaluation: recorded (corrections leave them recorded). */
export const evaluationStateNames = {
  recorded: { ko: '기록됨', en: 'Recorded' },
} as const;
export type EvaluationStateName = keyof typeof evaluationStateNames;

/** The groups the province survey asks (공통지표 설문조사 응답자). */
export const respondentGroupNames = {
  students: { ko: '학생', en: 'Students' },
  parents: { ko: '학부모', en: 'Parents' },
  teachers: { ko: '교원', en: 'Teachers' },
} as const;

export const planDecisionNames = {
  approved: { ko: '가결', en: 'Approved' },
  revisionRequested: { ko: '보완 요구', en: 'Returned for revision' },
  rejected: { ko: '부결', en: 'Rejected' },
} as const;

export const planProjectOriginNames = {
  'agenda-item': { ko: '안건 심의', en: 'Deliberated agenda item' },
  office: { ko: '기관 설계', en: 'Designed by the offices' },
} as const;

export const schoolCallStateNames = {
  open: { ko: '공모 중', en: 'Open' },
  reviewing: { ko: '심사 중', en: 'Reviewing' },
  granting: { ko: '교부', en: 'Granting' },
  completed: { ko: '완료', en: 'Completed' },
  cancelled: { ko: '취소', en: 'Cancelled' },
  direct: { ko: '지정 교부', en: 'Direct grants' },
} as const;
export type SchoolCallStateName = keyof typeof schoolCallStateNames;

export const applicationDecisionNames = {
  selected: { ko: '선정', en: 'Selected' },
  declined: { ko: '미선정', en: 'Not selected' },
} as const;

export const inspectionOutcomeNames = {
  appropriate: { ko: '적정', en: 'Appropriate' },
  improvementNeeded: { ko: '개선 필요', en: 'Improvement needed' },
  inappropriate: { ko: '부적정', en: 'Inappropriate' },
} as const;

export const memberRoleNames = {
  chair: { ko: '위원장', en: 'Chair' },
  'vice-chair': { ko: '부위원장', en: 'Vice-chair' },
  member: { ko: '위원', en: 'Member' },
} as const;

export const memberCategoryNames = {
  student: { ko: '학생', en: 'Student' },
  parent: { ko: '학부모', en: 'Parent' },
  teacher: { ko: '교원', en: 'Teacher' },
  citizen: { ko: '주민', en: 'Citizen' },
  official: { ko: '공무원', en: 'Official' },
  expert: { ko: '전문가', en: 'Expert' },
  'council-member': { ko: '의원', en: 'Council member' },
} as const;

/** The quadrants of the importance–performance analysis (evaluation/ipa.ts), as the basic plan names them. */
export const ipaQuadrantNames: Readonly<
  Record<'concentrate' | 'keepUp' | 'improveGradually' | 'maintain', { readonly ko: string; readonly en: string }>
> = {
  concentrate: { ko: '집중지원', en: 'Concentrate here' },
  keepUp: { ko: '유지강화', en: 'Keep up the good work' },
  improveGradually: { ko: '점진개선', en: 'Improve gradually' },
  maintain: { ko: '현상유지', en: 'Keep as it is' },
};
