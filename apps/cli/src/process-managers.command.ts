/**
 * `process-managers status|parked|retry`: the administrator's view of the process managers —
 * each one's checkpoint, the reactions it parked (refused for a reason no retry changes by
 * itself) and retrying them, one or all, once the cause is fixed. A retry uses the reaction's
 * own event ids, so it never applies twice, whichever process (API, worker, CLI) retries it.
 */
import type { Command } from 'commander';
import {
  buildEventTypeRegistry,
  checkpointName,
  CommandService,
  domainCatalog,
  domainPreconditions,
  domainProcessManagers,
  loadConfig,
  openConfiguredSqlDatabase,
  openStores,
  type ParkedReaction,
  ParkedReactions,
  parseReactionId,
  type RetryOutcome,
} from '@gongron/application';
import type { CheckpointStore } from '@gongron/event-store';

interface Side {
  readonly parked: ParkedReactions;
  readonly commands: CommandService;
  readonly checkpoints: CheckpointStore;
}

async function withProcessManagers<T>(work: (side: Side) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const stores = await openStores(config, buildEventTypeRegistry());
  const sql = openConfiguredSqlDatabase(config);
  try {
    return await work({
      parked: new ParkedReactions(sql, {
        info: () => undefined,
        warn: (message, fields) => process.stderr.write(`${message}: ${String(fields.code ?? '')} ${String(fields.message ?? '')}\n`),
      }),
      commands: new CommandService(stores.store, domainCatalog, undefined, { preconditions: domainPreconditions }),
      checkpoints: stores.checkpoints,
    });
  } finally {
    await sql.close();
    await stores.close();
  }
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatParked(parked: readonly ParkedReaction[]): string {
  if (parked.length === 0) return 'no parked reactions';
  return table(
    ['reaction', 'command', 'position', 'code', 'attempts', 'parked at', 'resolved'],
    parked.map((p) => [p.id, p.command.type, String(p.causePosition), p.code, String(p.attempts), p.parkedAt, p.resolution ?? '-']),
  );
}

export function formatOutcome(outcome: RetryOutcome): string {
  if (outcome.outcome === 'applied') return `${outcome.id}: applied to ${outcome.streamId} at revision ${outcome.revision}`;
  if (outcome.outcome === 'already-done') return `${outcome.id}: already done (${outcome.code})`;
  return `${outcome.id}: still parked — ${outcome.code}: ${outcome.message}`;
}

function fail(error: unknown): void {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

export function registerProcessManagerCommands(program: Command): void {
  const pms = program.command('process-managers').description('Process managers: checkpoints, parked reactions, retries');

  pms
    .command('status')
    .description("Each process manager's checkpoint and how many reactions it has parked")
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      try {
        await withProcessManagers(async ({ parked, checkpoints }) => {
          const counts = await parked.countParked();
          const rows = [];
          for (const pm of domainProcessManagers) {
            rows.push({ name: pm.name, position: await checkpoints.load(checkpointName(pm)), parked: counts[pm.name] ?? 0 });
          }
          process.stdout.write(
            options.json
              ? `${JSON.stringify(rows, null, 2)}\n`
              : `${table(
                  ['process manager', 'checkpoint', 'parked'],
                  rows.map((r) => [r.name, String(r.position), String(r.parked)]),
                )}\n`,
          );
        });
      } catch (error) {
        fail(error);
      }
    });

  pms
    .command('parked')
    .description('Parked reactions in log order, with the reason each was refused')
    .option('--all', 'include reactions already resolved')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { all?: boolean; json?: boolean }) => {
      try {
        await withProcessManagers(async ({ parked }) => {
          const list = await parked.list({ includeResolved: options.all === true });
          process.stdout.write(options.json ? `${JSON.stringify(list, null, 2)}\n` : `${formatParked(list)}\n`);
          // Scripts and monitors can tell "something waits for a person" from the exit code.
          if (list.some((p) => p.resolvedAt === null)) process.exitCode = 3;
        });
      } catch (error) {
        fail(error);
      }
    });

  pms
    .command('retry')
    .description('Retry a parked reaction (or all of them): applied or already done, it is resolved; refused again, it stays parked')
    .argument('<reaction>', 'reaction id (processManager:causeEventId:index) or "all"')
    .option('--json', 'print JSON')
    .action(async (reaction: string, options: { json?: boolean }) => {
      if (reaction !== 'all' && !parseReactionId(reaction)) {
        process.stderr.write(`"${reaction}" is not a reaction id (processManager:causeEventId:index) or "all"\n`);
        process.exitCode = 2;
        return;
      }
      try {
        await withProcessManagers(async ({ parked, commands }) => {
          let outcomes: RetryOutcome[];
          if (reaction === 'all') outcomes = await parked.retryAll(commands);
          else {
            const outcome = await parked.retry(reaction, commands);
            if (!outcome) {
              process.stderr.write(`no parked reaction "${reaction}"\n`);
              process.exitCode = 2;
              return;
            }
            outcomes = [outcome];
          }
          process.stdout.write(
            options.json
              ? `${JSON.stringify(outcomes, null, 2)}\n`
              : `${outcomes.map(formatOutcome).join('\n') || 'no parked reactions'}\n`,
          );
          if (outcomes.some((o) => o.outcome === 'still-parked')) process.exitCode = 3;
        });
      } catch (error) {
        fail(error);
      }
    });
}
