import {
  agendaItemStreamId,
  agreementStreamId,
  personalDataFields,
  personalFieldsOf,
  rosterStreamId,
  streamOfSubject,
} from '@gongron/domain';

describe('where a data subject was recorded', () => {
  // One event of each type with personal fields, on the stream the domain writes it to.
  const events = [
    { type: 'OpinionRecorded', streamId: agendaItemStreamId('item-7'), data: { itemId: 'item-7', opinionId: 'op-2', text: '찬성합니다' } },
    { type: 'DraftingStarted', streamId: agendaItemStreamId('item-7'), data: { itemId: 'item-7', owner: '김담당' } },
    {
      type: 'AgreementSigned',
      streamId: agreementStreamId('suwon', 2024),
      data: { agreementId: 'suwon-2024', party: 'local-government', signatoryName: '이시장' },
    },
    {
      type: 'MemberJoined',
      streamId: rosterStreamId('suwon', 'civic-council'),
      data: { district: 'suwon', body: 'civic-council', memberId: 'm-1', name: '박위원' },
    },
  ];

  it('covers every event type the domain lists as carrying personal data', () => {
    expect(events.map((event) => event.type).sort()).toEqual(Object.keys(personalDataFields).sort());
  });

  it.each(events)('names the stream of $type from its subject alone, so an erasure can be filed beside the values', (event) => {
    const fields = personalFieldsOf({ ...event, metadata: {} });
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(streamOfSubject(field.subject)).toBe(event.streamId);
  });

  it('names no stream for an acting user (their name is in the metadata of every stream) or an unknown subject', () => {
    const [actor] = personalFieldsOf({
      type: 'AgendaItemProposed',
      streamId: agendaItemStreamId('i'),
      data: {},
      metadata: { actor: { id: 'tok-1', role: 'secretary', name: '홍길동' } },
    });
    expect(actor!.subject).toBe('actor:tok-1');
    expect(streamOfSubject(actor!.subject)).toBeUndefined();
    expect(streamOfSubject('unknown:x')).toBeUndefined();
    expect(streamOfSubject('opinion:')).toBeUndefined();
    expect(streamOfSubject('no-colon')).toBeUndefined();
  });
});
