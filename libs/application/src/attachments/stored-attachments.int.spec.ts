/**
 * The attachment store against real storage: files in a folder beside a SQLite database, and
 * rows of a PostgreSQL table. The same file uploaded twice is stored once and answers the same
 * hash; limits refuse before anything is written; a record is per district; a body that breaks
 * off leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../../../../test/support/postgres.js';
import { samplePdf, sampleHwp, sampleZip } from '../../../../test/support/attachment-samples.js';
import { CommandRefused } from '../commands/command-refused.js';
import { openSqlDatabase, type SqlDatabase } from '../sql-database.js';
import { type BlobStorage, DatabaseBlobStorage, FolderBlobStorage } from './blob-storage.js';
import { StoredAttachments } from './stored-attachments.js';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function refusal(promise: Promise<unknown>): Promise<CommandRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CommandRefused) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function contract(name: string, open: () => Promise<{ sql: SqlDatabase; blobs: BlobStorage; close(): Promise<void> }>) {
  describe(name, () => {
    let opened: Awaited<ReturnType<typeof open>>;
    let store: StoredAttachments;

    beforeEach(async () => {
      opened = await open();
      store = new StoredAttachments(opened.sql, opened.blobs, { maxBytes: 64 * 1024 });
      await store.ensureSchema();
    });
    afterEach(() => opened.close());

    it('stores a file under its SHA-256 and gives back the same bytes, type and name', async () => {
      const pdf = samplePdf('round trip');
      const put = await store.put(pdf, { name: '제3차 회의록.pdf', district: 'suwon', uploadedBy: 'secretary:1' });
      expect(put).toEqual({ sha256: sha(pdf), size: pdf.length, mediaType: 'application/pdf', name: '제3차 회의록.pdf', created: true });
      expect(await store.has(put.sha256)).toBe(true);
      expect(await store.has(put.sha256, 'suwon')).toBe(true);
      expect(await store.has(put.sha256, 'osan')).toBe(false);
      const got = await store.get(put.sha256, 'suwon');
      expect(got?.bytes.equals(pdf)).toBe(true);
      expect(got).toMatchObject({ mediaType: 'application/pdf', name: '제3차 회의록.pdf', districts: ['suwon'] });
    });

    it('answers an identical upload with the same hash and keeps one copy and the first name', async () => {
      const hwp = sampleHwp('같은 파일');
      const first = await store.put(hwp, { name: '회의록.hwp', district: 'suwon' });
      const again = await store.put(hwp, { name: '회의록(사본).hwp', district: 'suwon' });
      expect(again).toEqual({ ...first, created: false });
      const elsewhere = await store.put(hwp, { name: 'minutes.hwp', district: 'osan' });
      expect(elsewhere).toMatchObject({ sha256: first.sha256, name: 'minutes.hwp', created: true });
      expect([...((await store.get(first.sha256))?.districts ?? [])].sort()).toEqual(['osan', 'suwon']);
    });

    it('reads a streamed body and refuses it once it passes the size limit', async () => {
      async function* chunks(count: number) {
        yield samplePdf().subarray(0, 8);
        for (let i = 0; i < count; i += 1) yield Buffer.alloc(1024, 0x20);
      }
      const small = await store.put(chunks(10), { name: 'small.pdf', district: 'suwon' });
      expect(small.size).toBe(8 + 10 * 1024);
      const error = await refusal(store.put(chunks(100), { name: 'large.pdf', district: 'suwon' }));
      expect(error).toMatchObject({ status: 413, code: 'ATTACHMENT.TOO_LARGE', details: { maxBytes: 64 * 1024 } });
    });

    it('refuses a file of another type, a false Content-Type and a bad name, storing nothing', async () => {
      expect(await refusal(store.put(sampleZip(), { name: 'a.hwpx', district: 'suwon' }))).toMatchObject({
        status: 415,
        code: 'ATTACHMENT.TYPE_NOT_ALLOWED',
      });
      expect(await refusal(store.put(samplePdf(), { name: 'a.png', mediaType: 'image/png', district: 'suwon' }))).toMatchObject({
        status: 415,
        code: 'ATTACHMENT.TYPE_MISMATCH',
        details: { declared: 'image/png', detected: 'application/pdf' },
      });
      expect(await refusal(store.put(samplePdf(), { name: '../../etc/passwd', district: 'suwon' }))).toMatchObject({
        status: 400,
        code: 'ATTACHMENT.NAME_INVALID',
      });
      expect(await refusal(store.put(Buffer.alloc(0), { name: 'empty.pdf', district: 'suwon' }))).toMatchObject({
        status: 400,
        code: 'ATTACHMENT.EMPTY',
      });
      expect(await store.has(sha(samplePdf()))).toBe(false);
    });

    it('stores nothing of a body that breaks off', async () => {
      const pdf = samplePdf('cut short');
      async function* brokenOff() {
        yield pdf.subarray(0, 10);
        throw Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
      }
      await expect(store.put(brokenOff(), { name: 'cut.pdf', district: 'suwon' })).rejects.toThrow('aborted');
      expect(await store.has(sha(pdf))).toBe(false);
      expect(await store.has(sha(pdf.subarray(0, 10)))).toBe(false);
    });
  });
}

describe('StoredAttachments', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongron-attachments-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  contract('files in a folder, records in SQLite', async () => {
    const here = mkdtempSync(join(dir, 'folder-'));
    const sql = openSqlDatabase({ kind: 'sqlite', file: join(here, 'gongron.sqlite') });
    return { sql, blobs: new FolderBlobStorage(join(here, 'attachments')), close: () => sql.close() };
  });

  it('writes a file in place only whole, leaving no temporary file behind', async () => {
    const here = mkdtempSync(join(dir, 'whole-'));
    const blobs = new FolderBlobStorage(join(here, 'attachments'));
    await blobs.ensureSchema();
    const pdf = samplePdf('whole');
    expect(await blobs.write(sha(pdf), pdf)).toBe(true);
    expect(await blobs.write(sha(pdf), pdf)).toBe(false);
    expect(filesUnder(join(here, 'attachments'))).toEqual([blobs.pathOf(sha(pdf))]);
  });

  it('never shows a file a crash left half-written, and removes such leftovers at start', async () => {
    const here = mkdtempSync(join(dir, 'crash-'));
    const folder = join(here, 'attachments');
    const pdf = samplePdf('half written');
    // What a process killed between writing and renaming leaves: a temporary file, old.
    mkdirSync(join(folder, '.incoming'), { recursive: true });
    const leftover = join(folder, '.incoming', `${sha(pdf)}.dead00beef00`);
    writeFileSync(leftover, pdf.subarray(0, 20));
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(leftover, old, old);
    const blobs = new FolderBlobStorage(folder);
    expect(await blobs.exists(sha(pdf))).toBe(false);
    await blobs.ensureSchema();
    expect(filesUnder(folder)).toEqual([]);
    expect(await blobs.write(sha(pdf), pdf)).toBe(true);
    expect((await blobs.read(sha(pdf)))?.equals(pdf)).toBe(true);
  });
});

void (async () => undefined)();

const describePg = await describeWithPostgres();
describePg('StoredAttachments on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('gongron_attach');
  });
  afterAll(() => database.drop());

  contract('rows of a PostgreSQL table', async () => {
    const sql = openSqlDatabase({ kind: 'postgres', connectionString: database.url });
    const schema = `s_${Math.floor(Math.random() * 1e9)}`;
    await sql.db.schema.createSchema(schema).execute();
    await sql.close();
    const url = new URL(database.url);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const scoped = openSqlDatabase({ kind: 'postgres', connectionString: url.toString() });
    return { sql: scoped, blobs: new DatabaseBlobStorage(scoped), close: () => scoped.close() };
  });
});
