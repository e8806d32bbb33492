/**
 * A decision's tally checked against its meeting: on roll from the roster that day, present from
 * the attendance, for + against + abstain ≤ present. Items begun before rosters keep typed tallies.
 */
import {
  type AgendaItemCommand,
  type CommandFacts,
  type MeetingCommand,
  DeciderSpecification,
  agendaItemWorkflow,
  meetingWorkflow,
} from '@gongron/domain';
import {
  ITEM,
  MEETING,
  agendaItemCommands as a,
  historyOf,
  meetingCommands as mc,
  meetingPaths,
  meta,
  rosterOfSize,
  run,
} from './support/scenarios.js';

const given = DeciderSpecification.for(agendaItemWorkflow.decider);
const roster = rosterOfSize(15);
const convened = run(meetingWorkflow, meetingPaths.convened).state;
const facts = (change: Partial<CommandFacts> = {}): CommandFacts => ({ roster, meeting: convened, ...change });
const atMeeting = { meetingId: MEETING };

function adopt(
  tally: Record<string, number>,
  meeting: object = atMeeting,
  withFacts: CommandFacts | undefined = facts(),
): AgendaItemCommand {
  return {
    type: 'AdoptAgendaItem',
    data: { itemId: ITEM, meeting, tally } as never,
    metadata: { ...meta(), ...(withFacts ? { facts: withFacts } : {}) },
  };
}

describe('decisions at a recorded meeting', () => {
  test('a roster of 15, 9 present: an adoption with 5 for carries, with the counts of the meeting', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ for: 5, against: 3, abstain: 1 }))
      .then([
        {
          type: 'AgendaItemAdopted',
          data: {
            itemId: ITEM,
            meeting: { meetingId: MEETING, body: 'civic-council', heldOn: '2024-05-09', title: '제3차' },
            tally: { onRoll: 15, present: 9, for: 5, against: 3, abstain: 1 },
            effectiveAt: '2024-05-09',
          },
        },
      ]);
  });

  test('counts the request repeats correctly are accepted', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ onRoll: 15, present: 9, for: 5, against: 0, abstain: 0 }))
      .thenState((state) => {
        expect(state.status).toBe('referred');
      });
  });

  test('a tally claiming 10 present when 9 attended is refused', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ onRoll: 15, present: 10, for: 6, against: 0, abstain: 0 }))
      .thenThrows({ code: 'VOTE.PRESENT_NOT_ATTENDANCE', kind: 'rule', field: 'data.tally.present' });
  });

  test('a tally claiming another roll than the roster that day is refused', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ onRoll: 20, for: 5, against: 0, abstain: 0 }))
      .thenThrows({ code: 'VOTE.ON_ROLL_NOT_ROSTER', kind: 'rule', field: 'data.tally.onRoll' });
  });

  test('for + against + abstain may not exceed those present', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ for: 6, against: 3, abstain: 1 }))
      .thenThrows('VOTE.TALLY_DOES_NOT_ADD_UP');
  });

  test('4 for of 9 present does not carry', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ for: 4, against: 4, abstain: 1 }))
      .thenThrows('VOTE.MOTION_NOT_CARRIED');
  });

  test('with a roster entered, a decision names its recorded meeting', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ onRoll: 10, present: 7, for: 5, against: 0, abstain: 0 }, { heldOn: '2024-05-09' }))
      .thenThrows({ code: 'MEETING.REQUIRED', field: 'data.meeting.meetingId' });
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ for: 5, against: 0, abstain: 0 }, { meetingId: 'm-unknown' }, facts({ meeting: null })))
      .thenThrows({ code: 'MEETING.UNKNOWN', field: 'data.meeting.meetingId' });
    const dismissal: AgendaItemCommand = {
      ...a.DismissAgendaItem,
      data: { itemId: ITEM, reason: '중복', tally: { onRoll: 10, present: 7, for: 0, against: 7, abstain: 0 } },
      metadata: { ...meta(), facts: facts({ meeting: null }) },
    };
    given(historyOf.agendaItem('inDeliberation')).when(dismissal).thenThrows('MEETING.REQUIRED');
  });

  test('the meeting must be in session, of the district and body, with the item on its agenda, on its own date', () => {
    const inDeliberation = historyOf.agendaItem('inDeliberation');
    const votes = { for: 5, against: 0, abstain: 0 };
    const scheduled = run(meetingWorkflow, meetingPaths.scheduled).state;
    given(inDeliberation)
      .when(adopt(votes, atMeeting, facts({ meeting: scheduled })))
      .thenThrows('MEETING.NOT_CONVENED');
    const closed = run(meetingWorkflow, meetingPaths.minutesRecorded).state;
    given(inDeliberation)
      .when(adopt(votes, atMeeting, facts({ meeting: closed })))
      .thenThrows('MEETING.RECORD_CLOSED');
    given(inDeliberation)
      .when(adopt(votes, atMeeting, facts({ meeting: { ...convened, district: 'osan' } })))
      .thenThrows('MEETING.OF_ANOTHER_DISTRICT');
    given(inDeliberation)
      .when(adopt(votes, atMeeting, facts({ meeting: { ...convened, body: 'working-council' } })))
      .thenThrows('AGENDA_ITEM.WRONG_BODY');
    given(inDeliberation)
      .when(adopt(votes, atMeeting, facts({ meeting: { ...convened, agenda: [] } })))
      .thenThrows('MEETING.ITEM_NOT_ON_AGENDA');
    given(inDeliberation)
      .when(adopt(votes, { ...atMeeting, heldOn: '2024-05-08' }))
      .thenThrows({ code: 'MEETING.DATE_MISMATCH', field: 'data.meeting.heldOn' });
  });

  test('decisions are recorded after the meeting adjourned, until its minutes are recorded', () => {
    const adjourned = run(meetingWorkflow, meetingPaths.adjourned).state;
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ for: 5, against: 0, abstain: 0 }, atMeeting, facts({ meeting: adjourned })))
      .thenState((state) => {
        expect(state.adoption?.tally).toMatchObject({ onRoll: 15, present: 9 });
      });
  });

  test('attendance at the vote counts: a member who left is not present', () => {
    const left: MeetingCommand = { ...mc.ChangeAttendance, data: { meetingId: MEETING, memberId: 'm-9', present: false } };
    const fewer = run(meetingWorkflow, [...meetingPaths.convened, left]).state;
    given(historyOf.agendaItem('inDeliberation'))
      .when(adopt({ present: 9, for: 5, against: 0, abstain: 0 }, atMeeting, facts({ meeting: fewer })))
      .thenThrows('VOTE.PRESENT_NOT_ATTENDANCE');
  });

  test('a steering committee review decision is checked against its meeting too', () => {
    const steering: MeetingCommand = { ...mc.ScheduleMeeting, data: { ...mc.ScheduleMeeting.data, body: 'steering-committee', number: 2 } };
    const meeting = run(meetingWorkflow, [
      steering,
      { ...mc.ConveneMeeting, data: { meetingId: 'suwon-steering-committee-2024-2', attending: ['m-1', 'm-2', 'm-3'] } },
    ]).state;
    const decision: AgendaItemCommand = {
      ...a.RecordReviewDecision,
      data: {
        itemId: ITEM,
        decision: 'approved',
        meeting: { meetingId: 'suwon-steering-committee-2024-2' },
        tally: { for: 3, against: 0, abstain: 0 },
      } as never,
      metadata: { ...meta(), facts: { roster, meeting } },
    };
    given(historyOf.agendaItem('underReview')).when(decision).thenThrows('VOTE.NO_QUORUM');
  });
});

describe('decisions where no roster is entered, and items begun before rosters', () => {
  test('a body without a roster keeps the typed tally, which must add up', () => {
    given(historyOf.agendaItem('inDeliberation'))
      .when({ ...a.AdoptAgendaItem, metadata: { ...meta(), facts: { roster: null, meeting: null } } })
      .thenState((state) => {
        expect(state.adoption?.tally).toEqual({ onRoll: 10, present: 7, for: 5, against: 1, abstain: 1 });
      });
    const members = rosterOfSize(15);
    const beforeTerm = {
      ...a.AdoptAgendaItem,
      data: { ...a.AdoptAgendaItem.data, meeting: { heldOn: '2024-02-01' } },
      metadata: { ...meta(), facts: { roster: members, meeting: null } },
    };
    given(historyOf.agendaItem('inDeliberation'))
      .when(beforeTerm)
      .thenState((state) => expect(state.status).toBe('referred'));
  });

  test('an item proposed under workflow version 1 finishes with typed tallies, roster or not', () => {
    const [proposed, ...rest] = historyOf.agendaItem('inDeliberation');
    const version1 = [{ ...proposed, data: { ...proposed!.data, workflowVersion: 1 } } as typeof proposed, ...rest] as ReturnType<
      typeof historyOf.agendaItem
    >;
    given(version1)
      .when({ ...a.AdoptAgendaItem, metadata: { ...meta(), facts: facts() } })
      .thenState((state) => {
        expect(state.adoption?.tally).toEqual({ onRoll: 10, present: 7, for: 5, against: 1, abstain: 1 });
      });
  });
});
