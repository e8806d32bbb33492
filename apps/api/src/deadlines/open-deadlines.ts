/**
 * Open deadlines as people see them: from the deadline board, with the due day of review and
 * evaluation periods taken from this installation's configuration, and whether each is overdue
 * by the business clock (its due day has begun in Seoul, or the scheduler already marked it).
 * The inbox and the calendar feeds read them here.
 */
import { Inject, Injectable } from '@nestjs/common';
import { BusinessClock, deadlinePolicyOf, GONGRON_CONFIG, type GongronConfig, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import { addDays, type DeadlineKind, type DeadlinePolicy, type DistrictCode } from '@gongron/domain';
import { DEADLINE_BOARD } from '@gongron/projections';

export interface OpenDeadline {
  readonly deadlineId: string;
  readonly kind: DeadlineKind;
  /** The stream it is about: agenda-item:…, project:…, agreement:… */
  readonly streamId: string;
  readonly district: string;
  /** The body whose secretary must act, if any. */
  readonly body: string | null;
  /** Whether the district's officials must act. */
  readonly officials: boolean;
  readonly title: string | null;
  /** A condition's text. */
  readonly detail: string | null;
  /** The Korean day it falls due (it is overdue from 00:00 KST that day). */
  readonly dueOn: string;
  readonly overdue: boolean;
  /** The day the scheduler recorded it overdue, once it has. */
  readonly overdueOn: string | null;
  /** Days from today (Seoul) to the due day; 0 or less when overdue. */
  readonly daysLeft: number;
  /** When the cause that scheduled it was recorded. */
  readonly scheduledAt: string;
}

export interface DeadlineAudience {
  readonly district: string;
  /** A body's secretary: the deadlines her body must meet. */
  readonly body?: string;
  /** The officials: the deadlines the parties must meet. */
  readonly officials?: boolean;
}

/** Listed at most per answer (a district has a few dozen open at a time). */
export const OPEN_DEADLINES_LIMIT = 500;

type Row = Record<string, unknown>;
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function dueDayOf(row: Row, policy: DeadlinePolicy): string | null {
  const fixed = text(row.due_on);
  if (fixed !== null) return fixed;
  const startsOn = text(row.starts_on);
  if (startsOn === null) return null;
  const district = text(row.district) as DistrictCode | null;
  return addDays(startsOn, row.kind === 'review' ? policy.reviewDays(district) : policy.evaluationDays(district));
}

@Injectable()
export class OpenDeadlines {
  private readonly policy: DeadlinePolicy;

  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(BusinessClock) private readonly clock: BusinessClock,
    @Inject(GONGRON_CONFIG) config: GongronConfig,
  ) {
    this.policy = deadlinePolicyOf(config.deadlines);
  }

  /** Open deadlines of the audience, soonest due first. */
  async of(audience: DeadlineAudience): Promise<OpenDeadline[]> {
    let query = this.sql.db.selectFrom(DEADLINE_BOARD).selectAll().where('district', '=', audience.district);
    if (audience.body !== undefined && audience.officials === true) {
      const body = audience.body;
      query = query.where((eb) => eb.or([eb('body', '=', body), eb('officials', '=', 1)]));
    } else if (audience.body !== undefined) query = query.where('body', '=', audience.body);
    else if (audience.officials === true) query = query.where('officials', '=', 1);
    const rows = (await query.orderBy('deadline_id').limit(OPEN_DEADLINES_LIMIT).execute()) as Row[];
    const today = this.clock.today();
    return rows
      .flatMap((row): OpenDeadline[] => {
        const dueOn = dueDayOf(row, this.policy);
        if (dueOn === null) return [];
        const overdueOn = text(row.overdue_on);
        const daysLeft = daysBetween(today, dueOn);
        return [
          {
            deadlineId: String(row.deadline_id),
            kind: String(row.kind) as DeadlineKind,
            streamId: String(row.stream_id),
            district: String(row.district),
            body: text(row.body),
            officials: Number(row.officials) === 1,
            title: text(row.title),
            detail: text(row.detail),
            dueOn,
            overdue: overdueOn !== null || daysLeft <= 0,
            overdueOn,
            daysLeft,
            scheduledAt: String(row.scheduled_at),
          },
        ];
      })
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.deadlineId.localeCompare(b.deadlineId));
  }
}
