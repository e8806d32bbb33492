import { MemoryEventStore } from '../src/index.js';
import { runEventStoreContract } from './event-store.contract.js';
import { merkleRegistry, runMerkleContract } from './merkle-store.contract.js';

runEventStoreContract('memory', async (options) => {
  const store = new MemoryEventStore(options);
  return {
    store,
    cleanup: async () => undefined,
    tamper: {
      update: async (streamId, revision, columns) => store.tamper(streamId, revision, columns),
      remove: async (streamId, revision) => store.tamperRemove(streamId, revision),
    },
  };
});

runMerkleContract('memory', async () => ({ store: new MemoryEventStore({ registry: merkleRegistry }), cleanup: async () => undefined }));
