/**
 * The append thread of the SQLite log (started by sqlite-append-thread.ts): its own connection to
 * the file, on which it writes the groups of appends it is sent, one transaction each, so that the
 * commit and its fsync wait here and not on the event loop that reads and sheds requests. Readers
 * keep reading on the main connection meanwhile (WAL).
 *
 * Messages in: `{ kind: 'group', id, group }` and `{ kind: 'close' }`. Out: `{ kind: 'done', id,
 * outcomes }` or `{ kind: 'failed', id, error }` (the whole group failed: nothing of it is written).
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteSubjectKeys } from '../personal-data/subject-keys.js';
import { configureWriter, retryWhileBusy, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-busy.js';
import { SqliteAppendTransaction, toWireError, type AppendRequest } from './sqlite-append-transaction.js';
import type { AppendThreadMessage, AppendThreadOptions, AppendThreadReply } from './sqlite-append-thread.js';

const options = workerData as AppendThreadOptions;
const port = parentPort!;
const db = new Database(options.file);
configureWriter(db, SQLITE_BUSY_TIMEOUT_MS);
const transaction = new SqliteAppendTransaction(db, options.personalData ? new SqliteSubjectKeys(db) : undefined);

async function commit(id: number, group: readonly AppendRequest[]): Promise<void> {
  let reply: AppendThreadReply;
  try {
    reply = { kind: 'done', id, outcomes: await retryWhileBusy(() => transaction.commitGroup(group), options.busyWaitMs) };
  } catch (error) {
    reply = { kind: 'failed', id, error: toWireError(error) };
  }
  port.postMessage(reply);
}

// One group at a time, in the order sent (the store sends the next one when this one is answered).
let last: Promise<void> = Promise.resolve();
port.on('message', (message: AppendThreadMessage) => {
  if (message.kind === 'group') {
    last = last.then(() => commit(message.id, message.group));
    return;
  }
  void last.then(() => {
    db.close();
    port.close();
  });
});
