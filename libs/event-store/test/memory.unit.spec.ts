import { MemoryEventStore } from '../src/index.js';
import { runEventStoreContract } from './event-store.contract.js';

runEventStoreContract('memory', async (options) => {
  const store = new MemoryEventStore(options);
  return {
    store,
    cleanup: async () => undefined,
    tamper: async (streamId, revision) => store.tamper(streamId, revision),
  };
});
