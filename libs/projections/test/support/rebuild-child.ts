/**
 * A rebuild of every read model as its own process (the kill -9 test kills it half-way):
 * `node --import ./ts-loader.mjs rebuild-child.ts <sqlite file> <events per batch> [hold after N batches]`.
 * Prints one line per committed batch, then the result. With a third argument it holds still
 * once that many batches are committed, printing `holding`, so the test kills it at that point.
 */
import { SqliteEventStore } from '@gongron/event-store';
import { openSqlDatabase } from '@gongron/application';
import { ProjectionEngine, readModelProjections } from '../../src/index.js';

const [file, batch, holdAfter] = process.argv.slice(2);
let committed = 0;
const store = new SqliteEventStore({ file: file! });
const database = openSqlDatabase({ kind: 'sqlite', file: file! });
const engine = new ProjectionEngine({ database, store, projections: readModelProjections, rebuildBatchSize: Number(batch ?? 500) });
const result = await engine.rebuild('all', {
  afterBatch: async (position) => {
    process.stdout.write(`batch ${position}\n`);
    committed++;
    if (holdAfter !== undefined && committed === Number(holdAfter)) {
      process.stdout.write('holding\n');
      await new Promise<never>(() => undefined);
    }
  },
});
process.stdout.write(`done ${JSON.stringify(result.projections)}\n`);
await database.close();
await store.close();
