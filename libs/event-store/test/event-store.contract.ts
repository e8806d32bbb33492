/**
 * The one contract every EventStore adapter is held to. Each adapter's spec file calls
 * runEventStoreContract with a factory that gives a fresh, empty store.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  canonicalJson,
  computeEventHash,
  EventIdConflictError,
  EventTooLargeError,
  InvalidEventError,
  InvalidStreamIdError,
  MAX_APPEND_BYTES,
  UnknownEventTypeError,
  WrongExpectedRevisionError,
  type EventStore,
  type EventToAppend,
  type EventTypeRegistry,
  type StoredEvent,
} from '../src/index.js';

/** The hand-computed chain (fixtures/hashed-chain.v1.json): hashes from sha256sum, not from this code. */
export const hashedChain = JSON.parse(readFileSync(new URL('./fixtures/hashed-chain.v1.json', import.meta.url), 'utf8')) as {
  readonly events: ReadonlyArray<{
    readonly id: string;
    readonly type: string;
    readonly schemaVersion: number;
    readonly streamId: string;
    readonly revision: number;
    readonly recordedAt: string;
    readonly data: Record<string, unknown>;
    readonly metadata: Record<string, unknown>;
    readonly canonical: string;
    readonly previousHash: string;
    readonly hash: string;
  }>;
};

export interface ContractStoreOptions {
  readonly registry?: EventTypeRegistry;
  readonly clock?: () => Date;
}

/** Columns of one stored event as the storage holds them (data and metadata as JSON text). */
export interface StoredColumns {
  readonly data?: string;
  readonly metadata?: string;
  readonly type?: string;
  readonly recordedAt?: string;
  readonly revision?: number;
  readonly previousHash?: string;
  readonly hash?: string;
}

/** Direct write access to the storage, bypassing the store, as someone editing the database would have. */
export interface TamperHooks {
  update(streamId: string, revision: number, columns: StoredColumns): Promise<void>;
  remove(streamId: string, revision: number): Promise<void>;
}

export interface ContractFixture {
  readonly store: EventStore;
  cleanup(): Promise<void>;
  /**
   * Direct storage access for the tamper tests. Required unless the adapter's suite declares
   * its storage immutable: an adapter with neither fails the suite.
   */
  readonly tamper?: TamperHooks;
}

export type ContractFactory = (options?: ContractStoreOptions) => Promise<ContractFixture>;

/** A clock the test moves by hand. */
export function manualClock(start = '2024-03-01T09:00:00.000Z'): { now: () => Date; advance(ms: number): void } {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

export function event(type = 'ThingHappened', data: Record<string, unknown> = { n: 1 }, extra: Partial<EventToAppend> = {}): EventToAppend {
  return { id: randomUUID(), type, data, ...extra };
}

function stream(category = 'item'): string {
  return `${category}:${randomUUID()}`;
}

async function collect(store: EventStore, after: number, count: number, timeoutMs = 10_000): Promise<StoredEvent[]> {
  const seen: StoredEvent[] = [];
  let resolveDone!: () => void;
  const reached = new Promise<void>((resolve) => (resolveDone = resolve));
  const subscription = store.subscribeToAll(after, (e) => {
    seen.push(e);
    if (seen.length >= count) resolveDone();
  });
  const timer = setTimeout(resolveDone, timeoutMs);
  await reached;
  clearTimeout(timer);
  await subscription.stop();
  return seen;
}

export interface ContractOptions {
  /** Why this adapter's stored events cannot be changed in place (the tamper tests are then not run, and say so). */
  readonly immutableStorage?: string;
}

export function runEventStoreContract(name: string, factory: ContractFactory, contractOptions: ContractOptions = {}): void {
  describe(`EventStore contract: ${name}`, () => {
    let fixture: ContractFixture;
    let store: EventStore;
    const clock = manualClock();
    const registry: EventTypeRegistry = {
      types: { ThingHappened: { schemaVersion: 1 }, PriceSet: { schemaVersion: 3 }, Noted: { schemaVersion: 1 } },
      upcasters: [
        // v1 had a bare number in won; v2 names the currency; v3 renames the field.
        { type: 'PriceSet', fromVersion: 1, upcast: (data) => ({ amount: data.won, currency: 'KRW' }) },
        { type: 'PriceSet', fromVersion: 2, upcast: (data) => ({ price: { amount: data.amount, currency: data.currency } }) },
      ],
    };

    beforeAll(async () => {
      fixture = await factory({ registry, clock: clock.now });
      store = fixture.store;
    });
    afterAll(async () => {
      await store.close();
      await fixture.cleanup();
    });

    describe('append', () => {
      it('stores every field, assigns revisions, positions, the recorded time and the hash chain', async () => {
        const id = stream();
        const head = await store.headPosition();
        const metadata = {
          actor: { id: 'u-1', role: 'coordinator', district: 'suwon' },
          correlationId: 'c-1',
          causationId: 'k-1',
          workflowVersion: 3,
        };
        const result = await store.append(
          id,
          [event('ThingHappened', { n: 1, nested: { b: 2, a: [1, 'x'] } }, { metadata }), event('Noted', { text: '안건 상정' })],
          'no-stream',
        );
        expect(result.revision).toBe(1);
        expect(result.duplicate).toBe(false);
        expect(result.positions).toHaveLength(2);
        expect(result.positions[0]!).toBeGreaterThan(head);
        expect(result.positions[1]!).toBeGreaterThan(result.positions[0]!);
        const stored = await store.readStream(id);
        expect(stored).toHaveLength(2);
        const [first, second] = stored as [StoredEvent, StoredEvent];
        expect(first).toMatchObject({
          streamId: id,
          revision: 0,
          type: 'ThingHappened',
          schemaVersion: 1,
          position: result.positions[0],
          recordedAt: clock.now().toISOString(),
          data: { n: 1, nested: { b: 2, a: [1, 'x'] } },
          previousHash: '',
        });
        expect(first.metadata).toMatchObject(metadata);
        expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(first.hash).toBe(computeEventHash('', first));
        expect(second.previousHash).toBe(first.hash);
        expect(second.hash).toBe(computeEventHash(first.hash, second));
        expect(second.data).toEqual({ text: '안건 상정' });
        expect(result.events.map((e) => e.hash)).toEqual([first.hash, second.hash]);
        expect(await store.streamRevision(id)).toBe(1);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(result.positions[1]!);
      });

      it('stores the hashes of the hand-computed chain (data, metadata, type and every other hashed field)', async () => {
        const recorded = hashedChain.events.map((e) => e.recordedAt);
        let next = 0;
        const own = await factory({ clock: () => new Date(recorded[Math.min(next, recorded.length - 1)]!) });
        try {
          for (const known of hashedChain.events) {
            const { id, type, schemaVersion, data, metadata } = known;
            await own.store.append(
              known.streamId,
              [{ id, type, schemaVersion, data, metadata }],
              known.revision === 0 ? 'no-stream' : known.revision - 1,
            );
            next++;
          }
          const stored = await own.store.readStream(hashedChain.events[0]!.streamId);
          expect(stored.map((e) => [e.revision, e.recordedAt, e.previousHash, e.hash])).toEqual(
            hashedChain.events.map((e) => [e.revision, e.recordedAt, e.previousHash, e.hash]),
          );
          // The stream's own check: a shared server (EventStoreDB) holds other suites' events too.
          expect(await own.store.verifyStream(hashedChain.events[0]!.streamId)).toMatchObject({ ok: true, eventsChecked: 2 });
        } finally {
          await own.store.close();
          await own.cleanup();
        }
      });

      it('honours every kind of expected revision and refuses a wrong one with the actual revision, writing nothing', async () => {
        const id = stream();
        await expect(store.append(id, [event()], 'stream-exists')).rejects.toMatchObject({
          code: 'STREAM.WRONG_EXPECTED_REVISION',
          streamId: id,
          expected: 'stream-exists',
          actual: -1,
        });
        await expect(store.append(id, [event()], 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await store.append(id, [event()], 'no-stream');
        await expect(store.append(id, [event()], 'no-stream')).rejects.toMatchObject({ expected: 'no-stream', actual: 0 });
        await store.append(id, [event(), event()], 0);
        const error = await store.append(id, [event()], 1).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ streamId: id, expected: 1, actual: 2 });
        await store.append(id, [event()], 'stream-exists');
        await store.append(id, [event()], 'any');
        expect(await store.streamRevision(id)).toBe(4);
        expect((await store.readStream(id)).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
        const other = stream();
        await store.append(other, [event()], 'any');
        expect(await store.streamRevision(other)).toBe(0);
      });

      it('lets exactly one of two racing writers with the same expectation win', async () => {
        const id = stream();
        await store.append(id, [event()], 'no-stream');
        const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => store.append(id, [event()], 0)));
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes.filter((o) => o.status === 'rejected')) {
          expect((o as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        }
        expect(await store.streamRevision(id)).toBe(1);
      });

      it('is all-or-nothing: a batch with one bad event writes none of it', async () => {
        const id = stream();
        await store.append(id, [event()], 'no-stream');
        const head = await store.headPosition();
        const huge = 'x'.repeat(1024 * 1024 + 1);
        await expect(store.append(id, [event(), event('ThingHappened', { huge })], 0)).rejects.toBeInstanceOf(EventTooLargeError);
        await expect(store.append(id, [event(), event('Unheard')], 0)).rejects.toBeInstanceOf(UnknownEventTypeError);
        const taken = event();
        await store.append(stream(), [taken], 'no-stream');
        const headBefore = await store.headPosition();
        await expect(store.append(id, [event(), taken], 0)).rejects.toBeInstanceOf(EventIdConflictError);
        expect(await store.streamRevision(id)).toBe(0);
        expect(await store.readStream(id)).toHaveLength(1);
        expect(await store.headPosition()).toBe(headBefore);
        expect(headBefore).toBeGreaterThan(head);
      });
    });

    describe('idempotency', () => {
      it('returns the original result for a retried batch, whatever the expectation, and writes nothing', async () => {
        const id = stream();
        await store.append(id, [event()], 'no-stream');
        const batch = [event('ThingHappened', { n: 7 }, { metadata: { correlationId: 'c' } }), event('Noted', { text: 'a' })];
        const original = await store.append(id, batch, 0);
        await store.append(id, [event()], 2);
        const head = await store.headPosition();
        clock.advance(1000);
        const retried = await store.append(id, batch, 0);
        expect(retried.duplicate).toBe(true);
        expect(retried.revision).toBe(original.revision);
        expect(retried.positions).toEqual(original.positions);
        expect(retried.events.map((e) => [e.id, e.hash, e.recordedAt])).toEqual(original.events.map((e) => [e.id, e.hash, e.recordedAt]));
        const again = await store.append(id, batch, 'no-stream');
        expect(again.duplicate).toBe(true);
        expect(await store.headPosition()).toBe(head);
        expect(await store.streamRevision(id)).toBe(3);
      });

      it('refuses ids stored elsewhere, partly overlapping batches and the same id with other content', async () => {
        const id = stream();
        const [a, b] = [event(), event()];
        await store.append(id, [a, b], 'no-stream');
        await expect(store.append(stream(), [a], 'any')).rejects.toMatchObject({ code: 'EVENT.ID_CONFLICT', eventId: a.id });
        await expect(store.append(id, [a, event()], 'any')).rejects.toBeInstanceOf(EventIdConflictError);
        await expect(store.append(id, [b, a], 'any')).rejects.toBeInstanceOf(EventIdConflictError);
        await expect(store.append(id, [{ ...a, data: { n: 2 } }], 'any')).rejects.toMatchObject({ code: 'EVENT.ID_CONFLICT' });
        await expect(store.append(id, [event(), b], 'any')).rejects.toBeInstanceOf(EventIdConflictError);
        const single = await store.append(id, [b], 'any');
        expect(single).toMatchObject({ duplicate: true, revision: 1 });
        expect(await store.streamRevision(id)).toBe(1);
      });
    });

    describe('refusals', () => {
      it.each([
        ['no colon', 'item123'],
        ['upper-case category', 'Item:1'],
        ['empty id', 'item:'],
        ['space in id', 'item:a b'],
        ['category starting with a digit', '1item:x'],
        ['id too long', `item:${'a'.repeat(191)}`],
      ])('refuses a malformed stream id (%s)', async (_rule, streamId) => {
        await expect(store.append(streamId, [event()], 'any')).rejects.toBeInstanceOf(InvalidStreamIdError);
        await expect(store.readStream(streamId)).rejects.toMatchObject({ code: 'STREAM.INVALID_ID' });
      });

      it('refuses an event over 1 MiB, naming it and the limit', async () => {
        const big = event('ThingHappened', { blob: 'y'.repeat(1024 * 1024) });
        await expect(store.append(stream(), [big], 'any')).rejects.toMatchObject({
          code: 'EVENT.TOO_LARGE',
          eventId: big.id,
          limitBytes: 1024 * 1024,
        });
      });

      it('accepts an event just under the limit', async () => {
        const id = stream();
        const result = await store.append(id, [event('ThingHappened', { blob: 'z'.repeat(1000 * 1000) })], 'no-stream');
        expect(result.revision).toBe(0);
        const [stored] = await store.readStream(id);
        expect((stored!.data.blob as string).length).toBe(1000 * 1000);
      });

      it('refuses unknown types, empty batches and malformed events with the field named', async () => {
        const id = stream();
        await expect(store.append(id, [event('NoSuchThing')], 'any')).rejects.toMatchObject({
          code: 'EVENT.UNKNOWN_TYPE',
          eventType: 'NoSuchThing',
        });
        await expect(store.append(id, [], 'any')).rejects.toMatchObject({ code: 'EVENT.INVALID', field: 'events' });
        const twice = event();
        await expect(store.append(id, [twice, twice], 'any')).rejects.toMatchObject({ code: 'EVENT.INVALID', field: 'id' });
        await expect(store.append(id, [{ ...event(), id: '' }], 'any')).rejects.toMatchObject({ field: 'id' });
        await expect(store.append(id, [{ ...event(), data: [1, 2] as never }], 'any')).rejects.toMatchObject({ field: 'data' });
        await expect(store.append(id, [{ ...event(), data: null as never }], 'any')).rejects.toBeInstanceOf(InvalidEventError);
        await expect(store.append(id, [event('ThingHappened', { n: 1 }, { schemaVersion: 1.5 })], 'any')).rejects.toMatchObject({
          field: 'schemaVersion',
        });
        await expect(store.append(id, [event('ThingHappened', { n: 1 }, { schemaVersion: 2 })], 'any')).rejects.toMatchObject({
          field: 'schemaVersion',
        });
        await expect(store.append(id, [event()], 'sometimes' as never)).rejects.toMatchObject({ code: 'STORE.INVALID_ARGUMENT' });
        expect(await store.streamRevision(id)).toBe(-1);
      });
    });

    describe('the size of one append', () => {
      // The stored metadata of an event without metadata but a correlation id, at its largest
      // (two SHA-256 digests, a 24-character instant), written out here by hand: the size rule
      // is EventStoreDB's, data + stored metadata + twice the type's length over the batch.
      const envelope =
        '{"gongron":{"hash":"' +
        'h'.repeat(64) +
        '","previousHash":"' +
        'p'.repeat(64) +
        '","recordedAt":"2024-03-01T09:00:00.000Z","schemaVersion":1},' +
        '"metadata":{"correlationId":"c-1"},"$correlationId":"c-1"}';
      const overhead = envelope.length + 2 * 'ThingHappened'.length + '{"blob":""}'.length;
      const sized = (blobBytes: number) => event('ThingHappened', { blob: 'b'.repeat(blobBytes) }, { metadata: { correlationId: 'c-1' } });

      it('is 1,048,576 bytes: an append of exactly that is stored, one byte more is refused, naming the event, its size and the limit', async () => {
        expect(MAX_APPEND_BYTES).toBe(1_048_576);
        const id = stream();
        const over = sized(MAX_APPEND_BYTES - overhead + 1);
        await expect(store.append(id, [over], 'no-stream')).rejects.toMatchObject({
          code: 'EVENT.TOO_LARGE',
          eventId: over.id,
          sizeBytes: MAX_APPEND_BYTES + 1,
          limitBytes: MAX_APPEND_BYTES,
        });
        expect(await store.streamRevision(id)).toBe(-1);
        const exact = await store.append(id, [sized(MAX_APPEND_BYTES - overhead)], 'no-stream');
        expect(exact.revision).toBe(0);
        expect(((await store.readStream(id))[0]!.data.blob as string).length).toBe(MAX_APPEND_BYTES - overhead);
      });

      it('counts the whole batch: events each well under the limit are refused together, and nothing is written', async () => {
        const id = stream();
        await store.append(id, [event()], 'no-stream');
        const head = await store.headPosition();
        const batch = [sized(400_000), sized(400_000), sized(400_000)];
        await expect(store.append(id, batch, 0)).rejects.toMatchObject({
          code: 'EVENT.TOO_LARGE',
          eventId: batch[2]!.id,
          limitBytes: MAX_APPEND_BYTES,
        });
        expect(await store.streamRevision(id)).toBe(0);
        expect(await store.headPosition()).toBe(head);
        const two = await store.append(id, batch.slice(0, 2), 0);
        expect(two.revision).toBe(2);
      });

      it('counts bytes, not characters, and the stored metadata beside the data', async () => {
        // 349,500 three-byte characters: 1,048,500 bytes, under the limit in characters by far.
        await expect(store.append(stream(), [event('ThingHappened', { text: '공'.repeat(349_500) })], 'any')).rejects.toBeInstanceOf(
          EventTooLargeError,
        );
        // Data and metadata 50 bytes under the limit together, pushed over by the stored envelope and the type.
        const metadata = { note: 'm'.repeat(48_504) };
        await expect(
          store.append(stream(), [event('ThingHappened', { blob: 'b'.repeat(1_000_000) }, { metadata })], 'any'),
        ).rejects.toMatchObject({ code: 'EVENT.TOO_LARGE' });
      });
    });

    describe('event ids', () => {
      it.each([
        ['upper case', () => randomUUID().toUpperCase()],
        ['braces', () => `{${randomUUID()}}`],
        ['no dashes', () => randomUUID().replace(/-/g, '')],
        ['a URN', () => `urn:uuid:${randomUUID()}`],
        ['the nil UUID', () => '00000000-0000-0000-0000-000000000000'],
        ['not a UUID', () => 'evt-item-1-0'],
        ['a UUID with a character short', () => randomUUID().slice(1)],
        ['a number', () => 42 as unknown as string],
      ])('refuses an id that is not a canonical lower-case UUID (%s), writing nothing', async (_rule, make) => {
        const id = stream();
        const bad = { ...event(), id: make() };
        await expect(store.append(id, [event(), bad], 'any')).rejects.toMatchObject({ code: 'EVENT.INVALID', field: 'id', index: 1 });
        expect(await store.streamRevision(id)).toBe(-1);
      });

      it('stores canonical UUIDs of any version and reads them back unchanged', async () => {
        const id = stream();
        // Version and variant digits are not checked: a version-5 id as deterministicUuid makes it, and one of no RFC version.
        const withDigits = (version: string, variant: string) =>
          randomUUID().replace(/^(.{14}).(.{4})./, (_all, before: string, between: string) => before + version + between + variant);
        const ids = [randomUUID(), withDigits('5', '8'), withDigits('f', 'f')];
        await store.append(
          id,
          ids.map((eventId) => ({ ...event(), id: eventId })),
          'no-stream',
        );
        expect((await store.readStream(id)).map((e) => e.id)).toEqual(ids);
        expect((await store.verifyStream(id)).ok).toBe(true);
      });
    });

    describe('reading', () => {
      let id: string;
      let times: string[];
      beforeAll(async () => {
        id = stream('reading');
        times = [];
        for (let revision = 0; revision < 10; revision++) {
          clock.advance(60_000);
          times.push(clock.now().toISOString());
          await store.append(id, [event('ThingHappened', { n: revision })], revision === 0 ? 'no-stream' : revision - 1);
        }
      });

      const revisions = (events: StoredEvent[]) => events.map((e) => e.revision);

      it('reads forward and backward with bounds and a maximum count', async () => {
        expect(revisions(await store.readStream(id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect(revisions(await store.readStream(id, { fromRevision: 3, toRevision: 5 }))).toEqual([3, 4, 5]);
        expect(revisions(await store.readStream(id, { fromRevision: 7, maxCount: 2 }))).toEqual([7, 8]);
        expect(revisions(await store.readStream(id, { direction: 'backward' }))).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
        expect(revisions(await store.readStream(id, { direction: 'backward', maxCount: 3 }))).toEqual([9, 8, 7]);
        expect(revisions(await store.readStream(id, { direction: 'backward', fromRevision: 6, toRevision: 4 }))).toEqual([6, 5, 4]);
        expect(revisions(await store.readStream(id, { maxCount: 0 }))).toEqual([]);
        expect(await store.readStream(stream())).toEqual([]);
        expect(await store.streamRevision(stream())).toBe(-1);
      });

      it('reads the stream as of a revision or a recorded time', async () => {
        expect(revisions(await store.readStream(id, { toRevision: 4 }))).toEqual([0, 1, 2, 3, 4]);
        expect(revisions(await store.readStream(id, { recordedAtOrBefore: times[2]! }))).toEqual([0, 1, 2]);
        expect(revisions(await store.readStream(id, { recordedAtOrBefore: new Date(Date.parse(times[5]!) + 30_000) }))).toEqual([
          0, 1, 2, 3, 4, 5,
        ]);
        expect(revisions(await store.readStream(id, { direction: 'backward', maxCount: 1, recordedAtOrBefore: times[3]! }))).toEqual([3]);
        expect(await store.readStream(id, { recordedAtOrBefore: '2000-01-01T00:00:00Z' })).toEqual([]);
        await expect(store.readStream(id, { recordedAtOrBefore: 'not a time' })).rejects.toMatchObject({ code: 'STORE.INVALID_ARGUMENT' });
      });

      it('reads the stream as of an effective time', async () => {
        const effective = stream('effective');
        await store.append(
          effective,
          [
            event('ThingHappened', { n: 0 }, { metadata: { effectiveAt: '2023-01-01T00:00:00.000Z' } }),
            event('ThingHappened', { n: 1 }, { metadata: { effectiveAt: '2025-01-01T00:00:00.000Z' } }),
          ],
          'no-stream',
        );
        expect(revisions(await store.readStream(effective, { effectiveAtOrBefore: '2024-01-01T00:00:00Z' }))).toEqual([0]);
      });

      it('reads all events from a global position in global order', async () => {
        const everything: StoredEvent[] = [];
        let after = 0;
        for (;;) {
          const page = await store.readAll({ after, maxCount: 7 });
          if (page.length === 0) break;
          expect(page.length).toBeLessThanOrEqual(7);
          everything.push(...page);
          after = page[page.length - 1]!.position;
        }
        const positions = everything.map((e) => e.position);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(positions).size).toBe(positions.length);
        expect(positions[positions.length - 1]).toBe(await store.headPosition());
        const mine = everything.filter((e) => e.streamId === id);
        expect(mine.map((e) => e.data.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        const fromMiddle = await store.readAll({ after: mine[4]!.position, maxCount: 1 });
        expect(fromMiddle[0]!.position).toBeGreaterThan(mine[4]!.position);
        expect(await store.readAll({ after: await store.headPosition() })).toEqual([]);
      });
    });

    describe('upcasting', () => {
      it('reads an event stored at an older schema version at the current one, on every read path, and keeps its hash valid', async () => {
        const id = stream('priced');
        const head = await store.headPosition();
        await store.append(
          id,
          [event('PriceSet', { won: 5000 }, { schemaVersion: 1 }), event('PriceSet', { amount: 7, currency: 'USD' }, { schemaVersion: 2 })],
          'no-stream',
        );
        await store.append(id, [event('PriceSet', { price: { amount: 1, currency: 'EUR' } })], 1);
        const expected = [
          { amount: 5000, currency: 'KRW' },
          { amount: 7, currency: 'USD' },
          { amount: 1, currency: 'EUR' },
        ];
        const fromStream = await store.readStream(id);
        expect(fromStream.map((e) => e.schemaVersion)).toEqual([3, 3, 3]);
        expect(fromStream.map((e) => e.data.price)).toEqual(expected);
        const fromAll = (await store.readAll({ after: head, maxCount: 100 })).filter((e) => e.streamId === id);
        expect(fromAll.map((e) => e.data.price)).toEqual(expected);
        const fromSubscription = (await collect(store, head, 3)).filter((e) => e.streamId === id);
        expect(fromSubscription.map((e) => e.data.price)).toEqual(expected);
        expect((await store.verifyStream(id)).ok).toBe(true);
      });
    });

    describe('subscribeToAll', () => {
      it('catches up, goes live, delivers every event once in order and resumes from a checkpoint', async () => {
        const start = await store.headPosition();
        const id = stream('live');
        for (let i = 0; i < 5; i++) await store.append(id, [event('ThingHappened', { i })], i === 0 ? 'no-stream' : i - 1);
        const received: StoredEvent[] = [];
        let inHandler = 0;
        let overlapped = false;
        const subscription = store.subscribeToAll(
          start,
          async (e) => {
            inHandler++;
            if (inHandler > 1) overlapped = true;
            await new Promise((resolve) => setTimeout(resolve, 2));
            received.push(e);
            inHandler--;
          },
          { batchSize: 2 },
        );
        await waitFor(() => received.length >= 5);
        const writers = [0, 1, 2].map(async (w) => {
          const s = stream('live');
          for (let i = 0; i < 5; i++)
            await store.append(s, [event('ThingHappened', { w, i }), event('Noted', { w, i })], i === 0 ? 'no-stream' : i * 2 - 1);
        });
        await Promise.all(writers);
        await waitFor(() => received.length >= 35);
        await subscription.stop();
        expect(overlapped).toBe(false);
        const positions = received.map((e) => e.position);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(positions).size).toBe(35);
        expect(positions[0]!).toBeGreaterThan(start);
        const all = await store.readAll({ after: start, maxCount: 1000 });
        expect(positions).toEqual(all.map((e) => e.position));

        const checkpoint = received[19]!.position;
        const resumed = await collect(store, checkpoint, 15);
        expect(resumed.map((e) => e.position)).toEqual(positions.slice(20));
      });

      it('stops after a handler failure and reports it', async () => {
        const start = await store.headPosition();
        await store.append(stream(), [event(), event()], 'no-stream');
        const errors: unknown[] = [];
        let calls = 0;
        const subscription = store.subscribeToAll(
          start,
          () => {
            calls++;
            throw new Error('projection broke');
          },
          { onError: (error) => errors.push(error) },
        );
        await subscription.done;
        expect(calls).toBe(1);
        expect((errors[0] as Error).message).toBe('projection broke');
      });
    });

    describe('verification', () => {
      it('finds intact chains intact', async () => {
        const id = stream('audit');
        await store.append(id, [event(), event(), event()], 'no-stream');
        const one = await store.verifyStream(id);
        expect(one).toMatchObject({ ok: true, eventsChecked: 3, streamsChecked: 1 });
        let progress = 0;
        const all = await store.verifyAll((n) => (progress = n));
        expect(all.ok).toBe(true);
        expect(all.eventsChecked).toBe(await countAll(store));
        expect(progress).toBe(all.eventsChecked);
      });
    });

    if (contractOptions.immutableStorage) console.warn(`\n*** [${name}] tamper tests not run: ${contractOptions.immutableStorage} ***\n`);
    (contractOptions.immutableStorage ? describe.skip : describe)(
      'tampering, one test per kind of change, each on a store of its own',
      () => {
        /** A stream of three events and one after it in another stream, in a fresh store. */
        async function tamperedStore(tamper: (hooks: TamperHooks, chain: StoredEvent[]) => Promise<void>) {
          const own = await factory({ registry, clock: manualClock('2024-05-10T01:00:00.000Z').now });
          const hooks = own.tamper;
          try {
            if (!hooks) throw new Error(`[${name}] gives no tamper hooks and does not declare its storage immutable`);
            const id = stream('audit');
            const metadata = { actor: { id: 'official-1', role: 'official', district: 'suwon' }, effectiveAt: '2024-05-09T00:00:00.000Z' };
            await own.store.append(
              id,
              [1000, 2000, 3000].map((amount) => event('ThingHappened', { amount }, { metadata })),
              'no-stream',
            );
            await own.store.append(stream('audit'), [event()], 'no-stream');
            const chain = await own.store.readStream(id);
            await tamper(hooks, chain);
            const one = await own.store.verifyStream(id);
            const all = await own.store.verifyAll();
            return { id, chain, one, all };
          } finally {
            await own.store.close();
            await own.cleanup();
          }
        }

        function link(chain: StoredEvent[], revision: number) {
          const e = chain[revision]!;
          return { revision, position: e.position, eventId: e.id };
        }

        it('has direct storage access to tamper with', () => {
          expect(fixture.tamper).toMatchObject({ update: expect.any(Function), remove: expect.any(Function) });
        });

        it.each([
          ['data', (chain: StoredEvent[]): StoredColumns => ({ data: canonicalJson({ ...chain[1]!.data, amount: 2001 }) })],
          [
            'metadata (the actor)',
            (chain: StoredEvent[]): StoredColumns => ({
              metadata: canonicalJson({ ...chain[1]!.metadata, actor: { id: 'official-2', role: 'official', district: 'suwon' } }),
            }),
          ],
          [
            'metadata (the effective time)',
            (chain: StoredEvent[]): StoredColumns => ({
              metadata: canonicalJson({ ...chain[1]!.metadata, effectiveAt: '2024-05-01T00:00:00.000Z' }),
            }),
          ],
          ['type', (): StoredColumns => ({ type: 'Noted' })],
          ['recorded time', (): StoredColumns => ({ recordedAt: '2024-05-11T01:00:00.000Z' })],
        ])('names the stream and revision whose stored %s was changed (hash-mismatch)', async (_kind, change) => {
          const { id, chain, one, all } = await tamperedStore((hooks, events) => hooks.update(events[0]!.streamId, 1, change(events)));
          expect(one).toMatchObject({
            ok: false,
            brokenLink: { streamId: id, ...link(chain, 1), reason: 'hash-mismatch', found: chain[1]!.hash },
          });
          expect(one.brokenLink!.expected).toMatch(/^[0-9a-f]{64}$/);
          expect(one.brokenLink!.expected).not.toBe(chain[1]!.hash);
          expect(all).toMatchObject({ ok: false, brokenLink: { streamId: id, ...link(chain, 1), reason: 'hash-mismatch' } });
        });

        it("names the revision after a deleted event in its stream (revision-gap), and the deleted event's position in the log (event-missing)", async () => {
          const { id, chain, one, all } = await tamperedStore((hooks, events) => hooks.remove(events[0]!.streamId, 1));
          expect(one).toMatchObject({
            ok: false,
            brokenLink: { streamId: id, ...link(chain, 2), reason: 'revision-gap', expected: 'revision 1', found: 'revision 2' },
          });
          // Its leaf is still in the tree: the first bad position of the log is the deleted event's own.
          expect(all).toMatchObject({ ok: false, brokenLink: { position: chain[1]!.position, leafIndex: 1, reason: 'event-missing' } });
        });

        it('names an event resealed onto another predecessor (previous-hash-mismatch)', async () => {
          const forged = 'f'.repeat(64);
          const { id, chain, one, all } = await tamperedStore((hooks, events) =>
            hooks.update(events[0]!.streamId, 1, { previousHash: forged, hash: computeEventHash(forged, events[1]!) }),
          );
          const broken = { streamId: id, ...link(chain, 1), reason: 'previous-hash-mismatch', expected: chain[0]!.hash, found: forged };
          expect(one).toMatchObject({ ok: false, brokenLink: broken });
          expect(all).toMatchObject({ ok: false, brokenLink: broken });
        });

        it('names an event rewritten with a recomputed hash by its leaf in the tree (leaf-mismatch)', async () => {
          let resealed = '';
          const { id, chain, one, all } = await tamperedStore((hooks, events) => {
            const rewritten = { ...events[1]!, data: { amount: 2500 } };
            resealed = computeEventHash(events[0]!.hash, rewritten);
            return hooks.update(events[0]!.streamId, 1, { data: canonicalJson(rewritten.data), hash: resealed });
          });
          // Its successor no longer links to it either, but the first bad position is its own.
          const broken = { streamId: id, ...link(chain, 1), reason: 'leaf-mismatch', found: expect.stringMatching(/^[0-9a-f]{64}$/) };
          expect(resealed).toMatch(/^[0-9a-f]{64}$/);
          expect(one).toMatchObject({ ok: false, brokenLink: broken });
          expect(all).toMatchObject({ ok: false, brokenLink: broken });
        });

        it('names a reordered pair of events', async () => {
          const { id, chain, one, all } = await tamperedStore(async (hooks, events) => {
            const streamId = events[0]!.streamId;
            await hooks.update(streamId, 1, { revision: 1_000_000 });
            await hooks.update(streamId, 2, { revision: 1 });
            await hooks.update(streamId, 1_000_000, { revision: 2 });
          });
          // Read by revision, the third event now stands second and does not link to the first.
          expect(one).toMatchObject({
            ok: false,
            brokenLink: {
              streamId: id,
              revision: 1,
              position: chain[2]!.position,
              eventId: chain[2]!.id,
              reason: 'previous-hash-mismatch',
              expected: chain[0]!.hash,
              found: chain[1]!.hash,
            },
          });
          // Read in log order, the second position now holds revision 2.
          expect(all).toMatchObject({
            ok: false,
            brokenLink: {
              streamId: id,
              revision: 2,
              position: chain[1]!.position,
              eventId: chain[1]!.id,
              reason: 'revision-gap',
              expected: 'revision 1',
              found: 'revision 2',
            },
          });
        });
      },
    );

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

async function countAll(store: EventStore): Promise<number> {
  let count = 0;
  let after = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) return count;
    count += page.length;
    after = page[page.length - 1]!.position;
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
