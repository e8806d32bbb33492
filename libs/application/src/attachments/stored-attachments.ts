/**
 * The attachment store over a blob storage (folder or table) and a record table in the SQL
 * database: limits first (size while the body arrives, then the type from the bytes), then the
 * bytes under their hash, then the district's record. An identical upload finds both in place
 * and answers the same hash; a crash between the two leaves only bytes nobody references.
 */
import { createHash } from 'node:crypto';
import { CommandRefused } from '../commands/command-refused.js';
import type { SqlDatabase } from '../sql-database.js';
import type {
  AttachmentBytes,
  AttachmentContent,
  AttachmentInput,
  AttachmentStore,
  PutResult,
  StoredAttachment,
} from './attachment-store.js';
import { SHA256_PATTERN } from './attachment-store.js';
import type { BlobStorage } from './blob-storage.js';
import { ALLOWED_MEDIA_TYPES, canonicalMediaType, detectMediaType, isGenericMediaType } from './media-types.js';

export const ATTACHMENTS = 'attachments';

/** The longest file name kept (characters). */
export const MAX_ATTACHMENT_NAME = 255;

export interface AttachmentLimits {
  /** The largest file accepted, in bytes. */
  readonly maxBytes: number;
}

const ALLOWED_LIST = ALLOWED_MEDIA_TYPES.map((t) => t.label).join(', ');

interface RecordRow {
  sha256: string;
  district: string;
  name: string;
  media_type: string;
  size: number | string;
  uploaded_by: string;
  uploaded_at: string;
}

export class StoredAttachments implements AttachmentStore {
  constructor(
    private readonly sql: SqlDatabase,
    private readonly blobs: BlobStorage,
    readonly limits: AttachmentLimits,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async ensureSchema(): Promise<void> {
    await this.blobs.ensureSchema();
    await this.sql.db.schema
      .createTable(ATTACHMENTS)
      .ifNotExists()
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('district', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addColumn('uploaded_by', 'text', (c) => c.notNull())
      .addColumn('uploaded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('attachments_pk', ['sha256', 'district'])
      .execute();
  }

  async put(source: AttachmentBytes, input: AttachmentInput): Promise<PutResult> {
    const name = checkedName(input.name);
    const bytes = await readWithin(source, this.limits.maxBytes);
    if (bytes.length === 0) throw new CommandRefused('invalid', 'ATTACHMENT.EMPTY', 'The file is empty.', { field: 'body' });
    const mediaType = await detectMediaType(bytes);
    if (mediaType === undefined) {
      throw new CommandRefused(
        'media-type',
        'ATTACHMENT.TYPE_NOT_ALLOWED',
        `The file is none of the types minutes may carry (${ALLOWED_LIST}), judged by its content.`,
        {
          field: 'body',
          details: { allowed: ALLOWED_LIST },
        },
      );
    }
    if (input.mediaType !== undefined && !isGenericMediaType(input.mediaType) && canonicalMediaType(input.mediaType) !== mediaType) {
      throw new CommandRefused(
        'media-type',
        'ATTACHMENT.TYPE_MISMATCH',
        `The file was sent as ${input.mediaType} but its content is ${mediaType}.`,
        {
          field: 'Content-Type',
          details: { declared: input.mediaType, detected: mediaType },
        },
      );
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.blobs.write(sha256, bytes);
    const district = input.district ?? '';
    const inserted = await this.sql.db
      .insertInto(ATTACHMENTS)
      .values({
        sha256,
        district,
        name,
        media_type: mediaType,
        size: bytes.length,
        uploaded_by: input.uploadedBy ?? '',
        uploaded_at: this.now().toISOString(),
      })
      .onConflict((oc) => oc.columns(['sha256', 'district']).doNothing())
      .executeTakeFirst();
    const created = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    const record = created ? undefined : await this.record(sha256, district);
    return { sha256, size: bytes.length, mediaType, name: record?.name ?? name, created };
  }

  async has(sha256: string, district?: string): Promise<boolean> {
    if (!SHA256_PATTERN.test(sha256)) return false;
    const records = await this.records(sha256, district);
    return records.length > 0 && (await this.blobs.exists(sha256));
  }

  async get(sha256: string, district?: string): Promise<AttachmentContent | undefined> {
    if (!SHA256_PATTERN.test(sha256)) return undefined;
    const records = await this.records(sha256);
    if (records.length === 0) return undefined;
    const chosen = records.find((r) => r.district === (district ?? r.district)) ?? records[0]!;
    const bytes = await this.blobs.read(sha256);
    if (bytes === undefined) return undefined;
    return {
      ...describe(chosen),
      districts: records.map((r) => r.district).filter((d) => d !== ''),
      bytes,
    };
  }

  private async record(sha256: string, district: string): Promise<RecordRow | undefined> {
    return (await this.records(sha256, district))[0];
  }

  private async records(sha256: string, district?: string): Promise<RecordRow[]> {
    let query = this.sql.db.selectFrom(ATTACHMENTS).selectAll().where('sha256', '=', sha256);
    if (district !== undefined) query = query.where('district', '=', district);
    return (await query.orderBy('uploaded_at').orderBy('district').execute()) as RecordRow[];
  }
}

function describe(row: RecordRow): StoredAttachment {
  return { sha256: row.sha256, size: Number(row.size), mediaType: row.media_type, name: row.name };
}

function checkedName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  if (trimmed.length === 0 || trimmed.length > MAX_ATTACHMENT_NAME || /[\u0000-\u001f\u007f/\\]/.test(trimmed)) {
    throw new CommandRefused(
      'invalid',
      'ATTACHMENT.NAME_INVALID',
      `A file name has 1 to ${MAX_ATTACHMENT_NAME} characters, without control characters or slashes.`,
      {
        field: 'name',
        details: { max: MAX_ATTACHMENT_NAME },
      },
    );
  }
  return trimmed;
}

/** Reads the whole body, refusing it as soon as it grows past the limit. */
async function readWithin(source: AttachmentBytes, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new CommandRefused('too-large', 'ATTACHMENT.TOO_LARGE', `The file is larger than the ${maxBytes} bytes an attachment may have.`, {
      field: 'body',
      details: { maxBytes },
    });
  if (source instanceof Uint8Array) {
    if (source.length > maxBytes) throw tooLarge();
    return Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += buffer.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}
