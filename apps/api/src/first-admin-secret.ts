/**
 * Where the first administrator's secret goes on the very first start. Never into the log
 * stream: standard output is usually collected with the JSON logs. On a terminal it is shown
 * there, once; otherwise it is written to a file only its owner can read (0600, refused if the
 * file already exists) in the data folder, and only that file's path is printed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILE_MODE, ensureDataFolder, type IssuedAccessToken } from '@gongron/application';

export const FIRST_ADMIN_FILE = 'first-admin-token';

export function deliverFirstAdminSecret(issued: IssuedAccessToken, dataDir: string, terminal: boolean): string[] {
  const more = `(token id ${issued.id}, valid until ${issued.expiresAt}; create more with POST /admin/tokens or npm run cli -- tokens create)`;
  if (terminal) {
    return ['First start: an administrator token was created. It is shown only this once; keep it safe:', `  ${issued.token}`, `  ${more}`];
  }
  ensureDataFolder(dataDir);
  // Never overwrite: a file left by an earlier installation (another database) keeps its secret.
  let file = join(dataDir, FIRST_ADMIN_FILE);
  try {
    writeFileSync(file, `${issued.token}\n`, { mode: DATA_FILE_MODE, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    file = join(dataDir, `${FIRST_ADMIN_FILE}-${issued.id}`);
    writeFileSync(file, `${issued.token}\n`, { mode: DATA_FILE_MODE, flag: 'wx' });
  }
  return [
    `First start: an administrator token was created and written to ${file} (readable by this user only).`,
    `  Read it, keep it safe, then delete the file. ${more}`,
  ];
}
