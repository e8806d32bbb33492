/**
 * Gongron's PostgreSQL event store beside Emmett (@event-driven-io/emmett-postgresql), the
 * nearest peer in Node: same server, a fresh database per side, the same payloads, the same
 * cases, run alternately in one process so the ratio is measured side by side.
 *
 * Sizes: BENCH_SCALE (default 1) or BENCH_EMMETT_SINGLE / _BATCHES / _CONCURRENT.
 */
import { createEventStore } from '@gongron/event-store';
import { benchScale, sized } from './support/env.js';
import { createBenchDatabase, type BenchDatabase } from './support/postgres.js';
import { ProvinceGenerator, type GeneratedEvent } from './support/province.js';
import { ResultRecorder } from './support/results.js';
import { emmettSide, gongronSide, type StoreSide } from './support/store-sides.js';
import { inLanes, perSecond, timed } from './support/timing.js';

const WRITERS = 8;
const POOL_SIZE = 10;
const WARMUP = 50;

interface Workload {
  readonly warmup: GeneratedEvent[];
  readonly single: GeneratedEvent[];
  readonly batches: GeneratedEvent[][];
  readonly concurrent: GeneratedEvent[];
}

function workload(singles: number, batches: number, concurrent: number): Workload {
  const gen = new ProvinceGenerator(7);
  return {
    warmup: Array.from({ length: WARMUP }, (_, i) => gen.proposal(i)),
    single: Array.from({ length: singles }, (_, i) => gen.proposal(i)),
    batches: Array.from({ length: batches }, (_, i) => gen.batch(i, 10)),
    concurrent: Array.from({ length: concurrent }, (_, i) => gen.proposal(i)),
  };
}

type CaseKey = 'append.single' | 'append.batch10' | 'append.concurrent8' | 'readAll';

const LABELS: Record<CaseKey, string> = {
  'append.single': 'append 1 event per command to new streams',
  'append.batch10': 'append 10-event batches to new streams',
  'append.concurrent8': `append 1 event per command, ${WRITERS} concurrent writers`,
  readAll: 'readAll (pages of 1000)',
};

async function runCase(side: StoreSide, key: CaseKey, w: Workload): Promise<{ events: number; ms: number }> {
  switch (key) {
    case 'append.single': {
      const { ms } = await timed(async () => {
        for (const g of w.single) await side.appendNew(g.streamId, [g.event]);
      });
      return { events: w.single.length, ms };
    }
    case 'append.batch10': {
      const { ms } = await timed(async () => {
        for (const b of w.batches)
          await side.appendNew(
            b[0]!.streamId,
            b.map((g) => g.event),
          );
      });
      return { events: w.batches.reduce((n, b) => n + b.length, 0), ms };
    }
    case 'append.concurrent8': {
      const { ms } = await timed(() =>
        inLanes(WRITERS, w.concurrent.length, async (i) => {
          const g = w.concurrent[i]!;
          await side.appendNew(g.streamId, [g.event]);
        }),
      );
      return { events: w.concurrent.length, ms };
    }
    case 'readAll': {
      const { ms, value } = await timed(() => side.readAll(1000));
      return { events: value, ms };
    }
  }
}

async function main(): Promise<void> {
  const scale = benchScale();
  const recorder = new ResultRecorder('emmett', scale);
  const w = workload(
    sized('BENCH_EMMETT_SINGLE', 1000, 20),
    sized('BENCH_EMMETT_BATCHES', 200, 5),
    sized('BENCH_EMMETT_CONCURRENT', 2000, 16),
  );
  const databases: BenchDatabase[] = [];
  const sides: StoreSide[] = [];
  try {
    const gongronDb = await createBenchDatabase('bench_gongron');
    databases.push(gongronDb);
    const emmettDb = await createBenchDatabase('bench_emmett');
    databases.push(emmettDb);

    const gongron = gongronSide(
      'gongron',
      await createEventStore({ kind: 'postgres', connectionString: gongronDb.url, poolSize: POOL_SIZE }),
    );
    sides.push(gongron);
    const emmett = emmettSide(emmettDb.url, POOL_SIZE);
    sides.push(emmett);
    await emmett.migrate();

    console.log(
      `emmett: Gongron vs Emmett on PostgreSQL (${w.single.length} single, ${w.batches.length}×10 batches, ${w.concurrent.length} concurrent)`,
    );
    for (const side of sides) {
      for (const g of w.warmup) await side.appendNew(g.streamId, [g.event]);
    }
    const cases: CaseKey[] = ['append.single', 'append.batch10', 'append.concurrent8', 'readAll'];
    for (const [index, key] of cases.entries()) {
      // Alternate which side goes first, so neither always meets a warmer server.
      const order = index % 2 === 0 ? [gongron, emmett] : [emmett, gongron];
      const measured = new Map<string, number>();
      for (const side of order) {
        const { events, ms } = await runCase(side, key, w);
        const value = perSecond(events, ms);
        measured.set(side.name, value);
        recorder.add({
          id: `pg.${key}.${side.name}`,
          label: `${side.name === 'gongron' ? 'Gongron' : 'Emmett'} · ${LABELS[key]}`,
          unit: 'events/s',
          value,
          higherIsBetter: true,
          extra: { events, ms: Math.round(ms), side: side.name, case: `pg.${key}` },
        });
      }
      const ratio = (measured.get('gongron') ?? 0) / (measured.get('emmett') ?? 1);
      recorder.add({
        id: `pg.${key}.ratio`,
        label: `Gongron/Emmett · ${LABELS[key]}`,
        unit: '×',
        value: ratio,
        higherIsBetter: true,
        extra: { aim: key === 'readAll' ? undefined : 1.5 },
      });
    }
  } finally {
    for (const side of sides) await side.close().catch((e: unknown) => console.error(`closing ${side.name}:`, e));
    for (const db of databases) await db.drop().catch((e: unknown) => console.error(`dropping ${db.name}:`, e));
  }
  recorder.finish();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
