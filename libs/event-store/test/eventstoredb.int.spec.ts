/**
 * The contract against a real EventStoreDB: runs when EVENTSTORE_CONNECTION_STRING is set
 * (docker compose -f docker/docker-compose.yml up eventstoredb, then
 * EVENTSTORE_CONNECTION_STRING=esdb://127.0.0.1:2113?tls=false). EventStoreDB events are
 * immutable, so the tamper test does not apply.
 */
import { EventStoreDbEventStore } from '../src/index.js';
import { runEventStoreContract } from './event-store.contract.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  runEventStoreContract('eventstoredb', async (options) => ({
    store: await EventStoreDbEventStore.connect({ connectionString, ...options }),
    cleanup: async () => undefined,
  }), { immutableStorage: 'EventStoreDB offers no way to change or remove a stored event in place' });
} else {
  console.warn(
    '\n*** SKIPPED: EventStoreDB contract suite — EVENTSTORE_CONNECTION_STRING is not set, so the EventStoreDB adapter was NOT tested in this run. ***\n',
  );
  describe('EventStore contract: eventstoredb', () => {
    it.skip('runs only when EVENTSTORE_CONNECTION_STRING is set', () => undefined);
  });
}
