/**
 * Shared material for the domain specs: metadata, one valid sample of every command, and the
 * command sequences that bring each workflow into each of its states.
 */
import {
  type Actor,
  type AgendaItemCommand,
  type AgendaItemStatus,
  type AgreementCommand,
  type AgreementStatus,
  type CommandMetadata,
  type ProjectCommand,
  type ProjectStatus,
  type Tally,
  type MeetingCommand,
  type MeetingStatus,
  type RosterCommand,
  type RosterStatus,
  type Workflow,
  agendaItemWorkflow,
  agreementWorkflow,
  meetingWorkflow,
  projectWorkflow,
  rosterWorkflow,
} from '../../src/index.js';

export const NOW = '2024-05-10T10:00:00+09:00';
export const TODAY = '2024-05-10';

export const secretary: Actor = { id: 'token-secretary', role: 'secretary', district: 'suwon', body: 'civic-council' };
export const educationOfficial: Actor = { id: 'token-edu', role: 'official', district: 'suwon', party: 'education-office' };
export const cityOfficial: Actor = { id: 'token-city', role: 'official', district: 'suwon', party: 'local-government' };
export const systemActor: Actor = { id: 'system:test', role: 'system' };

/**
 * `today` is the Korean business date the application's clock gives with `now`; instants here
 * are written in KST (+09:00), so by default it is the date they are written with.
 */
export function meta(actor: Actor = secretary, now = NOW, today = now.slice(0, 10)): CommandMetadata {
  return { now, today, actor };
}

export const carriedTally: Tally = { onRoll: 10, present: 7, for: 5, against: 1, abstain: 1 };
export const failedTally: Tally = { onRoll: 10, present: 7, for: 3, against: 3, abstain: 1 };
export const noQuorumTally: Tally = { onRoll: 10, present: 5, for: 5, against: 0, abstain: 0 };

export const ITEM = 'item-1';
export const PROJECT = 'proj-1';
export const budgetRequest = { 'education-office': 30_000_000, 'local-government': 20_000_000 };

// --- agenda item ---

export const agendaItemCommands: { readonly [T in AgendaItemCommand['type']]: Extract<AgendaItemCommand, { type: T }> } = {
  ProposeAgendaItem: {
    type: 'ProposeAgendaItem',
    data: {
      itemId: ITEM,
      district: 'suwon',
      title: '마을 방과후 돌봄',
      description: '방과후 돌봄 공간 확대',
      proposerCategory: 'parent',
      source: 'forum',
    },
    metadata: meta(),
  },
  OpenDeliberation: { type: 'OpenDeliberation', data: { itemId: ITEM }, metadata: meta() },
  RecordOpinion: {
    type: 'RecordOpinion',
    data: { itemId: ITEM, opinionId: 'op-1', stance: 'support', respondentCategory: 'student', text: '필요합니다' },
    metadata: meta(),
  },
  AdoptAgendaItem: {
    type: 'AdoptAgendaItem',
    data: { itemId: ITEM, meeting: { meetingId: 'm-civic-1', heldOn: '2024-05-09' }, tally: carriedTally },
    metadata: meta(),
  },
  DismissAgendaItem: {
    type: 'DismissAgendaItem',
    data: { itemId: ITEM, reason: '중복 안건', meeting: { heldOn: '2024-05-09' }, tally: failedTally },
    metadata: meta(),
  },
  WithdrawAgendaItem: { type: 'WithdrawAgendaItem', data: { itemId: ITEM, reason: '제안자 철회' }, metadata: meta() },
  StartDrafting: { type: 'StartDrafting', data: { itemId: ITEM, owner: '지원단 김간사' }, metadata: meta() },
  SubmitDraftRevision: {
    type: 'SubmitDraftRevision',
    data: { itemId: ITEM, revisionId: 'rev-1', plan: '운영 계획', taskCode: '2-3', budgetRequest },
    metadata: meta(),
  },
  TableForReview: { type: 'TableForReview', data: { itemId: ITEM }, metadata: meta() },
  RecordReviewDecision: {
    type: 'RecordReviewDecision',
    data: { itemId: ITEM, decision: 'approved', meeting: { heldOn: '2024-05-09' }, tally: carriedTally },
    metadata: meta(),
  },
  DeferAgendaItem: {
    type: 'DeferAgendaItem',
    data: { itemId: ITEM, meeting: { heldOn: '2024-05-09' }, reason: '추가 검토 필요' },
    metadata: meta(),
  },
  LinkProject: { type: 'LinkProject', data: { itemId: ITEM, projectId: `${ITEM}-p1` }, metadata: meta(systemActor) },
  MarkProjectEvaluated: { type: 'MarkProjectEvaluated', data: { itemId: ITEM, projectId: `${ITEM}-p1` }, metadata: meta(systemActor) },
  MarkReviewOverdue: {
    type: 'MarkReviewOverdue',
    data: { itemId: ITEM, deadlineId: 'review.evt-tabled', dueOn: TODAY },
    metadata: meta(systemActor),
  },
  RecordFeedback: {
    type: 'RecordFeedback',
    data: { itemId: ITEM, summary: '만족도 높음', recommendations: ['대상 학교 확대'] },
    metadata: meta(),
  },
};

const a = agendaItemCommands;
export const agendaItemPaths: { readonly [S in AgendaItemStatus]: readonly AgendaItemCommand[] } = {
  none: [],
  proposed: [a.ProposeAgendaItem],
  inDeliberation: [a.ProposeAgendaItem, a.OpenDeliberation],
  referred: [a.ProposeAgendaItem, a.OpenDeliberation, a.AdoptAgendaItem],
  drafting: [a.ProposeAgendaItem, a.OpenDeliberation, a.AdoptAgendaItem, a.StartDrafting],
  underReview: [a.ProposeAgendaItem, a.OpenDeliberation, a.AdoptAgendaItem, a.StartDrafting, a.SubmitDraftRevision, a.TableForReview],
  approved: [
    a.ProposeAgendaItem,
    a.OpenDeliberation,
    a.AdoptAgendaItem,
    a.StartDrafting,
    a.SubmitDraftRevision,
    a.TableForReview,
    a.RecordReviewDecision,
  ],
  inImplementation: [
    a.ProposeAgendaItem,
    a.OpenDeliberation,
    a.AdoptAgendaItem,
    a.StartDrafting,
    a.SubmitDraftRevision,
    a.TableForReview,
    a.RecordReviewDecision,
    a.LinkProject,
  ],
  awaitingFeedback: [
    a.ProposeAgendaItem,
    a.OpenDeliberation,
    a.AdoptAgendaItem,
    a.StartDrafting,
    a.SubmitDraftRevision,
    a.TableForReview,
    a.RecordReviewDecision,
    a.LinkProject,
    a.MarkProjectEvaluated,
  ],
  closed: [
    a.ProposeAgendaItem,
    a.OpenDeliberation,
    a.AdoptAgendaItem,
    a.StartDrafting,
    a.SubmitDraftRevision,
    a.TableForReview,
    a.RecordReviewDecision,
    a.LinkProject,
    a.MarkProjectEvaluated,
    a.RecordFeedback,
  ],
  dismissed: [a.ProposeAgendaItem, a.DismissAgendaItem],
  withdrawn: [a.ProposeAgendaItem, a.WithdrawAgendaItem],
  rejected: [
    a.ProposeAgendaItem,
    a.OpenDeliberation,
    a.AdoptAgendaItem,
    a.StartDrafting,
    a.SubmitDraftRevision,
    a.TableForReview,
    { ...a.RecordReviewDecision, data: { ...a.RecordReviewDecision.data, decision: 'rejected', tally: failedTally } },
  ],
};

// --- project ---

export const allocation = { 'education-office': 30_000_000, 'local-government': 20_000_000 };

export const projectCommands: { readonly [T in ProjectCommand['type']]: Extract<ProjectCommand, { type: T }> } = {
  CreateProject: {
    type: 'CreateProject',
    data: {
      projectId: PROJECT,
      district: 'suwon',
      year: 2024,
      title: '마을 방과후 돌봄',
      taskCode: '2-3',
      plannedBudget: allocation,
      sourceAgendaItemId: ITEM,
      conditions: [{ conditionId: 'c1', text: '안전 관리 계획 제출', dueOn: TODAY, beforeSpending: false }],
    },
    metadata: meta(systemActor),
  },
  MarkProjectAgreed: {
    type: 'MarkProjectAgreed',
    data: { projectId: PROJECT, agreementId: 'suwon-2024', allocation, agreedOn: '2024-03-05' },
    metadata: meta(systemActor),
  },
  StartProject: { type: 'StartProject', data: { projectId: PROJECT }, metadata: meta(educationOfficial) },
  SuspendProject: { type: 'SuspendProject', data: { projectId: PROJECT, reason: '공간 공사' }, metadata: meta(educationOfficial) },
  ResumeProject: { type: 'ResumeProject', data: { projectId: PROJECT }, metadata: meta(educationOfficial) },
  RecordExpenditure: {
    type: 'RecordExpenditure',
    data: { projectId: PROJECT, expenditureId: 'exp-1', funder: 'education-office', amount: 1_000_000, spentOn: TODAY, purpose: '강사비' },
    metadata: meta(educationOfficial),
  },
  ReleaseFromAgreement: {
    type: 'ReleaseFromAgreement',
    data: { projectId: PROJECT, agreementId: 'suwon-2024', amendmentId: 'amend-2' },
    metadata: meta(systemActor),
  },
  AmendProjectBudget: {
    type: 'AmendProjectBudget',
    data: { projectId: PROJECT, amendmentId: 'amend-1', newAllocation: { 'education-office': 35_000_000, 'local-government': 20_000_000 } },
    metadata: meta(systemActor),
  },
  CompleteProject: { type: 'CompleteProject', data: { projectId: PROJECT }, metadata: meta(educationOfficial) },
  RecordSelfEvaluation: {
    type: 'RecordSelfEvaluation',
    data: { projectId: PROJECT, indicators: [{ name: '참여 학생 수', target: 100, result: 120, unit: '명' }] },
    metadata: meta(educationOfficial),
  },
  RecordComprehensiveEvaluation: {
    type: 'RecordComprehensiveEvaluation',
    data: { projectId: PROJECT, satisfaction: { students: 88, parents: 91.5, teachers: 80 } },
    metadata: meta(educationOfficial),
  },
  CorrectSelfEvaluation: {
    type: 'CorrectSelfEvaluation',
    data: { projectId: PROJECT, indicators: [{ name: '참여 학생 수', target: 100, result: 112, unit: '명' }], reason: '중복 집계 정정' },
    metadata: meta(educationOfficial),
  },
  CorrectComprehensiveEvaluation: {
    type: 'CorrectComprehensiveEvaluation',
    data: { projectId: PROJECT, satisfaction: { students: 86, parents: 91.5, teachers: 80 }, reason: '입력 오류 정정' },
    metadata: meta(educationOfficial),
  },
  CloseProject: { type: 'CloseProject', data: { projectId: PROJECT }, metadata: meta(educationOfficial) },
  CancelProject: { type: 'CancelProject', data: { projectId: PROJECT, reason: '수요 부족' }, metadata: meta(educationOfficial) },
  FulfillCondition: {
    type: 'FulfillCondition',
    data: { projectId: PROJECT, conditionId: 'c1', evidence: '안전 관리 계획서 제출 (공문 제2024-12호)' },
    metadata: meta(educationOfficial),
  },
  WaiveCondition: {
    type: 'WaiveCondition',
    data: { projectId: PROJECT, conditionId: 'c1', reason: '기존 계획으로 갈음', meeting: { heldOn: TODAY, body: 'steering-committee' } },
    metadata: meta(systemActor),
  },
  MarkConditionOverdue: {
    type: 'MarkConditionOverdue',
    data: { projectId: PROJECT, conditionId: 'c1', deadlineId: `condition.${PROJECT}.c1`, dueOn: TODAY },
    metadata: meta(systemActor),
  },
  MarkEvaluationOverdue: {
    type: 'MarkEvaluationOverdue',
    data: { projectId: PROJECT, deadlineId: `evaluation.${PROJECT}`, dueOn: TODAY },
    metadata: meta(systemActor),
  },
};

const p = projectCommands;
export const projectPaths: { readonly [S in ProjectStatus]: readonly ProjectCommand[] } = {
  none: [],
  planned: [p.CreateProject],
  agreed: [p.CreateProject, p.MarkProjectAgreed],
  inProgress: [p.CreateProject, p.MarkProjectAgreed, p.StartProject],
  suspended: [p.CreateProject, p.MarkProjectAgreed, p.StartProject, p.SuspendProject],
  completed: [p.CreateProject, p.MarkProjectAgreed, p.StartProject, p.CompleteProject],
  evaluated: [p.CreateProject, p.MarkProjectAgreed, p.StartProject, p.CompleteProject, p.RecordSelfEvaluation],
  closed: [p.CreateProject, p.MarkProjectAgreed, p.StartProject, p.CompleteProject, p.RecordSelfEvaluation, p.CloseProject],
  cancelled: [p.CreateProject, p.CancelProject],
};

// --- agreement ---

const address = { district: 'suwon', year: 2024 } as const;
export const DRAFTED_AT = '2024-02-20T10:00:00+09:00';
export const DRAFTED_ON = '2024-02-20';
export const agreementCommands: { readonly [T in AgreementCommand['type']]: Extract<AgreementCommand, { type: T }> } = {
  /** Drafted in February, before the signatures of early March. */
  DraftAgreement: { type: 'DraftAgreement', data: { ...address }, metadata: meta(educationOfficial, DRAFTED_AT) },
  AddProjectToAgreement: {
    type: 'AddProjectToAgreement',
    data: { ...address, projectId: PROJECT, title: '마을 방과후 돌봄', taskCode: '2-3', budget: allocation },
    metadata: meta(educationOfficial),
  },
  WithdrawProjectFromAgreement: {
    type: 'WithdrawProjectFromAgreement',
    data: { ...address, projectId: PROJECT, reason: '예산 조정' },
    metadata: meta(educationOfficial),
  },
  SignAgreement: {
    type: 'SignAgreement',
    data: { ...address, signedOn: '2024-03-04', signatoryName: '홍길동' },
    metadata: meta(educationOfficial),
  },
  ProposeAmendment: {
    type: 'ProposeAmendment',
    data: {
      ...address,
      amendmentId: 'amend-1',
      changes: [{ kind: 'budget', projectId: PROJECT, budget: { 'education-office': 35_000_000, 'local-government': 20_000_000 } }],
      reason: '참여 학교 증가',
    },
    metadata: meta(educationOfficial),
  },
  ConsentToAmendment: { type: 'ConsentToAmendment', data: { ...address, amendmentId: 'amend-1' }, metadata: meta(cityOfficial) },
  RefuseAmendment: {
    type: 'RefuseAmendment',
    data: { ...address, amendmentId: 'amend-1', reason: '재원 부족' },
    metadata: meta(cityOfficial),
  },
  ProposeWithdrawalOfCancelledProject: {
    type: 'ProposeWithdrawalOfCancelledProject',
    data: { ...address, projectId: PROJECT, party: 'education-office', reason: '수요 부족' },
    metadata: meta(systemActor),
  },
  /** Fired by the deadline scheduler at 00:00 KST on 1 March 2025. */
  ExpireAgreement: { type: 'ExpireAgreement', data: { ...address }, metadata: meta(systemActor, '2025-03-01T00:00:00+09:00') },
};

const g = agreementCommands;
export const citySignature: AgreementCommand = {
  ...g.SignAgreement,
  data: { ...g.SignAgreement.data, signedOn: '2024-03-05' },
  metadata: meta(cityOfficial),
};
export const agreementPaths: { readonly [S in AgreementStatus]: readonly AgreementCommand[] } = {
  none: [],
  drafting: [g.DraftAgreement, g.AddProjectToAgreement],
  signing: [g.DraftAgreement, g.AddProjectToAgreement, g.SignAgreement],
  inForce: [g.DraftAgreement, g.AddProjectToAgreement, g.SignAgreement, citySignature],
  expired: [g.DraftAgreement, g.AddProjectToAgreement, g.SignAgreement, citySignature, g.ExpireAgreement],
};

/** Runs commands through a workflow's decider from its initial state; returns the events and the state. */
export function run<C extends { type: string }, E extends { type: string }, S>(
  workflow: Workflow<C, E, S>,
  commands: readonly C[],
): { events: E[]; state: S } {
  const events: E[] = [];
  let state = workflow.decider.initialState();
  for (const command of commands) {
    for (const event of workflow.decider.decide(command, state)) {
      events.push(event);
      state = workflow.decider.evolve(state, event);
    }
  }
  return { events, state };
}

// --- roster ---

const rosterOf = { district: 'suwon', body: 'civic-council' } as const;

export const rosterCommands: { readonly [T in RosterCommand['type']]: Extract<RosterCommand, { type: T }> } = {
  AddMember: {
    type: 'AddMember',
    data: {
      ...rosterOf,
      memberId: 'm-1',
      name: '김위원',
      category: 'parent',
      role: 'chair',
      termFrom: '2024-03-01',
      termUntil: '2026-02-28',
    },
    metadata: meta(),
  },
  ChangeMemberTerm: {
    type: 'ChangeMemberTerm',
    data: { ...rosterOf, memberId: 'm-1', termFrom: '2024-03-01', termUntil: '2027-02-28' },
    metadata: meta(),
  },
  ChangeMemberRole: { type: 'ChangeMemberRole', data: { ...rosterOf, memberId: 'm-1', role: 'vice-chair' }, metadata: meta() },
  RemoveMember: { type: 'RemoveMember', data: { ...rosterOf, memberId: 'm-1', leftOn: '2024-06-01', reason: '사임' }, metadata: meta() },
};

export const rosterPaths: { readonly [S in RosterStatus]: readonly RosterCommand[] } = {
  none: [],
  active: [rosterCommands.AddMember],
};

/** A roster command adding member `memberId` (a parent, for the whole 2024–2025 term). */
export function addMember(memberId: string, change: Partial<Extract<RosterCommand, { type: 'AddMember' }>['data']> = {}): RosterCommand {
  return {
    type: 'AddMember',
    data: {
      ...rosterOf,
      memberId,
      name: `위원 ${memberId}`,
      category: 'parent',
      termFrom: '2024-03-01',
      termUntil: '2026-02-28',
      ...change,
    },
    metadata: meta(),
  };
}

/** The roster of the suwon civic council with `size` members m-1 … m-size. */
export function rosterOfSize(size: number) {
  return run(
    rosterWorkflow,
    Array.from({ length: size }, (_, index) => addMember(`m-${index + 1}`)),
  ).state;
}

// --- meeting ---

export const MEETING = 'suwon-civic-council-2024-3';

export const meetingCommands: { readonly [T in MeetingCommand['type']]: Extract<MeetingCommand, { type: T }> } = {
  ScheduleMeeting: {
    type: 'ScheduleMeeting',
    data: {
      ...rosterOf,
      number: 3,
      heldOn: '2024-05-09',
      startsAt: '14:00',
      place: '수원시청 회의실',
      agenda: [{ itemId: ITEM, title: '마을 방과후 돌봄' }],
    },
    metadata: meta(),
  },
  AddAgendaEntry: { type: 'AddAgendaEntry', data: { meetingId: MEETING, title: '기타 보고' }, metadata: meta() },
  CancelMeeting: { type: 'CancelMeeting', data: { meetingId: MEETING, reason: '태풍' }, metadata: meta() },
  ConveneMeeting: {
    type: 'ConveneMeeting',
    data: { meetingId: MEETING, attending: ['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-7', 'm-8', 'm-9'] },
    metadata: { ...meta(), facts: { roster: rosterOfSize(15) } },
  },
  ChangeAttendance: { type: 'ChangeAttendance', data: { meetingId: MEETING, memberId: 'm-10', present: true }, metadata: meta() },
  AdjournMeeting: { type: 'AdjournMeeting', data: { meetingId: MEETING }, metadata: meta() },
  RecordMinutes: { type: 'RecordMinutes', data: { meetingId: MEETING, text: '제3차 회의록' }, metadata: meta() },
  ApproveMinutes: { type: 'ApproveMinutes', data: { meetingId: MEETING }, metadata: meta() },
};

const mt = meetingCommands;
export const meetingPaths: { readonly [S in MeetingStatus]: readonly MeetingCommand[] } = {
  none: [],
  scheduled: [mt.ScheduleMeeting],
  convened: [mt.ScheduleMeeting, mt.ConveneMeeting],
  adjourned: [mt.ScheduleMeeting, mt.ConveneMeeting, mt.AdjournMeeting],
  minutesRecorded: [mt.ScheduleMeeting, mt.ConveneMeeting, mt.AdjournMeeting, mt.RecordMinutes],
  minutesApproved: [mt.ScheduleMeeting, mt.ConveneMeeting, mt.AdjournMeeting, mt.RecordMinutes, mt.ApproveMinutes],
  cancelled: [mt.ScheduleMeeting, mt.CancelMeeting],
};

export const historyOf = {
  agendaItem: (status: AgendaItemStatus) => run(agendaItemWorkflow, agendaItemPaths[status]).events,
  project: (status: ProjectStatus) => run(projectWorkflow, projectPaths[status]).events,
  agreement: (status: AgreementStatus) => run(agreementWorkflow, agreementPaths[status]).events,
  roster: (status: RosterStatus) => run(rosterWorkflow, rosterPaths[status]).events,
  meeting: (status: MeetingStatus) => run(meetingWorkflow, meetingPaths[status]).events,
};

/**
 * Wraps a decider so every transition it takes (in evolve, and the events decide returns) is
 * recorded; `missing()` lists the machine's transitions no spec has taken yet.
 */
export function transitionCoverage<C, E extends { type: string }, S extends { readonly status: string }>(
  workflow: Workflow<{ type: string }, { type: string }, { readonly status: string }> | Workflow<never, never, never>,
  decider: { decide(command: C, state: S): E[]; evolve(state: S, event: E): S; initialState(): S },
) {
  const taken = new Set<string>();
  const key = (from: string, event: string, to: string) => `${from} --${event}--> ${to}`;
  const evolve = (state: S, event: E): S => {
    const next = decider.evolve(state, event);
    taken.add(key(state.status, event.type, next.status));
    return next;
  };
  const tracked = {
    initialState: () => decider.initialState(),
    evolve,
    decide(command: C, state: S): E[] {
      const events = decider.decide(command, state);
      events.reduce(evolve, state);
      return events;
    },
  };
  const definition = workflow.definitionJson as {
    states: Record<string, { on: Record<string, { target: string | null; guard: string | null }[]> }>;
  };
  const all: string[] = [];
  for (const [from, node] of Object.entries(definition.states)) {
    for (const [event, transitions] of Object.entries(node.on)) {
      for (const transition of transitions) all.push(key(from, event, transition.target ?? from));
    }
  }
  return { decider: tracked, all: () => [...new Set(all)], missing: () => [...new Set(all)].filter((entry) => !taken.has(entry)) };
}
