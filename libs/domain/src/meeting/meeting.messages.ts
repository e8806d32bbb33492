/** Commands and events of a meeting (회의): scheduled, convened with attendance, adjourned, minutes approved. */
import type { BodyCode, DistrictCode } from '../catalogs.js';
import type { Command } from '../messages.js';
import type { AgendaEntry, MinutesAttachment } from './meeting-record.js';

export type { AgendaEntry, MinutesAttachment } from './meeting-record.js';

// --- commands ---

export type ScheduleMeeting = Command<
  'ScheduleMeeting',
  {
    district: DistrictCode;
    body: BodyCode;
    /** A civic council other than the district's default one. */
    council?: string;
    /** 제N차: the meeting's number in its year. */
    number: number;
    /** The Korean date it is held ('YYYY-MM-DD'); its year numbers the meeting. */
    heldOn: string;
    /** Korean local time it starts, 'HH:MM'. */
    startsAt: string;
    place: string;
    title?: string;
    agenda?: readonly { itemId?: string; title: string }[];
  }
>;
export type AddAgendaEntry = Command<'AddAgendaEntry', { meetingId: string; itemId?: string; title: string }>;
export type CancelMeeting = Command<'CancelMeeting', { meetingId: string; reason: string }>;
/** Opens the meeting with the members attending; the others on roll that day are absent. */
export type ConveneMeeting = Command<'ConveneMeeting', { meetingId: string; attending: readonly string[] }>;
/** A member arrives late or leaves early: those present at a vote are those attending then. */
export type ChangeAttendance = Command<'ChangeAttendance', { meetingId: string; memberId: string; present: boolean }>;
export type AdjournMeeting = Command<'AdjournMeeting', { meetingId: string }>;
export type RecordMinutes = Command<'RecordMinutes', { meetingId: string; text: string; attachments?: readonly MinutesAttachment[] }>;
export type ApproveMinutes = Command<'ApproveMinutes', { meetingId: string; approvedOn?: string }>;

export type MeetingCommand =
  ScheduleMeeting | AddAgendaEntry | CancelMeeting | ConveneMeeting | ChangeAttendance | AdjournMeeting | RecordMinutes | ApproveMinutes;

// --- events ---

export type MeetingScheduled = {
  readonly type: 'MeetingScheduled';
  readonly data: {
    meetingId: string;
    district: DistrictCode;
    body: BodyCode;
    /** Recorded only for a civic council other than the district's default one. */
    council?: string;
    year: number;
    number: number;
    heldOn: string;
    startsAt: string;
    place: string;
    title: string | null;
    agenda: readonly AgendaEntry[];
    workflowVersion: number;
  };
};
export type AgendaEntryAdded = { readonly type: 'AgendaEntryAdded'; readonly data: { meetingId: string; entry: AgendaEntry } };
export type MeetingCancelled = {
  readonly type: 'MeetingCancelled';
  readonly data: { meetingId: string; reason: string; cancelledOn: string };
};
export type MeetingConvened = {
  readonly type: 'MeetingConvened';
  readonly data: {
    meetingId: string;
    /** The members on roll (재적) on the meeting day, from the roster. */
    onRoll: readonly string[];
    /** The members attending (출석) when it convened. */
    attending: readonly string[];
    convenedAt: string;
  };
};
export type AttendanceChanged = {
  readonly type: 'AttendanceChanged';
  readonly data: { meetingId: string; memberId: string; present: boolean; changedAt: string };
};
export type MeetingAdjourned = { readonly type: 'MeetingAdjourned'; readonly data: { meetingId: string; adjournedAt: string } };
export type MinutesRecorded = {
  readonly type: 'MinutesRecorded';
  readonly data: {
    meetingId: string;
    text: string;
    attachments: readonly MinutesAttachment[];
    recordedOn: string;
  };
};
export type MinutesApproved = {
  readonly type: 'MinutesApproved';
  readonly data: { meetingId: string; approvedOn: string; effectiveAt?: string };
};

export type MeetingEvent =
  | MeetingScheduled
  | AgendaEntryAdded
  | MeetingCancelled
  | MeetingConvened
  | AttendanceChanged
  | MeetingAdjourned
  | MinutesRecorded
  | MinutesApproved;
