/**
 * Personal data in the log, against the real SQLite file and the real PostgreSQL server: the
 * stored events (and so their hashes and Merkle leaves) carry only ciphertext; readers with the
 * right to see a value get it back; erasing the subject's key makes it `[삭제됨]` for good while
 * verification and every proof stay valid; the key and the value are gone from the database
 * file byte for byte; events written before encryption still read and fold. The in-memory store
 * seals by the same path (personal-data/protect.ts, which EventStoreDB uses too, with its keys
 * in PostgreSQL) and passes the same tests, but for the history written before encryption (it
 * keeps nothing across a reopening).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildEventTypeRegistry, eraseSubject, sweepRetention } from '@gongron/application';
import { rosterWorkflow, rosterStreamId } from '@gongron/domain';
import {
  type EventStore,
  type EventToAppend,
  MemoryEventStore,
  PostgresEventStore,
  type RevealPolicy,
  revealPersonalData,
  SqliteEventStore,
  eventLeafHash,
  rootFromInclusionProof,
} from '@gongron/event-store';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/postgres.js';

const registry = buildEventTypeRegistry();
const plainRegistry = { types: registry.types, upcasters: registry.upcasters };
const auditor: RevealPolicy = { mayRead: () => true };
const anotherDistrict: RevealPolicy = { mayRead: (district) => district === 'osan' };

const MEMBER_NAME = '홍길동가나다라마';
const ACTOR_NAME = '김간사바사아자차';
const stream = rosterStreamId('hwaseong', 'civic-council');

function memberJoined(memberId: string, name: string): EventToAppend {
  return {
    id: randomUUID(),
    type: 'MemberJoined',
    data: {
      district: 'hwaseong',
      body: 'civic-council',
      memberId,
      name,
      category: 'student',
      role: 'member',
      termFrom: '2024-03-01',
      termUntil: null,
    },
    metadata: { actor: { id: 'token-secretary-1', role: 'secretary', district: 'hwaseong', body: 'civic-council', name: ACTOR_NAME } },
  };
}

async function proofHolds(store: EventStore, position: number): Promise<boolean> {
  const merkle = store.merkle!;
  const leaf = (await merkle.leafByPosition(position))!;
  const head = await merkle.treeHead();
  const stored = (await merkle.storedEvent(position))!;
  const proof = (await merkle.inclusionProof(leaf.leafIndex, head.size)).map((hex) => Buffer.from(hex, 'hex'));
  const root = rootFromInclusionProof(leaf.leafIndex, head.size, eventLeafHash(position, stored.hash), proof);
  return root !== undefined && root.toString('hex') === head.rootHash;
}

interface Backend {
  open(personal: boolean): Promise<EventStore>;
  /** Every byte the database holds for the log and its keys. */
  bytes(): Promise<Buffer>;
  cleanup(): Promise<void>;
}

/** `reopens`: false for a store that keeps nothing once closed (memory); the history-before-encryption test needs a reopening. */
function behavesLawfully(name: string, backend: () => Promise<Backend>, reopens = true): void {
  const itReopening = reopens ? it : it.skip;
  describe(`${name}: personal data in the log`, () => {
    let db: Backend;
    let store: EventStore;
    beforeEach(async () => {
      db = await backend();
      store = await db.open(true);
    });
    afterEach(async () => {
      await store.close();
      await db.cleanup();
    });

    it('stores only ciphertext, reads it back for those who may see it, and erases it without breaking a proof', async () => {
      const appended = await store.append(stream, [memberJoined('m1', MEMBER_NAME)], 'no-stream');
      const [event] = await store.readStream(stream);
      expect(JSON.stringify(event)).not.toContain(MEMBER_NAME);
      expect(JSON.stringify(event)).not.toContain(ACTOR_NAME);
      expect(JSON.stringify(await store.merkle!.storedEvent(event!.position))).not.toContain(MEMBER_NAME);
      const bytes = await db.bytes();
      expect(bytes.includes(Buffer.from(MEMBER_NAME))).toBe(false);
      expect(bytes.includes(Buffer.from(ACTOR_NAME))).toBe(false);

      const shown = await revealPersonalData(event!, store.subjectKeys, auditor);
      expect(shown.data['name']).toBe(MEMBER_NAME);
      expect(shown.metadata.actor?.name).toBe(ACTOR_NAME);
      const elsewhere = await revealPersonalData(event!, store.subjectKeys, anotherDistrict);
      expect(elsewhere.data['name']).toBe('[비공개]');
      // The fold sees the same stored values: the roster knows its member.
      const state = rosterWorkflow.decider.evolve(rosterWorkflow.decider.initialState(), { type: event!.type, data: event!.data } as never);
      expect(JSON.stringify(state)).toContain('m1');

      const subject = 'member:hwaseong-civic-council/m1';
      const before = await store.subjectKeys!.lookup([subject]);
      const key = before.get(subject)!.key!;
      expect(key.length).toBe(32);
      expect((await store.subjectKeys!.erase(subject, new Date().toISOString())).destroyed).toBe(true);

      const [after] = await store.readStream(stream);
      const erased = await revealPersonalData(after!, store.subjectKeys, auditor);
      expect(erased.data['name']).toBe('[삭제됨]');
      // The actor's name is another subject: it is still there.
      expect(erased.metadata.actor?.name).toBe(ACTOR_NAME);
      expect((await store.verifyAll()).ok).toBe(true);
      expect(await proofHolds(store, appended.positions[0]!)).toBe(true);
      expect((await store.merkle!.leafByPosition(appended.positions[0]!))!.leafHash).toBe(appended.receipts![0]!.leafHash);
      const afterBytes = await db.bytes();
      expect(afterBytes.includes(key)).toBe(false);
      expect(afterBytes.includes(Buffer.from(MEMBER_NAME))).toBe(false);
    });

    it('recognises a retried append with personal fields as the one already stored', async () => {
      const batch = [memberJoined('m2', '이몽룡')];
      const first = await store.append(stream, batch, 'no-stream');
      const again = await store.append(stream, batch, 'no-stream');
      expect(again.duplicate).toBe(true);
      expect(again.events[0]!.hash).toBe(first.events[0]!.hash);
    });

    it('refuses text that begins like a stored personal value, naming the field', async () => {
      const forged = memberJoined('m3', '\uE000pd1|member%3Ax|hwaseong|member|AAAA');
      await expect(store.append(stream, [forged], 'no-stream')).rejects.toMatchObject({ field: 'data.name' });
    });

    itReopening('keeps a history written before encryption readable, and its plain values under the same rules', async () => {
      await store.close();
      const legacy = await db.open(false);
      await legacy.append(stream, [memberJoined('m4', '성춘향')], 'no-stream');
      await legacy.close();
      store = await db.open(true);
      const [event] = await store.readStream(stream);
      expect((await revealPersonalData(event!, store.subjectKeys, auditor)).data['name']).toBe('성춘향');
      expect((await revealPersonalData(event!, store.subjectKeys, anotherDistrict)).data['name']).toBe('[비공개]');
      await store.subjectKeys!.erase('member:hwaseong-civic-council/m4', new Date().toISOString());
      const [after] = await store.readStream(stream);
      expect((await revealPersonalData(after!, store.subjectKeys, auditor)).data['name']).toBe('[삭제됨]');
      expect((await store.verifyAll()).ok).toBe(true);
      // New events of the stream are encrypted.
      await store.append(stream, [memberJoined('m5', '변학도')], 0);
      expect((await db.bytes()).includes(Buffer.from('변학도'))).toBe(false);
    });
  });
}

behavesLawfully('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-privacy-'));
  const file = join(dir, 'events.db');
  return {
    open: async (personal) => new SqliteEventStore({ file, registry: personal ? registry : plainRegistry }),
    async bytes() {
      const parts = [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path));
      return Buffer.concat(parts);
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

behavesLawfully(
  'in-memory',
  async () => {
    let opened: MemoryEventStore | undefined;
    return {
      async open(personal) {
        opened = new MemoryEventStore({ registry: personal ? registry : plainRegistry });
        return opened;
      },
      // Everything the store keeps of the log, as its readers get it.
      bytes: async () => Buffer.from(JSON.stringify(await opened!.readAll({ maxCount: 10_000 }))),
      cleanup: async () => undefined,
    };
  },
  false,
);

const describePg = await describeWithPostgres();
describePg('PostgreSQL', () => {
  behavesLawfully('PostgreSQL', async () => {
    const database: TestDatabase = await createTestDatabase('gongron_privacy');
    const admin = new pg.Pool({ connectionString: database.url, max: 1 });
    return {
      open: async (personal) =>
        PostgresEventStore.create({ connectionString: database.url, registry: personal ? registry : plainRegistry }),
      async bytes() {
        // The tables' files as the server keeps them (after a checkpoint writes every page).
        await admin.query('checkpoint');
        const tables = ['gongron_events', 'gongron_subject_keys'];
        const parts: Buffer[] = [];
        for (const table of tables) {
          const exists = await admin.query('select to_regclass($1) as oid', [table]);
          if (!exists.rows[0].oid) continue;
          const { rows } = await admin.query<{ bytes: Buffer }>(`select pg_read_binary_file(pg_relation_filepath($1)) as bytes`, [table]);
          parts.push(rows[0]!.bytes);
          const toast = await admin.query<{ toast: string | null }>(
            `select reltoastrelid::regclass::text as toast from pg_class where oid = $1::regclass and reltoastrelid <> 0`,
            [table],
          );
          if (toast.rows[0]?.toast) {
            const t = await admin.query<{ bytes: Buffer }>(`select pg_read_binary_file(pg_relation_filepath($1)) as bytes`, [
              toast.rows[0].toast,
            ]);
            parts.push(t.rows[0]!.bytes);
          }
        }
        return Buffer.concat(parts);
      },
      async cleanup() {
        await admin.end();
        await database.drop();
      },
    };
  });
});

describe('erasure on request and by retention', () => {
  it.each([
    [
      'SQLite',
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'gongron-privacy-'));
        return {
          store: new SqliteEventStore({ file: join(dir, 'events.db'), registry }) as EventStore,
          cleanup: () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    ],
    ['in-memory', () => ({ store: new MemoryEventStore({ registry }) as EventStore, cleanup: () => undefined })],
  ])('%s: records each erasure in the log without the data, and the sweep erases only what is past its retention', async (_name, open) => {
    const { store, cleanup } = open();
    try {
      await store.append(stream, [memberJoined('old', '오래된이름')], 'no-stream');
      const by = { id: 'cli:privacy', role: 'admin' } as const;
      // Nothing is past a year yet.
      expect(await sweepRetention(store, { member: 365, actor: 365 }, by, new Date())).toEqual([]);
      const later = new Date(Date.now() + 400 * 86_400_000);
      const swept = await sweepRetention(store, { member: 365 }, by, later);
      expect(swept.map((result) => result.subject)).toEqual(['member:hwaseong-civic-council/old']);
      const erasures = await store.readStream('privacy:erasures');
      expect(erasures.map((event) => event.data)).toEqual([
        {
          subject: 'member:hwaseong-civic-council/old',
          category: 'member',
          reason: 'retention',
          erasedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      ]);
      expect(JSON.stringify(erasures)).not.toContain('오래된이름');
      const [event] = await store.readStream(stream);
      expect((await revealPersonalData(event!, store.subjectKeys, auditor)).data['name']).toBe('[삭제됨]');
      // The actor (category not swept) keeps its name.
      expect((await revealPersonalData(event!, store.subjectKeys, auditor)).metadata.actor?.name).toBe(ACTOR_NAME);
      const again = await eraseSubject(store, 'member:hwaseong-civic-council/old', 'request', by, later);
      expect(again.destroyed).toBe(false);
      expect((await store.verifyAll()).ok).toBe(true);
    } finally {
      await store.close();
      cleanup();
    }
  });
});
