/** The meetings and rosters read models against rows written by hand. */
import { MEETINGS, ROSTER_MEMBERS, meetingsProjection, rostersProjection } from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const at = (position: number) => `2024-03-01T09:${String(position).padStart(2, '0')}:00.000Z`;
const meetingId = 'suwon-civic-council-2024-3';
const stream = `meeting:${meetingId}`;

describe('meetings read model', () => {
  test('a meeting from scheduling through attendance to approved minutes', async () => {
    const e = storedEvents();
    const scheduled = e(stream, 'MeetingScheduled', {
      meetingId,
      district: 'suwon',
      body: 'civic-council',
      year: 2024,
      number: 3,
      heldOn: '2024-05-09',
      startsAt: '14:00',
      place: '수원시청',
      title: null,
      agenda: [{ itemId: 'item-1', title: '돌봄' }],
      workflowVersion: 1,
    });
    const rest = [
      e(stream, 'AgendaEntryAdded', { meetingId, entry: { itemId: null, title: '보고' } }),
      e(stream, 'MeetingConvened', {
        meetingId,
        onRoll: ['m-1', 'm-2', 'm-3'],
        attending: ['m-1', 'm-2'],
        convenedAt: '2024-05-09T14:02:00+09:00',
      }),
      e(stream, 'AttendanceChanged', { meetingId, memberId: 'm-3', present: true, changedAt: '2024-05-09T14:30:00+09:00' }),
      e(stream, 'AttendanceChanged', { meetingId, memberId: 'm-1', present: false, changedAt: '2024-05-09T15:00:00+09:00' }),
      e(stream, 'MeetingAdjourned', { meetingId, adjournedAt: '2024-05-09T16:00:00+09:00' }),
      e(stream, 'MinutesRecorded', {
        meetingId,
        text: '회의록',
        attachments: [{ sha256: 'a'.repeat(64), name: 'a.pdf', mediaType: 'application/pdf', size: 10 }],
        recordedOn: '2024-05-10',
      }),
      e(stream, 'MinutesApproved', { meetingId, approvedOn: '2024-06-12' }),
    ];
    await ProjectionSpecification.for(meetingsProjection)
      .given([scheduled])
      .when(rest)
      .then({
        [MEETINGS]: [
          {
            meeting_id: meetingId,
            district: 'suwon',
            body: 'civic-council',
            council: null,
            year: 2024,
            number: 3,
            held_on: '2024-05-09',
            starts_at: '14:00',
            place: '수원시청',
            title: null,
            state: 'minutesApproved',
            agenda: [
              { itemId: 'item-1', title: '돌봄' },
              { itemId: null, title: '보고' },
            ],
            on_roll: ['m-1', 'm-2', 'm-3'],
            attending: ['m-2', 'm-3'],
            on_roll_count: 3,
            present_count: 2,
            convened_at: '2024-05-09T14:02:00+09:00',
            adjourned_at: '2024-05-09T16:00:00+09:00',
            minutes_text: '회의록',
            minutes_attachments: [{ sha256: 'a'.repeat(64), name: 'a.pdf', mediaType: 'application/pdf', size: 10 }],
            minutes_recorded_on: '2024-05-10',
            minutes_approved_on: '2024-06-12',
            cancellation_reason: null,
            last_changed_at: at(8),
            position: 8,
          },
        ],
      });
  });
});

describe('rosters read model', () => {
  test('members join, change term and role, and leave', async () => {
    const e = storedEvents();
    const ref = { district: 'suwon', body: 'civic-council' };
    const r = 'roster:suwon-civic-council';
    const row = { ...ref, council: '' };
    const joined = [
      e(r, 'MemberJoined', {
        ...ref,
        memberId: 'm-1',
        name: '김위원',
        category: 'parent',
        role: 'chair',
        termFrom: '2024-03-01',
        termUntil: '2026-02-28',
        workflowVersion: 1,
      }),
      e(r, 'MemberJoined', {
        ...ref,
        memberId: 'm-2',
        name: '이위원',
        category: 'student',
        role: 'member',
        termFrom: '2024-03-01',
        termUntil: null,
      }),
    ];
    const changes = [
      e(r, 'MemberTermChanged', { ...ref, memberId: 'm-1', termFrom: '2024-03-01', termUntil: '2027-02-28', changedOn: '2024-05-01' }),
      e(r, 'MemberRoleChanged', { ...ref, memberId: 'm-2', role: 'vice-chair', changedOn: '2024-05-01' }),
      e(r, 'MemberLeft', { ...ref, memberId: 'm-2', leftOn: '2024-06-01', reason: null }),
    ];
    await ProjectionSpecification.for(rostersProjection)
      .given(joined)
      .when(changes)
      .then({
        [ROSTER_MEMBERS]: [
          {
            ...row,
            member_id: 'm-1',
            name: '김위원',
            category: 'parent',
            role: 'chair',
            term_from: '2024-03-01',
            term_until: '2027-02-28',
            left_on: null,
            last_changed_at: at(3),
          },
          {
            ...row,
            member_id: 'm-2',
            name: '이위원',
            category: 'student',
            role: 'vice-chair',
            term_from: '2024-03-01',
            term_until: null,
            left_on: '2024-06-01',
            last_changed_at: at(5),
          },
        ],
      });
  });

  test("a second civic council's roster keeps its own members, even under the same member id", async () => {
    const e = storedEvents();
    const member = { memberId: 'm-1', category: 'parent', role: 'member', termFrom: '2024-03-01', termUntil: null };
    const joined = [
      e('roster:suwon-civic-council', 'MemberJoined', { district: 'suwon', body: 'civic-council', ...member, name: '북부위원' }),
      e('roster:suwon-civic-council.south', 'MemberJoined', {
        district: 'suwon',
        body: 'civic-council',
        council: 'south',
        ...member,
        name: '남부위원',
      }),
    ];
    const row = { district: 'suwon', body: 'civic-council', member_id: 'm-1', category: 'parent', role: 'member' };
    const rest = { term_from: '2024-03-01', term_until: null, left_on: null };
    await ProjectionSpecification.for(rostersProjection)
      .given([])
      .when(joined)
      .then({
        [ROSTER_MEMBERS]: [
          { ...row, council: '', name: '북부위원', ...rest, last_changed_at: at(1) },
          { ...row, council: 'south', name: '남부위원', ...rest, last_changed_at: at(2) },
        ],
      });
  });
});
