/**
 * The contract against a real EventStoreDB: runs when EVENTSTORE_CONNECTION_STRING is set
 * (`npm run test:eventstoredb`; start one with
 * `docker compose -f docker/docker-compose.yml up eventstoredb`, then
 * EVENTSTORE_CONNECTION_STRING=esdb://127.0.0.1:2113?tls=false). EventStoreDB events are
 * immutable, so the tamper tests do not apply.
 *
 * Without a server, the faults that need none still run against the real client: nothing
 * listening, a server that accepts connections and never answers, and the connection strings
 * the adapter refuses.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore, InvalidArgumentError, StoreUnavailableError } from '../src/index.js';
import { event, runEventStoreContract, waitFor } from './event-store.contract.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  runEventStoreContract(
    'eventstoredb',
    async (options) => ({
      store: await EventStoreDbEventStore.connect({ connectionString, ...options }),
      cleanup: async () => undefined,
    }),
    { immutableStorage: 'EventStoreDB offers no way to change or remove a stored event in place' },
  );
} else {
  console.warn(
    '\n*** SKIPPED: EventStoreDB contract suite — EVENTSTORE_CONNECTION_STRING is not set, so the EventStoreDB adapter was NOT tested against a server in this run. ***\n',
  );
  describe('EventStore contract: eventstoredb', () => {
    it.skip('runs only when EVENTSTORE_CONNECTION_STRING is set', () => undefined);
  });
}

/** A TCP server that accepts connections and never says a word: a half-dead node. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `esdb://127.0.0.1:${port}?tls=false`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: bind one, note it, close it. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('EventStoreDB adapter without a server', () => {
  it('refuses throwOnAppendFailure=false and a malformed connection string before connecting', async () => {
    await expect(
      EventStoreDbEventStore.connect({ connectionString: 'esdb://127.0.0.1:2113?tls=false&throwOnAppendFailure=false' }),
    ).rejects.toMatchObject({
      code: 'STORE.INVALID_ARGUMENT',
      field: 'connectionString',
      message: expect.stringMatching(/throwOnAppendFailure=false/),
    });
    await expect(EventStoreDbEventStore.connect({ connectionString: 'http://127.0.0.1:2113' })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('reports nothing listening as StoreUnavailableError', async () => {
    const port = await deadPort();
    await expect(
      EventStoreDbEventStore.connect({ connectionString: `esdb://127.0.0.1:${port}?tls=false`, deadlineMs: 5_000 }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('gives up on a node that never answers: ping, reads and appends each end at the deadline with StoreUnavailableError', async () => {
    const silent = await silentServer();
    const store = await EventStoreDbEventStore.open({ connectionString: silent.url, deadlineMs: 300 });
    try {
      await expect(store.ping()).rejects.toMatchObject({
        code: 'STORE.UNAVAILABLE',
        message: expect.stringMatching(/no answer within 300 ms/),
      });
      await expect(store.headPosition()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.readStream(`item:${randomUUID()}`)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.append(`item:${randomUUID()}`, [event()], 'any')).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(EventStoreDbEventStore.connect({ connectionString: silent.url, deadlineMs: 300 })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
    } finally {
      await store.close();
      await silent.close();
    }
  });

  it("refuses a batch by the port's rules before calling the server", async () => {
    const silent = await silentServer();
    const store = await EventStoreDbEventStore.open({ connectionString: silent.url, deadlineMs: 300 });
    try {
      await expect(store.append(`item:${randomUUID()}`, [{ ...event(), id: randomUUID().toUpperCase() }], 'any')).rejects.toMatchObject({
        code: 'EVENT.INVALID',
        field: 'id',
      });
      await expect(
        store.append(`item:${randomUUID()}`, [event('ThingHappened', { blob: 'x'.repeat(1_048_576) })], 'any'),
      ).rejects.toMatchObject({ code: 'EVENT.TOO_LARGE' });
    } finally {
      await store.close();
      await silent.close();
    }
  });

  it('keeps a subscription through transport errors, resubscribing from its last position, and stops when asked', async () => {
    const port = await deadPort();
    const store = await EventStoreDbEventStore.open({
      connectionString: `esdb://127.0.0.1:${port}?tls=false`,
      resubscribe: { firstMs: 5, maxMs: 40 },
    });
    const client = store.client;
    const from: unknown[] = [];
    const subscribe = client.subscribeToAll.bind(client);
    client.subscribeToAll = ((options: Parameters<typeof subscribe>[0]) => {
      from.push(options?.fromPosition);
      return subscribe(options);
    }) as typeof client.subscribeToAll;
    const errors: unknown[] = [];
    const subscription = store.subscribeToAll(1234, () => undefined, { onError: (error) => errors.push(error) });
    try {
      await waitFor(() => from.length >= 4);
      expect(errors).toEqual([]);
      expect(
        from.every(
          (position) =>
            JSON.stringify(position, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) === '{"commit":"1234","prepare":"1234"}',
        ),
      ).toBe(true);
    } finally {
      await subscription.stop();
      await store.close();
    }
    await expect(subscription.done).resolves.toBeUndefined();
  });
});
