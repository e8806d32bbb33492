/**
 * The item list's filters on 10,000 items (the read-model query the API runs for
 * `GET /agenda-board`, i.e. server time without the network): a Korean word of the title alone,
 * with a state, with a district and body, and a state alone, each the page of 50 plus the total.
 * Prints median, p95 and max per filter; the aim is ≤ 100 ms.
 *
 * Env: BENCH_FILTER_ITEMS (default 10,000), BENCH_FILTER_QUERIES (default 200 per filter).
 * Run: npm run bench:agenda-filter
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlDatabase } from '@gongron/application';
import { SqliteEventStore } from '@gongron/event-store';
import { type AgendaBoardFilters, ProjectionEngine, agendaBoardProjection, listAgendaBoard, parseTextSearch } from '@gongron/projections';
import { sized } from './support/env.js';
import { median, percentile, timed } from './support/timing.js';
import { seedAgendaLog } from './support/seed-log.js';

async function main(): Promise<void> {
  const items = sized('BENCH_FILTER_ITEMS', 10_000, 100, { ...process.env, BENCH_SCALE: '1' });
  const queries = sized('BENCH_FILTER_QUERIES', 200, 10, { ...process.env, BENCH_SCALE: '1' });
  const dir = mkdtempSync(join(tmpdir(), 'gongron-bench-filter-'));
  const file = join(dir, 'filter.sqlite');
  const store = new SqliteEventStore({ file });
  const database = openSqlDatabase({ kind: 'sqlite', file });
  try {
    const seeded = await seedAgendaLog(store, { items, seed: 12 });
    const engine = new ProjectionEngine({ database, store, projections: [agendaBoardProjection] });
    await engine.catchUp();
    const filters: [string, AgendaBoardFilters][] = [
      ['text "교육" (Korean substring of the title)', { text: parseTextSearch('교육') }],
      ['text "마을 교육" (two words)', { text: parseTextSearch('마을 교육') }],
      ['text "교육" + state drafting', { text: parseTextSearch('교육'), state: 'drafting' }],
      [
        'text "교육" + district suwon + body working-council',
        { text: parseTextSearch('교육'), district: 'suwon', body: 'working-council' },
      ],
      ['state inDeliberation + task 2-2', { state: 'inDeliberation', taskCode: '2-2' }],
    ];
    process.stdout.write(
      `agenda list filters over ${seeded.items} items (${seeded.events} events), page of 50 + total, ${queries} queries each\n`,
    );
    for (const [label, filter] of filters) {
      for (let i = 0; i < 10; i++) await listAgendaBoard(database.db, filter, { limit: 50, offset: 0 });
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < queries; i++) {
        const { ms, value } = await timed(() => listAgendaBoard(database.db, filter, { limit: 50, offset: (i % 5) * 50 }));
        times.push(ms);
        total = value.total;
      }
      process.stdout.write(
        `  ${label.padEnd(58)} matches ${String(total).padStart(5)}  median ${median(times).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms  max ${Math.max(...times).toFixed(2)} ms\n`,
      );
    }
  } finally {
    await database.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
