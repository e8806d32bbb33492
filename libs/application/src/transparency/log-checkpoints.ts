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
  verifiedCosignatures,
  verifiedSigners,
  verifierKey,
  verifyConsistency,
  type Checkpoint,
  type EventStore,
  type TreeHead,
  type TrustedCheckpoint,
} from '@gongron/event-store';
import type { RegisteredWitness, WitnessRegistry } from './witnesses.js';
import type { TransparencySettings } from '../config.js';
import { DATA_FILE_MODE, ensureDataFolder } from '../data-folder.js';
import type { SqlDatabase } from '../sql-database.js';

export const LOG_CHECKPOINTS_TABLE = 'gongron_log_checkpoints';
export const LOG_COSIGNATURES_TABLE = 'gongron_log_cosignatures';

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
    private readonly witnesses?: WitnessRegistry,
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
      await this.sql.db.schema
        .createTable(LOG_COSIGNATURES_TABLE)
        .ifNotExists()
        .addColumn('tree_size', 'bigint', (c) => c.notNull())
        .addColumn('witness', 'varchar(100)', (c) => c.notNull())
        .addColumn('line', 'text', (c) => c.notNull())
        .addColumn('cosigned_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('gongron_log_cosignatures_pk', ['tree_size', 'witness'])
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
    await this.checkConsistentWithCosigned(head);
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
    // A cosigned checkpoint is named by its witnesses too: what they hold is what a rewrite must match.
    const cosigned = new Map((await this.cosignedCheckpoints()).map((checkpoint) => [checkpoint.size, checkpoint]));
    return trusted.map((checkpoint) => {
      const by = cosigned.get(checkpoint.size);
      return by && by.rootHash === checkpoint.rootHash
        ? { ...checkpoint, source: `${checkpoint.source}, cosigned by ${by.cosignatures.map((c) => c.witness).join(', ')}` }
        : checkpoint;
    });
  }

  /**
   * A new checkpoint must extend every cosigned one: the tree at the cosigned size still has the
   * cosigned root, and a consistency proof from it to the new head holds. A log rewritten (and
   * re-treed) behind the witnesses' back fails here, and nothing is signed.
   */
  private async checkConsistentWithCosigned(head: TreeHead): Promise<void> {
    const merkle = this.store.merkle!;
    for (const cosigned of await this.cosignedCheckpoints()) {
      const names = cosigned.cosignatures.map((c) => c.witness).join(', ');
      const proof = cosigned.size <= head.size ? await merkle.consistencyProof(cosigned.size, head.size) : undefined;
      const holds =
        proof !== undefined &&
        verifyConsistency(
          cosigned.size,
          head.size,
          proof.map((hash) => Buffer.from(hash, 'hex')),
          Buffer.from(cosigned.rootHash, 'hex'),
          Buffer.from(head.rootHash, 'hex'),
        );
      if (!holds) throw new LogForkError(cosigned.size, cosigned.rootHash, head, names);
    }
  }

  /** Adds a witness's cosignature line to the checkpoint of a size, after checking it with the witness's registered key. */
  async cosign(size: number, line: string): Promise<CosignedCheckpoint> {
    await this.ensureSchema();
    const signed = await this.atSize(size);
    if (!signed)
      throw new CosignatureRefusal('not-found', 'LOG.CHECKPOINT_NOT_FOUND', 'size', `no checkpoint of tree size ${size} was issued`);
    const witnesses = (await this.witnesses?.registered()) ?? [];
    const text = line.endsWith('\n') ? line : `${line}\n`;
    let found;
    try {
      found = verifiedCosignatures(`${signed.note}${text}`, witnesses);
    } catch (error) {
      throw new CosignatureRefusal('invalid', 'LOG.COSIGNATURE_INVALID', 'cosignature', (error as Error).message);
    }
    const cosignature = found.find((c) => c.line === text);
    if (!cosignature) {
      throw new CosignatureRefusal(
        'invalid',
        'LOG.COSIGNATURE_INVALID',
        'cosignature',
        'the line is no valid cosignature/v1 of this checkpoint by a registered witness key',
      );
    }
    const cosignedAt = new Date(cosignature.timestamp * 1000).toISOString();
    await this.sql.db
      .insertInto(LOG_COSIGNATURES_TABLE)
      .values({ tree_size: size, witness: cosignature.name, line: cosignature.line, cosigned_at: cosignedAt })
      .onConflict((oc) => oc.columns(['tree_size', 'witness']).doUpdateSet({ line: cosignature.line, cosigned_at: cosignedAt }))
      .execute();
    return (await this.cosigned(size))!;
  }

  /** A checkpoint with its log signature and every cosignature that holds under the witnesses' current keys. */
  async cosigned(size: number): Promise<CosignedCheckpoint | undefined> {
    const signed = await this.atSize(size);
    if (!signed) return undefined;
    const witnesses = (await this.witnesses?.registered()) ?? [];
    const rows = (await this.sql.db
      .selectFrom(LOG_COSIGNATURES_TABLE)
      .select(['witness', 'line'])
      .where('tree_size', '=', size)
      .orderBy('witness')
      .execute()) as {
      witness: string;
      line: string;
    }[];
    return withCosignatures(signed, rows, witnesses);
  }

  /** Every checkpoint at least one registered witness cosigned, by size. */
  async cosignedCheckpoints(): Promise<CosignedCheckpoint[]> {
    await this.ensureSchema();
    const witnesses = (await this.witnesses?.registered()) ?? [];
    if (witnesses.length === 0) return [];
    const rows = (await this.sql.db
      .selectFrom(LOG_COSIGNATURES_TABLE)
      .select(['tree_size', 'witness', 'line'])
      .orderBy('tree_size')
      .orderBy('witness')
      .execute()) as {
      tree_size: number | string;
      witness: string;
      line: string;
    }[];
    const out: CosignedCheckpoint[] = [];
    for (const size of [...new Set(rows.map((row) => Number(row.tree_size)))]) {
      const signed = await this.atSize(size);
      if (!signed) continue;
      const cosigned = withCosignatures(
        signed,
        rows.filter((row) => Number(row.tree_size) === size),
        witnesses,
      );
      if (cosigned.cosignatures.length > 0) out.push(cosigned);
    }
    return out;
  }

  /**
   * The issued checkpoints, newest first, each with its valid cosignatures: at most `limit` of them,
   * below tree size `before` when given (the next page starts below the last one listed).
   */
  async list(limit: number, before?: number): Promise<CosignedCheckpoint[]> {
    await this.ensureSchema();
    let query = this.sql.db.selectFrom(LOG_CHECKPOINTS_TABLE).select(['tree_size', 'note']).orderBy('tree_size', 'desc').limit(limit);
    if (before !== undefined) query = query.where('tree_size', '<', before);
    const checkpoints = ((await query.execute()) as CheckpointRow[]).map(toSigned);
    if (checkpoints.length === 0) return [];
    const witnesses = (await this.witnesses?.registered()) ?? [];
    const rows = (await this.sql.db
      .selectFrom(LOG_COSIGNATURES_TABLE)
      .select(['tree_size', 'witness', 'line'])
      .where(
        'tree_size',
        'in',
        checkpoints.map((checkpoint) => checkpoint.size),
      )
      .orderBy('witness')
      .execute()) as { tree_size: number | string; witness: string; line: string }[];
    return checkpoints.map((signed) =>
      withCosignatures(
        signed,
        rows.filter((row) => Number(row.tree_size) === signed.size),
        witnesses,
      ),
    );
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

export interface CosignatureView {
  readonly witness: string;
  readonly district: string;
  readonly party: string;
  /** When the witness cosigned (ISO 8601, from its cosignature). */
  readonly time: string;
}

export interface CosignedCheckpoint extends SignedCheckpoint {
  /** The note with the log's signature and every valid cosignature line. */
  readonly note: string;
  readonly cosignatures: readonly CosignatureView[];
}

function withCosignatures(
  signed: SignedCheckpoint,
  rows: readonly { witness: string; line: string }[],
  witnesses: readonly RegisteredWitness[],
): CosignedCheckpoint {
  const valid = verifiedCosignatures(`${signed.note}${rows.map((row) => row.line).join('')}`, witnesses);
  return {
    ...signed,
    note: `${signed.note}${valid.map((c) => c.line).join('')}`,
    cosignatures: valid.map((c) => {
      const witness = witnesses.find((w) => w.name === c.name)!;
      return { witness: c.name, district: witness.district, party: witness.party, time: new Date(c.timestamp * 1000).toISOString() };
    }),
  };
}

/** A new checkpoint would not extend a cosigned one: the log was forked. */
export class LogForkError extends Error {
  readonly code = 'LOG.FORK_DETECTED';
  constructor(
    readonly cosignedSize: number,
    readonly cosignedRoot: string,
    readonly head: TreeHead,
    readonly witnesses: string,
  ) {
    super(
      `The log no longer extends the checkpoint of tree size ${cosignedSize} (root ${cosignedRoot}) cosigned by ${witnesses}: ` +
        `the tree of size ${head.size} (root ${head.rootHash}) is a fork; no checkpoint was signed`,
    );
  }
}

export class CosignatureRefusal extends Error {
  constructor(
    readonly kind: 'invalid' | 'not-found',
    readonly code: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
