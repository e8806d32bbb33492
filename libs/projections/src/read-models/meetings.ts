/**
 * Meetings (회의) per district and body (and civic council, where a district has several): date and time, place, agenda, state, the counts on roll
 * and present, attendance by member, the minutes and their approval. The decisions taken at a
 * meeting are the decision register's rows that name it. Rosters (위원 명단): every member of every
 * body with term and departure, so the roster of any day is a query.
 */
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, ProjectionLookup, Row } from '../projection.js';
import { entityId, handlerFor, num, obj, str, type EventHandlers } from './event-data.js';

export const MEETINGS = 'rm_meetings';
export const ROSTER_MEMBERS = 'rm_roster_members';

export const meetingEventTypes = [
  'MeetingScheduled',
  'AgendaEntryAdded',
  'MeetingCancelled',
  'MeetingConvened',
  'AttendanceChanged',
  'MeetingAdjourned',
  'MinutesRecorded',
  'MinutesApproved',
] as const;

export const meetingsProjection: Projection = {
  name: 'meetings',
  version: 2,
  description: 'Meetings per district, body and civic council: schedule, agenda, attendance, minutes and their approval',
  handles: meetingEventTypes,
  tables: [
    {
      name: MEETINGS,
      primaryKey: ['meeting_id'],
      columns: [
        { name: 'meeting_id', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'body', type: 'text', nullable: false },
        // The civic council other than the district's default one (null: the default, or another body).
        { name: 'council', type: 'text' },
        { name: 'year', type: 'integer', nullable: false },
        { name: 'number', type: 'integer', nullable: false },
        { name: 'held_on', type: 'text', nullable: false },
        { name: 'starts_at', type: 'text', nullable: false },
        { name: 'place', type: 'text', nullable: false },
        { name: 'title', type: 'text' },
        { name: 'state', type: 'text', nullable: false },
        { name: 'agenda', type: 'json', nullable: false },
        { name: 'on_roll', type: 'json' },
        { name: 'attending', type: 'json' },
        { name: 'on_roll_count', type: 'integer' },
        { name: 'present_count', type: 'integer' },
        { name: 'convened_at', type: 'text' },
        { name: 'adjourned_at', type: 'text' },
        { name: 'minutes_text', type: 'text' },
        { name: 'minutes_attachments', type: 'json' },
        { name: 'minutes_recorded_on', type: 'text' },
        { name: 'minutes_approved_on', type: 'text' },
        { name: 'cancellation_reason', type: 'text' },
        { name: 'last_changed_at', type: 'text', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['district', 'body', 'held_on'], ['held_on'], ['state']],
    },
  ],
  project: projectMeetings,
};

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

/** What every meeting handler reads: the event, its meeting's key and how to update that row. */
interface MeetingEvent {
  readonly data: Record<string, unknown>;
  readonly key: { meeting_id: string };
  readonly last: { last_changed_at: string; position: number };
  readonly lookup: ProjectionLookup;
  /** The meeting's row updated with these values and the change stamp. */
  readonly update: (values: Record<string, unknown>) => Operation[];
}

type MeetingOperations = Operation[] | Promise<Operation[]>;

function meetingScheduled({ data, key, last }: MeetingEvent): Operation[] {
  return [
    {
      op: 'upsert',
      table: MEETINGS,
      key,
      values: {
        district: str(data.district) ?? '',
        body: str(data.body) ?? '',
        council: str(data.council),
        year: num(data.year) ?? 0,
        number: num(data.number) ?? 0,
        held_on: str(data.heldOn) ?? '',
        starts_at: str(data.startsAt) ?? '',
        place: str(data.place) ?? '',
        title: str(data.title),
        state: 'scheduled',
        agenda: Array.isArray(data.agenda) ? data.agenda : [],
        ...last,
      },
    },
  ];
}

async function agendaEntryAdded({ data, key, lookup, update }: MeetingEvent): Promise<Operation[]> {
  const row: Row | undefined = await lookup.get(MEETINGS, key);
  if (!row) return [];
  const agenda = typeof row.agenda === 'string' ? (JSON.parse(row.agenda) as unknown[]) : Array.isArray(row.agenda) ? row.agenda : [];
  return update({ agenda: [...agenda, obj(data.entry)] });
}

function meetingConvened({ data, update }: MeetingEvent): Operation[] {
  const onRoll = list(data.onRoll);
  const attending = list(data.attending);
  return update({
    state: 'convened',
    on_roll: onRoll,
    attending,
    on_roll_count: onRoll.length,
    present_count: attending.length,
    convened_at: str(data.convenedAt),
  });
}

async function attendanceChanged({ data, key, lookup, update }: MeetingEvent): Promise<Operation[]> {
  const row: Row | undefined = await lookup.get(MEETINGS, key);
  if (!row) return [];
  const before = typeof row.attending === 'string' ? list(JSON.parse(row.attending)) : list(row.attending);
  const memberId = str(data.memberId) ?? '';
  const others = before.filter((id) => id !== memberId);
  const attending = data.present === true ? [...others, memberId] : others;
  return update({ attending, present_count: attending.length });
}

const meetingHandlers: EventHandlers<MeetingEvent, MeetingOperations> = {
  MeetingScheduled: meetingScheduled,
  AgendaEntryAdded: agendaEntryAdded,
  MeetingCancelled: ({ data, update }) => update({ state: 'cancelled', cancellation_reason: str(data.reason) }),
  MeetingConvened: meetingConvened,
  AttendanceChanged: attendanceChanged,
  MeetingAdjourned: ({ data, update }) => update({ state: 'adjourned', adjourned_at: str(data.adjournedAt) }),
  MinutesRecorded: ({ data, update }) =>
    update({
      state: 'minutesRecorded',
      minutes_text: str(data.text),
      minutes_attachments: Array.isArray(data.attachments) ? data.attachments : [],
      minutes_recorded_on: str(data.recordedOn),
    }),
  MinutesApproved: ({ data, update }) => update({ state: 'minutesApproved', minutes_approved_on: str(data.approvedOn) }),
};

export async function projectMeetings(event: StoredEvent, lookup: ProjectionLookup): Promise<Operation[]> {
  const data = event.data;
  const key = { meeting_id: str(data.meetingId) ?? entityId(event) };
  const last = { last_changed_at: event.recordedAt, position: event.position };
  const update = (values: Record<string, unknown>): Operation[] => [{ op: 'update', table: MEETINGS, key, values: { ...values, ...last } }];
  const handler = handlerFor(meetingHandlers, event.type);
  return handler ? handler({ data, key, last, lookup, update }) : [];
}

export const rosterEventTypes = ['MemberJoined', 'MemberTermChanged', 'MemberRoleChanged', 'MemberLeft'] as const;

export const rostersProjection: Projection = {
  name: 'rosters',
  version: 2,
  description: 'Members of every body (and civic council) of every district with category, role, term and departure',
  handles: rosterEventTypes,
  tables: [
    {
      name: ROSTER_MEMBERS,
      primaryKey: ['district', 'body', 'council', 'member_id'],
      columns: [
        { name: 'district', type: 'text' },
        { name: 'body', type: 'text' },
        // The civic council other than the district's default one; '' for the default and the other bodies (a key is never null).
        { name: 'council', type: 'text' },
        { name: 'member_id', type: 'text' },
        { name: 'name', type: 'text', nullable: false },
        { name: 'category', type: 'text', nullable: false },
        { name: 'role', type: 'text', nullable: false },
        { name: 'term_from', type: 'text', nullable: false },
        { name: 'term_until', type: 'text' },
        { name: 'left_on', type: 'text' },
        { name: 'last_changed_at', type: 'text', nullable: false },
      ],
      indexes: [['district', 'body', 'council', 'term_from']],
    },
  ],
  project: projectRosters,
};

export function projectRosters(event: StoredEvent): Operation[] {
  const data = event.data;
  const key = {
    district: str(data.district) ?? '',
    body: str(data.body) ?? '',
    council: str(data.council) ?? '',
    member_id: str(data.memberId) ?? '',
  };
  const changed = { last_changed_at: event.recordedAt };
  switch (event.type) {
    case 'MemberJoined':
      return [
        {
          op: 'upsert',
          table: ROSTER_MEMBERS,
          key,
          values: {
            name: str(data.name) ?? '',
            category: str(data.category) ?? '',
            role: str(data.role) ?? 'member',
            term_from: str(data.termFrom) ?? '',
            term_until: str(data.termUntil),
            left_on: null,
            ...changed,
          },
        },
      ];
    case 'MemberTermChanged':
      return [
        {
          op: 'update',
          table: ROSTER_MEMBERS,
          key,
          values: { term_from: str(data.termFrom) ?? '', term_until: str(data.termUntil), ...changed },
        },
      ];
    case 'MemberRoleChanged':
      return [{ op: 'update', table: ROSTER_MEMBERS, key, values: { role: str(data.role) ?? 'member', ...changed } }];
    case 'MemberLeft':
      return [{ op: 'update', table: ROSTER_MEMBERS, key, values: { left_on: str(data.leftOn), ...changed } }];
    default:
      return [];
  }
}
