/**
 * A meeting (회의) as an XState machine over its events: scheduled → convened (attendance) →
 * adjourned → minutes recorded → minutes approved; a scheduled meeting may be cancelled.
 * Decisions on agenda items are recorded while it is convened or adjourned, before its minutes.
 */
import { assign, setup } from 'xstate';
import { ruleBroken } from '../errors.js';
import { guardOf, rule } from '../rules.js';
import type { AgendaEntry, MeetingContext } from './meeting-record.js';
import type { MeetingEvent } from './meeting.messages.js';

export type { MeetingContext } from './meeting-record.js';

export const meetingStatuses = ['none', 'scheduled', 'convened', 'adjourned', 'minutesRecorded', 'minutesApproved', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingTerminalStatuses: readonly MeetingStatus[] = ['minutesApproved', 'cancelled'];

/** The states in which decisions on its agenda may be recorded against the meeting. */
export const meetingDecisionStatuses: readonly MeetingStatus[] = ['convened', 'adjourned'];

export const initialMeetingContext: MeetingContext = {
  meetingId: null,
  district: null,
  body: null,
  council: null,
  year: null,
  number: null,
  heldOn: null,
  startsAt: null,
  place: null,
  title: null,
  workflowVersion: null,
  agenda: [],
  onRoll: [],
  attending: [],
  convenedAt: null,
  adjournedAt: null,
  minutes: null,
  minutesApprovedOn: null,
  cancellation: null,
};

function applyMeetingEvent(context: MeetingContext, event: MeetingEvent): MeetingContext {
  switch (event.type) {
    case 'MeetingScheduled': {
      const { meetingId, district, body, year, number, heldOn, startsAt, place, title, agenda, workflowVersion } = event.data;
      const council = event.data.council ?? null;
      return { ...context, meetingId, district, body, council, year, number, heldOn, startsAt, place, title, agenda, workflowVersion };
    }
    case 'AgendaEntryAdded':
      return { ...context, agenda: [...context.agenda, event.data.entry] };
    case 'MeetingCancelled':
      return { ...context, cancellation: { reason: event.data.reason, cancelledOn: event.data.cancelledOn } };
    case 'MeetingConvened':
      return { ...context, onRoll: event.data.onRoll, attending: event.data.attending, convenedAt: event.data.convenedAt };
    case 'AttendanceChanged': {
      const others = context.attending.filter((memberId) => memberId !== event.data.memberId);
      return { ...context, attending: event.data.present ? [...others, event.data.memberId] : others };
    }
    case 'MeetingAdjourned':
      return { ...context, adjournedAt: event.data.adjournedAt };
    case 'MinutesRecorded': {
      const { text, attachments, recordedOn } = event.data;
      return { ...context, minutes: { text, attachments, recordedOn } };
    }
    case 'MinutesApproved':
      return { ...context, minutesApprovedOn: event.data.approvedOn };
  }
}

/*
 * The meeting's rules, each stated once: the machine's guards below ask them of events, the
 * decider (meeting.workflow.ts) refuses commands with their stable codes.
 */
export const meetingRules = {
  /**
   * An agenda item is on a meeting's agenda once (other matters, without an item, may repeat).
   * `path` names the entry's field where the command lists several (a meeting scheduled with its agenda).
   */
  newAgendaEntry: rule<Pick<MeetingContext, 'agenda'>, { readonly entry: AgendaEntry; readonly path?: string }>(
    ['MEETING.DUPLICATE_AGENDA_ENTRY'],
    (context, { entry, path }) =>
      entry.itemId !== null && context.agenda.some((existing) => existing.itemId === entry.itemId)
        ? ruleBroken('MEETING.DUPLICATE_AGENDA_ENTRY', `agenda item ${entry.itemId} is already on the agenda`, {
            field: path ?? 'data.itemId',
            details: { itemId: entry.itemId },
          })
        : undefined,
  ),
  /** A meeting convenes only with members on roll on its day: the body's roster is entered first. */
  rosterEntered: rule<MeetingContext, { readonly onRoll: readonly string[] }>(['MEETING.NO_ROSTER'], (context, { onRoll }) =>
    onRoll.length === 0
      ? ruleBroken(
          'MEETING.NO_ROSTER',
          `the ${String(context.body)} of ${String(context.district)} has no member on roll on ${String(context.heldOn)}; enter the roster first`,
          { details: { heldOn: context.heldOn } },
        )
      : undefined,
  ),
  /** Those attending when the meeting convenes are members on roll that day. */
  attendingOnRoll: rule<MeetingContext, { readonly onRoll: readonly string[]; readonly attending: readonly string[] }>(
    ['MEETING.NOT_ON_ROLL'],
    (context, { onRoll, attending }) => {
      const index = attending.findIndex((memberId) => !onRoll.includes(memberId));
      if (index < 0) return undefined;
      const memberId = attending[index];
      return ruleBroken('MEETING.NOT_ON_ROLL', `member ${String(memberId)} is not on the roll of this body on ${String(context.heldOn)}`, {
        field: `data.attending[${index}]`,
        details: { memberId, heldOn: context.heldOn },
      });
    },
  ),
  /** Attendance changes only for a member on the meeting's roll. */
  memberOnRoll: rule<MeetingContext, { readonly memberId: string }>(['MEETING.NOT_ON_ROLL'], (context, { memberId }) =>
    context.onRoll.includes(memberId)
      ? undefined
      : ruleBroken('MEETING.NOT_ON_ROLL', `member ${memberId} is not on the roll of this meeting`, {
          field: 'data.memberId',
          details: { memberId, heldOn: context.heldOn },
        }),
  ),
  /** A member arrives only when absent and leaves only when present. */
  attendanceChanges: rule<MeetingContext, { readonly memberId: string; readonly present: boolean }>(
    ['MEETING.ATTENDANCE_UNCHANGED'],
    (context, { memberId, present }) =>
      context.attending.includes(memberId) === present
        ? ruleBroken('MEETING.ATTENDANCE_UNCHANGED', `member ${memberId} is already ${present ? 'present' : 'absent'}`, {
            field: 'data.present',
            details: { memberId },
          })
        : undefined,
  ),
} as const;

export const meetingMachine = setup({
  types: { context: {} as MeetingContext, events: {} as MeetingEvent },
  guards: {
    newAgendaEntry: guardOf<MeetingContext, MeetingEvent, 'AgendaEntryAdded'>('AgendaEntryAdded', [meetingRules.newAgendaEntry]),
    attendingOnRoll: guardOf<MeetingContext, MeetingEvent, 'MeetingConvened'>('MeetingConvened', [
      meetingRules.rosterEntered,
      meetingRules.attendingOnRoll,
    ]),
    memberOnRoll: guardOf<MeetingContext, MeetingEvent, 'AttendanceChanged'>('AttendanceChanged', [
      meetingRules.memberOnRoll,
      meetingRules.attendanceChanges,
    ]),
  },
  actions: { record: assign(({ context, event }) => applyMeetingEvent(context, event)) },
}).createMachine({
  id: 'meeting',
  initial: 'none',
  context: initialMeetingContext,
  states: {
    none: { on: { MeetingScheduled: { target: 'scheduled', actions: 'record' } } },
    scheduled: {
      on: {
        AgendaEntryAdded: { guard: 'newAgendaEntry', actions: 'record' },
        MeetingConvened: { target: 'convened', guard: 'attendingOnRoll', actions: 'record' },
        MeetingCancelled: { target: 'cancelled', actions: 'record' },
      },
    },
    convened: {
      on: {
        AgendaEntryAdded: { guard: 'newAgendaEntry', actions: 'record' },
        AttendanceChanged: { guard: 'memberOnRoll', actions: 'record' },
        MeetingAdjourned: { target: 'adjourned', actions: 'record' },
      },
    },
    adjourned: { on: { MinutesRecorded: { target: 'minutesRecorded', actions: 'record' } } },
    minutesRecorded: {
      on: {
        MinutesRecorded: { actions: 'record' },
        MinutesApproved: { target: 'minutesApproved', actions: 'record' },
      },
    },
    minutesApproved: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
