/**
 * A decision's tally checked against its meeting. Where the body has members on roll on the day
 * (its roster is entered), a decision must name the recorded meeting it was taken at, the meeting
 * must be in session (convened, or adjourned before its minutes), the item must be on its agenda,
 * and the counts come from the meeting: on roll = the roster that day, present = those attending.
 * A tally that claims other counts is refused. A body with no roster keeps the typed tally, which
 * must still add up.
 */
import type { BodyCode, DistrictCode } from '../catalogs.js';
import { ruleBroken } from '../errors.js';
import type { CommandFacts, Meeting } from '../messages.js';
import { membersOnRoll } from '../roster/roster.machine.js';
import { isIsoDate, optionalId, requireObject } from '../validation.js';
import { type Tally, tally } from '../votes.js';
import { meetingDecisionStatuses } from './meeting.machine.js';

export interface DecisionInput {
  readonly itemId: string;
  readonly district: DistrictCode;
  readonly body: BodyCode;
  /** `data.meeting` as given (optional for a dismissal). */
  readonly meeting: unknown;
  /** `data.tally` as given. */
  readonly tally: unknown;
  readonly facts: CommandFacts | undefined;
  /** The day the roster is read for when no meeting date is given. */
  readonly today: string;
}

export interface DecisionAtMeeting {
  readonly meeting: Meeting;
  readonly tally: Tally;
}

type RecordedMeeting = NonNullable<CommandFacts['meeting']>;

function recordedCount(given: unknown, recorded: number, code: string, path: string, message: string): void {
  if (given === undefined || given === null || given === recorded) return;
  throw ruleBroken(code, message, { field: path, details: { given, recorded } });
}

function assertInSession(recorded: RecordedMeeting, input: DecisionInput, meetingId: string): void {
  if (recorded.district !== input.district) {
    throw ruleBroken(
      'MEETING.OF_ANOTHER_DISTRICT',
      `meeting ${meetingId} is a meeting of ${String(recorded.district)}, not of ${input.district}`,
      {
        field: 'data.meeting.meetingId',
        details: { meetingId, meetingDistrict: recorded.district, district: input.district },
      },
    );
  }
  if (recorded.body !== input.body) {
    throw ruleBroken('AGENDA_ITEM.WRONG_BODY', `this step belongs to the ${input.body}, not the ${String(recorded.body)}`, {
      field: 'data.meeting.meetingId',
      details: { expected: input.body, given: recorded.body },
    });
  }
  const itemCouncil = input.facts?.council;
  if (input.body === 'civic-council' && itemCouncil !== undefined && (recorded.council ?? null) !== itemCouncil) {
    throw ruleBroken(
      'MEETING.OF_ANOTHER_COUNCIL',
      `meeting ${meetingId} is a meeting of another civic council (${recorded.council ?? 'the default'}); this item is decided at ${itemCouncil ?? 'the default council'}'s meetings`,
      {
        field: 'data.meeting.meetingId',
        details: { meetingId, meetingCouncil: recorded.council ?? 'default', itemCouncil: itemCouncil ?? 'default' },
      },
    );
  }
  if (!(meetingDecisionStatuses as readonly string[]).includes(recorded.status)) {
    const closed = recorded.status === 'minutesRecorded' || recorded.status === 'minutesApproved';
    throw ruleBroken(
      closed ? 'MEETING.RECORD_CLOSED' : 'MEETING.NOT_CONVENED',
      closed
        ? `the minutes of meeting ${meetingId} are recorded; its decisions are closed`
        : `meeting ${meetingId} has not convened (${recorded.status})`,
      { field: 'data.meeting.meetingId', details: { meetingId, status: recorded.status } },
    );
  }
  if (!recorded.agenda.some((entry) => entry.itemId === input.itemId)) {
    throw ruleBroken('MEETING.ITEM_NOT_ON_AGENDA', `agenda item ${input.itemId} is not on the agenda of meeting ${meetingId}`, {
      field: 'data.meeting.meetingId',
      details: { meetingId, itemId: input.itemId },
    });
  }
}

/** The meeting and tally of a decision taken at a recorded meeting, or null where the body has no roster (the typed tally stands). */
export function decisionAtMeeting(input: DecisionInput): DecisionAtMeeting | null {
  const given = input.meeting === undefined || input.meeting === null ? null : requireObject(input.meeting, 'data.meeting');
  const meetingId = given === null ? null : optionalId(given['meetingId'], 'data.meeting.meetingId');
  const recorded = meetingId === null ? null : (input.facts?.meeting ?? null);
  if (recorded === null || meetingId === null) {
    const heldOn = given?.['heldOn'];
    const day = isIsoDate(heldOn) ? heldOn : input.today;
    const roster = input.facts?.roster;
    if (!roster || membersOnRoll(roster, day).length === 0) return null;
    throw ruleBroken(
      meetingId === null ? 'MEETING.REQUIRED' : 'MEETING.UNKNOWN',
      meetingId === null
        ? `the ${input.body} has a roster: name the recorded meeting of this decision (data.meeting.meetingId)`
        : `no meeting ${meetingId} is recorded; schedule and convene it first`,
      { field: 'data.meeting.meetingId', details: { body: input.body, ...(meetingId !== null ? { meetingId } : {}) } },
    );
  }
  assertInSession(recorded, input, meetingId);
  const heldOn = recorded.heldOn ?? input.today;
  if (given?.['heldOn'] !== undefined && given['heldOn'] !== null && given['heldOn'] !== heldOn) {
    throw ruleBroken('MEETING.DATE_MISMATCH', `meeting ${meetingId} was held on ${heldOn}, not ${String(given['heldOn'])}`, {
      field: 'data.meeting.heldOn',
      details: { meetingId, heldOn, given: given['heldOn'] },
    });
  }
  const counts = requireObject(input.tally, 'data.tally');
  const onRoll = recorded.onRoll.length;
  const present = recorded.attending.length;
  recordedCount(
    counts['onRoll'],
    onRoll,
    'VOTE.ON_ROLL_NOT_ROSTER',
    'data.tally.onRoll',
    `The tally claims ${String(counts['onRoll'])} on roll; the roster that day has ${onRoll}.`,
  );
  recordedCount(
    counts['present'],
    present,
    'VOTE.PRESENT_NOT_ATTENDANCE',
    'data.tally.present',
    `The tally claims ${String(counts['present'])} present; ${present} members attended the meeting.`,
  );
  const votes = tally({ ...counts, onRoll, present }, 'data.tally');
  const title = recorded.title ?? (recorded.number !== null ? `제${recorded.number}차` : null);
  return { meeting: { meetingId, body: input.body, heldOn, ...(title !== null ? { title } : {}) }, tally: votes };
}
