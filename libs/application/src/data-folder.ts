/**
 * The embedded installation's files are the whole record and the access tokens' hashes: the
 * data folder is created readable by its owner only (0700) and every file in it 0600. SQLite
 * gives its -wal and -shm files the database file's permissions.
 */
import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export const DATA_FOLDER_MODE = 0o700;
export const DATA_FILE_MODE = 0o600;

/** Creates the folder (0700, with any missing parents) when it is not there. An existing folder is left as it is. */
export function ensureDataFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: DATA_FOLDER_MODE });
}

/**
 * Makes sure `file` exists with mode 0600 before a driver opens it: created so when new, and
 * tightened when an earlier version left it readable by others (only a file this user owns).
 */
export function ensureDataFile(file: string): void {
  if (file === ':memory:' || file === '') return;
  ensureDataFolder(dirname(file));
  closeSync(openSync(file, 'a', DATA_FILE_MODE));
  const stat = statSync(file);
  const ownUid = typeof process.getuid === 'function' ? process.getuid() : stat.uid;
  if (stat.uid === ownUid && (stat.mode & 0o077) !== 0) chmodSync(file, DATA_FILE_MODE);
}
