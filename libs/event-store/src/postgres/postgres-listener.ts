/**
 * LISTEN on a dedicated connection so appends by other processes wake subscribers at once.
 * A lost connection is replaced, with a growing pause while the server stays away; polling
 * carries the subscribers meanwhile, and the first wake after re-listening catches them up.
 */
import pg from 'pg';
import type { WakeSignal } from '../subscription.js';
import { NOTIFY_CHANNEL } from './postgres-schema.js';

const LISTENER_RETRY_MIN_MS = 100;
const LISTENER_RETRY_MAX_MS = 5_000;

export class PostgresListener {
  private listener: pg.Client | undefined;
  private listenerStarting: Promise<void> | undefined;
  private listenerTimer: NodeJS.Timeout | undefined;
  private listenerRetryMs = LISTENER_RETRY_MIN_MS;
  private closed = false;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly signal: WakeSignal,
    /** Whether anyone still waits to be woken: no one, no reconnecting. */
    private readonly hasSubscribers: () => boolean,
  ) {}

  /** Whether the LISTEN connection is up (readiness reports it; polling covers its absence). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  start(): Promise<void> {
    if (this.listener || this.listenerStarting || this.closed) return this.listenerStarting ?? Promise.resolve();
    const client = new pg.Client(this.connection);
    // Registered before connect: an error at any moment (even mid-handshake) must not be uncaught.
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', () => this.signal.notify());
    this.listenerStarting = (async () => {
      try {
        await client.connect();
        await client.query(`listen ${NOTIFY_CHANNEL}`);
        if (this.closed) {
          await client.end();
          return;
        }
        this.listener = client;
        this.listenerRetryMs = LISTENER_RETRY_MIN_MS;
        // Anything appended while no one listened is found now.
        this.signal.notify();
      } catch {
        await client.end().catch(() => undefined);
        this.schedule();
      } finally {
        this.listenerStarting = undefined;
      }
    })();
    return this.listenerStarting;
  }

  /** Marks the listener closed, so nothing reconnects. */
  markClosed(): void {
    this.closed = true;
  }

  /** Ends the connection (and any reconnect in progress or scheduled). */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.listenerTimer);
    await this.listenerStarting;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private lost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    client.end().catch(() => undefined);
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.listenerTimer || !this.hasSubscribers()) return;
    const delay = this.listenerRetryMs;
    this.listenerRetryMs = Math.min(this.listenerRetryMs * 2, LISTENER_RETRY_MAX_MS);
    this.listenerTimer = setTimeout(() => {
      this.listenerTimer = undefined;
      void this.start();
    }, delay);
    this.listenerTimer.unref();
  }
}
