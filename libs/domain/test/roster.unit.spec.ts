/** The roster (위원 명단) of a body: who is on roll on a day, and the rules of keeping it. */
import {
  type RosterCommand,
  type RosterEvent,
  type RosterState,
  DeciderSpecification,
  membersOnRoll,
  rosterOn,
  rosterWorkflow,
} from '@gongron/domain';
import { addMember, historyOf, meta, rosterCommands as c, run, transitionCoverage } from './support/scenarios.js';

const coverage = transitionCoverage<RosterCommand, RosterEvent, RosterState>(rosterWorkflow, rosterWorkflow.decider);
const given = DeciderSpecification.for(coverage.decider);
const with_ = <T extends RosterCommand>(command: T, data: Partial<T['data']>): T => ({ ...command, data: { ...command.data, ...data } });
const ref = { district: 'suwon', body: 'civic-council' } as const;

describe('roster: joining, term and role changes, leaving', () => {
  test('the first member opens the roster and records the workflow version', () => {
    given([])
      .when(c.AddMember)
      .then([
        {
          type: 'MemberJoined',
          data: {
            ...ref,
            memberId: 'm-1',
            name: '김위원',
            category: 'parent',
            role: 'chair',
            termFrom: '2024-03-01',
            termUntil: '2026-02-28',
            workflowVersion: 1,
          },
        },
      ]);
  });

  test('a later member joins without a version; the role defaults to member and the term may be open-ended', () => {
    given(historyOf.roster('active'))
      .when(addMember('m-2', { termUntil: undefined, category: 'council-member' }))
      .then([
        {
          type: 'MemberJoined',
          data: {
            ...ref,
            memberId: 'm-2',
            name: '위원 m-2',
            category: 'council-member',
            role: 'member',
            termFrom: '2024-03-01',
            termUntil: null,
          },
        },
      ]);
  });

  test('a term change, a role change and a departure are events', () => {
    given(historyOf.roster('active'))
      .when(c.ChangeMemberTerm)
      .then([
        {
          type: 'MemberTermChanged',
          data: { ...ref, memberId: 'm-1', termFrom: '2024-03-01', termUntil: '2027-02-28', changedOn: '2024-05-10' },
        },
      ]);
    given(historyOf.roster('active'))
      .when(c.ChangeMemberRole)
      .then([{ type: 'MemberRoleChanged', data: { ...ref, memberId: 'm-1', role: 'vice-chair', changedOn: '2024-05-10' } }]);
    given(historyOf.roster('active'))
      .when(c.RemoveMember)
      .then([{ type: 'MemberLeft', data: { ...ref, memberId: 'm-1', leftOn: '2024-06-01', reason: '사임', effectiveAt: '2024-06-01' } }]);
  });

  test('a member joins once; a returning member joins under a new id', () => {
    given(historyOf.roster('active')).when(c.AddMember).thenThrows({ code: 'ROSTER.DUPLICATE_MEMBER', field: 'data.memberId' });
  });

  test('a term cannot end before it begins, nor a member leave before the term', () => {
    given([])
      .when(with_(c.AddMember, { termUntil: '2024-02-01' }))
      .thenThrows({ code: 'ROSTER.TERM_INVALID', kind: 'invalid', field: 'data.termUntil' });
    given(historyOf.roster('active'))
      .when(with_(c.RemoveMember, { leftOn: '2024-01-01' }))
      .thenThrows({ code: 'ROSTER.TERM_INVALID', field: 'data.leftOn' });
  });

  test('one chair at a time: a second chair for an overlapping term is refused, a successor after the term is not', () => {
    given(historyOf.roster('active'))
      .when(addMember('m-2', { role: 'chair' }))
      .thenThrows({ code: 'ROSTER.CHAIR_TAKEN', field: 'data.role' });
    given(historyOf.roster('active'))
      .when(addMember('m-2', { role: 'chair', termFrom: '2026-03-01', termUntil: '2028-02-28' }))
      .thenState((state) => {
        expect(state.members.map((member) => member.role)).toEqual(['chair', 'chair']);
      });
    const two = run(rosterWorkflow, [c.AddMember, addMember('m-2')]).events;
    given(two)
      .when({ type: 'ChangeMemberRole', data: { ...ref, memberId: 'm-2', role: 'chair' }, metadata: meta() })
      .thenThrows('ROSTER.CHAIR_TAKEN');
  });

  test('changes name a member on the roster who has not left', () => {
    given(historyOf.roster('active'))
      .when(with_(c.ChangeMemberRole, { memberId: 'm-9' }))
      .thenThrows({ code: 'ROSTER.MEMBER_UNKNOWN', field: 'data.memberId' });
    const left = run(rosterWorkflow, [c.AddMember, c.RemoveMember]).events;
    given(left).when(c.ChangeMemberTerm).thenThrows('ROSTER.MEMBER_LEFT');
    given(left).when(c.RemoveMember).thenThrows('ROSTER.MEMBER_LEFT');
  });

  test('only commands of a roster that exists: a change before any member is not found', () => {
    given([]).when(c.RemoveMember).thenThrows({ code: 'ROSTER.NOT_FOUND', kind: 'not-found' });
  });

  test('every transition of the machine is taken by a spec above', () => {
    given([])
      .when(c.AddMember)
      .thenState(() => undefined);
    for (const command of [c.ChangeMemberTerm, c.ChangeMemberRole, c.RemoveMember, addMember('m-2')]) {
      given(historyOf.roster('active'))
        .when(command)
        .thenState(() => undefined);
    }
    expect(coverage.missing()).toEqual([]);
  });
});

describe('members on roll (재적) on a day', () => {
  const roster = run(rosterWorkflow, [
    addMember('m-1'),
    addMember('m-2', { termFrom: '2024-06-01' }),
    addMember('m-3', { termUntil: '2024-05-31' }),
    addMember('m-4'),
    { type: 'RemoveMember', data: { ...ref, memberId: 'm-4', leftOn: '2024-05-10' }, metadata: meta() },
  ]).state;

  test('the term covers the day (both ends included) and the member had not left by then', () => {
    expect(membersOnRoll(roster, '2024-05-09').map((member) => member.memberId)).toEqual(['m-1', 'm-3', 'm-4']);
    expect(membersOnRoll(roster, '2024-05-10').map((member) => member.memberId)).toEqual(['m-1', 'm-3']);
    expect(membersOnRoll(roster, '2024-05-31').map((member) => member.memberId)).toEqual(['m-1', 'm-3']);
    expect(membersOnRoll(roster, '2024-06-01').map((member) => member.memberId)).toEqual(['m-1', 'm-2']);
    expect(rosterOn(roster, '2024-02-29')).toEqual({ date: '2024-02-29', onRoll: 0, members: [] });
  });
});
