import { MemoryCheckpointStore, MemoryEventStore, type StoredEvent } from '@gongron/event-store';
import {
  categoryOfStream,
  fromKafkaRecord,
  InvalidEnvelopeError,
  InvalidMessagingOptionError,
  KafkaRelay,
  toKafkaRecord,
  topicForCategory,
} from '@gongron/messaging';

const event: StoredEvent = {
  id: '7f9c1e40-5b7e-4a7e-9a51-0d6c2b1f3a11',
  type: 'AgendaItemAdopted',
  schemaVersion: 2,
  streamId: 'agenda-item:42',
  revision: 3,
  position: 118,
  recordedAt: '2024-03-05T09:30:00.000Z',
  data: { itemId: '42', tally: { onRoll: 15, present: 12, for: 10, against: 1, abstain: 1 } },
  metadata: {
    correlationId: 'corr-1',
    causationId: 'cmd-1',
    actor: { id: 'tok', role: 'secretary', district: 'hwaseong', body: 'civic-council' },
  },
  hash: 'abc',
  previousHash: 'def',
};

describe('the Kafka envelope (CloudEvents binary mode)', () => {
  it('keys the record by stream id, carries the data as JSON and everything else in headers', () => {
    const record = toKafkaRecord(event);
    expect(record.key).toBe('agenda-item:42');
    expect(JSON.parse(record.value)).toEqual(event.data);
    expect(record.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_type: 'kr.go.gyeonggi.gongron.AgendaItemAdopted',
      ce_source: '/gongron/hwaseong',
      ce_time: '2024-03-05T09:30:00.000Z',
      ce_subject: 'agenda-item:42',
      ce_dataschema: 'urn:gongron:event:AgendaItemAdopted:v2',
      'content-type': 'application/json',
      ce_correlationid: 'corr-1',
      ce_causationid: 'cmd-1',
      ce_schemaversion: '2',
      ce_streamrevision: '3',
      ce_globalposition: '118',
    });
  });

  it.each([
    ['opinion:item-9/op-3', 'agenda-item:item-9', 'gongron.agenda-items.v1'],
    ['drafting-owner:item-9', 'agenda-item:item-9', 'gongron.agenda-items.v1'],
    ['signatory:suwon-2024/education-office', 'agreement:suwon-2024', 'gongron.agreements.v1'],
    ['member:suwon-civic-council/m-1', 'roster:suwon-civic-council', 'gongron.rosters.v1'],
    ['actor:tok-7', 'personal-data-erasure:actor:tok-7', 'gongron.personal-data-erasures.v1'],
  ])('files the erasure of %s under the stream that carried its values (%s), without the data', (subject, stream, topic) => {
    const erased: StoredEvent = {
      ...event,
      type: 'PersonalDataErased',
      schemaVersion: 1,
      streamId: 'privacy:erasures',
      revision: 0,
      data: { subject, category: subject.slice(0, subject.indexOf(':')), reason: 'retention', erasedOn: '2027-03-05' },
      metadata: { actor: { id: 'system:retention', role: 'system' } },
    };
    const record = toKafkaRecord(erased);
    expect(record.key).toBe(stream);
    expect(record.headers.ce_subject).toBe(stream);
    expect(topicForCategory(categoryOfStream(record.key))).toBe(topic);
    expect(JSON.parse(record.value)).toEqual(erased.data);
  });

  it('publishes a roster member and a signature without the person’s name; the log keeps it', () => {
    const joined: StoredEvent = {
      ...event,
      type: 'MemberJoined',
      schemaVersion: 1,
      streamId: 'roster:hwaseong-civic-council',
      data: {
        district: 'hwaseong',
        body: 'civic-council',
        memberId: 'm-7',
        name: '김민지',
        category: 'student',
        role: 'member',
        termFrom: '2024-03-01',
        termUntil: null,
      },
    };
    const record = toKafkaRecord(joined);
    expect(JSON.parse(record.value)).toEqual({
      district: 'hwaseong',
      body: 'civic-council',
      memberId: 'm-7',
      category: 'student',
      role: 'member',
      termFrom: '2024-03-01',
      termUntil: null,
    });
    expect(record.value).not.toContain('김민지');
    expect(joined.data.name).toBe('김민지');
    const signed: StoredEvent = {
      ...event,
      type: 'AgreementSigned',
      streamId: 'agreement:hwaseong-2024',
      data: {
        agreementId: 'hwaseong-2024',
        party: 'local-government',
        signatoryTitle: '시장',
        signatoryName: '정명근',
        signedBy: 'tok',
        signedOn: '2024-03-04',
        effectiveAt: '2024-03-04',
      },
    };
    const published = JSON.parse(toKafkaRecord(signed).value);
    expect(published).toMatchObject({ agreementId: 'hwaseong-2024', party: 'local-government', signatoryTitle: '시장' });
    expect(published).not.toHaveProperty('signatoryName');
  });

  it('publishes an opinion without its text and a drafting start without its owner, in clear text or as stored ciphertext', () => {
    const stored = '\uE000pd1|opinion%3Ai-1%2Fo-1|hwaseong|opinion|c2VjcmV0';
    const opinion: StoredEvent = {
      ...event,
      type: 'OpinionRecorded',
      data: { itemId: 'i-1', opinionId: 'o-1', stance: 'support', respondentCategory: 'parent', text: stored, receivedOn: '2024-03-01' },
      metadata: { actor: { id: 'tok', role: 'secretary', district: 'hwaseong', name: '\uE000pd1|actor%3Atok|hwaseong|actor|bmFtZQ' } },
    };
    const record = toKafkaRecord(opinion);
    expect(JSON.parse(record.value)).toEqual({
      itemId: 'i-1',
      opinionId: 'o-1',
      stance: 'support',
      respondentCategory: 'parent',
      receivedOn: '2024-03-01',
    });
    expect(JSON.stringify(record)).not.toContain('\uE000pd');
    const drafting: StoredEvent = {
      ...event,
      type: 'DraftingStarted',
      data: { itemId: 'i-1', owner: '미래교육팀 김담당', startedOn: '2024-03-02' },
    };
    expect(JSON.parse(toKafkaRecord(drafting).value)).toEqual({ itemId: 'i-1', startedOn: '2024-03-02' });
  });

  it('names every extension attribute as the CloudEvents specification allows (lowercase letters and digits after ce_)', () => {
    const names = Object.keys(toKafkaRecord(event).headers).filter((name) => name !== 'content-type');
    for (const name of names) expect(name).toMatch(/^ce_[a-z0-9]{1,20}$/);
  });

  it("names the item's own district as the source before the actor's, and the province when neither is known", () => {
    expect(toKafkaRecord({ ...event, data: { district: 'osan' } }).headers.ce_source).toBe('/gongron/osan');
    const anonymous = toKafkaRecord({ ...event, metadata: {} });
    expect(anonymous.headers.ce_source).toBe('/gongron/province');
    expect(anonymous.headers).not.toHaveProperty('ce_correlationid');
    expect(anonymous.headers).not.toHaveProperty('ce_causationid');
  });

  it('decodes what it encodes, from Buffers as kafkajs delivers them', () => {
    const record = toKafkaRecord(event);
    const headers = Object.fromEntries(Object.entries(record.headers).map(([k, v]) => [k, Buffer.from(v)]));
    expect(fromKafkaRecord({ key: Buffer.from(record.key), value: Buffer.from(record.value), headers })).toEqual({
      id: event.id,
      type: 'AgendaItemAdopted',
      source: '/gongron/hwaseong',
      subject: 'agenda-item:42',
      time: '2024-03-05T09:30:00.000Z',
      schemaVersion: 2,
      streamRevision: 3,
      globalPosition: 118,
      dataSchema: 'urn:gongron:event:AgendaItemAdopted:v2',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      data: event.data,
    });
  });

  it('refuses a record that is not a Gongron event, naming what is wrong', () => {
    const { headers, value } = toKafkaRecord(event);
    const without = (name: string) => Object.fromEntries(Object.entries(headers).filter(([k]) => k !== name));
    expect(() => fromKafkaRecord({ value, headers: without('ce_id') })).toThrow(new InvalidEnvelopeError('header ce_id', 'is missing'));
    expect(() => fromKafkaRecord({ value, headers: { ...headers, ce_specversion: '0.3' } })).toThrow(/ce_specversion must be 1.0/);
    expect(() => fromKafkaRecord({ value: '{not json', headers })).toThrow(/value is not JSON/);
    expect(() => fromKafkaRecord({ value: '[1]', headers })).toThrow(/value must be a JSON object/);
    expect(() => fromKafkaRecord({ value, headers: { ...headers, ce_streamrevision: 'three' } })).toThrow(
      /ce_streamrevision must be a whole number/,
    );
    expect(() => fromKafkaRecord({ value, headers: { ...headers, ce_type: 'AgendaItemAdopted' } })).toThrow(
      /ce_type must start with kr.go.gyeonggi.gongron./,
    );
  });
});

describe('topics', () => {
  it('has one topic per stream category, named <prefix>.<plural>.v1 unless overridden', () => {
    expect(topicForCategory('agenda-item')).toBe('gongron.agenda-items.v1');
    expect(topicForCategory('project', { prefix: 'gyeonggi' })).toBe('gyeonggi.projects.v1');
    expect(topicForCategory('agreement', { overrides: { agreement: 'contracts' } })).toBe('contracts');
    expect(categoryOfStream('agreement:suwon-2024')).toBe('agreement');
  });
});

describe('KafkaRelay options', () => {
  const base = {
    store: new MemoryEventStore(),
    checkpoints: new MemoryCheckpointStore(),
    brokers: ['127.0.0.1:9092'],
    metrics: false,
  } as const;

  it.each([
    [{ brokers: [] }, 'brokers'],
    [{ brokers: ['localhost'] }, 'brokers'],
    [{ partitions: 0 }, 'partitions'],
    [{ batchSize: 1.5 }, 'batchSize'],
    [{ topicPrefix: 'has space' }, 'topicPrefix'],
    [{ topics: { project: 'bad/topic' } }, 'topics.project'],
    [{ retry: { maxMs: -1 } }, 'retry.maxMs'],
  ])('refuses %j, naming %s', (override, field) => {
    let error: unknown;
    try {
      new KafkaRelay({ ...base, ...override });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidMessagingOptionError);
    expect((error as InvalidMessagingOptionError).field).toBe(field);
  });

  it('reports the lag of a relay that has not published anything', async () => {
    const store = new MemoryEventStore();
    await store.append('project:p-1', [{ id: '0b8f3c36-77c5-4c9a-8f0e-4e1f2c3d4b5a', type: 'ProjectCreated', data: {} }], 'no-stream');
    const relay = new KafkaRelay({ ...base, store });
    expect(await relay.status()).toMatchObject({ checkpoint: 0, head: 1, lag: 1, connected: false, running: false, published: 0 });
    expect(relay.topicFor('project')).toBe('gongron.projects.v1');
  });
});
