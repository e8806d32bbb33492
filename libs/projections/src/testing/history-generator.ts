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

type Allocation = { 'education-office': number; 'local-government': number };
/** Steps that change a started project's allocation, returning the new one. */
type Amendment = (allocation: Allocation) => Generator<HistoryStep, Allocation, void>;
/** One event of an agenda item's own stream. */
type ItemStep = (type: string, data: JsonObject, metadata: EventMetadata) => HistoryStep;
/** What the working council's drafting left for the steering committee's decision. */
interface Draft {
  readonly revisionId: string;
  readonly taskCode: string;
  readonly planned: JsonObject;
}
/** A carried-over project an agreement lists. */
interface ListedProject {
  readonly projectId: string;
  readonly title: string;
  readonly taskCode: string;
  readonly budget: JsonObject;
}

/**
 * The seeded choices of one generated history. Every choice draws from one random sequence, so
 * the order of the draws is the history: a step moved changes it.
 */
class HistoryChoices {
  readonly random: () => number;
  private counter = 0;

  constructor(
    seed: number,
    private readonly clock: GeneratedClock,
  ) {
    this.random = seededRandom(seed);
  }

  readonly pick = <T>(items: readonly T[]): T => items[Math.floor(this.random() * items.length)]!;
  readonly int = (min: number, max: number) => min + Math.floor(this.random() * (max - min + 1));
  readonly id = (prefix: string) => `${prefix}-${(++this.counter).toString(36).padStart(6, '0')}`;
  // Business dates are Korean dates, as the application's business clock gives them.
  readonly date = () => this.clock.now().toLocaleDateString('en-CA', { timeZone: BUSINESS_TIME_ZONE });
  readonly event = (type: string, data: JsonObject, metadata: EventMetadata): EventToAppend => ({
    id: randomUUID(),
    type,
    data,
    metadata,
  });
  readonly secretary = (district: string, body: string): EventMetadata => ({
    actor: { id: `tok-${district}-${body}`, role: 'secretary', district, body, name: this.pick(NAMES) },
    correlationId: randomUUID(),
    workflowVersion: 1,
  });
  readonly official = (district: string, party: string): EventMetadata => ({
    actor: { id: `tok-${district}-${party}`, role: 'official', district, party, name: this.pick(NAMES) },
    correlationId: randomUUID(),
  });
  readonly system = (name: string): EventMetadata => ({
    actor: { id: `system:${name}`, role: 'system' },
    correlationId: randomUUID(),
  });
  readonly tally = (carried: boolean) => {
    const { int } = this;
    const onRoll = int(9, 21);
    const present = int(Math.floor(onRoll / 2) + 1, onRoll);
    const majority = Math.floor(present / 2) + 1;
    const votesFor = carried ? int(majority, present) : int(0, majority - 1);
    const against = int(0, present - votesFor);
    return { onRoll, present, for: votesFor, against, abstain: present - votesFor - against };
  };
  readonly meeting = (body: string) => ({
    meetingId: this.id('mtg'),
    body,
    heldOn: this.date(),
    title: `${this.date().slice(0, 4)}년 제${this.int(1, 12)}차 회의`,
  });
  readonly budget = () => ({
    'education-office': this.int(10, 300) * 1_000_000,
    'local-government': this.int(10, 300) * 1_000_000,
  });
}

/** A project's story, from its creation (from an approved item, or carried over by an agreement) to its closing. */
class ProjectStories {
  constructor(private readonly choices: HistoryChoices) {}

  *projectStory(
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
    yield* this.projectCreated(district, year, projectId, title, taskCode, planned, sourceItemId);
    if (this.choices.random() < 0.1) return;
    const spent = yield* this.projectRun(district, year, projectId, title, planned as Allocation, amendment);
    if (!spent) return;
    yield* this.projectEvaluated(district, stream, projectId, sourceItemId);
    if (this.choices.random() < 0.7)
      yield {
        streamId: stream,
        events: [
          this.choices.event(
            'ProjectClosed',
            { projectId, closedOn: this.choices.date() },
            this.choices.official(district, 'education-office'),
          ),
        ],
      };
  }

  private *projectCreated(
    district: string,
    year: number,
    projectId: string,
    title: string,
    taskCode: string,
    planned: JsonObject,
    sourceItemId: string | null,
  ): Story {
    const { event, date, system } = this.choices;
    const actor = sourceItemId ? system('project-from-approved-item') : this.choices.official(district, 'education-office');
    yield {
      streamId: `project:${projectId}`,
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
  }

  /** Agreed, started, (amended,) spent, and cancelled, or suspended and resumed, or completed: what was spent unless cancelled. */
  private *projectRun(
    district: string,
    year: number,
    projectId: string,
    title: string,
    agreed: Allocation,
    amendment: Amendment | undefined,
  ): Generator<HistoryStep, Allocation | undefined, void> {
    const { event, date, official } = this.choices;
    const stream = `project:${projectId}`;
    let allocation = agreed;
    yield {
      streamId: stream,
      events: [
        event(
          'ProjectAgreed',
          { projectId, agreementId: `${district}-${year}`, allocation, agreedOn: date() },
          this.choices.system('agreement-in-force'),
        ),
      ],
    };
    yield { streamId: stream, events: [event('ProjectStarted', { projectId, startedOn: date() }, official(district, 'education-office'))] };
    // An amendment is consented while the project runs, before anything is spent: the new
    // allocation always covers the spending, as the project's rules require.
    if (amendment) allocation = yield* amendment(allocation);
    const spent = yield* this.expenditures(district, stream, projectId, title, allocation);
    if (this.choices.random() < 0.05) {
      yield this.cancelled(district, stream, projectId, allocation, spent);
      return undefined;
    }
    if (this.choices.random() < 0.1) {
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
    return spent;
  }

  /** Cancelled while in progress, the unspent allocation returned. */
  private cancelled(district: string, stream: string, projectId: string, allocation: Allocation, spent: Allocation): HistoryStep {
    const returned = {
      'education-office': allocation['education-office'] - spent['education-office'],
      'local-government': allocation['local-government'] - spent['local-government'],
    };
    return {
      streamId: stream,
      events: [
        this.choices.event(
          'ProjectCancelled',
          { projectId, reason: '사업 여건 변경', cancelledWhile: 'inProgress', spent, returned, cancelledOn: this.choices.date() },
          this.choices.official(district, 'local-government'),
        ),
      ],
    };
  }

  private *expenditures(
    district: string,
    stream: string,
    projectId: string,
    title: string,
    allocation: Allocation,
  ): Generator<HistoryStep, Allocation, void> {
    const spent = { 'education-office': 0, 'local-government': 0 };
    const expenditures = this.choices.int(2, 8);
    for (let i = 0; i < expenditures; i++) {
      const funder = this.choices.pick(funders);
      const amount = Math.floor((allocation[funder] / expenditures) * this.choices.random());
      if (amount <= 0) continue;
      spent[funder] += amount;
      yield {
        streamId: stream,
        events: [
          this.choices.event(
            'ExpenditureRecorded',
            { projectId, expenditureId: this.choices.id('exp'), funder, amount, spentOn: this.choices.date(), purpose: `${title} 운영비` },
            this.choices.official(district, funder),
          ),
        ],
      };
    }
    return spent;
  }

  /** The evaluations, and the feedback to the agenda item the project came from. */
  private *projectEvaluated(district: string, stream: string, projectId: string, sourceItemId: string | null): Story {
    const { event, date, official, int } = this.choices;
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
    if (!sourceItemId) return;
    yield {
      streamId: `agenda-item:${sourceItemId}`,
      events: [
        event(
          'ProjectEvaluationNoted',
          { itemId: sourceItemId, projectId, evaluatedOn: date() },
          this.choices.system('item-awaits-feedback'),
        ),
      ],
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
            meeting: this.choices.meeting('steering-committee'),
            recordedOn: date(),
          },
          this.choices.secretary(district, 'steering-committee'),
        ),
      ],
    };
  }
}

/** An agenda item's story: proposed, deliberated, drafted, decided, and the project it may become. */
class ItemStories {
  constructor(
    private readonly choices: HistoryChoices,
    private readonly projects: ProjectStories,
  ) {}

  *itemStory(district: string, year: number): Story {
    const itemId = this.choices.id('item');
    const stream = `agenda-item:${itemId}`;
    const title = `${this.choices.pick(TOPICS)} ${this.choices.pick(ACTIONS)}`;
    const taskCode = this.choices.pick(TASKS);
    const step: ItemStep = (type, data, metadata) => ({
      streamId: stream,
      events: [this.choices.event(type, { itemId, ...data }, metadata)],
    });
    if (!(yield* this.itemDeliberated(district, title, taskCode, step))) return;
    const draft = yield* this.itemDrafted(district, title, taskCode, step);
    yield* this.itemDecided(district, year, itemId, title, draft, step);
  }

  /** Proposed, deliberated, and withdrawn, dismissed or adopted: whether it was adopted. */
  private *itemDeliberated(district: string, title: string, taskCode: string, step: ItemStep): Generator<HistoryStep, boolean, void> {
    const { date, random, pick, secretary } = this.choices;
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
    if (random() < 0.05) {
      yield step('AgendaItemWithdrawn', { reason: '제안자 철회', withdrawnOn: date() }, secretary(district, 'civic-council'));
      return false;
    }
    yield step('DeliberationOpened', { openedOn: date(), method: '숙의 토론회' }, secretary(district, 'civic-council'));
    yield* this.opinions(district, step);
    if (random() < 0.1)
      yield step(
        'AgendaItemDeferred',
        {
          body: 'civic-council',
          status: 'inDeliberation',
          meeting: this.choices.meeting('civic-council'),
          reason: '추가 숙의 필요',
          effectiveAt: date(),
        },
        secretary(district, 'civic-council'),
      );
    if (random() < 0.15) {
      yield step(
        'AgendaItemDismissed',
        { reason: '유사 사업 존재', meeting: this.choices.meeting('civic-council'), tally: this.choices.tally(true), effectiveAt: date() },
        secretary(district, 'civic-council'),
      );
      return false;
    }
    yield step(
      'AgendaItemAdopted',
      { meeting: this.choices.meeting('civic-council'), tally: this.choices.tally(true), effectiveAt: date() },
      secretary(district, 'civic-council'),
    );
    return true;
  }

  private *opinions(district: string, step: ItemStep): Story {
    for (let i = this.choices.int(0, 6); i > 0; i--) {
      yield step(
        'OpinionRecorded',
        {
          opinionId: this.choices.id('op'),
          stance: this.choices.pick(['support', 'oppose', 'neutral']),
          respondentCategory: this.choices.pick(CATEGORIES),
          text: '의견을 제출합니다',
          receivedOn: this.choices.date(),
        },
        this.choices.secretary(district, 'civic-council'),
      );
    }
  }

  /** Drafted and tabled, once or twice (a revision requested in between). */
  private *itemDrafted(district: string, title: string, proposedTask: string, step: ItemStep): Generator<HistoryStep, Draft, void> {
    const { date, random, secretary } = this.choices;
    yield step('DraftingStarted', { owner: this.choices.pick(NAMES), startedOn: date() }, secretary(district, 'working-council'));
    let taskCode = proposedTask;
    let rounds = random() < 0.3 ? 2 : 1;
    let revisionId = '';
    let planned: JsonObject = this.choices.budget();
    for (;;) {
      revisionId = this.choices.id('rev');
      taskCode = random() < 0.2 ? this.choices.pick(TASKS) : taskCode;
      planned = this.choices.budget();
      yield step(
        'DraftRevisionSubmitted',
        { revisionId, title, plan: `${title} 실행 계획`, taskCode, budgetRequest: planned, submittedOn: date() },
        secretary(district, 'working-council'),
      );
      yield step(
        'AgendaItemTabled',
        { revisionId, meeting: this.choices.meeting('steering-committee'), tabledOn: date() },
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
          meeting: this.choices.meeting('steering-committee'),
          tally: this.choices.tally(true),
          revisionId,
          project: null,
          effectiveAt: date(),
        },
        secretary(district, 'steering-committee'),
      );
    }
    return { revisionId, taskCode, planned };
  }

  /** The steering committee rejects, or approves and the project's story follows. */
  private *itemDecided(district: string, year: number, itemId: string, title: string, draft: Draft, step: ItemStep): Story {
    const { revisionId, taskCode, planned } = draft;
    if (this.choices.random() < 0.1) {
      yield step(
        'ReviewDecisionRecorded',
        {
          decision: 'rejected',
          conditions: [],
          feedback: '타당성 부족',
          meeting: this.choices.meeting('steering-committee'),
          tally: this.choices.tally(false),
          revisionId,
          project: null,
          effectiveAt: this.choices.date(),
        },
        this.choices.secretary(district, 'steering-committee'),
      );
      return;
    }
    const decision = this.choices.random() < 0.3 ? 'conditionallyApproved' : 'approved';
    const projectId = `${itemId}-p1`;
    yield step(
      'ReviewDecisionRecorded',
      {
        decision,
        conditions: decision === 'conditionallyApproved' ? ['분기별 성과 보고'] : [],
        feedback: null,
        meeting: this.choices.meeting('steering-committee'),
        tally: this.choices.tally(true),
        revisionId,
        project: { projectId, district, year, title, taskCode, plannedBudget: planned, revisionId },
        effectiveAt: this.choices.date(),
      },
      this.choices.secretary(district, 'steering-committee'),
    );
    yield* this.projects.projectStory(district, year, projectId, title, taskCode, planned, itemId);
  }
}

/** An agreement's story: drafted, signed, in force, its carried-over projects and perhaps an amendment of one. */
class AgreementStories {
  constructor(
    private readonly choices: HistoryChoices,
    private readonly projects: ProjectStories,
  ) {}

  *agreementStory(district: string, year: number): Story {
    const agreementId = `${district}-${year}`;
    const stream = `agreement:${agreementId}`;
    const listed = yield* this.agreementInForce(district, year, agreementId, stream);
    const target = this.choices.random() < 0.6 ? listed[0] : undefined;
    const amendment = target && this.amendmentOf(district, agreementId, stream, target);
    for (const project of listed) {
      // The carried-over project exists before the agreement lists it in the real flow; here its
      // story starts once the agreement is in force, which the read models handle the same way.
      yield* this.projects.projectStory(
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

  /** Drafted with its carried-over projects, signed by both parties, in force: the projects it lists. */
  private *agreementInForce(
    district: string,
    year: number,
    agreementId: string,
    stream: string,
  ): Generator<HistoryStep, ListedProject[], void> {
    const { event, date, pick } = this.choices;
    const eo = this.choices.official(district, 'education-office');
    yield {
      streamId: stream,
      events: [
        event('AgreementDrafted', { agreementId, district, year, draftedOn: date(), workflowVersion: 1 }, { ...eo, workflowVersion: 1 }),
      ],
    };
    const listed: ListedProject[] = [];
    for (let i = this.choices.int(2, 5); i > 0; i--) {
      const project = {
        projectId: this.choices.id('carried'),
        title: `${pick(TOPICS)} (계속사업)`,
        taskCode: pick(TASKS),
        budget: this.choices.budget(),
      };
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
    yield this.signedByLocalGovernment(district, year, agreementId, stream, listed);
    return listed;
  }

  /** The second signature, and the agreement in force from it. */
  private signedByLocalGovernment(
    district: string,
    year: number,
    agreementId: string,
    stream: string,
    listed: ListedProject[],
  ): HistoryStep {
    const { event, official } = this.choices;
    const lgSigned = this.choices.date();
    return {
      streamId: stream,
      events: [
        event(
          'AgreementSigned',
          {
            agreementId,
            party: 'local-government',
            signatoryTitle: '시장',
            signatoryName: this.choices.pick(NAMES),
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
  }

  /** An amendment of the target project's budget, proposed by one party and consented by the other. */
  private amendmentOf(district: string, agreementId: string, stream: string, target: ListedProject): Amendment {
    const { event, date, official, id, budget, pick, system } = this.choices;
    return function* (previousAllocation) {
      const amendmentId = id('amd');
      const newBudget = budget();
      const changes = [{ kind: 'budget', projectId: target.projectId, budget: newBudget }];
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
              budgets: [{ projectId: target.projectId, kind: 'budget', previousBudget: previousAllocation, newBudget }],
              consentedOn: date(),
            },
            official(district, consenter),
          ),
        ],
      };
      yield {
        streamId: `project:${target.projectId}`,
        events: [
          event(
            'ProjectBudgetAmended',
            { projectId: target.projectId, amendmentId, agreementId, previousAllocation, newAllocation: newBudget, amendedOn: date() },
            system('amendment-consented'),
          ),
        ],
      };
      return newBudget;
    };
  }
}

export function* generateHistory(options: HistoryOptions, clock: GeneratedClock): Generator<HistoryStep, void, void> {
  const choices = new HistoryChoices(options.seed ?? 20240301, clock);
  const projects = new ProjectStories(choices);
  const items = new ItemStories(choices, projects);
  const agreements = new AgreementStories(choices, projects);
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
      ? agreements.agreementStory(district, baseYear + Math.floor(i / 12 / districtCodes.length))
      : items.itemStory(district, year);
  };
  while (produced < options.events) {
    while (active.length < concurrent) active.push(newStory());
    const index = Math.floor(choices.random() * active.length);
    const next = active[index]!.next();
    if (next.done) {
      active.splice(index, 1);
      continue;
    }
    clock.advance(choices.int(1, 10) * 60_000);
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
