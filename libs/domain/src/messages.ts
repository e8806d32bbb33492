/**
 * Commands and events are plain readonly objects: `{ type, data, metadata }` for commands,
 * `{ type, data }` for events (declared one by one, so generated JSON Schemas carry their names). Time, ids and the actor arrive from outside; nothing here reads a
 * clock or makes an id.
 */
import type { BodyCode, DistrictCode, Funder, TaskCode } from './catalogs.js';
import type { MeetingContext } from './meeting/meeting-record.js';
import type { RosterMember } from './roster/roster-member.js';
import type { Budget } from './money.js';
import type { School } from './schools.js';
import type { PlanOfAgreement } from './operating-plan/plan-of-agreement.js';

/**
 * The roles an access token is issued for. The province office (도교육청) reads every district and
 * records the province-level evaluations; it advances nothing of a district.
 */
export const tokenRoles = ['secretary', 'official', 'auditor', 'admin', 'province'] as const;
export type TokenRole = (typeof tokenRoles)[number];
/** 'system' is the process managers' and the scheduler's own identity, never a token's. */
export type ActorRole = TokenRole | 'system';

export interface Actor {
  /** Access token id, or 'system:<process-manager>'. */
  readonly id: string;
  readonly role: ActorRole;
  readonly district?: DistrictCode;
  readonly body?: BodyCode;
  /** A civic council secretary's own council, where the district has several (absent: the district's default). */
  readonly council?: string;
  readonly party?: Funder;
  readonly name?: string;
}

export interface CommandMetadata {
  /** ISO 8601 instant, from the application's clock. */
  readonly now: string;
  /** The business date of `now` in Asia/Seoul ('YYYY-MM-DD'), from the application's business clock. */
  readonly today: string;
  readonly actor: Actor;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** What other streams held when the command was decided, read by the application (never by the domain). */
  readonly facts?: CommandFacts;
}

/**
 * Facts of other streams a decision depends on: the roster of the body and the meeting a decision
 * names. `null` means nothing is recorded there; absent means the application did not look.
 */
export interface CommandFacts {
  readonly roster?: {
    readonly district: DistrictCode | null;
    readonly body: BodyCode | null;
    readonly members: readonly RosterMember[];
  } | null;
  readonly meeting?: (MeetingContext & { readonly status: string }) | null;
  /**
   * The civic council of the item a decision is on, as its council's roster and meetings record it
   * (null: the district's default council). Its decisions are taken at that council's meetings only.
   */
  readonly council?: string | null;
  /**
   * The projects an amendment changes, by id: their state and what each funder has spent
   * (`null`: no such project). An amendment may not cut a budget below it.
   */
  readonly projects?: { readonly [projectId: string]: ProjectSpending | null };
  /** The project a command puts into an operating plan (`null`: no such project). */
  readonly project?: ProjectFacts | null;
  /**
   * The operating plan of the agreement's district and year (`null`: none is recorded). Where there
   * is one, the agreement lists exactly its approved projects.
   */
  readonly plan?: PlanOfAgreement | null;
  /**
   * The agenda items a meeting's agenda names, by id, as their streams record them: the district
   * and, at the civic council, the council they were proposed in (null: the district's default
   * council). An id that is no agenda item (the operating plan, say) is absent.
   */
  readonly agendaItems?: { readonly [itemId: string]: { readonly district: DistrictCode; readonly council: string | null } };
  /**
   * The names of the civic councils of the districts those items are in, by code ('' for the
   * district's default council), for the words of a refusal.
   */
  readonly civicCouncilNames?: { readonly [district: string]: { readonly [council: string]: string } };
  /** How many calls for schools the project of a new call has run already. */
  readonly schoolCallsOfProject?: number;
  /** The configured school that applies to a call (`null`: no such school). */
  readonly school?: School | null;
  /** The project's money when a call grants to a school (`null`: no such project). */
  readonly grantBudget?: GrantBudgetFacts | null;
  /** The project's grant a school's expenditure names (`null`: none of the project's calls or direct grants has it). */
  readonly schoolGrant?: SchoolGrantFacts | null;
  /**
   * The projects and agenda items a district's self-evaluation links to, by id, as their own
   * streams hold them (`null`: no such project or item).
   */
  readonly linked?: {
    readonly projects: { readonly [projectId: string]: LinkedRecord | null };
    readonly agendaItems: { readonly [itemId: string]: LinkedRecord | null };
  };
}

/** Where a linked project or item belongs; an agenda item has no year. */
export interface LinkedRecord {
  readonly district: DistrictCode;
  readonly year: number | null;
}

/** A project as another stream's decision sees it: where it belongs, what it plans, where it came from. */
export interface ProjectFacts {
  readonly projectId: string;
  readonly status: string;
  readonly district: DistrictCode;
  readonly year: number;
  readonly title: string;
  readonly taskCode: TaskCode;
  readonly plannedBudget: Budget;
  readonly sourceAgendaItemId: string | null;
}

/**
 * The project's money as a grant's decision sees it: its allocation (null before its agreement is
 * in force), whether it left its agreement, and what the project's other calls already granted.
 */
export interface GrantBudgetFacts {
  readonly projectId: string;
  readonly status: string;
  readonly allocation: Budget | null;
  /** Set once the project was withdrawn from its agreement: nothing more is granted. */
  readonly released: boolean;
  /** The grants of the project's other calls and its direct grants (for a direct grant: of all its calls), summed per funder. */
  readonly grantedInOtherCalls: Budget;
}

/** A grant to a school as its call's (or the project's direct grants') stream holds it. */
export interface SchoolGrantFacts {
  readonly grantId: string;
  readonly callId: string;
  readonly projectId: string;
  readonly schoolId: string;
  readonly schoolName: string;
  readonly amount: Budget;
}

/** What a project has spent so far, as another stream's decision sees it. */
export interface ProjectSpending {
  readonly status: string;
  readonly spent: Budget;
}

export type Command<Type extends string, Data extends object> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  metadata: CommandMetadata;
}>;

/** A meeting of a body at which something was decided. */
export interface Meeting {
  readonly meetingId?: string;
  readonly body?: BodyCode;
  /** 'YYYY-MM-DD' */
  readonly heldOn: string;
  readonly title?: string;
}

/**
 * A meeting as a command names it. A recorded meeting is named by its id, and its body, date and
 * title then come from the record; a body without a roster gives the date it met instead.
 */
export interface MeetingReference {
  readonly meetingId?: string;
  readonly body?: BodyCode;
  /** 'YYYY-MM-DD'; the recorded meeting's date when meetingId names one. */
  readonly heldOn?: string;
  readonly title?: string;
}

/** How a stored event looks to a process manager. */
export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly data: unknown;
  readonly recordedAt: string;
  /** The Korean business date of `recordedAt`, from the application's business clock. */
  readonly recordedOn: string;
}
