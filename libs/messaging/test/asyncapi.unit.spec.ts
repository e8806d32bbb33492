import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { domainEventTypes } from '@gongron/domain';
import { buildAsyncApiDocument, eventPayloadSchema, eventTypesByCategory, InvalidMessagingOptionError } from '@gongron/messaging';

interface Doc {
  asyncapi: string;
  servers?: Record<string, { host: string; protocol: string }>;
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }>; bindings: { kafka: { partitions: number } } }>;
  operations: Record<string, { action: string; channel: { $ref: string }; messages: { $ref: string }[] }>;
  components: {
    messages: Record<string, { payload: object; headers: { properties: Record<string, { const?: string }> } }>;
    schemas: Record<string, object>;
  };
}

function resolvePointer(document: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[decodeURIComponent(key)], document);
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

describe('the AsyncAPI document', () => {
  const doc = buildAsyncApiDocument({ topicPrefix: 'gyeonggi', brokers: ['kafka.example:9092'], partitions: 6 }) as unknown as Doc;

  it('is AsyncAPI 3.1 with one channel per topic, addressed by the configured names', () => {
    expect(doc.asyncapi).toBe('3.1.0');
    expect(Object.values(doc.channels).map((c) => c.address)).toEqual([
      'gyeonggi.agenda-items.v1',
      'gyeonggi.projects.v1',
      'gyeonggi.agreements.v1',
      'gyeonggi.rosters.v1',
      'gyeonggi.meetings.v1',
      'gyeonggi.operating-plans.v1',
      'gyeonggi.school-calls.v1',
      'gyeonggi.province-surveys.v1',
      'gyeonggi.district-evaluations.v1',
      'gyeonggi.personal-data-erasures.v1',
    ]);
    expect(Object.values(doc.channels).every((c) => c.bindings.kafka.partitions === 6)).toBe(true);
    expect(doc.servers).toEqual({ kafka: { host: 'kafka.example:9092', protocol: 'kafka', description: 'Kafka broker' } });
    expect(Object.values(doc.operations).every((o) => o.action === 'send')).toBe(true);
  });

  it('describes every event type of the domain, each on its own category channel, with ce_type fixed to it', () => {
    const described = Object.values(doc.channels).flatMap((c) => Object.keys(c.messages).filter((type) => type !== 'PersonalDataErased'));
    expect([...described].sort()).toEqual([...domainEventTypes].sort());
    for (const type of domainEventTypes) {
      expect(doc.components.messages[type]!.headers.properties.ce_type!.const).toBe(`kr.go.gyeonggi.gongron.${type}`);
    }
    expect(eventTypesByCategory()['agenda-item']).toContain('AgendaItemProposed');
    expect(eventTypesByCategory().project).toContain('ExpenditureRecorded');
  });

  it.each([
    ['plaintext', {}],
    ['TLS with SASL/SCRAM', { tls: true, saslMechanism: 'scram-sha-512' as const }],
  ])(
    'passes the official AsyncAPI parser without an error or a warning (%s brokers)',
    async (_name, security) => {
      const document = buildAsyncApiDocument({ brokers: ['kafka.example:9093'], security });
      const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
      const problems = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
      expect(problems.map((d) => `${d.code} at ${d.path.join('.')}: ${d.message}`)).toEqual([]);
      expect(parsed).toBeDefined();
      expect(parsed!.channels().length).toBe(10);
    },
    60_000,
  );

  it('tells a consumer how to reach secured brokers: kafka-secure and the SASL scheme', () => {
    const secured = buildAsyncApiDocument({
      brokers: ['kafka.example:9093'],
      security: { tls: true, saslMechanism: 'scram-sha-256' },
    }) as unknown as {
      servers: Record<string, { protocol: string; security: { $ref: string }[] }>;
      components: { securitySchemes: Record<string, { type: string }> };
    };
    expect(secured.servers.kafka!.protocol).toBe('kafka-secure');
    expect(secured.servers.kafka!.security).toEqual([{ $ref: '#/components/securitySchemes/sasl' }]);
    expect(secured.components.securitySchemes.sasl!.type).toBe('scramSha256');
  });

  it('has no dangling reference', () => {
    const dangling = refsIn(doc).filter((ref) => resolvePointer(doc, ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('payload schemas accept a well-formed event and refuse a malformed one', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(eventPayloadSchema('OpinionRecorded')!);
    // As published: the opinion's text is personal data and stays off Kafka.
    const opinion = { itemId: 'i-1', opinionId: 'o-1', stance: 'support', respondentCategory: 'student', receivedOn: '2024-03-01' };
    expect(validate(opinion)).toBe(true);
    expect(validate({ ...opinion, text: '찬성' })).toBe(false);
    expect(validate({ ...opinion, stance: 'maybe' })).toBe(false);
    expect(validate({ ...opinion, unexpected: 1 })).toBe(false);
    expect(eventPayloadSchema('NoSuchEvent')).toBeUndefined();
  });

  it('describes roster members and signatures without the personal names the relay keeps off Kafka', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(eventPayloadSchema('MemberJoined')!);
    const member = {
      district: 'suwon',
      body: 'civic-council',
      memberId: 'm-1',
      category: 'parent',
      role: 'member',
      termFrom: '2024-03-01',
      termUntil: null,
    };
    expect(validate(member)).toBe(true);
    expect(validate({ ...member, name: '김민지' })).toBe(false);
    const payload = doc.components.messages.MemberJoined!.payload as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(payload.properties)).not.toContain('name');
    expect(payload.required).toContain('memberId');
    const signature = doc.components.messages.AgreementSigned!.payload as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(signature.properties)).toEqual(expect.arrayContaining(['signatoryTitle', 'party']));
    expect(Object.keys(signature.properties)).not.toContain('signatoryName');
    expect(signature.required).not.toContain('signatoryName');
  });

  it('describes the erasure of personal data on every topic whose events carry personal values, and says no personal field travels in clear text', () => {
    const carrying = Object.entries(doc.channels)
      .filter(([, channel]) => 'PersonalDataErased' in channel.messages)
      .map(([, channel]) => channel.address);
    expect(carrying.sort()).toEqual([
      'gyeonggi.agenda-items.v1',
      'gyeonggi.agreements.v1',
      'gyeonggi.personal-data-erasures.v1',
      'gyeonggi.rosters.v1',
    ]);
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(eventPayloadSchema('PersonalDataErased')!);
    const erased = { subject: 'opinion:i-1/o-1', category: 'opinion', reason: 'retention', erasedOn: '2027-03-01' };
    expect(validate(erased)).toBe(true);
    expect(validate({ ...erased, text: '전화 010-1234-5678' })).toBe(false);
    expect((doc as unknown as { info: { description: string } }).info.description).toContain(
      'No personal field is ever carried in clear text',
    );
  });

  it('refuses options that break a rule, naming the field', () => {
    expect(() => buildAsyncApiDocument({ partitions: 0 })).toThrow(InvalidMessagingOptionError);
    expect(() => buildAsyncApiDocument({ topics: { project: 'no spaces allowed' } })).toThrow(/topics.project/);
  });

  it('its committed payload schemas are the ones generated from the domain types now (npm run asyncapi:generate)', () => {
    const output = execFileSync('node', ['libs/messaging/scripts/generate-event-schemas.js', '--check'], { encoding: 'utf8' });
    expect(output).toContain('is up to date');
  }, 60_000);
});
