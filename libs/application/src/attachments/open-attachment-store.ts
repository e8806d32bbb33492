/** The attachment store the configuration names: files in a folder, or rows of the SQL database. */
import type { GongronConfig } from '../config.js';
import type { SqlDatabase } from '../sql-database.js';
import { DatabaseBlobStorage, FolderBlobStorage } from './blob-storage.js';
import { StoredAttachments } from './stored-attachments.js';

export function openAttachmentStore(config: Pick<GongronConfig, 'attachments'>, sql: SqlDatabase): StoredAttachments {
  const blobs = config.attachments.storage === 'folder' ? new FolderBlobStorage(config.attachments.folder) : new DatabaseBlobStorage(sql);
  return new StoredAttachments(sql, blobs, { maxBytes: config.attachments.maxBytes });
}
