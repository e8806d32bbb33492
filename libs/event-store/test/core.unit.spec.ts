/**
 * The rules every adapter shares (core.ts), each with the exact refusal a caller sees: field,
 * rule and index of a bad event, the expected-revision checks, retried appends, read options
 * and the time filters of a stream read.
 */
import { randomUUID } from 'node:crypto';
import {
  applyStreamRead,
  checkExpected,
  conflictForExistingId,
  isEventId,
  effectiveTime,
  normalizeReadAll,
  normalizeStreamRead,
  prepareBatch,
  resolveRetry,
  sealBatch,
  validateExpected,
  type RawEvent,
} from '../src/core.js';
import { MAX_APPEND_BYTES } from '../src/append-size.js';
import { canonicalJson } from '../src/hash.js';
import { CompiledRegistry } from '../src/registry.js';

const registry = new CompiledRegistry({ types: { Noted: { schemaVersion: 2 } }, upcasters: [] });
const open = new CompiledRegistry(undefined);
const id = () => randomUUID();

function refusal(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    const { code, field, rule, index, message, eventId, eventType, expected, actual, streamId } = error as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries({ code, field, rule, index, message, eventId, eventType, expected, actual, streamId }).filter(
        ([, v]) => v !== undefined,
      ),
    );
  }
  throw new Error('expected a refusal');
}

describe('prepareBatch', () => {
  it('refuses a batch that is not a non-empty array', () => {
    expect(refusal(() => prepareBatch('item:a', 'x' as never, open))).toEqual({
      code: 'EVENT.INVALID',
      field: 'events',
      rule: 'must be an array of events',
      message: 'Invalid event batch: events must be an array of events',
    });
    expect(refusal(() => prepareBatch('item:a', [], open))).toMatchObject({
      field: 'events',
      rule: 'must contain at least one event (an empty batch is refused)',
    });
  });

  it('names the index and field of each malformed event', () => {
    const good = { id: id(), type: 'Noted', data: {} };
    expect(refusal(() => prepareBatch('item:a', [good, 7 as never], open))).toMatchObject({
      field: 'event',
      rule: 'must be an object',
      index: 1,
      message: 'Invalid event at index 1: event must be an object',
    });
    expect(refusal(() => prepareBatch('item:a', [{ ...good, id: 'NOT-A-UUID' }], open))).toMatchObject({ field: 'id', index: 0 });
    expect(refusal(() => prepareBatch('item:a', [good, good], open))).toMatchObject({
      field: 'id',
      rule: `"${good.id}" appears twice in the batch`,
      index: 1,
    });
    expect(refusal(() => prepareBatch('item:a', [{ ...good, type: '' }], open))).toMatchObject({
      field: 'type',
      rule: 'must be a non-empty string',
      index: 0,
    });
    expect(refusal(() => prepareBatch('item:a', [{ ...good, type: 7 as never }], open))).toMatchObject({ field: 'type', index: 0 });
    expect(refusal(() => prepareBatch('item:a', [{ ...good, data: [] as never }], open))).toMatchObject({
      field: 'data',
      rule: 'must be a JSON object',
    });
    expect(refusal(() => prepareBatch('item:a', [{ ...good, data: null as never }], open))).toMatchObject({ field: 'data' });
    expect(refusal(() => prepareBatch('item:a', [{ ...good, metadata: [] as never }], open))).toMatchObject({
      field: 'metadata',
      rule: 'must be an object',
    });
  });

  it('takes the registry’s current schema version, 1 without a registry, and refuses others naming them', () => {
    expect(prepareBatch('item:a', [{ id: id(), type: 'Noted', data: {} }], registry)[0]!.schemaVersion).toBe(2);
    expect(prepareBatch('item:a', [{ id: id(), type: 'Noted', data: {}, schemaVersion: 1 }], registry)[0]!.schemaVersion).toBe(1);
    expect(prepareBatch('item:a', [{ id: id(), type: 'Anything', data: {} }], open)[0]!.schemaVersion).toBe(1);
    expect(refusal(() => prepareBatch('item:a', [{ id: id(), type: 'Noted', data: {}, schemaVersion: 3 }], registry))).toMatchObject({
      field: 'schemaVersion',
      rule: '3 is newer than the current version 2 of "Noted"',
    });
    expect(refusal(() => prepareBatch('item:a', [{ id: id(), type: 'Noted', data: {}, schemaVersion: 0 }], registry))).toMatchObject({
      field: 'schemaVersion',
      rule: 'must be an integer ≥ 1 (got 0)',
    });
    expect(refusal(() => prepareBatch('item:a', [{ id: id(), type: 'Noted', data: {}, schemaVersion: 1.5 }], registry))).toMatchObject({
      rule: 'must be an integer ≥ 1 (got 1.5)',
    });
    const unknown = id();
    expect(refusal(() => prepareBatch('item:a', [{ id: unknown, type: 'Unheard', data: {} }], registry))).toMatchObject({
      code: 'EVENT.UNKNOWN_TYPE',
      eventType: 'Unheard',
      eventId: unknown,
    });
  });

  it('keeps the canonical text it will store and hash, and the JSON round trip of data and metadata', () => {
    const [prepared] = prepareBatch(
      'item:a',
      [{ id: id(), type: 'Noted', data: { b: 1, a: new Date('2024-01-01T00:00:00Z'), gone: undefined }, metadata: { z: 1, y: 'x' } }],
      registry,
    );
    expect(prepared).toMatchObject({
      dataJson: '{"a":"2024-01-01T00:00:00.000Z","b":1}',
      metadataJson: '{"y":"x","z":1}',
      data: { a: '2024-01-01T00:00:00.000Z', b: 1 },
      metadata: { y: 'x', z: 1 },
    });
    expect(prepareBatch('item:a', [{ id: id(), type: 'Noted', data: {} }], registry)[0]!.metadataJson).toBe('{}');
  });

  it('refuses data that cannot be JSON, naming the field', () => {
    const big = { toJSON: () => 10n };
    expect(refusal(() => prepareBatch('item:a', [{ id: id(), type: 'Noted', data: { big } }], registry))).toMatchObject({
      field: 'data',
      index: 0,
    });
  });

  it('refuses a malformed stream id before looking at the events', () => {
    expect(refusal(() => prepareBatch('Item:a', [], open))).toMatchObject({ code: 'STREAM.INVALID_ID' });
  });
});

describe('sealBatch', () => {
  it('numbers the batch after the current revision and chains each hash onto the one before', () => {
    const batch = prepareBatch(
      'item:a',
      [
        { id: id(), type: 'Noted', data: { n: 1 } },
        { id: id(), type: 'Noted', data: { n: 2 } },
      ],
      registry,
    );
    const sealed = sealBatch('item:a', batch, 4, 'p'.repeat(64), '2024-05-10T01:00:00.000Z');
    expect(sealed.map((e) => [e.streamId, e.revision, e.recordedAt, e.previousHash.slice(0, 1)])).toEqual([
      ['item:a', 5, '2024-05-10T01:00:00.000Z', 'p'],
      ['item:a', 6, '2024-05-10T01:00:00.000Z', sealed[0]!.hash.slice(0, 1)],
    ]);
    expect(sealed[1]!.previousHash).toBe(sealed[0]!.hash);
    expect(sealed[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sealed[0]!.dataJson).toBe('{"n":1}');
  });
});

describe('expected revisions', () => {
  it.each([
    ['any', -1, true],
    ['any', 3, true],
    ['no-stream', -1, true],
    ['no-stream', 0, false],
    ['stream-exists', 0, true],
    ['stream-exists', -1, false],
    [2, 2, true],
    [2, 3, false],
    [-1, -1, true],
    [0, -1, false],
  ] as const)('expected %s with the stream at %s: %s', (expected, actual, ok) => {
    if (ok) expect(() => checkExpected('item:a', expected, actual)).not.toThrow();
    else
      expect(refusal(() => checkExpected('item:a', expected, actual))).toMatchObject({
        code: 'STREAM.WRONG_EXPECTED_REVISION',
        streamId: 'item:a',
        expected,
        actual,
      });
  });

  it('accepts the four kinds of expectation and refuses anything else, quoting it', () => {
    for (const ok of ['any', 'no-stream', 'stream-exists', -1, 0, 7] as const) expect(() => validateExpected(ok)).not.toThrow();
    for (const bad of [-2, 1.5, 'sometimes', null, '3']) {
      expect(refusal(() => validateExpected(bad as never))).toMatchObject({
        code: 'STORE.INVALID_ARGUMENT',
        field: 'expected',
        rule: `must be a revision (integer ≥ -1), "no-stream", "stream-exists" or "any" (got ${JSON.stringify(bad)})`,
      });
    }
  });
});

describe('resolveRetry', () => {
  const stored = (batch: ReturnType<typeof prepareBatch>, from: number): RawEvent[] =>
    batch.map((e, i) => ({
      ...e,
      streamId: 'item:a',
      revision: from + i,
      position: 10 + i,
      recordedAt: '2024-01-01T00:00:00.000Z',
      hash: 'h',
      previousHash: '',
    }));

  it('accepts the same batch at the same place', () => {
    const batch = prepareBatch(
      'item:a',
      [
        { id: id(), type: 'Noted', data: { n: 1 } },
        { id: id(), type: 'Noted', data: { n: 2 } },
      ],
      registry,
    );
    expect(() => resolveRetry('item:a', batch, { streamId: 'item:a', revision: 3 }, stored(batch, 3))).not.toThrow();
  });

  it('refuses the first id stored in another stream, naming where', () => {
    const batch = prepareBatch('item:a', [{ id: id(), type: 'Noted', data: {} }], registry);
    expect(refusal(() => resolveRetry('item:a', batch, { streamId: 'item:b', revision: 2 }, []))).toMatchObject({
      code: 'EVENT.ID_CONFLICT',
      eventId: batch[0]!.id,
      message: `Event id "${batch[0]!.id}" cannot be appended to "item:a": it is already stored in stream "item:b" at revision 2`,
    });
  });

  it('refuses a batch whose later ids are not where the retry expects them', () => {
    const batch = prepareBatch(
      'item:a',
      [
        { id: id(), type: 'Noted', data: {} },
        { id: id(), type: 'Noted', data: {} },
      ],
      registry,
    );
    const [first] = stored(batch, 3);
    const other = { ...stored(batch, 3)[1]!, id: 'someone-else' };
    expect(refusal(() => resolveRetry('item:a', batch, { streamId: 'item:a', revision: 3 }, [first!, other]))).toMatchObject({
      eventId: batch[1]!.id,
      message: `Event id "${batch[1]!.id}" cannot be appended to "item:a": the batch was stored from revision 3, but revision 4 holds "someone-else"`,
    });
    expect(refusal(() => resolveRetry('item:a', batch, { streamId: 'item:a', revision: 3 }, [first!]))).toMatchObject({
      message: `Event id "${batch[1]!.id}" cannot be appended to "item:a": the batch was stored from revision 3, but revision 4 does not exist`,
    });
  });

  it.each([
    ['type', { type: 'Other' }],
    ['schema version', { schemaVersion: 1 }],
    ['data', { data: { n: 2 } }],
    ['metadata', { metadata: { actor: { id: 'x', role: 'r' } } }],
  ])('refuses the same id with other %s', (_what, change) => {
    const batch = prepareBatch('item:a', [{ id: id(), type: 'Noted', data: { n: 1 } }], registry);
    const place = [{ ...stored(batch, 0)[0]!, ...change }];
    expect(refusal(() => resolveRetry('item:a', batch, { streamId: 'item:a', revision: 0 }, place))).toMatchObject({
      message: `Event id "${batch[0]!.id}" cannot be appended to "item:a": it is already stored at revision 0 with different content`,
    });
  });
});

describe('stream read options', () => {
  it('defaults to the whole stream forward', () => {
    expect(normalizeStreamRead(undefined)).toEqual({
      direction: 'forward',
      fromRevision: undefined,
      toRevision: undefined,
      lowRevision: 0,
      highRevision: Number.MAX_SAFE_INTEGER,
      maxCount: undefined,
      recordedAtOrBefore: undefined,
      effectiveAtOrBefore: undefined,
    });
  });

  it('reads the bounds by direction and normalizes instants', () => {
    expect(normalizeStreamRead({ fromRevision: 2, toRevision: 5, maxCount: 0 })).toMatchObject({
      lowRevision: 2,
      highRevision: 5,
      maxCount: 0,
    });
    expect(normalizeStreamRead({ direction: 'backward', fromRevision: 5, toRevision: 2 })).toMatchObject({
      lowRevision: 2,
      highRevision: 5,
    });
    expect(normalizeStreamRead({ direction: 'backward' })).toMatchObject({ lowRevision: 0, highRevision: Number.MAX_SAFE_INTEGER });
    expect(
      normalizeStreamRead({ recordedAtOrBefore: '2024-05-10T10:00:00+09:00', effectiveAtOrBefore: new Date('2024-05-10T00:00:00Z') }),
    ).toMatchObject({
      recordedAtOrBefore: '2024-05-10T01:00:00.000Z',
      effectiveAtOrBefore: Date.parse('2024-05-10T00:00:00Z'),
    });
  });

  it.each([
    [{ direction: 'sideways' }, 'direction', 'must be "forward" or "backward" (got sideways)'],
    [{ fromRevision: -1 }, 'fromRevision', 'must be an integer ≥ 0 (got -1)'],
    [{ toRevision: 1.5 }, 'toRevision', 'must be an integer ≥ 0 (got 1.5)'],
    [{ maxCount: -1 }, 'maxCount', 'must be an integer ≥ 0 (got -1)'],
    [{ recordedAtOrBefore: 'soon' }, 'recordedAtOrBefore', 'must be an ISO 8601 instant (got soon)'],
    [{ effectiveAtOrBefore: 'later' }, 'effectiveAtOrBefore', 'must be an ISO 8601 instant (got later)'],
  ])('refuses %j naming %s', (options, field, rule) => {
    expect(refusal(() => normalizeStreamRead(options as never))).toMatchObject({
      code: 'STORE.INVALID_ARGUMENT',
      field,
      rule,
      message: `Invalid argument: ${field} ${rule}`,
    });
  });

  it('reads all from a position in pages of 1000 unless told, refusing bad numbers', () => {
    expect(normalizeReadAll(undefined)).toEqual({ after: 0, maxCount: 1000 });
    expect(normalizeReadAll({ after: 5, maxCount: 1 })).toEqual({ after: 5, maxCount: 1 });
    expect(refusal(() => normalizeReadAll({ after: -1 }))).toMatchObject({ field: 'after', rule: 'must be an integer ≥ 0 (got -1)' });
    expect(refusal(() => normalizeReadAll({ after: 0.5 }))).toMatchObject({ field: 'after' });
    expect(refusal(() => normalizeReadAll({ maxCount: 0 }))).toMatchObject({ field: 'maxCount', rule: 'must be an integer ≥ 1 (got 0)' });
    expect(refusal(() => normalizeReadAll({ maxCount: 2.5 }))).toMatchObject({ field: 'maxCount' });
  });
});

describe('applyStreamRead', () => {
  const at = (revision: number, recordedAt: string, effectiveAt?: string) => ({
    revision,
    recordedAt,
    metadata: effectiveAt === undefined ? {} : { effectiveAt },
  });
  const events = [
    at(0, '2024-05-01T00:00:00.000Z'),
    at(1, '2024-05-02T00:00:00.000Z', '2024-04-01T00:00:00.000Z'),
    at(2, '2024-05-03T00:00:00.000Z', 'not a date'),
    at(3, '2024-05-04T00:00:00.000Z'),
  ];
  const revisions = (read: Parameters<typeof normalizeStreamRead>[0]) =>
    applyStreamRead(events, normalizeStreamRead(read)).map((e) => e.revision);

  it('keeps revisions within the bounds, inclusive, in either direction, then the count', () => {
    expect(revisions({ fromRevision: 1, toRevision: 2 })).toEqual([1, 2]);
    expect(revisions({ direction: 'backward', fromRevision: 2, toRevision: 1 })).toEqual([2, 1]);
    expect(revisions({ direction: 'backward', maxCount: 2 })).toEqual([3, 2]);
    expect(revisions({ maxCount: 1 })).toEqual([0]);
  });

  it('keeps events recorded at or before the instant, the instant itself included', () => {
    expect(revisions({ recordedAtOrBefore: '2024-05-02T00:00:00.000Z' })).toEqual([0, 1]);
    expect(revisions({ recordedAtOrBefore: '2024-05-01T23:59:59.999Z' })).toEqual([0]);
  });

  it('keeps events that took effect at or before the instant, by effectiveAt or else by when they were recorded', () => {
    expect(revisions({ effectiveAtOrBefore: '2024-04-01T00:00:00.000Z' })).toEqual([1]);
    expect(revisions({ effectiveAtOrBefore: '2024-05-01T00:00:00.000Z' })).toEqual([0, 1]);
    expect(revisions({ effectiveAtOrBefore: '2024-05-03T00:00:00.000Z' })).toEqual([0, 1, 2]);
    expect(effectiveTime(events[1]!)).toBe(Date.parse('2024-04-01T00:00:00.000Z'));
    expect(effectiveTime(events[2]!)).toBe(Date.parse('2024-05-03T00:00:00.000Z'));
    expect(effectiveTime({ recordedAt: '2024-05-01T00:00:00.000Z', metadata: { effectiveAt: 20240401 as unknown as string } })).toBe(
      Date.parse('2024-05-01T00:00:00.000Z'),
    );
  });
});

describe('the words of a refusal, as the caller reads them', () => {
  const event = (eventId: unknown, data: unknown = { n: 1 }) => ({
    id: eventId as string,
    type: 'Noted',
    data: data as Record<string, never>,
  });

  it('shows a malformed id as given: quoted, cut after 60 characters; a value that is no string by its type', () => {
    const rule = (eventId: unknown) => refusal(() => prepareBatch('item:1', [event(eventId)], registry)).rule;
    const prefix = 'must be a UUID in canonical form (lower-case hex, dashed 8-4-4-4-12, not the nil UUID); got ';
    expect(rule('ABC')).toBe(`${prefix}"ABC"`);
    expect(rule('x'.repeat(60))).toBe(`${prefix}"${'x'.repeat(60)}"`);
    expect(rule('y'.repeat(61))).toBe(`${prefix}"${'y'.repeat(60)}…"`);
    expect(rule(42)).toBe(`${prefix}number`);
    // Something that only prints as a UUID is no id.
    const lookalike = { toString: () => randomUUID() };
    expect(isEventId(lookalike)).toBe(false);
    expect(rule(lookalike)).toBe(`${prefix}object`);
  });

  it('says why data is not JSON, naming the field', () => {
    const refused = refusal(() => prepareBatch('item:1', [event(id(), { big: 10n })], registry));
    expect(refused).toMatchObject({ field: 'data', index: 0 });
    expect(refused.rule).toMatch(/^must be JSON-serializable \(.+\)$/);
  });

  it('names the stream and revision where an id is already stored', () => {
    const eventId = id();
    const conflict = conflictForExistingId('item:2', eventId, { streamId: 'item:1', revision: 4 });
    expect(conflict.message).toBe(
      `Event id "${eventId}" cannot be appended to "item:2": it is already stored in stream "item:1" at revision 4`,
    );
  });

  it('counts every event of a batch against the append limit, also those before the one that made it measure', () => {
    // Each event is about 300 kB of ASCII: an estimate of three bytes per character passes the
    // limit at the second event, when the batch is measured from its first event on.
    const big = () => event(id(), { text: 'a'.repeat(300_000) });
    expect(prepareBatch('item:1', [big(), big(), big()], registry)).toHaveLength(3);
    const four = [big(), big(), big(), big()];
    expect(refusal(() => prepareBatch('item:1', four, registry))).toMatchObject({ code: 'EVENT.TOO_LARGE', eventId: four[3]!.id });
    expect(MAX_APPEND_BYTES).toBe(1024 * 1024);
  });

  it('writes a missing array element as null in canonical JSON, as JSON.stringify does', () => {
    expect(canonicalJson([1, undefined, 2])).toBe(JSON.stringify([1, undefined, 2]));
    expect(canonicalJson([1, undefined, 2])).toBe('[1,null,2]');
  });
});
