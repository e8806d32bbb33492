/**
 * A meeting (회의) as an XState machine over its events: scheduled → convened (attendance) →
 * adjourned → minutes recorded → minutes approved; a scheduled meeting may be cancelled.
 * Decisions on agenda items are recorded while it is convened or adjourned, before its minutes.
 */
import { assign, setup } from 'xstate';
import type { MeetingContext } from './meeting-record.js';
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
      return { ...context, meetingId, district, body, year, number, heldOn, startsAt, place, title, agenda, workflowVersion };
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

export const meetingMachine = setup({
  types: { context: {} as MeetingContext, events: {} as MeetingEvent },
  guards: {
    attendingOnRoll: ({ event }) => event.type === 'MeetingConvened' && event.data.onRoll.length > 0 && event.data.attending.every((id) => event.data.onRoll.includes(id)),
    memberOnRoll: ({ context, event }) => event.type === 'AttendanceChanged' && context.onRoll.includes(event.data.memberId),
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
        AgendaEntryAdded: { actions: 'record' },
        MeetingConvened: { target: 'convened', guard: 'attendingOnRoll', actions: 'record' },
        MeetingCancelled: { target: 'cancelled', actions: 'record' },
      },
    },
    convened: {
      on: {
        AgendaEntryAdded: { actions: 'record' },
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
