/**
 * The deadline scheduler: a processor of the log that knows every pending deadline and fires each
 * once it falls due (00:00 KST of its due day) by the business clock. It folds the log from the
 * start through the domain's `deadlineChanges`, so what was scheduled before a restart, or fell
 * due while no process ran, is known again and fired as soon as the scheduler has caught up.
 *
 * Firing is at least once, with one effect: the firing command's event ids are derived from the
 * deadline id, the command path first looks for events already appended with them, and the
 * deciders refuse a second firing of the same deadline as already done. A process killed while it
 * fires leaves either nothing (fired again on the next start) or the fired event (settled by it).
 * Several schedulers (the API and a worker) may run at once for the same reasons.
 */
import {
  type Deadline,
  type DeadlinePolicy,
  type DistrictCode,
  deadlineChanges,
  deadlineEventTypes,
  defaultDeadlinePolicy,
  districtOfCause,
  startOfBusinessDay,
} from '@gongron/domain';
import type { EventStore, StoredEvent, Subscription } from '@gongron/event-store';
import type { Actor } from '../access/actor.js';
import { CommandRefused } from '../commands/command-refused.js';
import { type CommandDispatcher, classifyRefusal } from '../process-managers/parked-reactions.js';
import type { BusinessClock } from '../time/business-clock.js';
import { PendingDeadlines } from './pending-deadlines.js';

export const SCHEDULER_ACTOR: Actor = { id: 'system:deadline-scheduler', role: 'system', name: 'deadline scheduler' };

/** What firing a deadline came to. */
export type FiringOutcome =
  /** Its event is now in the log (written now, or found there with this deadline's event ids). */
  | 'fired'
  /** An earlier firing (before a crash, or another scheduler) already recorded it. */
  | 'already-fired'
  /** The subject no longer waits on it (e.g. decided the same day): nothing to record. */
  | 'moot';

export interface PendingDeadline extends Deadline {
  /** The instant it falls due: 00:00 KST on its due day. */
  readonly dueAt: string;
}

export interface DeadlineSchedulerLog {
  info(message: string, fields: Record<string, unknown>): void;
  error(message: string, fields: Record<string, unknown>): void;
}

export interface DeadlineSchedulerOptions {
  readonly policy?: DeadlinePolicy;
  /** How often to look for deadlines that fell due (default 1000 ms). */
  readonly checkEveryMs?: number;
  /** Delay before a failed subscription is resumed. */
  readonly retryDelayMs?: number;
  readonly log?: DeadlineSchedulerLog;
  /** Called just before a deadline's command is sent and after its outcome (the crash tests stop here). */
  readonly beforeFire?: (deadline: PendingDeadline) => Promise<void> | void;
  readonly afterFire?: (deadline: PendingDeadline, outcome: FiringOutcome) => Promise<void> | void;
}

export class DeadlineScheduler {
  private readonly pending = new PendingDeadlines<PendingDeadline>();
  private readonly districts = new Map<string, DistrictCode>();
  private readonly handled: ReadonlySet<string> = new Set(deadlineEventTypes);
  private readonly policy: DeadlinePolicy;
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private position = 0;
  private catchUpTo = 0;
  private caughtUp = false;
  private firing: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly store: EventStore,
    private readonly commands: CommandDispatcher,
    private readonly clock: BusinessClock,
    private readonly options: DeadlineSchedulerOptions = {},
  ) {
    this.policy = options.policy ?? defaultDeadlinePolicy;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.catchUpTo = await this.store.headPosition();
    this.caughtUp = this.catchUpTo <= this.position;
    this.follow();
    this.timer = setInterval(() => void this.check(), this.options.checkEveryMs ?? 1000);
    if (this.caughtUp) void this.check();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    this.timer = undefined;
    this.retry = undefined;
    await this.subscription?.stop();
    this.subscription = undefined;
    await this.firing;
  }

  /** Every deadline not yet fired nor settled, soonest first. */
  pendingDeadlines(): PendingDeadline[] {
    return this.pending.all();
  }

  /** Whether the scheduler has read the log as it stood when it started. */
  get ready(): boolean {
    return this.caughtUp;
  }

  /** Looks for due deadlines now and fires them; resolves when this round is done. */
  async check(): Promise<void> {
    if (this.stopped || !this.caughtUp) return;
    if (this.firing) return this.firing;
    this.firing = this.fireDue().finally(() => {
      this.firing = undefined;
    });
    return this.firing;
  }

  private follow(): void {
    this.subscription = this.store.subscribeToAll(this.position, (event) => this.apply(event), {
      onError: (error) => {
        this.options.log?.error('deadline scheduler lost the log; resuming', { err: String(error), position: this.position });
        this.subscription = undefined;
        if (this.stopped) return;
        this.retry = setTimeout(() => {
          this.retry = undefined;
          if (!this.stopped) this.follow();
        }, this.options.retryDelayMs ?? 1000);
      },
    });
  }

  private apply(event: StoredEvent): void {
    if (this.handled.has(event.type)) {
      const cause = { id: event.id, type: event.type, streamId: event.streamId, data: event.data };
      const district = districtOfCause(cause);
      if (district !== undefined) this.districts.set(event.streamId, district);
      const changes = deadlineChanges(cause, this.districts.get(event.streamId) ?? null, this.policy);
      for (const settled of changes.settledKinds) this.pending.settleKind(settled.streamId, settled.kind);
      for (const id of changes.settledIds) this.pending.delete(id);
      for (const deadline of changes.scheduled) {
        this.pending.set({ ...deadline, dueAt: new Date(startOfBusinessDay(deadline.dueOn)).toISOString() });
      }
    }
    this.position = event.position;
    if (!this.caughtUp && this.position >= this.catchUpTo) {
      this.caughtUp = true;
      this.options.log?.info('deadline scheduler caught up', { position: this.position, pending: this.pending.size });
    }
    if (this.caughtUp && this.handled.has(event.type)) void this.check();
  }

  private async fireDue(): Promise<void> {
    const now = this.clock.instant().getTime();
    for (const deadline of this.pending.due(now)) {
      if (this.stopped) return;
      if (!this.pending.has(deadline.deadlineId)) continue;
      const outcome = await this.fire(deadline);
      if (outcome === undefined) continue;
      this.pending.delete(deadline.deadlineId);
      await this.options.afterFire?.(deadline, outcome);
    }
  }

  /** Undefined: not decided this time (a lost race or the store away); it stays pending. */
  private async fire(deadline: PendingDeadline): Promise<FiringOutcome | undefined> {
    await this.options.beforeFire?.(deadline);
    const reading = this.clock.read();
    const fields = { deadlineId: deadline.deadlineId, kind: deadline.kind, streamId: deadline.streamId, dueOn: deadline.dueOn };
    try {
      await this.commands.execute(
        { ...deadline.fire, metadata: { now: reading.now, today: reading.today, actor: SCHEDULER_ACTOR } },
        { eventIdSeed: `deadline:${deadline.deadlineId}`, mayBeApplied: true },
      );
      this.options.log?.info('deadline fired', fields);
      return 'fired';
    } catch (error) {
      if (!(error instanceof CommandRefused)) {
        this.options.log?.error('deadline could not be fired now; trying again', { ...fields, err: String(error) });
        return undefined;
      }
      const kind = classifyRefusal(error);
      if (kind === 'lost-race') return undefined;
      if (kind === 'already-done') {
        this.options.log?.info('deadline had already fired', { ...fields, code: error.code });
        return 'already-fired';
      }
      this.options.log?.info('deadline is moot', { ...fields, code: error.code, message: error.message });
      return 'moot';
    }
  }
}
