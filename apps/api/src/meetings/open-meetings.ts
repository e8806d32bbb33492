/**
 * A body's meetings as the people who run them see them, from the meetings read model: for the
 * inbox, the meetings that still need the body's secretary (an upcoming meeting to convene, a
 * meeting in session to adjourn, minutes to write, minutes to approve); for the calendar feeds,
 * every meeting of the body with its time in Korean time, place and agenda. Meeting rows carry no
 * personal field (attendance is by member id and stays out of both).
 */
import { Inject, Injectable } from '@nestjs/common';
import { BusinessClock, SQL_DATABASE, type SqlDatabase } from '@gongron/application';
import type { MeetingStatus } from '@gongron/domain';
import { MEETINGS } from '@gongron/projections';

/** What the secretary does next for a meeting, by its state. */
export const meetingNeeds = {
  scheduled: 'convening',
  convened: 'adjournment',
  adjourned: 'minutes',
  minutesRecorded: 'minutes-approval',
} as const satisfies Partial<Record<MeetingStatus, string>>;
export type MeetingNeed = (typeof meetingNeeds)[keyof typeof meetingNeeds];
const awaitingStatuses = Object.keys(meetingNeeds) as (keyof typeof meetingNeeds)[];

export interface MeetingAgendaEntry {
  readonly itemId: string | null;
  readonly title: string;
}

export interface BodyMeeting {
  readonly meetingId: string;
  readonly district: string;
  readonly body: string;
  /** 제N차 */
  readonly number: number;
  readonly title: string | null;
  readonly state: MeetingStatus;
  /** The Korean day it is held. */
  readonly heldOn: string;
  /** The Korean time it starts, HH:MM. */
  readonly startsAt: string;
  /** Its start as an instant with the Korean offset, e.g. 2024-05-09T14:00:00+09:00. */
  readonly startsAtInstant: string;
  readonly place: string;
  readonly agenda: MeetingAgendaEntry[];
  readonly onRollCount: number | null;
  readonly presentCount: number | null;
  readonly adjournedAt: string | null;
  readonly cancellationReason: string | null;
  /** When its latest event was recorded. */
  readonly lastChangedAt: string;
}

export interface AwaitingMeeting extends BodyMeeting {
  readonly need: MeetingNeed;
  /** Days from today in Seoul to the meeting day (negative once it has passed). */
  readonly daysUntil: number;
}

/** Listed at most per answer (a body meets a dozen times a year). */
export const BODY_MEETINGS_LIMIT = 500;

type Row = Record<string, unknown>;
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const count = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function agendaOf(value: unknown): MeetingAgendaEntry[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown): MeetingAgendaEntry[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { itemId, title } = entry as Record<string, unknown>;
    return typeof title === 'string' ? [{ itemId: typeof itemId === 'string' ? itemId : null, title }] : [];
  });
}

function meetingOf(row: Row): BodyMeeting {
  const heldOn = String(row.held_on);
  const startsAt = String(row.starts_at);
  return {
    meetingId: String(row.meeting_id),
    district: String(row.district),
    body: String(row.body),
    number: Number(row.number),
    title: text(row.title),
    state: String(row.state) as MeetingStatus,
    heldOn,
    startsAt,
    startsAtInstant: `${heldOn}T${startsAt}:00+09:00`,
    place: String(row.place),
    agenda: agendaOf(row.agenda),
    onRollCount: count(row.on_roll_count),
    presentCount: count(row.present_count),
    adjournedAt: text(row.adjourned_at),
    cancellationReason: text(row.cancellation_reason),
    lastChangedAt: String(row.last_changed_at),
  };
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

@Injectable()
export class OpenMeetings {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDatabase,
    @Inject(BusinessClock) private readonly clock: BusinessClock,
  ) {}

  /** The body's meetings that need its secretary, soonest first (a meeting not yet convened stays until convened or cancelled). */
  async awaiting(district: string, body: string): Promise<AwaitingMeeting[]> {
    const rows = (await this.sql.db
      .selectFrom(MEETINGS)
      .selectAll()
      .where('district', '=', district)
      .where('body', '=', body)
      .where('state', 'in', awaitingStatuses)
      .orderBy('held_on')
      .orderBy('starts_at')
      .orderBy('meeting_id')
      .limit(BODY_MEETINGS_LIMIT)
      .execute()) as Row[];
    const today = this.clock.today();
    return rows.map((row) => {
      const meeting = meetingOf(row);
      return { ...meeting, need: meetingNeeds[meeting.state as keyof typeof meetingNeeds], daysUntil: daysBetween(today, meeting.heldOn) };
    });
  }

  /** Every meeting of the body, cancelled ones included (a calendar marks them cancelled), by date. */
  async ofBody(district: string, body: string): Promise<BodyMeeting[]> {
    const rows = (await this.sql.db
      .selectFrom(MEETINGS)
      .selectAll()
      .where('district', '=', district)
      .where('body', '=', body)
      .orderBy('held_on', 'desc')
      .orderBy('starts_at', 'desc')
      .orderBy('meeting_id')
      .limit(BODY_MEETINGS_LIMIT)
      .execute()) as Row[];
    return rows.map(meetingOf).reverse();
  }
}
