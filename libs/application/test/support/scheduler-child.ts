/**
 * The deadline scheduler as its own process, against a real log (the kill -9 tests kill it):
 * `node --import …/ts-loader.mjs scheduler-child.ts <sqlite|postgres> <file or url> <now> [hang-before|hang-after]`.
 * The business clock stands at <now>. Prints `firing <id>` before a deadline's command and
 * `fired <id> <outcome>` after it (hanging there when asked), then `idle <pending ids>` once no
 * due deadline is left, and exits.
 */
import { createEventStore } from '@gongron/event-store';
import { BusinessClock, CommandService, DeadlineScheduler, buildEventTypeRegistry, domainCatalog } from '@gongron/application';

const [kind, where, now, hang] = process.argv.slice(2) as ['sqlite' | 'postgres', string, string, string | undefined];
const registry = buildEventTypeRegistry();
const store =
  kind === 'sqlite'
    ? await createEventStore({ kind: 'sqlite', file: where, registry })
    : await createEventStore({ kind: 'postgres', connectionString: where, registry });
const forever = () => new Promise<never>(() => undefined);
const say = (line: string) => new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()));
const scheduler = new DeadlineScheduler(store, new CommandService(store, domainCatalog), new BusinessClock(() => new Date(now)), {
  checkEveryMs: 50,
  async beforeFire(deadline) {
    await say(`firing ${deadline.deadlineId}`);
    if (hang === 'hang-before') await forever();
  },
  async afterFire(deadline, outcome) {
    await say(`fired ${deadline.deadlineId} ${outcome}`);
    if (hang === 'hang-after') await forever();
  },
});
await scheduler.start();
const dueNow = () => scheduler.pendingDeadlines().filter((deadline) => Date.parse(deadline.dueAt) <= Date.parse(now));
while (!scheduler.ready || dueNow().length > 0) await scheduler.check().then(() => new Promise((r) => setTimeout(r, 20)));
await say(`idle ${JSON.stringify(scheduler.pendingDeadlines().map((deadline) => deadline.deadlineId))}`);
await scheduler.stop();
await store.close();
