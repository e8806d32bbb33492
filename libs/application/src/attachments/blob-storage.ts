/**
 * Where an attachment's bytes live, by hash. The embedded default keeps them as files in a
 * folder under the data folder (`attachments/ab/abcd…`); a server installation keeps them in a
 * PostgreSQL table, beside the rest of its record, so that every api replica reads the same
 * files and one database backup holds them all. Either may be chosen by configuration.
 *
 * A file appears under its hash only whole: it is written to a temporary file, flushed to disk,
 * renamed into place and the folder flushed, so a crash or a broken upload never leaves part
 * of a file where a reader would find it.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE_MODE, DATA_FOLDER_MODE } from '../data-folder.js';
import type { SqlDatabase } from '../sql-database.js';

export interface BlobStorage {
  ensureSchema(): Promise<void>;
  /** Stores the bytes under their hash; false when they were there already. */
  write(sha256: string, bytes: Buffer): Promise<boolean>;
  read(sha256: string): Promise<Buffer | undefined>;
  exists(sha256: string): Promise<boolean>;
}

/** Temporary files older than this are what a crashed process left; they are removed at start. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export class FolderBlobStorage implements BlobStorage {
  private readonly temp: string;

  constructor(readonly folder: string) {
    this.temp = join(folder, '.incoming');
  }

  async ensureSchema(): Promise<void> {
    await mkdir(this.temp, { recursive: true, mode: DATA_FOLDER_MODE });
    const now = Date.now();
    for (const name of await readdir(this.temp)) {
      const path = join(this.temp, name);
      const info = await stat(path).catch(() => undefined);
      if (info && now - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
    }
  }

  pathOf(sha256: string): string {
    return join(this.folder, sha256.slice(0, 2), sha256);
  }

  async exists(sha256: string): Promise<boolean> {
    return (await stat(this.pathOf(sha256)).catch(() => undefined))?.isFile() ?? false;
  }

  async read(sha256: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async write(sha256: string, bytes: Buffer): Promise<boolean> {
    if (await this.exists(sha256)) return false;
    const target = this.pathOf(sha256);
    const shard = join(this.folder, sha256.slice(0, 2));
    await mkdir(shard, { recursive: true, mode: DATA_FOLDER_MODE });
    await mkdir(this.temp, { recursive: true, mode: DATA_FOLDER_MODE });
    const temporary = join(this.temp, `${sha256}.${randomBytes(6).toString('hex')}`);
    try {
      const handle = await open(temporary, 'wx', DATA_FILE_MODE);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Same content, same name: a concurrent upload of the same bytes renames over an identical file.
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    syncFolder(shard);
    return true;
  }
}

/** The rename is durable only once the folder's entry is on disk. */
function syncFolder(folder: string): void {
  const descriptor = openSync(folder, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

export const ATTACHMENT_BLOBS = 'attachment_blobs';

export class DatabaseBlobStorage implements BlobStorage {
  constructor(private readonly sql: SqlDatabase) {}

  async ensureSchema(): Promise<void> {
    const bytesType = this.sql.kind === 'postgres' ? 'bytea' : 'blob';
    await this.sql.db.schema
      .createTable(ATTACHMENT_BLOBS)
      .ifNotExists()
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addColumn('bytes', bytesType, (c) => c.notNull())
      .execute();
  }

  async write(sha256: string, bytes: Buffer): Promise<boolean> {
    const inserted = await this.sql.db
      .insertInto(ATTACHMENT_BLOBS)
      .values({ sha256, size: bytes.length, bytes })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async read(sha256: string): Promise<Buffer | undefined> {
    const row = (await this.sql.db.selectFrom(ATTACHMENT_BLOBS).select('bytes').where('sha256', '=', sha256).executeTakeFirst()) as
      { bytes: Uint8Array } | undefined;
    return row ? Buffer.from(row.bytes) : undefined;
  }

  async exists(sha256: string): Promise<boolean> {
    const row = await this.sql.db.selectFrom(ATTACHMENT_BLOBS).select('sha256').where('sha256', '=', sha256).executeTakeFirst();
    return row !== undefined;
  }
}
