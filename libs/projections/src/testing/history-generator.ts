/**
 * A realistic generated history for tests and benchmarks: the 31 districts, Korean titles,
 * the real flow of agenda items, projects and agreements, many stories interleaved in the log
 * the way a province's year of meetings would interleave them. Deterministic for a seed.
 */
import { randomUUID } from 'node:crypto';
import { BUSINESS_TIME_ZONE, districtCodes, funders } from '@gongron/domain';
import type { EventMetadata, EventStore, EventToAppend, JsonObject } from '@gongron/event-store';

/** Mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  '방과후 마을학교',
  '청소년 진로체험',
  '지역 생태교육',
  '학부모 교육 아카데미',
  '마을교사 양성',
  '다문화 가정 학생 지원',
  '공유학교 운영',
  '디지털 창의교실',
  '지역 역사 탐방',
  '학생 자치 축제',
  '마을 도서관 연계 독서',
  '농촌 체험 학습',
];
const ACTIONS = ['확대', '신설', '운영 개선', '지원', '활성화'];
const NAMES = ['김민지', '이서준', '박지현', '최도윤', '정하은', '강민수', '조은서', '윤지호', '장수빈', '임재현'];
const TASKS = ['1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '3-1', '3-2', '3-3'];
const CATEGORIES = ['student', 'parent', 'teacher', 'citizen', 'official', 'other'];

/** One append: a stream and the events to add at its end. */
export interface HistoryStep {
  readonly streamId: string;
  readonly events: EventToAppend[];
}

export interface HistoryOptions {
  readonly events: number;
  readonly seed?: number;
  /** Stories advanced side by side (how much streams interleave). */
  readonly concurrentStories?: number;
  readonly startAt?: Date;
}

export class GeneratedClock {
  private time: number;
  constructor(start: Date) {
    this.time = start.getTime();
  }
  readonly now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

type Story = Generator<HistoryStep, void, void>;

export function* generateHistory(options: HistoryOptions, clock: GeneratedClock): Generator<HistoryStep, void, void> {
  const random = seededRandom(options.seed ?? 20240301);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${(++counter).toString(36).padStart(6, '0')}`;
  // Business dates are Korean dates, as the application's business clock gives them.
  const date = () => clock.now().toLocaleDateString('en-CA', { timeZone: BUSINESS_TIME_ZONE });
  const event = (type: string, data: JsonObject, metadata: EventMetadata): EventToAppend => ({ id: randomUUID(), type, data, metadata });
  const secretary = (district: string, body: string): EventMetadata => ({
    actor: { id: `tok-${district}-${body}`, role: 'secretary', district, body, name: pick(NAMES) },
    correlationId: randomUUID(),
    workflowVersion: 1,
  });
  const official = (district: string, party: string): EventMetadata => ({
    actor: { id: `tok-${district}-${party}`, role: 'official', district, party, name: pick(NAMES) },
    correlationId: randomUUID(),
  });
  const system = (name: string): EventMetadata => ({ actor: { id: `system:${name}`, role: 'system' }, correlationId: randomUUID() });
  const tally = (carried: boolean) => {
    const onRoll = int(9, 21);
    const present = int(Math.floor(onRoll / 2) + 1, onRoll);
    const majority = Math.floor(present / 2) + 1;
    const votesFor = carried ? int(majority, present) : int(0, majority - 1);
    const against = int(0, present - votesFor);
    return { onRoll, present, for: votesFor, against, abstain: present - votesFor - against };
  };
  const meeting = (body: string) => ({
    meetingId: id('mtg'),
    body,
    heldOn: date(),
    title: `${date().slice(0, 4)}년 제${int(1, 12)}차 회의`,
  });
  const budget = () => ({ 'education-office': int(10, 300) * 1_000_000, 'local-government': int(10, 300) * 1_000_000 });

  type Allocation = { 'education-office': number; 'local-government': number };
  /** Steps that change a started project's allocation, returning the new one. */
  type Amendment = (allocation: Allocation) => Generator<HistoryStep, Allocation, void>;

  function* projectStory(
    district: string,
    year: number,
    projectId: string,
    title: string,
    taskCode: string,
    planned: JsonObject,
    sourceItemId: string | null,
    amendment?: Amendment,
  ): Story {
    const stream = `project:${projectId}`;
    const actor = sourceItemId ? system('project-from-approved-item') : official(district, 'education-office');
    yield {
      streamId: stream,
      events: [
        event(
          'ProjectCreated',
          {
            projectId,
            district,
            year,
            title,
            taskCode,
            plannedBudget: planned,
            sourceAgendaItemId: sourceItemId,
            sourceRevisionId: null,
            createdOn: date(),
            workflowVersion: 1,
          },
          { ...actor, workflowVersion: 1 },
        ),
      ],
    };
    if (sourceItemId)
      yield {
        streamId: `agenda-item:${sourceItemId}`,
        events: [event('ProjectLinked', { itemId: sourceItemId, projectId }, system('link-project'))],
      };
    if (random() < 0.1) return;
    let allocation = planned as Allocation;
    yield {
      streamId: stream,
      events: [
        event(
          'ProjectAgreed',
          { projectId, agreementId: `${district}-${year}`, allocation, agreedOn: date() },
          system('agreement-in-force'),
        ),
      ],
    };
    yield { streamId: stream, events: [event('ProjectStarted', { projectId, startedOn: date() }, official(district, 'education-office'))] };
    // An amendment is consented while the project runs, before anything is spent: the new
    // allocation always covers the spending, as the project's rules require.
    if (amendment) allocation = yield* amendment(allocation);
    const spent = { 'education-office': 0, 'local-government': 0 };
    const expenditures = int(2, 8);
    for (let i = 0; i < expenditures; i++) {
      const funder = pick(funders);
      const amount = Math.floor((allocation[funder] / expenditures) * random());
      if (amount <= 0) continue;
      spent[funder] += amount;
      yield {
        streamId: stream,
        events: [
          event(
            'ExpenditureRecorded',
            { projectId, expenditureId: id('exp'), funder, amount, spentOn: date(), purpose: `${title} 운영비` },
            official(district, funder),
          ),
        ],
      };
    }
    if (random() < 0.05) {
      const returned = {
        'education-office': allocation['education-office'] - spent['education-office'],
        'local-government': allocation['local-government'] - spent['local-government'],
      };
      yield {
        streamId: stream,
        events: [
          event(
            'ProjectCancelled',
            { projectId, reason: '사업 여건 변경', cancelledWhile: 'inProgress', spent, returned, cancelledOn: date() },
            official(district, 'local-government'),
          ),
        ],
      };
      return;
    }
    if (random() < 0.1) {
      yield {
        streamId: stream,
        events: [
          event('ProjectSuspended', { projectId, reason: '방학 기간', suspendedOn: date() }, official(district, 'education-office')),
        ],
      };
      yield {
        streamId: stream,
        events: [event('ProjectResumed', { projectId, resumedOn: date() }, official(district, 'education-office'))],
      };
    }
    yield {
      streamId: stream,
      events: [event('ProjectCompleted', { projectId, completedOn: date(), allocation, spent }, official(district, 'education-office'))],
    };
    yield {
      streamId: stream,
      events: [
        event(
          'SelfEvaluationRecorded',
          {
            projectId,
            indicators: [{ name: '참여 학생 수', target: 200, result: int(120, 260), unit: '명' }],
            summary: '목표 대비 성과 점검',
            recordedOn: date(),
          },
          official(district, 'education-office'),
        ),
        event(
          'ComprehensiveEvaluationRecorded',
          { projectId, satisfaction: { students: int(60, 100), parents: int(60, 100), teachers: int(60, 100) }, surveyedOn: date() },
          official(district, 'education-office'),
        ),
        event(
          'ProjectEvaluated',
          { projectId, sourceAgendaItemId: sourceItemId, evaluatedOn: date() },
          official(district, 'education-office'),
        ),
      ],
    };
    if (sourceItemId) {
      yield {
        streamId: `agenda-item:${sourceItemId}`,
        events: [event('ProjectEvaluationNoted', { itemId: sourceItemId, projectId, evaluatedOn: date() }, system('item-awaits-feedback'))],
      };
      yield {
        streamId: `agenda-item:${sourceItemId}`,
        events: [
          event(
            'FeedbackRecorded',
            {
              itemId: sourceItemId,
              summary: '성과 환류 완료',
              recommendations: ['차년도 확대 검토'],
              followUpProposalId: null,
              meeting: meeting('steering-committee'),
              recordedOn: date(),
            },
            secretary(district, 'steering-committee'),
          ),
        ],
      };
    }
    if (random() < 0.7)
      yield { streamId: stream, events: [event('ProjectClosed', { projectId, closedOn: date() }, official(district, 'education-office'))] };
  }

  function* itemStory(district: string, year: number): Story {
    const itemId = id('item');
    const stream = `agenda-item:${itemId}`;
    const title = `${pick(TOPICS)} ${pick(ACTIONS)}`;
    let taskCode = pick(TASKS);
    const step = (type: string, data: JsonObject, metadata: EventMetadata): HistoryStep => ({
      streamId: stream,
      events: [event(type, { itemId, ...data }, metadata)],
    });
    yield step(
      'AgendaItemProposed',
      {
        district,
        title,
        description: `${title}에 대한 제안`,
        proposerCategory: pick(CATEGORIES),
        taskCode: random() < 0.6 ? taskCode : null,
        source: pick(['survey', 'forum', 'online']),
        proposedOn: date(),
        workflowVersion: 1,
      },
      secretary(district, 'civic-council'),
    );
    if (random() < 0.05)
      return yield step('AgendaItemWithdrawn', { reason: '제안자 철회', withdrawnOn: date() }, secretary(district, 'civic-council'));
    yield step('DeliberationOpened', { openedOn: date(), method: '숙의 토론회' }, secretary(district, 'civic-council'));
    for (let i = int(0, 6); i > 0; i--) {
      yield step(
        'OpinionRecorded',
        {
          opinionId: id('op'),
          stance: pick(['support', 'oppose', 'neutral']),
          respondentCategory: pick(CATEGORIES),
          text: '의견을 제출합니다',
          receivedOn: date(),
        },
        secretary(district, 'civic-council'),
      );
    }
    if (random() < 0.1)
      yield step(
        'AgendaItemDeferred',
        {
          body: 'civic-council',
          status: 'inDeliberation',
          meeting: meeting('civic-council'),
          reason: '추가 숙의 필요',
          effectiveAt: date(),
        },
        secretary(district, 'civic-council'),
      );
    if (random() < 0.15) {
      return yield step(
        'AgendaItemDismissed',
        { reason: '유사 사업 존재', meeting: meeting('civic-council'), tally: tally(true), effectiveAt: date() },
        secretary(district, 'civic-council'),
      );
    }
    yield step(
      'AgendaItemAdopted',
      { meeting: meeting('civic-council'), tally: tally(true), effectiveAt: date() },
      secretary(district, 'civic-council'),
    );
    yield step('DraftingStarted', { owner: pick(NAMES), startedOn: date() }, secretary(district, 'working-council'));
    let rounds = random() < 0.3 ? 2 : 1;
    let revisionId = '';
    let planned: JsonObject = budget();
    for (;;) {
      revisionId = id('rev');
      taskCode = random() < 0.2 ? pick(TASKS) : taskCode;
      planned = budget();
      yield step(
        'DraftRevisionSubmitted',
        { revisionId, title, plan: `${title} 실행 계획`, taskCode, budgetRequest: planned, submittedOn: date() },
        secretary(district, 'working-council'),
      );
      yield step(
        'AgendaItemTabled',
        { revisionId, meeting: meeting('steering-committee'), tabledOn: date() },
        secretary(district, 'working-council'),
      );
      rounds--;
      if (rounds === 0) break;
      yield step(
        'ReviewDecisionRecorded',
        {
          decision: 'revisionRequested',
          conditions: [],
          feedback: '예산 산출 근거 보완',
          meeting: meeting('steering-committee'),
          tally: tally(true),
          revisionId,
          project: null,
          effectiveAt: date(),
        },
        secretary(district, 'steering-committee'),
      );
    }
    if (random() < 0.1) {
      return yield step(
        'ReviewDecisionRecorded',
        {
          decision: 'rejected',
          conditions: [],
          feedback: '타당성 부족',
          meeting: meeting('steering-committee'),
          tally: tally(false),
          revisionId,
          project: null,
          effectiveAt: date(),
        },
        secretary(district, 'steering-committee'),
      );
    }
    const decision = random() < 0.3 ? 'conditionallyApproved' : 'approved';
    const projectId = `${itemId}-p1`;
    yield step(
      'ReviewDecisionRecorded',
      {
        decision,
        conditions: decision === 'conditionallyApproved' ? ['분기별 성과 보고'] : [],
        feedback: null,
        meeting: meeting('steering-committee'),
        tally: tally(true),
        revisionId,
        project: { projectId, district, year, title, taskCode, plannedBudget: planned, revisionId },
        effectiveAt: date(),
      },
      secretary(district, 'steering-committee'),
    );
    yield* projectStory(district, year, projectId, title, taskCode, planned, itemId);
  }

  function* agreementStory(district: string, year: number): Story {
    const agreementId = `${district}-${year}`;
    const stream = `agreement:${agreementId}`;
    const eo = official(district, 'education-office');
    yield {
      streamId: stream,
      events: [
        event('AgreementDrafted', { agreementId, district, year, draftedOn: date(), workflowVersion: 1 }, { ...eo, workflowVersion: 1 }),
      ],
    };
    const listed: { projectId: string; title: string; taskCode: string; budget: JsonObject }[] = [];
    for (let i = int(2, 5); i > 0; i--) {
      const project = { projectId: id('carried'), title: `${pick(TOPICS)} (계속사업)`, taskCode: pick(TASKS), budget: budget() };
      listed.push(project);
      yield { streamId: stream, events: [event('ProjectAddedToAgreement', { agreementId, ...project }, eo)] };
    }
    const signedOn = date();
    yield {
      streamId: stream,
      events: [
        event(
          'AgreementSigned',
          {
            agreementId,
            party: 'education-office',
            signatoryTitle: '교육장',
            signatoryName: pick(NAMES),
            signedBy: `tok-${district}-education-office`,
            signedOn,
            effectiveAt: signedOn,
          },
          eo,
        ),
      ],
    };
    const lgSigned = date();
    yield {
      streamId: stream,
      events: [
        event(
          'AgreementSigned',
          {
            agreementId,
            party: 'local-government',
            signatoryTitle: '시장',
            signatoryName: pick(NAMES),
            signedBy: `tok-${district}-local-government`,
            signedOn: lgSigned,
            effectiveAt: lgSigned,
          },
          official(district, 'local-government'),
        ),
        event(
          'AgreementCameIntoForce',
          {
            agreementId,
            district,
            year,
            inForceFrom: lgSigned,
            inForceUntil: `${year + 1}-02-${(year + 1) % 4 === 0 ? 29 : 28}`,
            projects: listed,
            effectiveAt: lgSigned,
          },
          official(district, 'local-government'),
        ),
      ],
    };
    const target = random() < 0.6 ? listed[0] : undefined;
    const amendment: Amendment = function* (previousAllocation) {
      const amendmentId = id('amd');
      const newBudget = budget();
      const changes = [{ kind: 'budget', projectId: target!.projectId, budget: newBudget }];
      const proposer = pick(funders);
      const consenter = proposer === 'education-office' ? 'local-government' : 'education-office';
      yield {
        streamId: stream,
        events: [
          event(
            'AmendmentProposed',
            { agreementId, amendmentId, proposedBy: proposer, changes, reason: '사업 규모 조정', proposedOn: date() },
            official(district, proposer),
          ),
        ],
      };
      yield {
        streamId: stream,
        events: [
          event(
            'AmendmentConsented',
            {
              agreementId,
              amendmentId,
              proposedBy: proposer,
              consentedBy: consenter,
              changes,
              budgets: [{ projectId: target!.projectId, kind: 'budget', previousBudget: previousAllocation, newBudget }],
              consentedOn: date(),
            },
            official(district, consenter),
          ),
        ],
      };
      yield {
        streamId: `project:${target!.projectId}`,
        events: [
          event(
            'ProjectBudgetAmended',
            { projectId: target!.projectId, amendmentId, agreementId, previousAllocation, newAllocation: newBudget, amendedOn: date() },
            system('amendment-consented'),
          ),
        ],
      };
      return newBudget;
    };
    for (const project of listed) {
      // The carried-over project exists before the agreement lists it in the real flow; here its
      // story starts once the agreement is in force, which the read models handle the same way.
      yield* projectStory(
        district,
        year,
        project.projectId,
        project.title,
        project.taskCode,
        project.budget,
        null,
        project === target ? amendment : undefined,
      );
    }
  }

  const concurrent = options.concurrentStories ?? 40;
  const active: Story[] = [];
  let produced = 0;
  let storyIndex = 0;
  const baseYear = (options.startAt ?? clock.now()).getUTCFullYear();
  const newStory = (): Story => {
    const i = storyIndex++;
    const district = districtCodes[i % districtCodes.length]!;
    const year = baseYear + Math.floor(i / (districtCodes.length * 40));
    return i % 12 === 0 && i / 12 < districtCodes.length * 8
      ? agreementStory(district, baseYear + Math.floor(i / 12 / districtCodes.length))
      : itemStory(district, year);
  };
  while (produced < options.events) {
    while (active.length < concurrent) active.push(newStory());
    const index = Math.floor(random() * active.length);
    const next = active[index]!.next();
    if (next.done) {
      active.splice(index, 1);
      continue;
    }
    clock.advance(int(1, 10) * 60_000);
    produced += next.value.events.length;
    yield next.value;
  }
}

/** Wraps many appends in one outer transaction (SQLite: each append becomes a savepoint). */
export interface BulkTransaction {
  begin(): void;
  commit(): void;
}

/** Appends a generated history to a store; returns the number of events appended. */
export async function appendHistory(
  store: EventStore,
  options: HistoryOptions,
  clock: GeneratedClock,
  extra: { readonly bulk?: BulkTransaction; readonly stepsPerTransaction?: number; readonly onProgress?: (events: number) => void } = {},
): Promise<number> {
  let appended = 0;
  let steps = 0;
  const perTransaction = extra.stepsPerTransaction ?? 2_000;
  extra.bulk?.begin();
  try {
    for (const step of generateHistory(options, clock)) {
      await store.append(step.streamId, step.events, 'any');
      appended += step.events.length;
      if (extra.bulk && ++steps % perTransaction === 0) {
        extra.bulk.commit();
        extra.bulk.begin();
      }
      if (extra.onProgress && appended % 10_000 < step.events.length) extra.onProgress(appended);
    }
  } finally {
    extra.bulk?.commit();
  }
  return appended;
}

/** Bulk appends into a SQLite store through its own better-sqlite3 handle. */
export function sqliteBulk(handle: { exec(sql: string): unknown }): BulkTransaction {
  return { begin: () => handle.exec('begin immediate'), commit: () => handle.exec('commit') };
}
