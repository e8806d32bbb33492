/**
 * Group commit on SQLite: the appends asked for in one turn of the event loop are written in one
 * IMMEDIATE transaction, each in a savepoint of its own, either on this thread's connection or by
 * the append thread; the appends asked for while a group is out form the next group.
 */
import { retryWhileBusy } from './sqlite-busy.js';
import type { AppendOutcome, AppendRequest, SqliteAppendTransaction } from './sqlite-append-transaction.js';
import type { SqliteAppendThread } from './sqlite-append-thread.js';

interface PendingAppend {
  readonly request: Omit<AppendRequest, 'recordedAt'>;
  readonly resolve: (outcome: AppendOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/** Where a group is written: the transaction on this thread's connection, or the append thread. */
export type GroupWriter = { readonly transaction: SqliteAppendTransaction } | { readonly thread: SqliteAppendThread };

export class SqliteGroupCommit {
  /** Appends asked for since the last group commit, written together on the loop's next check phase. */
  private pending: PendingAppend[] = [];
  /** The groups being written; appends asked for meanwhile form the next one. */
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly writer: GroupWriter,
    private readonly clock: () => Date,
    private readonly busyWaitMs: number,
  ) {}

  /** Queues an append for the next group commit; resolves once that commit is on disk. */
  commit(request: Omit<AppendRequest, 'recordedAt'>): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => void this.flush());
    });
  }

  /** Writes the queued appends, a group at a time, until none is left. */
  flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      await this.write(group);
    }
  }

  /** One group in one transaction (again while another connection holds the write lock). */
  private async write(group: readonly PendingAppend[]): Promise<void> {
    try {
      const requests = group.map((entry): AppendRequest => ({ ...entry.request, recordedAt: this.clock().toISOString() }));
      const writer = this.writer;
      const outcomes =
        'transaction' in writer
          ? await retryWhileBusy(() => writer.transaction.commitGroup(requests), this.busyWaitMs)
          : await writer.thread.commit(requests);
      outcomes.forEach((outcome, index) => group[index]!.resolve(outcome));
    } catch (error) {
      for (const entry of group) entry.reject(error);
    }
  }
}
