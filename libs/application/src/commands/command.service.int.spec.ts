/**
 * Writers of one hot stream from several processes: each command service has its own connection
 * to the real log (two API processes on one PostgreSQL, or two on one SQLite file). 50 opinions
 * at once, 25 through each, none naming a revision: all 50 are recorded, at contiguous revisions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../access/actor.js';
import { loadConfig } from '../config.js';
import { buildEventTypeRegistry, domainCatalog } from '../domain-catalog.js';
import { openStores, type OpenedStores } from '../stores.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../../../../test/support/postgres.js';
import { verifyInclusion } from '@gongron/event-store';
import { CommandService, untypedCommand } from './command.service.js';

const civic: Actor = { id: 'token-civic', role: 'secretary', district: 'suwon', body: 'civic-council' };
const now = '2024-03-14T09:00:00.000Z';
const command = (type: string, data: Record<string, unknown>) => untypedCommand({ type, data, metadata: { now, actor: civic } });

const pgAvailable = await postgresAvailable();
if (!pgAvailable && process.env.CI === 'true') throw new Error('PostgreSQL is required under CI=true');
const backends: [string, 'sqlite' | 'postgres'][] = [
  ['SQLite', 'sqlite'],
  ...(pgAvailable ? [['PostgreSQL', 'postgres'] as [string, 'postgres']] : []),
];

describe.each(backends)('one hot stream written by two processes on %s', (_label, kind) => {
  let dir: string;
  let database: TestDatabase | undefined;
  let first: OpenedStores;
  let second: OpenedStores;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongron-hot-'));
    database = kind === 'postgres' ? await createTestDatabase('gongron_hot_two') : undefined;
    const config = loadConfig(kind === 'postgres' ? { GONGRON_STORE: 'postgres', DATABASE_URL: database!.url } : { GONGRON_DATA_DIR: dir });
    first = await openStores(config, buildEventTypeRegistry());
    second = await openStores(config, buildEventTypeRegistry());
  });

  afterEach(async () => {
    await first.close();
    await second.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records all 50 concurrent opinions', async () => {
    const a = new CommandService(first.store, domainCatalog);
    const b = new CommandService(second.store, domainCatalog);
    await a.execute(
      command('ProposeAgendaItem', { itemId: 'hot', district: 'suwon', title: '통학로', description: '안전', proposerCategory: 'parent' }),
    );
    await a.execute(command('OpenDeliberation', { itemId: 'hot' }));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, n) =>
        (n % 2 === 0 ? a : b).execute(
          command('RecordOpinion', {
            itemId: 'hot',
            opinionId: `op-${n}`,
            stance: 'support',
            respondentCategory: 'student',
            text: `의견 ${n}`,
          }),
        ),
      ),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason));
    expect(refused).toEqual([]);
    const stream = await first.store.readStream('agenda-item:hot');
    expect(stream.map((e) => e.revision)).toEqual(Array.from({ length: 52 }, (_, n) => n));
    expect(stream.filter((e) => e.type === 'OpinionRecorded')).toHaveLength(50);
    // Both processes grew one Merkle tree: every answer's receipt proves against its head.
    const receipts = outcomes.flatMap((o) => (o.status === 'fulfilled' ? (o.value.receipts ?? []) : []));
    expect(new Set(receipts.map((r) => r.leafIndex)).size).toBe(50);
    const head = await second.store.merkle!.treeHead();
    expect(head.size).toBe(52);
    for (const receipt of receipts) {
      const proof = (await first.store.merkle!.inclusionProof(receipt.leafIndex, head.size)).map((h) => Buffer.from(h, 'hex'));
      expect(
        verifyInclusion(receipt.leafIndex, head.size, Buffer.from(receipt.leafHash, 'hex'), proof, Buffer.from(head.rootHash, 'hex')),
      ).toBe(true);
    }
  }, 60_000);
});
