import { execFileSync } from 'node:child_process';

export default async function globalTeardown() {
  if (globalThis.__GONGRON_STARTED_KAFKA__) {
    execFileSync('bash', ['docker/kafka/kafka.sh', 'stop'], { stdio: 'inherit', env: globalThis.__GONGRON_STARTED_KAFKA__ });
  }
  if (!process.env.EVENTSTORE_CONNECTION_STRING) {
    // Said last, where it is seen: no EventStoreDB server was given, so that adapter was not tested.
    console.warn(
      '\n*** NOT RUN: the EventStoreDB contract suite (libs/event-store/test/eventstoredb.int.spec.ts).' +
        ' Set EVENTSTORE_CONNECTION_STRING (e.g. esdb://127.0.0.1:2113?tls=false, docker/docker-compose.yml starts one) to run it. ***\n',
    );
  }
}
