/**
 * Runs the domain's process managers from the log. Each has its own checkpoint; they share one
 * subscription (a failing one resumes on a subscription of its own); for every event it handles,
 * the commands it reacts with go through the same command path as everyone else's, as the system
 * actor. A crash between an event and its reaction is resumed from the checkpoint and never
 * doubled: the reaction's event ids are derived from the triggering event, and a refusal that says
 * "already done" counts as done. A reaction that lost a write race is tried again on the newer
 * state until it lands; any other refusal is parked for an administrator. Nothing is skipped: the
 * checkpoint passes an event only when each of its reactions is applied, done, or parked.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { CheckpointStore, EventStore, StoredEvent, Subscription } from '@gongron/event-store';
import type { DomainCommand, ProcessManager } from '@gongron/domain';
import { DEFAULT_STALL_LIMITS, type StallLimits, type StalledReader } from '@gongron/projections';
import { SYSTEM_ACTOR, type Actor } from '../access/actor.js';
import { CommandRefused } from '../commands/command-refused.js';
import { businessDateOf } from '../time/business-clock.js';
import {
  type CommandDispatcher,
  classifyRefusal,
  type ParkedReactions,
  type ProcessManagerMetrics,
  type ReactionRef,
  reactionId,
} from './parked-reactions.js';

export type { CommandDispatcher } from './parked-reactions.js';

export interface ProcessManagerLog {
  info(message: string, fields: Record<string, unknown>): void;
  warn(message: string, fields: Record<string, unknown>): void;
  error(message: string, fields: Record<string, unknown>): void;
}

export interface ProcessManagerRunnerOptions {
  /** Delay before a failed subscription is resumed from its checkpoint. */
  readonly retryDelayMs?: number;
  /** Skipped events between checkpoint saves (handled events always save). */
  readonly saveEvery?: number;
  readonly log?: ProcessManagerLog;
  /** Where refused reactions are kept; without it a refused reaction holds its process manager back. */
  readonly parked?: ParkedReactions;
  readonly metrics?: ProcessManagerMetrics;
  /** Back-off bounds for a reaction that keeps losing the race for its stream. */
  readonly raceBackoffMs?: { readonly base: number; readonly max: number };
  readonly random?: () => number;
}

export function checkpointName(processManager: { name: string }): string {
  return `process-manager:${processManager.name}`;
}

interface Member {
  readonly pm: ProcessManager;
  readonly handles: ReadonlySet<string>;
  /** Last event this process manager has finished. */
  position: number;
  /** Skipped events since its checkpoint was last saved. */
  unsaved: number;
}

export class ProcessManagerRunner {
  private readonly running = new Set<Subscription>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly positions = new Map<string, number>();
  /**
   * Per process manager: the furthest position it has finished, when it got there (or started),
   * its failures in a row since, the last one. An event finished again after a resume is no progress.
   */
  private readonly progress = new Map<
    string,
    { furthest: number; movedAt: number; failures: number; lastError?: string; behindSince?: number }
  >();
  private stopped = true;
  private readonly retryDelayMs: number;
  private readonly saveEvery: number;

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly commands: CommandDispatcher,
    private readonly processManagers: readonly ProcessManager[],
    private readonly options: ProcessManagerRunnerOptions = {},
    private readonly actor: Actor = SYSTEM_ACTOR,
  ) {
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.saveEvery = options.saveEvery ?? 500;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    for (const pm of this.processManagers) this.progress.set(pm.name, { furthest: 0, movedAt: Date.now(), failures: 0 });
    await this.startGroup(this.processManagers);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const subscriptions = [...this.running];
    this.running.clear();
    await Promise.all(subscriptions.map((s) => s.stop()));
    for (const pm of this.processManagers) {
      const position = this.positions.get(pm.name);
      if (position !== undefined) await this.checkpoints.save(checkpointName(pm), position).catch(() => undefined);
    }
  }

  /** Last position each process manager has finished (for status and tests). */
  async status(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const pm of this.processManagers) {
      result[pm.name] = this.positions.get(pm.name) ?? (await this.checkpoints.load(checkpointName(pm)));
    }
    return result;
  }

  /**
   * The process managers running here that are behind the log and stuck: no event finished for
   * `limits.afterMs`, or failing `limits.afterFailures` times in a row (each failure resumes it
   * from its checkpoint a little later). Empty while they are stopped.
   */
  async stalled(limits: StallLimits = DEFAULT_STALL_LIMITS): Promise<StalledReader[]> {
    if (this.stopped) return [];
    const head = await this.store.headPosition();
    const now = Date.now();
    const positions = await this.status();
    return this.processManagers.flatMap((pm) => {
      const progress = this.progress.get(pm.name);
      const lag = Math.max(0, head - (positions[pm.name] ?? 0));
      if (!progress) return [];
      if (lag === 0) {
        progress.behindSince = undefined;
        return [];
      }
      // An idle process manager finishes nothing for a long time: it is stalled only once it has
      // been seen behind, and has not moved since, for the whole time.
      progress.behindSince ??= now;
      const stalledForMs = now - Math.max(progress.movedAt, progress.behindSince);
      if (progress.failures < limits.afterFailures && stalledForMs < limits.afterMs) return [];
      return [
        {
          name: pm.name,
          lag,
          stalledForMs,
          consecutiveFailures: progress.failures,
          ...(progress.lastError ? { lastError: progress.lastError } : {}),
        },
      ];
    });
  }

  private finished(pm: ProcessManager, position: number): void {
    const progress = this.progress.get(pm.name);
    if (progress && position <= progress.furthest) return;
    this.progress.set(pm.name, { furthest: position, movedAt: Date.now(), failures: 0 });
  }

  /**
   * One subscription serves a group of process managers, each from its own checkpoint: every
   * event is read and decoded once for all of them, not once each. A process manager whose
   * reaction fails leaves the group and resumes alone from its checkpoint, so it never holds
   * the others back.
   */
  private async startGroup(pms: readonly ProcessManager[]): Promise<void> {
    if (this.stopped || pms.length === 0) return;
    const members = new Map<string, Member>();
    for (const pm of pms) {
      const position = await this.checkpoints.load(checkpointName(pm));
      this.positions.set(pm.name, position);
      members.set(pm.name, { pm, handles: new Set(pm.handles), position, unsaved: 0 });
    }
    const from = Math.min(...[...members.values()].map((m) => m.position));
    const subscription = this.store.subscribeToAll(
      from,
      async (event) => {
        for (const member of [...members.values()]) {
          if (event.position <= member.position) continue;
          try {
            await this.deliver(member, event);
          } catch (error) {
            members.delete(member.pm.name);
            this.resumeLater([member.pm], error);
          }
        }
        if (members.size === 0) {
          this.running.delete(subscription);
          void subscription.stop();
        }
      },
      {
        onError: (error) => {
          this.running.delete(subscription);
          this.resumeLater(
            [...members.values()].map((m) => m.pm),
            error,
          );
        },
      },
    );
    this.running.add(subscription);
  }

  private async deliver(member: Member, event: StoredEvent): Promise<void> {
    const { pm } = member;
    if (member.handles.has(event.type)) {
      await this.react(pm, event);
      member.position = event.position;
      this.positions.set(pm.name, event.position);
      await this.checkpoints.save(checkpointName(pm), event.position);
      member.unsaved = 0;
      this.finished(pm, event.position);
      return;
    }
    member.position = event.position;
    this.positions.set(pm.name, event.position);
    this.finished(pm, event.position);
    member.unsaved += 1;
    if (member.unsaved >= this.saveEvery) {
      await this.checkpoints.save(checkpointName(pm), event.position);
      member.unsaved = 0;
    }
  }

  private resumeLater(pms: readonly ProcessManager[], error: unknown): void {
    for (const pm of pms) {
      const progress = this.progress.get(pm.name) ?? { furthest: 0, movedAt: Date.now(), failures: 0 };
      this.progress.set(pm.name, {
        ...progress,
        failures: progress.failures + 1,
        lastError: error instanceof Error ? error.message : String(error),
      });
      this.options.log?.error('process manager stopped on an error; resuming from its checkpoint', {
        processManager: pm.name,
        err: error instanceof Error ? { name: error.name, message: error.message } : error,
      });
    }
    if (this.stopped || pms.length === 0) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.startGroup(pms).catch((e: unknown) =>
        this.options.log?.error('process manager could not resume', { processManagers: pms.map((pm) => pm.name), err: String(e) }),
      );
    }, this.retryDelayMs);
    this.timers.add(timer);
  }

  private async react(pm: ProcessManager, event: StoredEvent): Promise<void> {
    const reactions = pm.react({
      id: event.id,
      type: event.type,
      streamId: event.streamId,
      data: event.data,
      recordedAt: event.recordedAt,
      recordedOn: businessDateOf(event.recordedAt),
    });
    for (const [index, reaction] of reactions.entries()) {
      const command = reactionCommand(reaction, event, this.actor);
      const ref = { processManager: pm.name, causeEventId: event.id, causeType: event.type, causePosition: event.position, index };
      await this.carryOut(pm, event, command, ref);
    }
  }

  /**
   * Issues one reaction's command under its reaction id: done, already done, tried again after a
   * lost write race, or parked when only someone acting can change the answer.
   */
  private async carryOut(pm: ProcessManager, event: StoredEvent, command: DomainCommand, ref: ReactionRef): Promise<void> {
    const id = reactionId(ref);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.commands.execute(command, { eventIdSeed: id });
        this.options.log?.info('process manager reacted', {
          processManager: pm.name,
          cause: event.id,
          command: command.type,
          streamId: result.streamId,
          revision: result.revision,
        });
        return;
      } catch (error) {
        if (!(error instanceof CommandRefused)) throw error;
        const meaning = classifyRefusal(error);
        if (meaning === 'already-done') {
          this.options.log?.info('process manager reaction already done', {
            processManager: pm.name,
            cause: event.id,
            command: command.type,
            code: error.code,
          });
          return;
        }
        if (meaning === 'lost-race') {
          // Nothing was decided on the current state yet; a stop leaves the checkpoint before this event.
          if (this.stopped) throw error;
          this.options.metrics?.countRetry(pm.name, 'lost-race');
          this.options.log?.info('process manager reaction lost a write race; trying again', {
            processManager: pm.name,
            cause: event.id,
            command: command.type,
            attempt,
          });
          await delay(this.raceBackoff(attempt));
          continue;
        }
        // Trying again cannot change this answer until someone acts; holding every later event
        // behind it would be worse than keeping it where an administrator sees and retries it.
        if (!this.options.parked) throw error;
        await this.options.parked.park(ref, command, error);
        return;
      }
    }
  }

  private raceBackoff(attempt: number): number {
    const { base, max } = this.options.raceBackoffMs ?? { base: 10, max: 2000 };
    return Math.floor((this.options.random ?? Math.random)() * Math.min(max, base * 2 ** Math.min(attempt, 20)));
  }
}

/**
 * A reaction as the command the runner issues: caused by the event and in its correlation, acted
 * by the system unless the reaction names the system actor itself.
 */
function reactionCommand(reaction: DomainCommand, event: StoredEvent, actor: Actor): DomainCommand {
  return {
    ...reaction,
    metadata: {
      now: reaction.metadata.now,
      today: reaction.metadata.today,
      actor: reaction.metadata.actor.role === 'system' ? reaction.metadata.actor : actor,
      causationId: event.id,
      correlationId: typeof event.metadata.correlationId === 'string' ? event.metadata.correlationId : event.id,
    },
  };
}
