/** Meetings (회의): scheduling, convening with attendance from the roster, adjourning, minutes. */
import { type MeetingCommand, type MeetingEvent, type MeetingState, DeciderSpecification, meetingWorkflow } from '@gongron/domain';
import { MEETING, historyOf, meetingCommands as c, meta, rosterOfSize, run, transitionCoverage } from './support/scenarios.js';

const coverage = transitionCoverage<MeetingCommand, MeetingEvent, MeetingState>(meetingWorkflow, meetingWorkflow.decider);
const given = DeciderSpecification.for(coverage.decider);
const with_ = <T extends MeetingCommand>(command: T, data: Partial<T['data']>): T => ({ ...command, data: { ...command.data, ...data } });
const sha = 'a'.repeat(64);

describe('meeting: the steps of a meeting', () => {
  test('scheduling names the meeting by its body, year and number (제3차) and keeps date, time, place and agenda', () => {
    given([])
      .when(c.ScheduleMeeting)
      .then([
        {
          type: 'MeetingScheduled',
          data: {
            meetingId: MEETING,
            district: 'suwon',
            body: 'civic-council',
            year: 2024,
            number: 3,
            heldOn: '2024-05-09',
            startsAt: '14:00',
            place: '수원시청 회의실',
            title: null,
            agenda: [{ itemId: 'item-1', title: '마을 방과후 돌봄' }],
            workflowVersion: 1,
          },
        },
      ]);
    expect(meetingWorkflow.streamIdOf(c.ScheduleMeeting)).toBe(`meeting:${MEETING}`);
  });

  test('a meeting number is taken once in a year', () => {
    given(historyOf.meeting('scheduled')).when(c.ScheduleMeeting).thenThrows('MEETING.ALREADY_EXISTS');
  });

  test('the time is a Korean time of day, the number a whole number, an agenda item appears once', () => {
    given([])
      .when(with_(c.ScheduleMeeting, { startsAt: '25:00' }))
      .thenThrows({ code: 'COMMAND.INVALID', field: 'data.startsAt' });
    given([])
      .when(with_(c.ScheduleMeeting, { number: 0 }))
      .thenThrows({ field: 'data.number' });
    given([])
      .when(
        with_(c.ScheduleMeeting, {
          agenda: [
            { itemId: 'item-1', title: 'a' },
            { itemId: 'item-1', title: 'b' },
          ],
        }),
      )
      .thenThrows({ code: 'MEETING.DUPLICATE_AGENDA_ENTRY', field: 'data.agenda[1].itemId' });
    given(historyOf.meeting('scheduled'))
      .when(with_(c.AddAgendaEntry, { itemId: 'item-1' }))
      .thenThrows('MEETING.DUPLICATE_AGENDA_ENTRY');
  });

  test("an agenda item of another district, or proposed in another civic council, is not on a meeting's agenda", () => {
    const withFacts = <T extends MeetingCommand>(command: T, facts: NonNullable<T['metadata']['facts']>): T => ({
      ...command,
      metadata: { ...command.metadata, facts },
    });
    const items = {
      'item-1': { district: 'suwon', council: null },
      'item-s': { district: 'suwon', council: 'south' },
      'item-o': { district: 'osan', council: null },
    } as const;
    const names = { suwon: { '': '수원 마을교육자치회', south: '수원 남부권 마을교육자치회' } };
    const agendaOf = (...ids: string[]) => ids.map((itemId) => ({ itemId, title: itemId }));
    given([])
      .when(
        withFacts(with_(c.ScheduleMeeting, { agenda: agendaOf('item-1', 'item-s') }), {
          agendaItems: items,
          civicCouncilNames: names,
        }),
      )
      .thenThrows({
        code: 'MEETING.ITEM_OF_ANOTHER_COUNCIL',
        field: 'data.agenda[1].itemId',
      });
    given([])
      .when(withFacts(with_(c.ScheduleMeeting, { agenda: agendaOf('item-o') }), { agendaItems: items }))
      .thenThrows({
        code: 'MEETING.ITEM_OF_ANOTHER_DISTRICT',
        field: 'data.agenda[0].itemId',
      });
    // The south council's meeting takes the south council's item, not the default council's.
    given([])
      .when(withFacts(with_(c.ScheduleMeeting, { council: 'south', agenda: agendaOf('item-s') }), { agendaItems: items }))
      .thenState((state) => expect(state.agenda.map((entry) => entry.itemId)).toEqual(['item-s']));
    given([])
      .when(withFacts(with_(c.ScheduleMeeting, { council: 'south', agenda: agendaOf('item-1') }), { agendaItems: items }))
      .thenThrows('MEETING.ITEM_OF_ANOTHER_COUNCIL');
    // At the other bodies the council does not matter; an id that is no agenda item (a plan) is not checked.
    given([])
      .when(
        withFacts(with_(c.ScheduleMeeting, { body: 'working-council', agenda: agendaOf('item-s', 'operating-plan-suwon-2024') }), {
          agendaItems: items,
        }),
      )
      .thenState((state) => expect(state.agenda).toHaveLength(2));
    given(historyOf.meeting('scheduled'))
      .when(withFacts(with_(c.AddAgendaEntry, { itemId: 'item-s' }), { agendaItems: items }))
      .thenThrows({ code: 'MEETING.ITEM_OF_ANOTHER_COUNCIL', field: 'data.itemId' });
    given(historyOf.meeting('convened'))
      .when(withFacts(with_(c.AddAgendaEntry, { itemId: 'item-o' }), { agendaItems: items }))
      .thenThrows({ code: 'MEETING.ITEM_OF_ANOTHER_DISTRICT', field: 'data.itemId' });
  });

  test('an agenda entry may be added before and during the meeting', () => {
    given(historyOf.meeting('scheduled'))
      .when(c.AddAgendaEntry)
      .then([{ type: 'AgendaEntryAdded', data: { meetingId: MEETING, entry: { itemId: null, title: '기타 보고' } } }]);
    given(historyOf.meeting('convened'))
      .when(with_(c.AddAgendaEntry, { itemId: 'item-2', title: '긴급 안건' }))
      .thenState((state) => {
        expect(state.agenda.map((entry) => entry.itemId)).toEqual(['item-1', 'item-2']);
      });
  });

  test('convening fixes the members on roll that day from the roster and those attending', () => {
    given(historyOf.meeting('scheduled'))
      .when(c.ConveneMeeting)
      .thenState((state, events) => {
        expect(events[0]).toMatchObject({ type: 'MeetingConvened', data: { convenedAt: meta().now } });
        expect(state.onRoll).toHaveLength(15);
        expect(state.attending).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-7', 'm-8', 'm-9']);
        expect(meetingWorkflow.view(state)).toMatchObject({
          onRollCount: 15,
          presentCount: 9,
          quorate: true,
          startsAtInstant: '2024-05-09T14:00:00+09:00',
        });
      });
  });

  test('a body without members on roll that day cannot convene', () => {
    given(historyOf.meeting('scheduled'))
      .when({ ...c.ConveneMeeting, metadata: meta() })
      .thenThrows({ code: 'MEETING.NO_ROSTER', kind: 'rule' });
    given(historyOf.meeting('scheduled'))
      .when({ ...c.ConveneMeeting, metadata: { ...meta(), facts: { roster: rosterOfSize(0) } } })
      .thenThrows('MEETING.NO_ROSTER');
  });

  test('only members on roll attend, each once', () => {
    given(historyOf.meeting('scheduled'))
      .when(with_(c.ConveneMeeting, { attending: ['m-1', 'm-99'] }))
      .thenThrows({ code: 'MEETING.NOT_ON_ROLL', field: 'data.attending[1]' });
    given(historyOf.meeting('scheduled'))
      .when(with_(c.ConveneMeeting, { attending: ['m-1', 'm-1'] }))
      .thenThrows({ kind: 'invalid', field: 'data.attending[1]' });
  });

  test('attendance changes while convened: an arrival counts, a departure uncounts, a repeat is refused', () => {
    given(historyOf.meeting('convened'))
      .when(c.ChangeAttendance)
      .thenState((state) => expect(state.attending).toHaveLength(10));
    given(historyOf.meeting('convened'))
      .when(with_(c.ChangeAttendance, { memberId: 'm-1', present: false }))
      .thenState((state) => {
        expect(state.attending).not.toContain('m-1');
      });
    given(historyOf.meeting('convened'))
      .when(with_(c.ChangeAttendance, { memberId: 'm-1' }))
      .thenThrows({ code: 'MEETING.ATTENDANCE_UNCHANGED', field: 'data.present' });
    given(historyOf.meeting('convened'))
      .when(with_(c.ChangeAttendance, { memberId: 'm-99' }))
      .thenThrows('MEETING.NOT_ON_ROLL');
  });

  test('adjourned, the minutes are recorded (text and attachment references), corrected, then approved', () => {
    given(historyOf.meeting('convened'))
      .when(c.AdjournMeeting)
      .then([{ type: 'MeetingAdjourned', data: { meetingId: MEETING, adjournedAt: meta().now } }]);
    const attachment = { sha256: sha, name: '회의록.hwpx', mediaType: 'application/hwp+zip', size: 2048 };
    given(historyOf.meeting('adjourned'))
      .when(with_(c.RecordMinutes, { attachments: [attachment] }))
      .then([
        {
          type: 'MinutesRecorded',
          data: { meetingId: MEETING, text: '제3차 회의록', attachments: [attachment], recordedOn: '2024-05-10' },
        },
      ]);
    given(historyOf.meeting('minutesRecorded'))
      .when(with_(c.RecordMinutes, { text: '수정본' }))
      .thenState((state) => expect(state.minutes?.text).toBe('수정본'));
    given(historyOf.meeting('minutesRecorded'))
      .when(with_(c.ApproveMinutes, { approvedOn: '2024-06-12' }))
      .then([{ type: 'MinutesApproved', data: { meetingId: MEETING, approvedOn: '2024-06-12', effectiveAt: '2024-06-12' } }]);
  });

  test('an attachment reference is a SHA-256, a name, a media type and a size', () => {
    given(historyOf.meeting('adjourned'))
      .when(with_(c.RecordMinutes, { attachments: [{ sha256: 'xyz', name: 'a.pdf', mediaType: 'application/pdf', size: 1 }] }))
      .thenThrows({ field: 'data.attachments[0].sha256' });
    given(historyOf.meeting('adjourned'))
      .when(with_(c.RecordMinutes, { attachments: [{ sha256: sha, name: 'a.pdf', mediaType: 'application/pdf', size: 0 }] }))
      .thenThrows({ field: 'data.attachments[0].size' });
  });

  test('a scheduled meeting may be cancelled, and nothing follows', () => {
    given(historyOf.meeting('scheduled'))
      .when(c.CancelMeeting)
      .then([{ type: 'MeetingCancelled', data: { meetingId: MEETING, reason: '태풍', cancelledOn: '2024-05-10' } }]);
    given(historyOf.meeting('cancelled')).when(c.ConveneMeeting).thenThrows({ code: 'MEETING.TRANSITION_NOT_ALLOWED', kind: 'transition' });
  });

  test('every transition of the machine is taken by a spec above', () => {
    const steps: Array<[Parameters<typeof historyOf.meeting>[0], MeetingCommand]> = [
      ['none', c.ScheduleMeeting],
      ['scheduled', c.AddAgendaEntry],
      ['scheduled', c.CancelMeeting],
      ['scheduled', c.ConveneMeeting],
      ['convened', c.AddAgendaEntry],
      ['convened', c.ChangeAttendance],
      ['convened', c.AdjournMeeting],
      ['adjourned', c.RecordMinutes],
      ['minutesRecorded', c.RecordMinutes],
      ['minutesRecorded', c.ApproveMinutes],
    ];
    for (const [status, command] of steps)
      given(historyOf.meeting(status))
        .when(command)
        .thenState(() => undefined);
    expect(coverage.missing()).toEqual([]);
    expect(run(meetingWorkflow, []).state.status).toBe('none');
  });
});
