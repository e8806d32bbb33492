/**
 * The store's side of the append thread (sqlite-append-worker.ts): it sends a group of appends and
 * waits for the thread's answer without blocking the event loop. A thread that dies (an uncaught
 * error, a terminate, an exit) fails the groups it was given with "unavailable" — their
 * transaction never committed, so nothing of them is written — and the next group starts a new
 * thread with a new connection.
 */
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../errors.js';
import { fromWireError, type AppendOutcome, type AppendRequest, type WireError } from './sqlite-append-transaction.js';

export interface AppendThreadOptions {
  readonly file: string;
  /** How long a group waits for another connection's write lock before "unavailable". */
  readonly busyWaitMs: number;
  /** Whether the registry names personal values (the thread then keeps the subjects' keys). */
  readonly personalData: boolean;
}

export type AppendThreadMessage =
  { readonly kind: 'group'; readonly id: number; readonly group: readonly AppendRequest[] } | { readonly kind: 'close' };

export type AppendThreadReply =
  | { readonly kind: 'done'; readonly id: number; readonly outcomes: AppendOutcome[] }
  | { readonly kind: 'failed'; readonly id: number; readonly error: WireError };

interface Waiting {
  readonly resolve: (outcomes: AppendOutcome[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Where the thread's code is: beside this module. Run from the TypeScript sources (the tests),
 * the thread loads them through the same transpile-only hooks the test processes use.
 */
function workerEntry(): { url: URL; execArgv: string[] } {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    return {
      url: new URL('./sqlite-append-worker.ts', self),
      execArgv: ['--import', new URL('../../../projections/test/support/ts-loader.mjs', self).href],
    };
  }
  return { url: new URL('./sqlite-append-worker.js', self), execArgv: [] };
}

export class SqliteAppendThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  constructor(private readonly options: AppendThreadOptions) {}

  /** The running thread, if one is (a test stops it at a chosen moment to prove the store recovers). */
  get current(): Worker | undefined {
    return this.worker;
  }

  /** Writes one group in one transaction on the thread; resolves with each append's outcome once committed. */
  commit(group: readonly AppendRequest[]): Promise<AppendOutcome[]> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<AppendOutcome[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      // While a group is out, the thread keeps the process alive; idle, it does not.
      if (this.waiting.size === 1) worker.ref();
      worker.postMessage({ kind: 'group', id, group } satisfies AppendThreadMessage);
    });
  }

  private start(): Worker {
    const { url, execArgv } = workerEntry();
    const worker = new Worker(url, { workerData: this.options, execArgv });
    worker.unref();
    worker.on('message', (reply: AppendThreadReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (reply.kind === 'done') waiting.resolve(reply.outcomes);
      else waiting.reject(fromWireError(reply.error));
    });
    let failure: Error | undefined;
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      const reason = failure ? `it failed: ${failure.message}` : `it exited with code ${code}`;
      const error = new StoreUnavailableError(`SQLite: the append thread stopped before it committed (${reason})`, failure);
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the thread after the groups sent to it are answered; its connection closes. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Closing, the thread keeps the process alive until its connection is closed.
    worker.ref();
    worker.postMessage({ kind: 'close' } satisfies AppendThreadMessage);
    await exited;
  }
}
