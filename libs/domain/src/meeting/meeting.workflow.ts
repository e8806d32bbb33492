/**
 * The meeting decider. Convening takes the members on roll from the body's roster on the meeting
 * day (handed over by the application as `metadata.facts.roster`) and fixes them in the event, so
 * every later quorum of the meeting counts from what the roster said that day.
 */
import type { BodyCode, DistrictCode } from '../catalogs.js';
import { invalid, ruleBroken } from '../errors.js';
import type { CommandFacts } from '../messages.js';
import { membersOnRoll } from '../roster/roster.machine.js';
import { meetingIdOf, meetingStreamId } from '../stream-ids.js';
import {
  effective,
  field,
  optionalCouncil,
  optionalId,
  optionalIsoDate,
  optionalText,
  requireBody,
  requireDistrict,
  requireId,
  requireIsoDate,
  requireObject,
  requireText,
  requireListSize,
} from '../validation.js';
import { LIST_LIMITS, TEXT_LIMITS } from '../limits.js';
import { type Workflow, type WorkflowState, machineWorkflow, unknownCommand } from '../workflow.js';
import { type MeetingContext, type MeetingStatus, meetingMachine, meetingRules, meetingTerminalStatuses } from './meeting.machine.js';
import type { AgendaEntry, MeetingCommand, MeetingEvent, MinutesAttachment } from './meeting.messages.js';

export type MeetingState = WorkflowState<MeetingStatus, MeetingContext>;

/** What `GET /meetings/{id}` shows of a meeting: its state and what is derived from it. */
export type MeetingView = MeetingState & {
  readonly terminal: boolean;
  /** The meeting's start as an instant in Korean time, once its day and time are set. */
  readonly startsAtInstant: string | null;
  readonly onRollCount: number;
  readonly presentCount: number;
  /** More than half of the members on roll attend. */
  readonly quorate: boolean;
};

export const MEETING_WORKFLOW_VERSION = 1;

export const meetingCommandTypes = [
  'ScheduleMeeting',
  'AddAgendaEntry',
  'CancelMeeting',
  'ConveneMeeting',
  'ChangeAttendance',
  'AdjournMeeting',
  'RecordMinutes',
  'ApproveMinutes',
] as const satisfies readonly MeetingCommand['type'][];

const commandEvents = {
  ScheduleMeeting: 'MeetingScheduled',
  AddAgendaEntry: 'AgendaEntryAdded',
  CancelMeeting: 'MeetingCancelled',
  ConveneMeeting: 'MeetingConvened',
  ChangeAttendance: 'AttendanceChanged',
  AdjournMeeting: 'MeetingAdjourned',
  RecordMinutes: 'MinutesRecorded',
  ApproveMinutes: 'MinutesApproved',
} as const satisfies { readonly [T in MeetingCommand['type']]: MeetingEvent['type'] };

const eventTypes = {
  MeetingScheduled: { schemaVersion: 1 },
  AgendaEntryAdded: { schemaVersion: 1 },
  MeetingCancelled: { schemaVersion: 1 },
  MeetingConvened: { schemaVersion: 1 },
  AttendanceChanged: { schemaVersion: 1 },
  MeetingAdjourned: { schemaVersion: 1 },
  MinutesRecorded: { schemaVersion: 1 },
  MinutesApproved: { schemaVersion: 1 },
} as const satisfies { readonly [T in MeetingEvent['type']]: { readonly schemaVersion: number } };

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const SHA256 = /^[0-9a-f]{64}$/;
export const MEETING_LIMITS = { number: 999, agendaEntries: 100, attachments: 50, minutesText: 200_000 } as const;

function meetingNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MEETING_LIMITS.number) {
    throw invalid('COMMAND.INVALID', 'data.number', `data.number must be a whole number from 1 to ${MEETING_LIMITS.number} (제N차)`);
  }
  return value;
}

function agendaEntry(value: unknown, path: string): AgendaEntry {
  const entry = requireObject(value, path);
  return { itemId: optionalId(entry['itemId'], `${path}.itemId`), title: requireText(entry['title'], `${path}.title`, TEXT_LIMITS.title) };
}

interface MeetingPlace {
  readonly district: DistrictCode | null;
  readonly body: BodyCode | null;
  readonly council: string | null;
}

/**
 * An agenda item on a meeting's agenda is an item of the meeting's district, and at a civic
 * council one proposed in that council (the items an id names are the command's facts; an id
 * that is no agenda item, such as an operating plan's, is not checked here).
 */
function enforceItemOfMeeting(place: MeetingPlace, entry: AgendaEntry, path: string, facts: CommandFacts | undefined): void {
  const item = entry.itemId !== null ? facts?.agendaItems?.[entry.itemId] : undefined;
  if (!item) return;
  if (place.district !== null && item.district !== place.district) {
    throw ruleBroken(
      'MEETING.ITEM_OF_ANOTHER_DISTRICT',
      `Item ${entry.itemId} is an item of ${item.district}; this meeting is a meeting of ${place.district}.`,
      {
        field: path,
        details: { itemId: entry.itemId, itemDistrict: item.district, meetingDistrict: place.district },
      },
    );
  }
  if (place.body === 'civic-council' && item.council !== place.council) {
    const names = facts?.civicCouncilNames?.[item.district];
    const itemCouncil = names?.[item.council ?? ''] ?? item.council ?? 'the default civic council';
    const meetingCouncil = names?.[place.council ?? ''] ?? place.council ?? 'the default civic council';
    throw ruleBroken(
      'MEETING.ITEM_OF_ANOTHER_COUNCIL',
      `Item ${entry.itemId} was proposed in ${itemCouncil}; this meeting is a meeting of ${meetingCouncil}.`,
      { field: path, details: { itemId: entry.itemId, itemCouncil, meetingCouncil } },
    );
  }
}

function agendaOf(value: unknown, place: MeetingPlace, facts: CommandFacts | undefined): AgendaEntry[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MEETING_LIMITS.agendaEntries) {
    throw invalid('COMMAND.INVALID', 'data.agenda', `data.agenda must be a list of at most ${MEETING_LIMITS.agendaEntries} entries`);
  }
  const agenda: AgendaEntry[] = [];
  value.forEach((raw: unknown, index) => {
    const entry = agendaEntry(raw, `data.agenda[${index}]`);
    meetingRules.newAgendaEntry.enforce({ agenda }, { entry, path: `data.agenda[${index}].itemId` });
    enforceItemOfMeeting(place, entry, `data.agenda[${index}].itemId`, facts);
    agenda.push(entry);
  });
  return agenda;
}

function attachmentsOf(value: unknown): MinutesAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MEETING_LIMITS.attachments) {
    throw invalid('COMMAND.INVALID', 'data.attachments', `data.attachments must be a list of at most ${MEETING_LIMITS.attachments} files`);
  }
  return value.map((raw: unknown, index) => {
    const path = `data.attachments[${index}]`;
    const attachment = requireObject(raw, path);
    const sha256 = attachment['sha256'];
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      throw invalid('COMMAND.INVALID', `${path}.sha256`, `${path}.sha256 must be a SHA-256 in 64 lowercase hex digits`);
    }
    const size = attachment['size'];
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1) {
      throw invalid('COMMAND.INVALID', `${path}.size`, `${path}.size must be the file's size in bytes`);
    }
    return {
      sha256,
      name: requireText(attachment['name'], `${path}.name`, TEXT_LIMITS.fileName),
      mediaType: requireText(attachment['mediaType'], `${path}.mediaType`, TEXT_LIMITS.mediaType),
      size,
    };
  });
}

type Decision<T extends MeetingCommand['type']> = (
  command: Extract<MeetingCommand, { type: T }>,
  state: MeetingState,
  meetingId: string,
) => MeetingEvent[];

const schedule: Decision<'ScheduleMeeting'> = ({ data, metadata }) => {
  const district = requireDistrict(field(data, 'district'), 'data.district');
  const body = requireBody(field(data, 'body'), 'data.body');
  const council = optionalCouncil(field(data, 'council'), body);
  const number = meetingNumber(field(data, 'number'));
  const heldOn = requireIsoDate(field(data, 'heldOn'), 'data.heldOn');
  const startsAt = field(data, 'startsAt');
  if (typeof startsAt !== 'string' || !TIME_OF_DAY.test(startsAt)) {
    throw invalid('COMMAND.INVALID', 'data.startsAt', "data.startsAt must be the Korean time it starts, 'HH:MM'");
  }
  const year = Number(heldOn.slice(0, 4));
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId: meetingIdOf(district, body, year, number, council),
        district,
        body,
        ...(council !== null ? { council } : {}),
        year,
        number,
        heldOn,
        startsAt,
        place: requireText(field(data, 'place'), 'data.place', TEXT_LIMITS.place),
        title: optionalText(field(data, 'title'), 'data.title', TEXT_LIMITS.meetingTitle),
        agenda: agendaOf(field(data, 'agenda'), { district, body, council }, metadata.facts),
        workflowVersion: MEETING_WORKFLOW_VERSION,
      },
    },
  ];
};

const addAgendaEntry: Decision<'AddAgendaEntry'> = ({ data, metadata }, state, meetingId) => {
  const entry = agendaEntry(data, 'data');
  meetingRules.newAgendaEntry.enforce(state, { entry });
  enforceItemOfMeeting(state, entry, 'data.itemId', metadata.facts);
  return [{ type: 'AgendaEntryAdded', data: { meetingId, entry } }];
};

const cancel: Decision<'CancelMeeting'> = ({ data, metadata: { today } }, _state, meetingId) => [
  {
    type: 'MeetingCancelled',
    data: { meetingId, reason: requireText(field(data, 'reason'), 'data.reason', TEXT_LIMITS.note), cancelledOn: today },
  },
];

const convene: Decision<'ConveneMeeting'> = (command, state, meetingId) => {
  const heldOn = state.heldOn ?? command.metadata.today;
  const roster = command.metadata.facts?.roster;
  const onRoll = roster ? membersOnRoll(roster, heldOn).map((member) => member.memberId) : [];
  meetingRules.rosterEntered.enforce(state, { onRoll });
  const value = field(command.data, 'attending');
  if (!Array.isArray(value)) throw invalid('COMMAND.INVALID', 'data.attending', 'data.attending must list the member ids attending');
  requireListSize(value, 'data.attending', LIST_LIMITS.attending);
  const attending: string[] = [];
  value.forEach((raw: unknown, index) => {
    const path = `data.attending[${index}]`;
    const memberId = requireId(raw, path);
    meetingRules.attendingOnRoll.enforce(state, { onRoll, attending: [...attending, memberId] });
    if (attending.includes(memberId)) throw invalid('COMMAND.INVALID', path, `${path}: member ${memberId} is listed twice`);
    attending.push(memberId);
  });
  return [{ type: 'MeetingConvened', data: { meetingId, onRoll, attending, convenedAt: command.metadata.now } }];
};

const changeAttendance: Decision<'ChangeAttendance'> = ({ data, metadata: { now } }, state, meetingId) => {
  const memberId = requireId(field(data, 'memberId'), 'data.memberId');
  const present = field(data, 'present');
  if (typeof present !== 'boolean') throw invalid('COMMAND.INVALID', 'data.present', 'data.present must be true (arrived) or false (left)');
  meetingRules.memberOnRoll.enforce(state, { memberId });
  meetingRules.attendanceChanges.enforce(state, { memberId, present });
  return [{ type: 'AttendanceChanged', data: { meetingId, memberId, present, changedAt: now } }];
};

const adjourn: Decision<'AdjournMeeting'> = ({ metadata: { now } }, _state, meetingId) => [
  { type: 'MeetingAdjourned', data: { meetingId, adjournedAt: now } },
];

const recordMinutes: Decision<'RecordMinutes'> = ({ data, metadata: { today } }, _state, meetingId) => [
  {
    type: 'MinutesRecorded',
    data: {
      meetingId,
      text: requireText(field(data, 'text'), 'data.text', MEETING_LIMITS.minutesText),
      attachments: attachmentsOf(field(data, 'attachments')),
      recordedOn: today,
    },
  },
];

const approveMinutes: Decision<'ApproveMinutes'> = ({ data, metadata: { today } }, _state, meetingId) => {
  const approvedOn = optionalIsoDate(field(data, 'approvedOn'), 'data.approvedOn');
  return [{ type: 'MinutesApproved', data: { meetingId, approvedOn: approvedOn ?? today, ...effective(approvedOn, today) } }];
};

function decideMeeting(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  const meetingId = state.meetingId ?? '';
  switch (command.type) {
    case 'ScheduleMeeting':
      return schedule(command, state, meetingId);
    case 'AddAgendaEntry':
      return addAgendaEntry(command, state, meetingId);
    case 'CancelMeeting':
      return cancel(command, state, meetingId);
    case 'ConveneMeeting':
      return convene(command, state, meetingId);
    case 'ChangeAttendance':
      return changeAttendance(command, state, meetingId);
    case 'AdjournMeeting':
      return adjourn(command, state, meetingId);
    case 'RecordMinutes':
      return recordMinutes(command, state, meetingId);
    case 'ApproveMinutes':
      return approveMinutes(command, state, meetingId);
    default:
      return unknownCommand(command);
  }
}

function meetingStreamOf(command: MeetingCommand): string {
  if (command.type !== 'ScheduleMeeting') return meetingStreamId(requireId(field(command.data, 'meetingId'), 'data.meetingId'));
  const data: unknown = command.data;
  const heldOn = requireIsoDate(field(data, 'heldOn'), 'data.heldOn');
  const body = requireBody(field(data, 'body'), 'data.body');
  return meetingStreamId(
    meetingIdOf(
      requireDistrict(field(data, 'district'), 'data.district'),
      body,
      Number(heldOn.slice(0, 4)),
      meetingNumber(field(data, 'number')),
      optionalCouncil(field(data, 'council'), body),
    ),
  );
}

export const meetingWorkflow: Workflow<MeetingCommand, MeetingEvent, MeetingState> = machineWorkflow<
  MeetingCommand,
  MeetingEvent,
  MeetingStatus,
  MeetingContext
>({
  category: 'meeting',
  version: MEETING_WORKFLOW_VERSION,
  codePrefix: 'MEETING',
  noun: 'meeting',
  machine: meetingMachine,
  absentStatus: 'none',
  commandTypes: meetingCommandTypes,
  creatingCommands: ['ScheduleMeeting'],
  commandEvents,
  eventTypes,
  upcasters: [],
  handle: decideMeeting,
  scope: (command, state) => {
    const district = state.district ?? requireDistrict(field(command.data, 'district'), 'data.district');
    const body = state.body ?? requireBody(field(command.data, 'body'), 'data.body');
    if (body !== 'civic-council') return { kind: 'secretary', district, body };
    const council = state.meetingId !== null ? state.council : optionalCouncil(field(command.data, 'council'), body);
    return { kind: 'secretary', district, body, council, councilSubject: 'meeting' };
  },
  streamIdOf: meetingStreamOf,
  view: (state): MeetingView => ({
    ...state,
    terminal: meetingTerminalStatuses.includes(state.status),
    startsAtInstant: state.heldOn !== null && state.startsAt !== null ? `${state.heldOn}T${state.startsAt}:00+09:00` : null,
    onRollCount: state.onRoll.length,
    presentCount: state.attending.length,
    quorate: state.onRoll.length > 0 && state.attending.length * 2 > state.onRoll.length,
  }),
});
