/**
 * 내 할 일 — what awaits the caller, from the read models: for a secretary the items of her
 * district and body whose step it is; for an official the agreements of her district her party
 * has still to sign, the amendments the other party proposed (only she may consent or refuse),
 * and her district's projects that are still running. Both see the open deadlines of their
 * district that they must meet (reviews for the steering committee; conditions, evaluations and
 * agreement expiries for the officials), overdue ones marked until they are settled. A secretary
 * also sees her body's meetings that need her: upcoming ones with their day, time (KST) and
 * place, and those held whose minutes are not yet approved.
 */
import { Controller, Get, Inject, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type Actor, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import {
  AGENDA_BOARD,
  AGREEMENTS,
  AGREEMENT_AMENDMENTS,
  BUDGET_LEDGER,
  type AgendaState,
  agendaStates,
  bodyOfState,
  terminalAgendaStates,
} from '@gongron/projections';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { Roles } from '../access/access.decorators.js';
import { ProblemDto } from '../commands/openapi.js';
import { ReadErrorsInterceptor } from '../read/read-errors.js';
import { OpenDeadlines } from '../deadlines/open-deadlines.js';
import { deadlineKinds } from '@gongron/domain';
import { meetingNeeds, OpenMeetings } from '../meetings/open-meetings.js';

/**
 * States in which the item waits for its body's secretary. An approved item waits for the
 * system to create its project, and one in implementation for that project's evaluation.
 */
const WAITING_ON_OTHERS: readonly AgendaState[] = ['approved', 'inImplementation'];

export function statesAwaiting(body: string): AgendaState[] {
  return agendaStates.filter((s) => bodyOfState[s] === body && !terminalAgendaStates.includes(s) && !WAITING_ON_OTHERS.includes(s));
}

/** Items listed at most; the list page pages through the rest. */
const WORK_LIMIT = 200;

export class WorkItemDto {
  @ApiProperty() itemId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: agendaStates }) state!: string;
  @ApiProperty() body!: string;
  @ApiPropertyOptional() taskCode?: string;
  @ApiProperty() opinions!: number;
  @ApiProperty() deferrals!: number;
  @ApiProperty() revision!: number;
  @ApiProperty() lastEventType!: string;
  @ApiProperty() lastChangedAt!: string;
}

export class WorkAgreementDto {
  @ApiProperty({ example: 'suwon-2024' }) agreementId!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: ['drafting', 'signing'] }) state!: string;
  @ApiProperty() projects!: number;
  @ApiPropertyOptional({ description: 'When the other party signed, if it has' }) otherPartySignedOn?: string;
}

export class WorkAmendmentDto {
  @ApiProperty() agreementId!: string;
  @ApiProperty() amendmentId!: string;
  @ApiProperty({ description: 'The party that proposed it (the other one)' }) proposedBy!: string;
  @ApiProperty() proposedOn!: string;
  @ApiPropertyOptional() reason?: string;
}

export class WorkProjectDto {
  @ApiProperty() projectId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() state!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'Of the caller’s party, in won' }) allocated!: number;
  @ApiProperty({ description: 'Of the caller’s party, in won' }) spent!: number;
  @ApiProperty({ description: 'allocated − spent, in won' }) remaining!: number;
}

export class WorkDeadlineDto {
  @ApiProperty({ example: 'review.0b6c…' }) deadlineId!: string;
  @ApiProperty({
    enum: deadlineKinds,
    description:
      'review: the steering committee’s decision after tabling; condition: a condition of a conditional approval; evaluation: after completion; agreement-expiry: the end of the agreement’s term',
  })
  kind!: string;
  @ApiProperty({ example: 'agenda-item:3f1c…', description: 'The item, project or agreement it is about' }) streamId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The body whose secretary must act' }) body!: string | null;
  @ApiProperty({ description: 'Whether the district’s officials must act' }) officials!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Title of the item, project or agreement' }) title!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The condition’s text' }) detail!: string | null;
  @ApiProperty({ format: 'date', description: 'Korean day it falls due (overdue from 00:00 KST that day)' }) dueOn!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'When the deadline scheduler recorded it overdue' })
  overdueOn!: string | null;
  @ApiProperty({ description: 'Days from today in Seoul to the due day (0 or less: overdue)' }) daysLeft!: number;
  @ApiProperty() district!: string;
  @ApiProperty({ format: 'date-time', description: 'When its cause was recorded' }) scheduledAt!: string;
}

export class WorkMeetingAgendaEntryDto {
  @ApiProperty({ type: String, nullable: true, description: 'The agenda item, or null for another matter (보고 안건)' }) itemId!:
    string | null;
  @ApiProperty() title!: string;
}

export class WorkMeetingDto {
  @ApiProperty({ example: 'suwon-civic-council-2024-3' }) meetingId!: string;
  @ApiProperty() district!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ description: '제N차' }) number!: number;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ enum: Object.keys(meetingNeeds) }) state!: string;
  @ApiProperty({
    enum: Object.values(meetingNeeds),
    description:
      'What the secretary does next: convening (an upcoming meeting), adjournment (in session), minutes (held, no minutes yet), minutes-approval',
  })
  need!: string;
  @ApiProperty({ format: 'date', description: 'The Korean day it is held' }) heldOn!: string;
  @ApiProperty({ example: '14:00', description: 'The Korean time it starts (KST)' }) startsAt!: string;
  @ApiProperty({ example: '2024-05-09T14:00:00+09:00' }) startsAtInstant!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ type: [WorkMeetingAgendaEntryDto] }) agenda!: WorkMeetingAgendaEntryDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Members on roll (재적), once convened' }) onRollCount!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Members present (출석), once convened' }) presentCount!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) adjournedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ format: 'date-time' }) lastChangedAt!: string;
  @ApiProperty({ description: 'Days from today in Seoul to the meeting day (negative once it has passed)' }) daysUntil!: number;
}

export class WorkDto {
  @ApiProperty({ enum: ['secretary', 'official', 'auditor', 'admin'] }) role!: string;
  @ApiPropertyOptional() district?: string;
  @ApiPropertyOptional() body?: string;
  @ApiPropertyOptional() party?: string;
  @ApiProperty({ type: [String], description: 'For a secretary: the states in which an item waits for her body' })
  awaitingStates!: string[];
  @ApiProperty({ type: [WorkItemDto], description: 'Oldest change first: what has waited longest comes first' }) items!: WorkItemDto[];
  @ApiProperty({ description: 'All items awaiting, also beyond the first 200 listed' }) itemsTotal!: number;
  @ApiProperty({ type: [WorkAgreementDto] }) agreementsToSign!: WorkAgreementDto[];
  @ApiProperty({ type: [WorkAmendmentDto] }) amendmentsAwaitingConsent!: WorkAmendmentDto[];
  @ApiProperty({ type: [WorkProjectDto] }) projects!: WorkProjectDto[];
  @ApiProperty({
    type: [WorkDeadlineDto],
    description:
      'Open deadlines of the caller’s district that her body (a secretary) or the parties (an official) must meet, soonest first; overdue ones stay until settled',
  })
  deadlines!: WorkDeadlineDto[];
  @ApiProperty({
    type: [WorkMeetingDto],
    description: 'For a secretary: her body’s meetings not yet convened, in session, or held with minutes not approved, soonest first',
  })
  meetings!: WorkMeetingDto[];
}

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v ?? 0);
const opt = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

@ApiTags('work')
@ApiBearerAuth()
@ApiCookieAuth()
@UseInterceptors(ReadErrorsInterceptor)
@Controller('work')
export class WorkController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(OpenDeadlines) private readonly openDeadlines: OpenDeadlines,
    @Inject(OpenMeetings) private readonly openMeetings: OpenMeetings,
  ) {}

  @Get()
  @Roles('secretary', 'official', 'auditor', 'admin')
  @ApiOperation({ summary: '내 할 일: what awaits the caller’s district and body (secretaries) or party (officials)' })
  @ApiOkResponse({ type: WorkDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  async work(@CurrentActor() actor: Actor): Promise<WorkDto> {
    const answer: WorkDto = {
      role: actor.role,
      ...(actor.district !== undefined ? { district: actor.district } : {}),
      ...(actor.body !== undefined ? { body: actor.body } : {}),
      ...(actor.party !== undefined ? { party: actor.party } : {}),
      awaitingStates: [],
      items: [],
      itemsTotal: 0,
      agreementsToSign: [],
      amendmentsAwaitingConsent: [],
      projects: [],
      deadlines: [],
      meetings: [],
    };
    if (actor.role === 'secretary' && actor.district && actor.body) {
      const [work, deadlines, meetings] = await Promise.all([
        this.secretaryWork(actor.district, actor.body),
        this.openDeadlines.of({ district: actor.district, body: actor.body }),
        this.openMeetings.awaiting(actor.district, actor.body),
      ]);
      return { ...answer, ...work, deadlines, meetings };
    }
    if (actor.role === 'official' && actor.district && actor.party) {
      const [work, deadlines] = await Promise.all([
        this.officialWork(actor.district, actor.party),
        this.openDeadlines.of({ district: actor.district, officials: true }),
      ]);
      return { ...answer, ...work, deadlines };
    }
    return answer;
  }

  private async secretaryWork(district: string, body: string): Promise<Pick<WorkDto, 'awaitingStates' | 'items' | 'itemsTotal'>> {
    const states = statesAwaiting(body);
    if (states.length === 0) return { awaitingStates: [], items: [], itemsTotal: 0 };
    const base = this.sql.db
      .selectFrom(AGENDA_BOARD)
      .where('district', '=', district)
      .where('body', '=', body)
      .where('state', 'in', states);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('last_changed_at').orderBy('item_id').limit(WORK_LIMIT).execute() as Promise<Row[]>,
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst() as Promise<{ n: number | string } | undefined>,
    ]);
    return {
      awaitingStates: states,
      itemsTotal: Number(count?.n ?? 0),
      items: rows.map((r) => ({
        itemId: String(r.item_id),
        title: String(r.title),
        state: String(r.state),
        body: String(r.body),
        ...(opt(r.task_code) !== undefined ? { taskCode: opt(r.task_code)! } : {}),
        opinions: num(r.opinions),
        deferrals: num(r.deferrals),
        revision: num(r.revision),
        lastEventType: String(r.last_event_type),
        lastChangedAt: String(r.last_changed_at),
      })),
    };
  }

  private async officialWork(
    district: string,
    party: string,
  ): Promise<Pick<WorkDto, 'agreementsToSign' | 'amendmentsAwaitingConsent' | 'projects'>> {
    const own = party === 'education-office' ? 'education_office' : 'local_government';
    const other = party === 'education-office' ? 'local_government' : 'education_office';
    const [agreements, amendments, ledger] = await Promise.all([
      this.sql.db
        .selectFrom(AGREEMENTS)
        .selectAll()
        .where('district', '=', district)
        .where('state', 'in', ['drafting', 'signing'])
        .where(`${own}_signed_on`, 'is', null)
        .orderBy('year')
        .execute() as Promise<Row[]>,
      this.sql.db
        .selectFrom(AGREEMENT_AMENDMENTS)
        .innerJoin(AGREEMENTS, `${AGREEMENTS}.agreement_id`, `${AGREEMENT_AMENDMENTS}.agreement_id`)
        .select([`${AGREEMENT_AMENDMENTS}.agreement_id as agreement_id`, 'amendment_id', 'proposed_by', 'proposed_on', 'reason'])
        .where(`${AGREEMENTS}.district`, '=', district)
        .where(`${AGREEMENT_AMENDMENTS}.status`, '=', 'proposed')
        .where('proposed_by', '!=', party)
        .orderBy('proposed_on')
        .execute() as Promise<Row[]>,
      this.sql.db
        .selectFrom(BUDGET_LEDGER)
        .selectAll()
        .where('district', '=', district)
        .where('funder', '=', party)
        .where('project_state', 'not in', ['closed', 'cancelled'])
        .orderBy('year', 'desc')
        .orderBy('title')
        .limit(WORK_LIMIT)
        .execute() as Promise<Row[]>,
    ]);
    return {
      agreementsToSign: agreements.map((r) => ({
        agreementId: String(r.agreement_id),
        year: num(r.year),
        state: String(r.state),
        projects: num(r.projects),
        ...(opt(r[`${other}_signed_on`]) !== undefined ? { otherPartySignedOn: opt(r[`${other}_signed_on`])! } : {}),
      })),
      amendmentsAwaitingConsent: amendments.map((r) => ({
        agreementId: String(r.agreement_id),
        amendmentId: String(r.amendment_id),
        proposedBy: String(r.proposed_by),
        proposedOn: String(r.proposed_on),
        ...(opt(r.reason) !== undefined ? { reason: opt(r.reason)! } : {}),
      })),
      projects: ledger.map((r) => ({
        projectId: String(r.project_id),
        title: String(r.title),
        state: String(r.project_state),
        year: num(r.year),
        allocated: num(r.allocated),
        spent: num(r.spent),
        remaining: num(r.allocated) - num(r.spent),
      })),
    };
  }
}
