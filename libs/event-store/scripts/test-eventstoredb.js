// npm run test:eventstoredb — the EventStore contract suite against the EventStoreDB server named
// by EVENTSTORE_CONNECTION_STRING. Without it there is nothing to test against: say so and fail.
import { spawnSync } from 'node:child_process';

if (!process.env.EVENTSTORE_CONNECTION_STRING) {
  console.error(
    'EVENTSTORE_CONNECTION_STRING is not set, so the EventStoreDB contract suite cannot run.\n' +
      'Start a server (docker compose -f docker/docker-compose.yml up eventstoredb) and run\n' +
      "  EVENTSTORE_CONNECTION_STRING='esdb://127.0.0.1:2113?tls=false' npm run test:eventstoredb",
  );
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--selectProjects',
    'int',
    '--runInBand',
    'libs/event-store/test/eventstoredb.int.spec.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
