/**
 * Verification against an attacker with write access to the database, who knows the project's
 * hash function: each manipulation is done with SQL on a connection of its own (dropping the
 * append-only triggers first, as someone with DDL rights would), and verification must name the
 * first bad position. Run by the SQLite and PostgreSQL suites against their real databases.
 */
import { randomUUID } from 'node:crypto';
import {
  computeEventHash,
  StreamNotFoundError,
  type EventStore,
  type EventTypeRegistry,
  type StoredEvent,
  type TrustedCheckpoint,
} from '../src/index.js';
import { event, manualClock } from './event-store.contract.js';

/** A stored event's columns an attacker rewrites (data as canonical JSON text). */
export interface ResealedColumns {
  readonly data: string;
  readonly hash: string;
  readonly previousHash: string;
}

export interface LogAttacker {
  /** Rewrites an event's data and hashes in place. */
  reseal(streamId: string, revision: number, columns: ResealedColumns): Promise<void>;
  /** Deletes events (and, when asked, the stream's stored head). */
  removeEvents(streamId: string, fromRevision: number, options?: { readonly head?: boolean }): Promise<void>;
  /** Swaps the global positions of two events. */
  swapPositions(first: number, second: number): Promise<void>;
  /** Sets a stream's stored head (on SQLite: puts a table in place of the heads view first). */
  setHead(streamId: string, revision: number, hash: string): Promise<void>;
  /** Throws the tree away and builds it again from the events as they are now, with the project's own code. */
  retree(): Promise<void>;
}

export interface LogTamperFixture {
  readonly store: EventStore;
  readonly attacker: LogAttacker;
  cleanup(): Promise<void>;
}

const registry: EventTypeRegistry = { types: { ThingHappened: { schemaVersion: 1 } }, upcasters: [] };

export function runLogTamperContract(
  name: string,
  factory: (options: { registry: EventTypeRegistry; clock: () => Date }) => Promise<LogTamperFixture>,
): void {
  describe(`verification against a database attacker: ${name}`, () => {
    /**
     * Stream A gets three events, one append each, then stream B one; a checkpoint of the tree is
     * kept (outside the database) after every append, as the schedule would.
     */
    async function attacked(attack: (attacker: LogAttacker, chain: StoredEvent[], other: StoredEvent) => Promise<void>) {
      const own = await factory({ registry, clock: manualClock('2024-05-10T01:00:00.000Z').now });
      try {
        const id = `audit:${randomUUID()}`;
        const checkpoints: TrustedCheckpoint[] = [];
        const keep = async () => {
          const head = await own.store.merkle!.treeHead();
          checkpoints.push({ ...head, source: `saved at size ${head.size}` });
        };
        for (const amount of [1000, 2000, 3000]) {
          await own.store.append(id, [event('ThingHappened', { amount })], 'any');
          await keep();
        }
        const otherId = `audit:${randomUUID()}`;
        await own.store.append(otherId, [event('ThingHappened', { amount: 1 })], 'no-stream');
        await keep();
        const chain = await own.store.readStream(id);
        const [other] = await own.store.readStream(otherId);
        expect((await own.store.verifyAll(undefined, { checkpoints })).ok).toBe(true);
        await attack(own.attacker, chain, other!);
        const verify = {
          all: (trusted?: TrustedCheckpoint[]) => own.store.verifyAll(undefined, trusted ? { checkpoints: trusted } : undefined),
          one: (trusted?: TrustedCheckpoint[]) => own.store.verifyStream(id, trusted ? { checkpoints: trusted } : undefined),
          other: () => own.store.verifyStream(otherId),
        };
        return {
          id,
          chain,
          other: other!,
          checkpoints,
          verify,
          store: own.store,
          close: async () => own.store.close().then(() => own.cleanup()),
        };
      } catch (error) {
        await own.store.close();
        await own.cleanup();
        throw error;
      }
    }

    /** Changes revision 1's amount and re-seals it and every later event of the stream. */
    async function resealFrom1(attacker: LogAttacker, chain: StoredEvent[]) {
      let previous = chain[0]!.hash;
      for (const stored of chain.slice(1)) {
        const data = stored.revision === 1 ? { amount: 2500 } : stored.data;
        const hash = computeEventHash(previous, { ...stored, data });
        await attacker.reseal(stored.streamId, stored.revision, { data: JSON.stringify(data), hash, previousHash: previous });
        previous = hash;
      }
    }

    it('names the first re-sealed event by its leaf when the tree was left alone (leaf-mismatch)', async () => {
      const run = await attacked((attacker, chain) => resealFrom1(attacker, chain));
      try {
        const at = { streamId: run.id, revision: 1, position: run.chain[1]!.position, eventId: run.chain[1]!.id, reason: 'leaf-mismatch' };
        expect(await run.verify.all()).toMatchObject({ ok: false, brokenLink: at });
        expect(await run.verify.one()).toMatchObject({ ok: false, brokenLink: at });
      } finally {
        await run.close();
      }
    });

    it('catches a re-sealed and re-treed stream only through a checkpoint held outside the database, naming where the rewrite begins', async () => {
      const run = await attacked(async (attacker, chain) => {
        await resealFrom1(attacker, chain);
        await attacker.retree();
      });
      try {
        // Without a checkpoint a consistent rewrite of events and tree is indistinguishable from the truth.
        expect((await run.verify.all()).ok).toBe(true);
        const all = await run.verify.all(run.checkpoints);
        expect(all).toMatchObject({
          ok: false,
          brokenLink: {
            reason: 'checkpoint-mismatch',
            position: run.chain[1]!.position,
            leafIndex: 1,
            expected: run.checkpoints[1]!.rootHash,
          },
        });
        expect(all.checkpoints!.map((checkpoint) => checkpoint.matched)).toEqual([true, false, false, false]);
        const one = await run.verify.one(run.checkpoints);
        expect(one).toMatchObject({
          ok: false,
          brokenLink: { reason: 'checkpoint-mismatch', position: run.chain[1]!.position, leafIndex: 1 },
        });
        // The checkpoint before the rewrite still holds.
        expect((await run.verify.all(run.checkpoints.slice(0, 1))).ok).toBe(true);
      } finally {
        await run.close();
      }
    });

    it("names a stream's deleted last event (event-missing)", async () => {
      const run = await attacked((attacker, chain) => attacker.removeEvents(chain[0]!.streamId, 2));
      try {
        const missing = { reason: 'event-missing', position: run.chain[2]!.position, leafIndex: 2 };
        expect(await run.verify.all()).toMatchObject({ ok: false, brokenLink: missing });
        expect(await run.verify.one()).toMatchObject({ ok: false, brokenLink: missing });
      } finally {
        await run.close();
      }
    });

    it('names a truncated log whose tree was cut to match: the checkpoint is beyond it, or no longer matches', async () => {
      const run = await attacked(async (attacker, _chain, other) => {
        await attacker.removeEvents(other.streamId, 0, { head: true });
        await attacker.retree();
      });
      try {
        expect((await run.verify.all()).ok).toBe(true);
        expect(await run.verify.all(run.checkpoints)).toMatchObject({
          ok: false,
          brokenLink: { reason: 'checkpoint-beyond-log', leafIndex: 3 },
        });
        expect(await run.verify.one(run.checkpoints)).toMatchObject({
          ok: false,
          brokenLink: { reason: 'checkpoint-beyond-log', leafIndex: 3 },
        });
      } finally {
        await run.close();
      }
    });

    it('names the first position of a deleted stream, and verifying that stream alone is not ok', async () => {
      const run = await attacked((attacker, chain) => attacker.removeEvents(chain[0]!.streamId, 0, { head: true }));
      try {
        const missing = { reason: 'event-missing', position: run.chain[0]!.position, leafIndex: 0 };
        expect(await run.verify.all()).toMatchObject({ ok: false, brokenLink: missing });
        expect(await run.verify.one()).toMatchObject({ ok: false, brokenLink: missing });
        // Another stream of a damaged log is not ok either.
        expect(await run.verify.other()).toMatchObject({ ok: false, brokenLink: missing });
      } finally {
        await run.close();
      }
    });

    it('names the first of two events whose global positions were swapped (leaf-mismatch)', async () => {
      const run = await attacked((attacker, chain, other) => attacker.swapPositions(chain[1]!.position, other.position));
      try {
        expect(await run.verify.all()).toMatchObject({
          ok: false,
          brokenLink: { reason: 'leaf-mismatch', position: run.chain[1]!.position, streamId: run.other.streamId },
        });
      } finally {
        await run.close();
      }
    });

    it('names a stream head that disagrees with the stream (stream-head-mismatch)', async () => {
      const forged = 'e'.repeat(64);
      const run = await attacked((attacker, chain) => attacker.setHead(chain[0]!.streamId, 7, forged));
      try {
        const head = {
          reason: 'stream-head-mismatch',
          streamId: run.id,
          revision: 7,
          position: run.chain[2]!.position,
          found: `revision 7, hash ${forged}`,
        };
        expect(await run.verify.all()).toMatchObject({ ok: false, brokenLink: head });
        expect(await run.verify.one()).toMatchObject({ ok: false, brokenLink: head });
      } finally {
        await run.close();
      }
    });

    it('answers an unknown stream with StreamNotFoundError, not ok', async () => {
      const run = await attacked(async () => undefined);
      try {
        await expect(run.store.verifyStream(`audit:${randomUUID()}`)).rejects.toBeInstanceOf(StreamNotFoundError);
      } finally {
        await run.close();
      }
    });
  });
}
