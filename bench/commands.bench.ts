/**
 * The one command path in-process — read the stream, fold (cached state + newer events),
 * authorise, decide, append — on the embedded default (a SQLite file). Items are proposed,
 * deliberation opened and opinions recorded across many items and all 31 districts.
 *
 * Sizes: BENCH_SCALE (default 1) or BENCH_COMMANDS_ITEMS (default 600), BENCH_COMMANDS_OPINIONS (8 per item).
 * BENCH_COMMANDS_APPEND_THREAD=1 writes the appends as the API and the worker do, in the store's
 * append thread (default: on the calling thread, as a CLI command does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandService, buildEventTypeRegistry, domainCatalog, untypedCommand } from '@gongron/application';
import { SqliteEventStore } from '@gongron/event-store';
import { CommandGenerator, type BenchCommand } from './support/commands.js';
import { benchScale, sized } from './support/env.js';
import { ResultRecorder } from './support/results.js';
import { inLanes, perSecond, timed } from './support/timing.js';

const WRITERS = 8;

async function main(): Promise<void> {
  const scale = benchScale();
  const items = sized('BENCH_COMMANDS_ITEMS', 600, 10);
  const opinionsPerItem = sized('BENCH_COMMANDS_OPINIONS', 8, 1, { ...process.env, BENCH_SCALE: '1' });
  const recorder = new ResultRecorder('commands', scale);
  const dir = mkdtempSync(join(tmpdir(), 'gongron-bench-commands-'));
  const appendThread = process.env.BENCH_COMMANDS_APPEND_THREAD === '1';
  const store = new SqliteEventStore({ file: join(dir, 'gongron.sqlite'), registry: buildEventTypeRegistry(), appendThread });
  try {
    const service = new CommandService(store, domainCatalog);
    const gen = new CommandGenerator();
    const ids = Array.from({ length: items }, () => gen.newItemId());
    const districts = ids.map((_, i) => gen.district(i));
    const run = async (commands: readonly BenchCommand[]) => {
      for (const c of commands) await service.execute(untypedCommand(c));
    };
    console.log(
      `commands: ${items} items × (propose, open deliberation, ${opinionsPerItem} opinions) on SQLite, appends ${appendThread ? 'in the append thread' : 'on the calling thread'}`,
    );

    // Warm-up on separate items so the JIT and SQLite page cache are in a steady state.
    const warm = Array.from({ length: 20 }, () => gen.newItemId());
    await run(
      warm.flatMap((id, i) => [
        gen.propose(id, gen.district(i)),
        gen.openDeliberation(id, gen.district(i)),
        gen.opinion(id, gen.district(i)),
      ]),
    );

    const proposals = ids.map((id, i) => gen.propose(id, districts[i]!));
    const p = await timed(() => run(proposals));
    recorder.add({
      id: 'commands.propose',
      label: 'ProposeAgendaItem (new stream)',
      unit: 'commands/s',
      value: perSecond(items, p.ms),
      higherIsBetter: true,
      extra: { commands: items, ms: Math.round(p.ms) },
    });

    const opens = ids.map((id, i) => gen.openDeliberation(id, districts[i]!));
    const o = await timed(() => run(opens));
    recorder.add({
      id: 'commands.open',
      label: 'OpenDeliberation',
      unit: 'commands/s',
      value: perSecond(items, o.ms),
      higherIsBetter: true,
      extra: { commands: items, ms: Math.round(o.ms) },
    });

    // Opinions arrive interleaved across items, as at a forum with many tables.
    const half = Math.ceil(opinionsPerItem / 2);
    const opinions = (count: number) => Array.from({ length: count }, () => ids.map((id, i) => gen.opinion(id, districts[i]!))).flat();
    const sequential = opinions(half);
    const s = await timed(() => run(sequential));
    recorder.add({
      id: 'commands.opinion',
      label: 'RecordOpinion across items, one after another',
      unit: 'commands/s',
      value: perSecond(sequential.length, s.ms),
      higherIsBetter: true,
      extra: { commands: sequential.length, ms: Math.round(s.ms) },
    });

    const concurrent = opinions(opinionsPerItem - half);
    const c = await timed(() =>
      inLanes(WRITERS, concurrent.length, (i) => service.execute(untypedCommand(concurrent[i]!)).then(() => undefined)),
    );
    recorder.add({
      id: 'commands.opinion.concurrent8',
      label: `RecordOpinion across items, ${WRITERS} concurrent callers`,
      unit: 'commands/s',
      value: perSecond(concurrent.length, c.ms),
      higherIsBetter: true,
      extra: { commands: concurrent.length, ms: Math.round(c.ms) },
    });

    const total = items * 2 + sequential.length + concurrent.length;
    const totalMs = p.ms + o.ms + s.ms + c.ms;
    recorder.add({
      id: 'commands.mix',
      label: 'whole mix (propose, open, opinions)',
      unit: 'commands/s',
      value: perSecond(total, totalMs),
      higherIsBetter: true,
      extra: { commands: total, ms: Math.round(totalMs) },
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  recorder.finish();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
