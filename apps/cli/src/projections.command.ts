/**
 * `projections status` and `projections rebuild <name|all>`: the administrator's view of the
 * read models. A rebuild replays the log into fresh tables and swaps them in while the old ones
 * keep serving; interrupted (even by kill -9), the next run resumes where it stopped.
 */
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import {
  buildEventTypeRegistry,
  type GongronConfig,
  loadConfig,
  openConfiguredSqlDatabase,
  openStores,
  type SqlDatabase,
} from '@gongron/application';
import type { EventStore } from '@gongron/event-store';
import { ProjectionEngine, ProjectionError, type ProjectionStatus, readModelProjections } from '@gongron/projections';
import type { Kysely } from 'kysely';
import { formatTable } from './table.js';

export interface ReadSide {
  readonly store: EventStore;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly db: Kysely<any>;
  readonly engine: ProjectionEngine;
  readonly sql: SqlDatabase;
  readonly config: GongronConfig;
  close(): Promise<void>;
}

/** The log, the SQL database and the projection engine, as the configuration names them. */
export async function openReadSide(options: { batchSize?: number } = {}): Promise<ReadSide> {
  const config = loadConfig();
  const stores = await openStores(config, buildEventTypeRegistry());
  const database = openConfiguredSqlDatabase(config);
  const engine = new ProjectionEngine({ database, store: stores.store, projections: readModelProjections, batchSize: options.batchSize });
  return {
    store: stores.store,
    db: database.db,
    engine,
    sql: database,
    config,
    async close() {
      await database.close();
      await stores.close();
    },
  };
}

/**
 * What the progress bar calls the read models it rebuilds: their names while they fit, else how
 * many they are, so that the bar and its percentage stay on one line of a terminal.
 */
export function barLabel(names: readonly string[]): string {
  const joined = names.join(',');
  return joined.length <= 40 ? joined : `${names.length} read models`;
}

function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`expected a whole number ≥ 1, got "${value}"`);
  return Number(value);
}

export function formatStatus(statuses: readonly ProjectionStatus[]): string {
  const rows = statuses.map((s) => [
    s.name,
    String(s.version),
    s.state,
    s.generation === undefined ? '-' : String(s.generation),
    String(s.position),
    String(s.headPosition),
    String(s.lag),
    s.rebuild ? `g${s.rebuild.generation} at ${s.rebuild.position}` : '-',
  ]);
  const header = ['projection', 'version', 'state', 'generation', 'checkpoint', 'head', 'lag', 'rebuild in progress'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return formatTable(header, [widths.map((w) => '-'.repeat(w)), ...rows]);
}

async function withReadSide<T>(options: { batchSize?: number }, work: (side: ReadSide) => Promise<T>): Promise<T> {
  const side = await openReadSide(options);
  try {
    return await work(side);
  } finally {
    await side.close();
  }
}

function fail(error: unknown): void {
  const message =
    error instanceof ProjectionError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = error instanceof ProjectionError && error.code === 'PROJECTION.UNKNOWN' ? 2 : 1;
}

export function registerProjectionCommands(program: Command): void {
  const projections = program.command('projections').description('Read-model projections: status and rebuild');

  projections
    .command('status')
    .description("Each projection's checkpoint, the log's head and the lag")
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      try {
        await withReadSide({}, async ({ engine }) => {
          const statuses = await engine.status();
          process.stdout.write(options.json ? `${JSON.stringify(statuses, null, 2)}\n` : `${formatStatus(statuses)}\n`);
        });
      } catch (error) {
        fail(error);
      }
    });

  projections
    .command('rebuild')
    .description('Replay the log into fresh tables and swap them in atomically (resumes an interrupted rebuild)')
    .argument('<name>', `projection name or "all" (${readModelProjections.map((p) => p.name).join(', ')})`)
    .addOption(new Option('--batch-size <events>', 'events per transaction').argParser(positiveInt).default(5000))
    .option('--no-progress', 'no progress bar (for logs and scripts)')
    .action(async (name: string, options: { batchSize: number; progress: boolean }) => {
      try {
        await withReadSide({ batchSize: options.batchSize }, async ({ engine }) => {
          const names = name === 'all' ? 'all' : [name];
          engine.resolve(names);
          const bar = new cliProgress.SingleBar(
            {
              format: 'rebuild {projections} |{bar}| {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta_formatted}',
              hideCursor: true,
              etaBuffer: 50,
              // Scripts and logs see the bar too, a line every few seconds, and its last line.
              noTTYOutput: true,
              notTTYSchedule: 2000,
            },
            cliProgress.Presets.shades_classic,
          );
          const started = performance.now();
          let barStarted = false;
          const result = await engine.rebuild(names, {
            onProgress: (p) => {
              if (!options.progress) return;
              const seconds = (performance.now() - started) / 1000;
              const payload = { projections: barLabel(p.projections), rate: seconds > 0 ? Math.round(p.processed / seconds) : 0 };
              if (!barStarted) {
                bar.start(Math.max(p.total, 1), p.processed, payload);
                barStarted = true;
              } else {
                bar.setTotal(Math.max(p.total, 1));
                bar.update(p.processed, payload);
              }
            },
          });
          if (options.progress) {
            // The last batch ends the rebuild: the bar shows it reached the head, 100 %, even
            // when the final progress report came before the last events (or none came at all).
            const done = Math.max(result.events, barStarted ? bar.getTotal() : 0, 1);
            if (!barStarted)
              bar.start(done, done, {
                projections: barLabel(result.projections.map((p) => p.name)),
                rate: Math.round(result.eventsPerSecond),
              });
            else {
              bar.setTotal(done);
              bar.update(done, { rate: Math.round(result.eventsPerSecond) });
            }
            bar.stop();
          }
          for (const p of result.projections) {
            process.stdout.write(`${p.name}: generation ${p.generation} at position ${p.position}${p.resumed ? ' (resumed)' : ''}\n`);
          }
          process.stdout.write(
            `${result.events} events in ${(result.durationMs / 1000).toFixed(2)} s (${Math.round(result.eventsPerSecond)} events/s)\n`,
          );
        });
      } catch (error) {
        fail(error);
      }
    });
}
