/**
 * The append cost of personal-data encryption on the embedded SQLite store: the same events
 * (each with an actor name and a member name) appended with the key table and without it.
 * Prints events per second for both and their ratio.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEventTypeRegistry } from '@gongron/application';
import { SqliteEventStore, type EventTypeRegistry } from '@gongron/event-store';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 3000);

async function run(registry: EventTypeRegistry): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gongron-privacy-bench-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db'), registry });
  try {
    const started = process.hrtime.bigint();
    for (let n = 0; n < EVENTS; n++) {
      await store.append(
        `roster:suwon-civic-council-${n % 50}`,
        [
          {
            id: randomUUID(),
            type: 'MemberJoined',
            data: {
              district: 'suwon',
              body: 'civic-council',
              memberId: `m-${n}`,
              name: `위원${n}`,
              category: 'citizen',
              role: 'member',
              termFrom: '2024-03-01',
              termUntil: null,
            },
            metadata: {
              actor: { id: `token-${n % 20}`, role: 'secretary', district: 'suwon', body: 'civic-council', name: `간사${n % 20}` },
            },
          },
        ],
        'any',
      );
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return EVENTS / seconds;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const encrypted = buildEventTypeRegistry();
const plain: EventTypeRegistry = { types: encrypted.types, upcasters: encrypted.upcasters };
await run(plain); // warm-up
const without = await run(plain);
const withKeys = await run(encrypted);
console.log(`append, SQLite, ${EVENTS} events of one MemberJoined each (2 personal fields):`);
console.log(`  without encryption: ${without.toFixed(0)} events/s`);
console.log(`  with encryption:    ${withKeys.toFixed(0)} events/s`);
console.log(`  ratio with/without: ${(withKeys / without).toFixed(2)}`);
