/**
 * Readiness: whether every dependency this process uses answers now — the log, the SQL database
 * (read models, tokens, idempotency records), where this process runs the Kafka relay how far the
 * relay is behind the log, and where it runs projections or process managers whether any of them
 * is stalled (behind the log and failing again and again, or not moving), named. Liveness is only "the process answers"; a load balancer sends
 * traffic by readiness and restarts by liveness, so an outage of the database takes the process
 * out of rotation without killing it.
 */
import { sql } from 'kysely';
import type { EventStore } from '@gongron/event-store';
import { DEFAULT_STALL_LIMITS, type StallLimits, type StalledReader } from '@gongron/projections';
import type { SqlDatabase } from './sql-database.js';

export interface DependencyCheck {
  readonly status: 'up' | 'down';
  readonly message?: string;
  readonly [detail: string]: unknown;
}

export interface ReadinessReport {
  readonly status: 'ok' | 'unavailable';
  readonly checks: Readonly<Record<string, DependencyCheck>>;
}

export interface RelayLagSource {
  status(): Promise<{ readonly lag: number; readonly connected: boolean }>;
}

export interface StallSource {
  stalled(limits?: StallLimits): Promise<readonly StalledReader[]>;
}

function describeStall(kind: string, stalled: readonly StalledReader[]): string {
  const named = stalled.map(
    (reader) =>
      `${reader.name} (${reader.lag} events behind, ${Math.round(reader.stalledForMs / 1000)} s without moving, ${reader.consecutiveFailures} failures in a row${reader.lastError ? `: ${reader.lastError}` : ''})`,
  );
  return `${kind} stalled: ${named.join('; ')}`;
}

export interface ReadinessSources {
  readonly store: EventStore;
  readonly sql: SqlDatabase;
  /** Present when this process runs the Kafka relay. */
  readonly relay?: RelayLagSource;
  readonly maxRelayLag: number;
  /** Present when this process runs the read models' projections. */
  readonly projections?: StallSource;
  /** Present when this process runs the process managers. */
  readonly processManagers?: StallSource;
  /** A projection or process manager behind the log that has not moved for this long is stalled, ms (default 30 s; failures in a row count too). */
  readonly maxStallMs?: number;
  /** A dependency that does not answer within this is down. Default 2 s. */
  readonly timeoutMs?: number;
}

async function probe(work: () => Promise<Omit<DependencyCheck, 'status'> | void>, timeoutMs: number): Promise<DependencyCheck> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', ...(detail ?? {}) };
  } catch (error) {
    return { status: 'down', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** One probe per dependency, by the name readiness reports it under. */
export function readinessProbes(sources: ReadinessSources): Record<string, () => Promise<DependencyCheck>> {
  const timeoutMs = sources.timeoutMs ?? 2000;
  const probes: Record<string, () => Promise<DependencyCheck>> = {
    eventStore: () => probe(() => sources.store.ping(), timeoutMs),
    sqlDatabase: () => probe(async () => void (await sql`select 1`.execute(sources.sql.db)), timeoutMs),
  };
  const relay = sources.relay;
  if (relay) {
    probes.kafkaRelay = () =>
      probe(async () => {
        const status = await relay.status();
        if (status.lag > sources.maxRelayLag)
          throw new Error(`the relay is ${status.lag} events behind the log (limit ${sources.maxRelayLag})`);
        return { lag: status.lag, connected: status.connected };
      }, timeoutMs);
  }
  const readers: [string, string, StallSource | undefined][] = [
    ['readModels', 'projection', sources.projections],
    ['processManagers', 'process manager', sources.processManagers],
  ];
  const stallLimits: StallLimits = {
    ...DEFAULT_STALL_LIMITS,
    ...(sources.maxStallMs === undefined ? {} : { afterMs: sources.maxStallMs }),
  };
  for (const [name, kind, source] of readers) {
    if (!source) continue;
    probes[name] = () =>
      probe(async () => {
        const stalled = await source.stalled(stallLimits);
        if (stalled.length > 0) throw new Error(describeStall(kind, stalled));
      }, timeoutMs);
  }
  return probes;
}

export async function checkReadiness(sources: ReadinessSources): Promise<ReadinessReport> {
  const probes = Object.entries(readinessProbes(sources));
  const results = await Promise.all(probes.map(([, run]) => run()));
  const checks: Record<string, DependencyCheck> = {};
  probes.forEach(([name], index) => (checks[name] = results[index]!));
  const ready = results.every((check) => check.status === 'up');
  return { status: ready ? 'ok' : 'unavailable', checks };
}
