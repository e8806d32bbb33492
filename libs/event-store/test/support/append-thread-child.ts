/**
 * `node --import …/ts-loader.mjs append-thread-child.ts <sqlite file>`: opens the store with its
 * append thread, appends one event, closes the store and says so — with nothing else keeping the
 * process alive, so a close() that does not wait for the thread to end never prints "closed".
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../src/index.js';

const store = new SqliteEventStore({ file: process.argv[2]!, appendThread: true });
const appended = await store.append('item:child', [{ id: randomUUID(), type: 'ThingHappened', data: { n: 1 } }], 'no-stream');
console.log(`appended ${appended.revision}`);
await store.close();
console.log(`closed ${store.appendWorker === undefined ? 'without' : 'with'} a thread`);
