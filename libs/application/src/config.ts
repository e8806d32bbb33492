/**
 * Configuration, read from environment variables once at start and validated: every wrong
 * value is named with what it should be, and the process refuses to start.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DeadlineSettings, deadlineSettings } from './deadlines/deadline-settings.js';
import {
  defaultOrganisation,
  isDomainError,
  type Organisation,
  parseOrganisation,
  parseSchools,
  type PersonalDataCategory,
  type School,
} from '@gongron/domain';
import { parseRetentionDays } from './privacy/erasure.js';

export type StoreKind = 'sqlite' | 'postgres' | 'eventstoredb';

export interface GongronConfig {
  /** Which log: GONGRON_STORE=sqlite (default) | postgres | eventstoredb. */
  readonly store: StoreKind;
  /** GONGRON_DATA_DIR, default ./data (embedded files live here). */
  readonly dataDir: string;
  /** GONGRON_SQLITE_FILE, default <dataDir>/gongron.sqlite: the log and the read models in embedded mode. */
  readonly sqliteFile: string;
  /** DATABASE_URL: PostgreSQL for the log (store=postgres) and the read models (postgres, eventstoredb). */
  readonly databaseUrl?: string;
  /** EVENTSTORE_CONNECTION_STRING, e.g. esdb://127.0.0.1:2113?tls=false (store=eventstoredb). */
  readonly eventStoreConnectionString?: string;
  /** KAFKA_BROKERS=host:port[,host:port]; the relay runs only when set. */
  readonly kafkaBrokers: readonly string[];
  /** KAFKA_CLIENT_ID, default gongron. */
  readonly kafkaClientId: string;
  /** KAFKA_TOPIC_PARTITIONS, default 3. */
  readonly kafkaTopicPartitions: number;
  /** KAFKA_TOPIC_PREFIX, default gongron (topics: <prefix>.agenda-items.v1, ...). */
  readonly kafkaTopicPrefix: string;
  /** TLS and SASL to the brokers (KAFKA_SSL*, KAFKA_SASL_*); absent means plaintext, no authentication. */
  readonly kafkaSecurity: KafkaSecurityConfig;
  /** HOST, default 127.0.0.1; PORT, default 3000. */
  readonly host: string;
  readonly port: number;
  /** LOG_LEVEL: fatal|error|warn|info|debug|trace|silent, default info. */
  readonly logLevel: string;
  /** GONGRON_RUN_PROJECTIONS: run the projections in this process (default true for the api). */
  readonly runProjections: boolean;
  /** GONGRON_RUN_RELAY: run the Kafka relay in this process when brokers are set (default true). */
  readonly runRelay: boolean;
  /** GONGRON_RUN_PROCESS_MANAGERS: run the process managers in this process (default true). */
  readonly runProcessManagers: boolean;
  /** GONGRON_RETENTION_DAYS ("opinion=1095,member=1825"): how long each category of personal data is kept after its last value (privacy/erasure.ts has the defaults). */
  readonly retentionDays: Readonly<Record<PersonalDataCategory, number>>;
  /** GONGRON_RETENTION_SWEEP_MS (default 6 h; 0: never): how often the process that runs the process managers (the worker, or the embedded API) erases what is past its retention. */
  readonly retentionSweepMs: number;
  /** GONGRON_SQLITE_BUSY_WAIT_MS: how long a write waits for another process's SQLite lock before 503 (default 5000). */
  readonly sqliteBusyWaitMs: number;
  /** When the API answers 503 SERVER.OVERLOADED at once instead of taking a request (GONGRON_MAX_IN_FLIGHT, GONGRON_SHED_*). */
  readonly shedding: SheddingLimits;
  /** GONGRON_READY_MAX_RELAY_LAG: readiness fails when the Kafka relay is this many events behind (default 10000). */
  readonly readyMaxRelayLag: number;
  /** GONGRON_READY_MAX_STALL_SECONDS: readiness fails when a projection or process manager of this process is behind the log and has not moved for this long (default 30; 3 failures in a row also count). */
  readonly readyMaxStallMs: number;
  /** The HTTP server's limits against slow and idle clients. */
  readonly http: HttpServerLimits;
  /** Requests allowed per window, by address and by token, and the stricter limit on failed authentication. */
  readonly rateLimits: RateLimits;
  /** GONGRON_TOKEN_TTL_DAYS, default 90: how long a newly issued access token is valid. */
  readonly tokenTtlDays: number;
  /** Review and evaluation periods per district and the scheduler's pace (GONGRON_REVIEW_DAYS, …). */
  readonly deadlines: DeadlineSettings;
  /**
   * TRUST_PROXY: Express's `trust proxy` — unset (the peer address is the client), a hop count,
   * or addresses/subnets of the proxies (e.g. `loopback`, `10.0.0.0/8`); the rate limits count
   * the client address it yields.
   */
  readonly trustProxy?: number | string;
  /** GONGRON_IDEMPOTENCY_TTL_SECONDS (default 86400, a day): how long an Idempotency-Key's record, finished or not, is kept. */
  readonly idempotencyTtlSeconds: number;
  /**
   * GONGRON_IDEMPOTENCY_LEASE_MS (default 30000): how long a request holds its key; after that a
   * retry with the key takes over (the request's process died) and finds what it had written.
   */
  readonly idempotencyLeaseMs: number;
  /** GONGRON_SESSION_IDLE_MINUTES, default 30: a browser session unused this long ends. */
  readonly sessionIdleMinutes: number;
  /** GONGRON_SESSION_MAX_HOURS, default 12: a browser session ends this long after sign-in, used or not. */
  readonly sessionMaxHours: number;
  /** GONGRON_SIGN_IN_LINK_MINUTES, default 15: how long a one-time sign-in link can be used. */
  readonly signInLinkMinutes: number;
  /** Where attachments of minutes are kept and how large one may be. */
  readonly attachments: AttachmentSettings;
  /** GONGRON_SCHOOLS_FILE: a JSON list of schools ({ schoolId, name, level, district }) added to the default set. */
  readonly schools?: readonly School[];
  /** The log's signed checkpoints: their origin line, signing key and schedule. */
  readonly transparency: TransparencySettings;
  /**
   * GONGRON_ORGANISATION_FILE: a JSON file with the regions (every district in exactly one) and each
   * district's own names for its bodies and its civic councils (docs/organisation.md); unset, the
   * six default regions, the plan's names and one civic council per district.
   */
  readonly organisation: Organisation;
}

export interface AttachmentSettings {
  /**
   * GONGRON_ATTACHMENT_STORAGE: `folder` (default with GONGRON_STORE=sqlite) keeps the files in
   * GONGRON_ATTACHMENT_DIR (default <dataDir>/attachments); `database` (default otherwise) keeps
   * them in a table of the SQL database, shared by every api replica and in its backups.
   */
  readonly storage: 'folder' | 'database';
  readonly folder: string;
  /** GONGRON_ATTACHMENT_MAX_BYTES, default 20,971,520 (20 MiB): the largest file accepted. */
  readonly maxBytes: number;
}

export interface HttpServerLimits {
  /** HTTP_HEADERS_TIMEOUT_MS, default 10,000: the request line and headers must arrive within this. */
  readonly headersTimeoutMs: number;
  /** HTTP_REQUEST_TIMEOUT_MS, default 30,000: the whole request, body included, must arrive within this. */
  readonly requestTimeoutMs: number;
  /** HTTP_KEEP_ALIVE_TIMEOUT_MS, default 5,000: an idle kept-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** HTTP_MAX_CONNECTIONS, default 1,000: connections beyond this are closed at once. */
  readonly maxConnections: number;
}

/**
 * Load shedding: the API answers 503 SERVER.OVERLOADED with Retry-After at once, before any work,
 * when it is handling as many requests as its adaptive concurrency limit allows, or when its event
 * loop has been saturated for a whole window and a request has already waited longer than the
 * target for it.
 */
export interface SheddingLimits {
  /** GONGRON_MAX_IN_FLIGHT, default 64: the ceiling of the concurrency limit, and its value at start (0: no limit). */
  readonly maxInFlight: number;
  /** GONGRON_MIN_IN_FLIGHT, default 8 (at most the ceiling): the floor the limit never goes below. */
  readonly minInFlight: number;
  /** GONGRON_SHED_LATENCY_TARGET_MS, default 20: the limit shrinks while the judged percentile of answers takes longer. */
  readonly latencyTargetMs: number;
  /** GONGRON_SHED_LATENCY_PERCENTILE, default 90 (50–100): which percentile of a window's answers is judged against the target. */
  readonly latencyPercentile: number;
  /** GONGRON_SHED_QUEUE_DELAY_MS, default 10: the longest wait for the event loop a taken request may have had (0: not checked). */
  readonly maxQueueDelayMs: number;
  /** GONGRON_SHED_QUEUE_WINDOW_MS, default 500: how long the loop must have been late on every turn before that wait sheds. */
  readonly queueWindowMs: number;
  /** GONGRON_SHED_BUSY_PERCENT / 100, default 0.75: the smoothed event-loop utilisation from which the delay is checked. */
  readonly busyUtilization: number;
}

export interface RateLimits {
  /** RATE_LIMIT_WINDOW_SECONDS, default 60. */
  readonly windowSeconds: number;
  /** RATE_LIMIT_PER_ADDRESS, default 3,000 requests per window from one client address; 0 turns it off. */
  readonly perAddress: number;
  /** RATE_LIMIT_PER_TOKEN, default 1,200 requests per window with one token; 0 turns it off. */
  readonly perToken: number;
  /** AUTH_FAILURE_LIMIT, default 20 failed authentications per address per AUTH_FAILURE_WINDOW_SECONDS (default 600). */
  readonly authFailures: number;
  readonly authFailureWindowSeconds: number;
  /** AUTH_FAILURE_BLOCK_SECONDS, default 600: how long an address that exceeded the limit is refused. */
  readonly authFailureBlockSeconds: number;
}

export type KafkaSaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';

export interface KafkaSecurityConfig {
  /** KAFKA_SSL=true, or implied by any KAFKA_SSL_*_FILE. Files are paths to PEM; read when the client starts. */
  readonly tls?: {
    readonly caFile?: string;
    readonly certFile?: string;
    readonly keyFile?: string;
    /** KAFKA_SSL_REJECT_UNAUTHORIZED, default true: verify the broker's certificate. */
    readonly rejectUnauthorized: boolean;
  };
  /** KAFKA_SASL_MECHANISM with KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE). */
  readonly sasl?: {
    readonly mechanism: KafkaSaslMechanism;
    readonly username: string;
    readonly password?: string;
    readonly passwordFile?: string;
  };
}

const SASL_MECHANISMS: readonly KafkaSaslMechanism[] = ['plain', 'scram-sha-256', 'scram-sha-512'];

function readableFile(env: NodeJS.ProcessEnv, name: string, problems: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const path = resolve(raw);
  try {
    accessSync(path, constants.R_OK);
  } catch {
    problems.push(`${name}=${raw}: no readable file there`);
  }
  return path;
}

function kafkaSecurity(env: NodeJS.ProcessEnv, problems: string[]): KafkaSecurityConfig {
  const caFile = readableFile(env, 'KAFKA_SSL_CA_FILE', problems);
  const certFile = readableFile(env, 'KAFKA_SSL_CERT_FILE', problems);
  const keyFile = readableFile(env, 'KAFKA_SSL_KEY_FILE', problems);
  if ((certFile === undefined) !== (keyFile === undefined)) {
    problems.push('KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE: a client certificate needs both, or neither');
  }
  const anyFile = caFile !== undefined || certFile !== undefined || keyFile !== undefined;
  const sslSet = env.KAFKA_SSL !== undefined && env.KAFKA_SSL !== '';
  const ssl = bool(env, 'KAFKA_SSL', anyFile, problems);
  if (sslSet && !ssl && anyFile) problems.push('KAFKA_SSL=false contradicts the KAFKA_SSL_*_FILE settings');
  const rejectUnauthorized = bool(env, 'KAFKA_SSL_REJECT_UNAUTHORIZED', true, problems);

  const mechanismRaw = env.KAFKA_SASL_MECHANISM || undefined;
  const username = env.KAFKA_SASL_USERNAME || undefined;
  const password = env.KAFKA_SASL_PASSWORD || undefined;
  const passwordFile = readableFile(env, 'KAFKA_SASL_PASSWORD_FILE', problems);
  let sasl: KafkaSecurityConfig['sasl'];
  if (mechanismRaw === undefined) {
    if (username !== undefined || password !== undefined || passwordFile !== undefined) {
      problems.push(`KAFKA_SASL_MECHANISM is required with KAFKA_SASL_USERNAME/PASSWORD: ${SASL_MECHANISMS.join(', ')}`);
    }
  } else if (!SASL_MECHANISMS.includes(mechanismRaw.toLowerCase() as KafkaSaslMechanism)) {
    problems.push(`KAFKA_SASL_MECHANISM=${mechanismRaw}: expected one of ${SASL_MECHANISMS.join(', ')}`);
  } else {
    if (username === undefined) problems.push(`KAFKA_SASL_USERNAME is required when KAFKA_SASL_MECHANISM=${mechanismRaw}`);
    if ((password === undefined) === (passwordFile === undefined)) {
      problems.push(`KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE (exactly one) is required when KAFKA_SASL_MECHANISM=${mechanismRaw}`);
    }
    sasl = {
      mechanism: mechanismRaw.toLowerCase() as KafkaSaslMechanism,
      username: username ?? '',
      ...(password !== undefined ? { password } : {}),
      ...(passwordFile !== undefined ? { passwordFile } : {}),
    };
  }
  return {
    ...(ssl
      ? {
          tls: {
            ...(caFile !== undefined ? { caFile } : {}),
            ...(certFile !== undefined ? { certFile } : {}),
            ...(keyFile !== undefined ? { keyFile } : {}),
            rejectUnauthorized,
          },
        }
      : {}),
    ...(sasl ? { sasl } : {}),
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  problems.push(`${name}=${raw}: expected true or false`);
  return fallback;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name}=${raw}: expected a whole number from ${min} to ${max}`);
    return fallback;
  }
  return Number(raw);
}

function sheddingLimits(env: NodeJS.ProcessEnv, problems: string[]): SheddingLimits {
  const maxInFlight = int(env, 'GONGRON_MAX_IN_FLIGHT', 64, 0, 100_000, problems);
  return {
    maxInFlight,
    minInFlight: Math.min(int(env, 'GONGRON_MIN_IN_FLIGHT', 8, 1, 100_000, problems), Math.max(1, maxInFlight)),
    latencyTargetMs: int(env, 'GONGRON_SHED_LATENCY_TARGET_MS', 20, 1, 60_000, problems),
    latencyPercentile: int(env, 'GONGRON_SHED_LATENCY_PERCENTILE', 90, 50, 100, problems),
    maxQueueDelayMs: int(env, 'GONGRON_SHED_QUEUE_DELAY_MS', 10, 0, 60_000, problems),
    queueWindowMs: int(env, 'GONGRON_SHED_QUEUE_WINDOW_MS', 500, 0, 600_000, problems),
    busyUtilization: int(env, 'GONGRON_SHED_BUSY_PERCENT', 75, 0, 100, problems) / 100,
  };
}

function trustProxy(env: NodeJS.ProcessEnv, problems: string[]): { trustProxy?: number | string } {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === '') return {};
  if (/^\d{1,2}$/.test(raw)) return { trustProxy: Number(raw) };
  const entries = raw.split(',').map((entry) => entry.trim());
  const named = ['loopback', 'linklocal', 'uniquelocal'];
  const wrong = entries.filter((entry) => !named.includes(entry) && !/^[0-9A-Fa-f.:]+(\/\d{1,3})?$/.test(entry));
  if (wrong.length > 0) {
    problems.push(`TRUST_PROXY: ${wrong.join(', ')} — expected a hop count, or addresses/subnets and ${named.join(', ')}`);
    return {};
  }
  return { trustProxy: entries.join(',') };
}

export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

function attachmentSettings(env: NodeJS.ProcessEnv, store: StoreKind, dataDir: string, problems: string[]): AttachmentSettings {
  const raw = env.GONGRON_ATTACHMENT_STORAGE || (store === 'sqlite' ? 'folder' : 'database');
  if (raw !== 'folder' && raw !== 'database') problems.push(`GONGRON_ATTACHMENT_STORAGE=${raw}: expected folder or database`);
  return {
    storage: raw === 'database' ? 'database' : 'folder',
    folder: resolve(dataDir, env.GONGRON_ATTACHMENT_DIR || 'attachments'),
    // The whole file is held in memory while it is checked; a gigabyte is the ceiling.
    maxBytes: int(env, 'GONGRON_ATTACHMENT_MAX_BYTES', DEFAULT_ATTACHMENT_MAX_BYTES, 1, 1024 * 1024 * 1024, problems),
  };
}

export interface TransparencySettings {
  /** GONGRON_LOG_ORIGIN, default "gongron/log": the first line of every checkpoint and the signing key's name. */
  readonly origin: string;
  /** GONGRON_LOG_SIGNING_KEY: the Ed25519 private key as PKCS#8 PEM; when unset, the key file is used. */
  readonly signingKeyPem?: string;
  /** GONGRON_LOG_SIGNING_KEY_FILE, default <dataDir>/log-signing-key.pem: created 0600 on first start. */
  readonly signingKeyFile: string;
  /** GONGRON_CHECKPOINT_INTERVAL_SECONDS, default 300: how often a checkpoint is signed when the log grew (0: only on demand). */
  readonly checkpointIntervalSeconds: number;
}

function transparencySettings(env: NodeJS.ProcessEnv, dataDir: string, problems: string[]): TransparencySettings {
  const origin = env.GONGRON_LOG_ORIGIN || 'gongron/log';
  if (/[\s+]/.test(origin)) problems.push(`GONGRON_LOG_ORIGIN=${origin}: no spaces or "+" (it names the signing key too)`);
  const signingKeyPem = env.GONGRON_LOG_SIGNING_KEY || undefined;
  if (signingKeyPem !== undefined && !signingKeyPem.includes('-----BEGIN PRIVATE KEY-----')) {
    problems.push('GONGRON_LOG_SIGNING_KEY: expected an Ed25519 private key in PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----")');
  }
  return {
    origin,
    ...(signingKeyPem !== undefined ? { signingKeyPem } : {}),
    signingKeyFile: resolve(dataDir, env.GONGRON_LOG_SIGNING_KEY_FILE || 'log-signing-key.pem'),
    checkpointIntervalSeconds: int(env, 'GONGRON_CHECKPOINT_INTERVAL_SECONDS', 300, 0, 31_536_000, problems),
  };
}

function organisationOf(env: NodeJS.ProcessEnv, problems: string[]): Organisation {
  const before = problems.length;
  const path = readableFile(env, 'GONGRON_ORGANISATION_FILE', problems);
  if (path === undefined || problems.length > before) return defaultOrganisation;
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`GONGRON_ORGANISATION_FILE=${env.GONGRON_ORGANISATION_FILE}: not readable JSON (${(error as Error).message})`);
    return defaultOrganisation;
  }
  const parsed = parseOrganisation(input);
  if ('problems' in parsed) {
    problems.push(...parsed.problems.map((problem) => `GONGRON_ORGANISATION_FILE ${problem}`));
    return defaultOrganisation;
  }
  return parsed.organisation;
}

/** Where the log and the read models live: the store kind, the data folder and the connection strings. */
function storageSettings(
  env: NodeJS.ProcessEnv,
  problems: string[],
): Pick<GongronConfig, 'store' | 'dataDir' | 'sqliteFile' | 'databaseUrl' | 'eventStoreConnectionString'> {
  const storeRaw = env.GONGRON_STORE || 'sqlite';
  if (!['sqlite', 'postgres', 'eventstoredb'].includes(storeRaw)) {
    problems.push(`GONGRON_STORE=${storeRaw}: expected sqlite, postgres or eventstoredb`);
  }
  const store = storeRaw as StoreKind;
  const dataDir = resolve(env.GONGRON_DATA_DIR || './data');
  const sqliteFile = resolve(dataDir, env.GONGRON_SQLITE_FILE || 'gongron.sqlite');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL: expected a postgres:// connection string`);
  }
  if ((store === 'postgres' || store === 'eventstoredb') && !databaseUrl) {
    problems.push(`DATABASE_URL is required when GONGRON_STORE=${store} (the read models live in PostgreSQL)`);
  }
  const eventStoreConnectionString = env.EVENTSTORE_CONNECTION_STRING || undefined;
  if (store === 'eventstoredb' && !eventStoreConnectionString) {
    problems.push('EVENTSTORE_CONNECTION_STRING is required when GONGRON_STORE=eventstoredb');
  }
  return { store, dataDir, sqliteFile, databaseUrl, eventStoreConnectionString };
}

/** KAFKA_BROKERS: a comma-separated list of host:port (none: the relay does not run). */
function kafkaBrokersOf(env: NodeJS.ProcessEnv, problems: string[]): string[] {
  const kafkaBrokers = (env.KAFKA_BROKERS || '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  for (const broker of kafkaBrokers) {
    if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(broker)) problems.push(`KAFKA_BROKERS: "${broker}" is not host:port`);
  }
  return kafkaBrokers;
}

function httpSettings(env: NodeJS.ProcessEnv, problems: string[]): GongronConfig['http'] {
  return {
    headersTimeoutMs: int(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000, problems),
    requestTimeoutMs: int(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000, problems),
    keepAliveTimeoutMs: int(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000, problems),
    maxConnections: int(env, 'HTTP_MAX_CONNECTIONS', 1_000, 1, 1_000_000, problems),
  };
}

function rateLimitSettings(env: NodeJS.ProcessEnv, problems: string[]): GongronConfig['rateLimits'] {
  return {
    windowSeconds: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400, problems),
    perAddress: int(env, 'RATE_LIMIT_PER_ADDRESS', 3_000, 0, 10_000_000, problems),
    perToken: int(env, 'RATE_LIMIT_PER_TOKEN', 1_200, 0, 10_000_000, problems),
    authFailures: int(env, 'AUTH_FAILURE_LIMIT', 20, 1, 100_000, problems),
    authFailureWindowSeconds: int(env, 'AUTH_FAILURE_WINDOW_SECONDS', 600, 1, 86_400, problems),
    authFailureBlockSeconds: int(env, 'AUTH_FAILURE_BLOCK_SECONDS', 600, 1, 86_400, problems),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GongronConfig {
  const problems: string[] = [];
  const storage = storageSettings(env, problems);
  const { store, dataDir } = storage;
  const kafkaBrokers = kafkaBrokersOf(env, problems);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL=${logLevel}: expected one of ${LOG_LEVELS.join(', ')}`);
  const config: GongronConfig = {
    ...storage,
    kafkaBrokers,
    kafkaClientId: env.KAFKA_CLIENT_ID || 'gongron',
    kafkaTopicPartitions: int(env, 'KAFKA_TOPIC_PARTITIONS', 3, 1, 1000, problems),
    kafkaTopicPrefix: env.KAFKA_TOPIC_PREFIX || 'gongron',
    kafkaSecurity: kafkaSecurity(env, problems),
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65535, problems),
    logLevel,
    runProjections: bool(env, 'GONGRON_RUN_PROJECTIONS', true, problems),
    runRelay: bool(env, 'GONGRON_RUN_RELAY', true, problems),
    runProcessManagers: bool(env, 'GONGRON_RUN_PROCESS_MANAGERS', true, problems),
    sqliteBusyWaitMs: int(env, 'GONGRON_SQLITE_BUSY_WAIT_MS', 5000, 0, 600_000, problems),
    shedding: sheddingLimits(env, problems),
    readyMaxRelayLag: int(env, 'GONGRON_READY_MAX_RELAY_LAG', 10_000, 0, 1_000_000_000, problems),
    readyMaxStallMs: int(env, 'GONGRON_READY_MAX_STALL_SECONDS', 30, 1, 86_400, problems) * 1000,
    http: httpSettings(env, problems),
    rateLimits: rateLimitSettings(env, problems),
    tokenTtlDays: int(env, 'GONGRON_TOKEN_TTL_DAYS', 90, 1, 3650, problems),
    deadlines: deadlineSettings(env, problems),
    retentionDays: parseRetentionDays(env.GONGRON_RETENTION_DAYS, problems),
    retentionSweepMs: int(env, 'GONGRON_RETENTION_SWEEP_MS', 6 * 3_600_000, 0, 7 * 86_400_000, problems),
    ...trustProxy(env, problems),
    idempotencyTtlSeconds: int(env, 'GONGRON_IDEMPOTENCY_TTL_SECONDS', 86_400, 60, 31_536_000, problems),
    idempotencyLeaseMs: int(env, 'GONGRON_IDEMPOTENCY_LEASE_MS', 30_000, 100, 3_600_000, problems),
    sessionIdleMinutes: int(env, 'GONGRON_SESSION_IDLE_MINUTES', 30, 1, 24 * 60, problems),
    sessionMaxHours: int(env, 'GONGRON_SESSION_MAX_HOURS', 12, 1, 24 * 31, problems),
    signInLinkMinutes: int(env, 'GONGRON_SIGN_IN_LINK_MINUTES', 15, 1, 7 * 24 * 60, problems),
    transparency: transparencySettings(env, dataDir, problems),
    attachments: attachmentSettings(env, store, dataDir, problems),
    schools: configuredSchools(env.GONGRON_SCHOOLS_FILE, problems),
    organisation: organisationOf(env, problems),
  };
  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs) {
    problems.push(
      `HTTP_HEADERS_TIMEOUT_MS=${config.http.headersTimeoutMs} must not exceed HTTP_REQUEST_TIMEOUT_MS=${config.http.requestTimeoutMs}`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The schools of GONGRON_SCHOOLS_FILE (none when unset); a file that cannot be read or holds no list of schools is a problem. */
function configuredSchools(file: string | undefined, problems: string[]): readonly School[] {
  if (file === undefined || file === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`GONGRON_SCHOOLS_FILE=${file}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  try {
    return parseSchools(parsed);
  } catch (error) {
    problems.push(`GONGRON_SCHOOLS_FILE=${file}: ${isDomainError(error) ? error.message : String(error)}`);
    return [];
  }
}

/** DI token for the validated configuration. */
export const GONGRON_CONFIG = Symbol.for('gongron.Config');
