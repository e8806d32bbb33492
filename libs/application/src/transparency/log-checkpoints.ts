/**
 * Signed checkpoints of the log's Merkle tree: the signing key (outside the database: a PKCS#8
 * file created 0600 in the data folder, or GONGRON_LOG_SIGNING_KEY), issuing on demand and on a
 * schedule, and the issued notes kept in gongron_log_checkpoints so anyone can fetch them later.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  checkpointBody,
  parseCheckpointBody,
  parseVerifierKey,
  signNote,
  verifiedSigners,
  verifierKey,
  type Checkpoint,
  type EventStore,
  type TrustedCheckpoint,
} from '@gongron/event-store';
import type { TransparencySettings } from '../config.js';
import { DATA_FILE_MODE, ensureDataFolder } from '../data-folder.js';
import type { SqlDatabase } from '../sql-database.js';

export const LOG_CHECKPOINTS_TABLE = 'gongron_log_checkpoints';

export interface LogSigningKey {
  readonly name: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** "<name>+<key hash>+<base64 key>": what verifiers are given. */
  readonly verifierKey: string;
}

function readOrCreateKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  ensureDataFolder(dirname(file));
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  try {
    // 'wx': never overwrite a key another process has just written; then use that one.
    writeFileSync(file, pem, { mode: DATA_FILE_MODE, flag: 'wx' });
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
    throw error;
  }
}

export function loadLogSigningKey(settings: TransparencySettings): LogSigningKey {
  const pem = settings.signingKeyPem ?? readOrCreateKeyFile(settings.signingKeyFile);
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The log signing key must be an Ed25519 key (PKCS#8 PEM)');
  const publicKey = createPublicKey(privateKey);
  return { name: settings.origin, privateKey, publicKey, verifierKey: verifierKey(settings.origin, publicKey) };
}

export interface SignedCheckpoint extends Checkpoint {
  /** The whole signed note. */
  readonly note: string;
}

interface CheckpointRow {
  tree_size: number;
  note: string;
}

const toSigned = (row: CheckpointRow): SignedCheckpoint => ({
  ...parseCheckpointBody(row.note.slice(0, row.note.lastIndexOf('\n\n') + 1)),
  note: row.note,
});

export class LogCheckpoints {
  private ready: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly sql: SqlDatabase,
    readonly key: LogSigningKey,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Whether this store keeps a Merkle tree (EventStoreDB does not). */
  get available(): boolean {
    return this.store.merkle !== undefined;
  }

  private ensureSchema(): Promise<void> {
    this.ready ??= (async () => {
      await this.sql.db.schema
        .createTable(LOG_CHECKPOINTS_TABLE)
        .ifNotExists()
        .addColumn('tree_size', 'bigint', (c) => c.primaryKey())
        .addColumn('root_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('issued_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .execute();
    })().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /** Signs the tree as it is now, unless the latest checkpoint already has its size. */
  async issue(): Promise<SignedCheckpoint> {
    const merkle = this.store.merkle;
    if (!merkle) throw new Error('This event store keeps no Merkle tree');
    await this.ensureSchema();
    const head = await merkle.treeHead();
    const latest = await this.latest();
    if (latest && latest.size === head.size) return latest;
    const body = checkpointBody({ origin: this.key.name, size: head.size, rootHash: head.rootHash, time: this.clock().toISOString() });
    const note = signNote(body, this.key.name, this.key.privateKey, this.key.publicKey);
    await this.sql.db
      .insertInto(LOG_CHECKPOINTS_TABLE)
      .values({ tree_size: head.size, root_hash: head.rootHash, issued_at: this.clock().toISOString(), note })
      .onConflict((oc) => oc.column('tree_size').doNothing())
      .execute();
    return (await this.atSize(head.size))!;
  }

  async latest(): Promise<SignedCheckpoint | undefined> {
    await this.ensureSchema();
    const row = (await this.sql.db
      .selectFrom(LOG_CHECKPOINTS_TABLE)
      .select(['tree_size', 'note'])
      .orderBy('tree_size', 'desc')
      .limit(1)
      .executeTakeFirst()) as CheckpointRow | undefined;
    return row && toSigned(row);
  }

  async atSize(size: number): Promise<SignedCheckpoint | undefined> {
    await this.ensureSchema();
    const row = (await this.sql.db
      .selectFrom(LOG_CHECKPOINTS_TABLE)
      .select(['tree_size', 'note'])
      .where('tree_size', '=', size)
      .executeTakeFirst()) as CheckpointRow | undefined;
    return row && toSigned(row);
  }

  /**
   * The issued checkpoints whose signature holds under the log's key (kept outside the database),
   * as verification's trusted roots: a rewritten database can delete them, but not forge one.
   */
  async trusted(): Promise<TrustedCheckpoint[]> {
    await this.ensureSchema();
    const verifier = parseVerifierKey(this.key.verifierKey);
    const rows = (await this.sql.db
      .selectFrom(LOG_CHECKPOINTS_TABLE)
      .select(['tree_size', 'note'])
      .orderBy('tree_size')
      .execute()) as CheckpointRow[];
    const trusted: TrustedCheckpoint[] = [];
    for (const row of rows) {
      let signed: SignedCheckpoint;
      try {
        signed = toSigned(row);
        if (verifiedSigners(row.note, [verifier]).length === 0) continue;
      } catch {
        // A row that is no signed checkpoint at all was not written by the log; it proves nothing.
        continue;
      }
      trusted.push({
        size: signed.size,
        rootHash: signed.rootHash,
        source: `checkpoint signed by ${this.key.name} at ${signed.time ?? 'an unknown time'}`,
      });
    }
    return trusted;
  }

  /** The latest checkpoint if it covers `size` leaves, else a new one. */
  async covering(size: number): Promise<SignedCheckpoint> {
    const latest = await this.latest();
    return latest && latest.size >= size ? latest : this.issue();
  }

  /** Signs a checkpoint every `seconds` while the log grows (an unchanged tree is not signed again). */
  schedule(seconds: number, onError: (error: unknown) => void): void {
    if (seconds <= 0 || !this.available || this.timer) return;
    this.timer = setInterval(() => void this.issue().catch(onError), seconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
