/**
 * Parked reactions: a process manager's command that was refused for a reason other than "already
 * done" or a lost race. It is kept in the SQL database beside the process managers' checkpoints
 * (the same SQLite file or PostgreSQL database), so the checkpoint may move past the event that
 * caused it without losing it: an administrator sees it (route, CLI, `/metrics`) and retries it
 * once the cause is fixed. A retry uses the reaction's own event ids, so it can never apply twice.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { Counter, Gauge, register as defaultRegistry, type Registry } from 'prom-client';
import { CommandRefused } from '../commands/command-refused.js';
import type { CommandResult, ExecuteOptions } from '../commands/command.service.js';
import type { DomainCommand } from '@gongron/domain';
import type { SqlDatabase } from '../sql-database.js';

export const PARKED_REACTIONS_TABLE = 'gongron_parked_reactions';

/** Where reactions are sent: the one command path (CommandService). */
export interface CommandDispatcher {
  execute(command: DomainCommand, options?: ExecuteOptions): Promise<CommandResult>;
}

export interface ReactionRef {
  readonly processManager: string;
  /** The event the process manager reacted to. */
  readonly causeEventId: string;
  readonly causeType: string;
  readonly causePosition: number;
  /** Which of the event's reactions (a consented amendment reacts once per project). */
  readonly index: number;
}

export interface ParkedReaction extends ReactionRef {
  /** `processManager:causeEventId:index`: the reaction's id, and the seed of its event ids. */
  readonly id: string;
  readonly command: DomainCommand;
  readonly code: string;
  readonly message: string;
  readonly refusal: Record<string, unknown>;
  readonly parkedAt: string;
  /** Times it was tried: the first reaction and every administrator retry since. */
  readonly attempts: number;
  readonly lastAttemptAt: string;
  readonly resolvedAt: string | null;
  readonly resolution: 'applied' | 'already-done' | null;
}

export type RetryOutcome =
  | { readonly id: string; readonly outcome: 'applied'; readonly streamId: string; readonly revision: number }
  | { readonly id: string; readonly outcome: 'already-done'; readonly code: string }
  | { readonly id: string; readonly outcome: 'still-parked'; readonly code: string; readonly message: string };

export type RefusalClass = 'already-done' | 'lost-race' | 'park';

/**
 * What a refusal of a reaction means. The deciders refuse a repeat with a transition refusal whose
 * code says ALREADY (`PROJECT.AMENDMENT_ALREADY_APPLIED`, `…ALREADY_EXISTS`): the reaction is
 * done. A lost race means nothing was decided on the current state yet: try again. Everything
 * else (a rule broken, a project that does not exist, a closed item) needs a person.
 */
export function classifyRefusal(refusal: CommandRefused): RefusalClass {
  if (refusal.kind === 'transition' && /(^|[._])ALREADY_/.test(refusal.code)) return 'already-done';
  if (refusal.code === 'STREAM.CONCURRENT_WRITES' || refusal.code === 'STREAM.STALE_REVISION') return 'lost-race';
  return 'park';
}

export function reactionId(ref: Pick<ReactionRef, 'processManager' | 'causeEventId' | 'index'>): string {
  return `${ref.processManager}:${ref.causeEventId}:${ref.index}`;
}

export function refusalFields(refusal: CommandRefused): Record<string, unknown> {
  return {
    kind: refusal.kind,
    code: refusal.code,
    message: refusal.message,
    ...(refusal.field !== undefined ? { field: refusal.field } : {}),
    ...(refusal.allowedActions !== undefined ? { allowedActions: refusal.allowedActions } : {}),
    ...(refusal.details !== undefined ? { details: refusal.details } : {}),
  };
}

interface ParkedRow {
  process_manager: string;
  cause_event_id: string;
  reaction_index: number;
  cause_type: string;
  cause_position: number;
  command: string;
  code: string;
  message: string;
  refusal: string;
  parked_at: string;
  attempts: number;
  last_attempt_at: string;
  resolved_at: string | null;
  resolution: string | null;
}

function fromRow(row: ParkedRow): ParkedReaction {
  const ref = { processManager: row.process_manager, causeEventId: row.cause_event_id, index: Number(row.reaction_index) };
  return {
    id: reactionId(ref),
    ...ref,
    causeType: row.cause_type,
    causePosition: Number(row.cause_position),
    // Written by park() from a command the runner built; read back as it was written.
    command: JSON.parse(row.command) as DomainCommand,
    code: row.code,
    message: row.message,
    refusal: JSON.parse(row.refusal) as Record<string, unknown>,
    parkedAt: row.parked_at,
    attempts: Number(row.attempts),
    lastAttemptAt: row.last_attempt_at,
    resolvedAt: row.resolved_at,
    resolution: row.resolution as ParkedReaction['resolution'],
  };
}

export interface ProcessManagerMetrics {
  /** A reaction that lost a race and was tried again (reason lost-race), or an administrator retry. */
  countRetry(processManager: string, reason: 'lost-race' | 'administrator'): void;
}

export const PROCESS_MANAGER_METRIC_NAMES = ['gongron_process_manager_parked_reactions', 'gongron_process_manager_retries_total'] as const;

/**
 * The parked gauge is read from the table at scrape time (another process may have parked or
 * resolved one); the retry counter counts in this process. Registering again replaces the
 * gauge's source and keeps the counter.
 */
export function registerProcessManagerMetrics(parked: ParkedReactions, registry: Registry = defaultRegistry): ProcessManagerMetrics {
  registry.removeSingleMetric('gongron_process_manager_parked_reactions');
  new Gauge({
    name: 'gongron_process_manager_parked_reactions',
    help: 'Process-manager reactions refused and parked until an administrator retries them',
    labelNames: ['process_manager'],
    registers: [registry],
    async collect() {
      this.reset();
      const counts = await parked.countParked().catch(() => undefined);
      if (!counts) return;
      for (const [processManager, count] of Object.entries(counts)) this.set({ process_manager: processManager }, count);
    },
  });
  const existing = registry.getSingleMetric('gongron_process_manager_retries_total') as Counter<'process_manager' | 'reason'> | undefined;
  const retries =
    existing ??
    new Counter({
      name: 'gongron_process_manager_retries_total',
      help: 'Process-manager reactions tried again: after a lost write race, or by an administrator',
      labelNames: ['process_manager', 'reason'],
      registers: [registry],
    });
  return { countRetry: (processManager, reason) => retries.inc({ process_manager: processManager, reason }) };
}

export interface ParkedReactionsLog {
  info(message: string, fields: Record<string, unknown>): void;
  warn(message: string, fields: Record<string, unknown>): void;
}

export class ParkedReactions {
  private ready: Promise<void> | undefined;
  metrics: ProcessManagerMetrics | undefined;

  constructor(
    private readonly sql: SqlDatabase,
    private readonly log?: ParkedReactionsLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  ensureSchema(): Promise<void> {
    this.ready ??= (async () => {
      await this.sql.db.schema
        .createTable(PARKED_REACTIONS_TABLE)
        .ifNotExists()
        .addColumn('process_manager', 'varchar(200)', (c) => c.notNull())
        .addColumn('cause_event_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('reaction_index', 'integer', (c) => c.notNull())
        .addColumn('cause_type', 'varchar(200)', (c) => c.notNull())
        .addColumn('cause_position', 'bigint', (c) => c.notNull())
        .addColumn('command', 'text', (c) => c.notNull())
        .addColumn('code', 'varchar(200)', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('refusal', 'text', (c) => c.notNull())
        .addColumn('parked_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_attempt_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('resolved_at', 'varchar(32)')
        .addColumn('resolution', 'varchar(32)')
        .addPrimaryKeyConstraint('gongron_parked_reactions_pk', ['process_manager', 'cause_event_id', 'reaction_index'])
        .execute();
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /** Records a refused reaction; the same reaction refused again (after a crash) stays one row. */
  async park(ref: ReactionRef, command: DomainCommand, refusal: CommandRefused): Promise<void> {
    await this.ensureSchema();
    const now = this.clock().toISOString();
    await this.sql.db
      .insertInto(PARKED_REACTIONS_TABLE)
      .values({
        process_manager: ref.processManager,
        cause_event_id: ref.causeEventId,
        reaction_index: ref.index,
        cause_type: ref.causeType,
        cause_position: ref.causePosition,
        command: JSON.stringify(command),
        code: refusal.code,
        message: refusal.message,
        refusal: JSON.stringify(refusalFields(refusal)),
        parked_at: now,
        attempts: 1,
        last_attempt_at: now,
        resolved_at: null,
        resolution: null,
      })
      .onConflict((oc) =>
        oc.columns(['process_manager', 'cause_event_id', 'reaction_index']).doUpdateSet({
          code: refusal.code,
          message: refusal.message,
          refusal: JSON.stringify(refusalFields(refusal)),
          last_attempt_at: now,
          resolved_at: null,
          resolution: null,
        }),
      )
      .execute();
    this.log?.warn('process manager reaction parked', {
      processManager: ref.processManager,
      cause: ref.causeEventId,
      causeType: ref.causeType,
      position: ref.causePosition,
      command: command.type,
      code: refusal.code,
      message: refusal.message,
      reaction: reactionId(ref),
    });
  }

  /** Unresolved reactions in log order (all, with `includeResolved`). */
  async list(options: { includeResolved?: boolean; processManager?: string } = {}): Promise<ParkedReaction[]> {
    await this.ensureSchema();
    let query = this.sql.db.selectFrom(PARKED_REACTIONS_TABLE).selectAll();
    if (!options.includeResolved) query = query.where('resolved_at', 'is', null);
    if (options.processManager !== undefined) query = query.where('process_manager', '=', options.processManager);
    const rows = (await query.orderBy('cause_position').orderBy('reaction_index').execute()) as ParkedRow[];
    return rows.map(fromRow);
  }

  async get(id: string): Promise<ParkedReaction | undefined> {
    const ref = parseReactionId(id);
    if (!ref) return undefined;
    await this.ensureSchema();
    const row = (await this.sql.db
      .selectFrom(PARKED_REACTIONS_TABLE)
      .selectAll()
      .where('process_manager', '=', ref.processManager)
      .where('cause_event_id', '=', ref.causeEventId)
      .where('reaction_index', '=', ref.index)
      .executeTakeFirst()) as ParkedRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Unresolved reactions per process manager. */
  async countParked(): Promise<Record<string, number>> {
    await this.ensureSchema();
    const rows = await this.sql.db
      .selectFrom(PARKED_REACTIONS_TABLE)
      .select(['process_manager', (eb) => eb.fn.countAll().as('count')])
      .where('resolved_at', 'is', null)
      .groupBy('process_manager')
      .execute();
    const counts: Record<string, number> = {};
    for (const row of rows as { process_manager: string; count: number | string | bigint }[])
      counts[row.process_manager] = Number(row.count);
    return counts;
  }

  /**
   * Tries a parked reaction again with its own event ids: applied or found already done, it is
   * resolved; refused again, it stays parked with the new reason. Lost races are retried here
   * with back-off, as the runner does.
   */
  async retry(id: string, commands: CommandDispatcher): Promise<RetryOutcome | undefined> {
    const parked = await this.get(id);
    if (!parked) return undefined;
    if (parked.resolvedAt !== null) {
      return { id, outcome: 'already-done', code: parked.resolution === 'applied' ? 'PROCESS_MANAGER.ALREADY_RETRIED' : parked.code };
    }
    this.metrics?.countRetry(parked.processManager, 'administrator');
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await commands.execute(parked.command, { eventIdSeed: id });
        await this.resolve(parked, 'applied');
        this.log?.info('parked reaction applied', { reaction: id, streamId: result.streamId, revision: result.revision });
        return { id, outcome: 'applied', streamId: result.streamId, revision: result.revision };
      } catch (error) {
        if (!(error instanceof CommandRefused)) throw error;
        const kind = classifyRefusal(error);
        if (kind === 'already-done') {
          await this.resolve(parked, 'already-done');
          return { id, outcome: 'already-done', code: error.code };
        }
        if (kind === 'lost-race' && attempt < 10) {
          await delay(Math.floor(Math.random() * Math.min(2000, 20 * 2 ** attempt)));
          continue;
        }
        await this.recordAttempt(parked, error);
        return { id, outcome: 'still-parked', code: error.code, message: error.message };
      }
    }
  }

  /** Every unresolved reaction, in log order. */
  async retryAll(commands: CommandDispatcher, processManager?: string): Promise<RetryOutcome[]> {
    const outcomes: RetryOutcome[] = [];
    for (const parked of await this.list(processManager !== undefined ? { processManager } : {})) {
      const outcome = await this.retry(parked.id, commands);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  private async resolve(parked: ParkedReaction, resolution: 'applied' | 'already-done'): Promise<void> {
    const now = this.clock().toISOString();
    await this.where(
      this.sql.db
        .updateTable(PARKED_REACTIONS_TABLE)
        .set({ resolved_at: now, resolution, attempts: parked.attempts + 1, last_attempt_at: now }),
      parked,
    ).execute();
  }

  private async recordAttempt(parked: ParkedReaction, refusal: CommandRefused): Promise<void> {
    const now = this.clock().toISOString();
    await this.where(
      this.sql.db.updateTable(PARKED_REACTIONS_TABLE).set({
        code: refusal.code,
        message: refusal.message,
        refusal: JSON.stringify(refusalFields(refusal)),
        attempts: parked.attempts + 1,
        last_attempt_at: now,
      }),
      parked,
    ).execute();
    this.log?.warn('parked reaction refused again', { reaction: parked.id, code: refusal.code, message: refusal.message });
  }

  // The update builder's type depends on the table's row type, which this module declares loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private where<Q extends { where: (...args: any[]) => Q }>(query: Q, parked: ParkedReaction): Q {
    return query
      .where('process_manager', '=', parked.processManager)
      .where('cause_event_id', '=', parked.causeEventId)
      .where('reaction_index', '=', parked.index);
  }
}

/** `project-budgets-from-amendment:<event id>:2` → its parts; the name itself has no colon. */
export function parseReactionId(id: string): Pick<ReactionRef, 'processManager' | 'causeEventId' | 'index'> | undefined {
  const match = /^([^:]{1,200}):([^:]{1,64}):(\d{1,6})$/.exec(id);
  if (!match) return undefined;
  return { processManager: match[1]!, causeEventId: match[2]!, index: Number(match[3]) };
}
