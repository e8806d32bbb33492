/**
 * A rebuild of every read model as its own process (the kill -9 test kills it half-way):
 * `node --import ./ts-loader.mjs rebuild-child.ts <sqlite file> <events per batch>`.
 * Prints one line per committed batch, then the result.
 */
import { SqliteEventStore } from '@gongron/event-store';
import { openSqlDatabase } from '../../../application/src/sql-database.js';
import { ProjectionEngine, readModelProjections } from '../../src/index.js';

const [file, batch] = process.argv.slice(2);
const store = new SqliteEventStore({ file: file! });
const database = openSqlDatabase({ kind: 'sqlite', file: file! });
const engine = new ProjectionEngine({ database, store, projections: readModelProjections, rebuildBatchSize: Number(batch ?? 500) });
const result = await engine.rebuild('all', { afterBatch: (position) => void process.stdout.write(`batch ${position}\n`) });
process.stdout.write(`done ${JSON.stringify(result.projections)}\n`);
await database.close();
await store.close();
