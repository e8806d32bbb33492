/**
 * The attachment store: files of minutes (회의록) and their evidence, kept outside the log and
 * addressed by the SHA-256 of their bytes, so an event names a file by its hash and anyone can
 * check that the file they download is the one the event names. The bytes are stored once
 * whoever uploads them; each district that uploads a file gets a record of its own (name,
 * media type, who and when), and only that district's people (and auditors) may read it.
 */
/** What a stored attachment is known by: the form minutes events carry (`attachments: [...]`). */
export interface StoredAttachment {
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
  /** Bytes. */
  readonly size: number;
  /** The media type read from the file's first bytes, e.g. application/pdf. */
  readonly mediaType: string;
  readonly name: string;
}

export interface AttachmentInput {
  /** The file's name as the person knows it (Korean names kept as they are). */
  readonly name: string;
  /** The media type the client declared; when given, the bytes must be of that type. */
  readonly mediaType?: string;
  /** The district the file belongs to: its secretaries, officials and auditors may read it. */
  readonly district?: string;
  /** Who uploaded it (an actor id), kept on the district's record. */
  readonly uploadedBy?: string;
}

export interface PutResult extends StoredAttachment {
  /** False when these bytes were already stored for this district (an identical upload changes nothing). */
  readonly created: boolean;
}

export interface AttachmentContent extends StoredAttachment {
  /** The districts that hold a record of this file (empty when stored without a district). */
  readonly districts: readonly string[];
  readonly bytes: Buffer;
}

/** Bytes as a buffer or as a stream of chunks (an HTTP request body). */
export type AttachmentBytes = Uint8Array | AsyncIterable<Uint8Array | string>;

export interface AttachmentStore {
  /** Stores the bytes (refused with an AttachmentRefused when too large, empty or of a type not allowed). */
  put(bytes: AttachmentBytes, input: AttachmentInput): Promise<PutResult>;
  /** Whether a file with this hash is stored (for that district's record, when one is named). */
  has(sha256: string, district?: string): Promise<boolean>;
  /** The file with its metadata (the name and type of that district's record, when one is named). */
  get(sha256: string, district?: string): Promise<AttachmentContent | undefined>;
}

/** DI token for the attachment store. */
export const ATTACHMENT_STORE = Symbol.for('gongron.AttachmentStore');

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
