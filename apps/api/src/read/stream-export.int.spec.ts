/**
 * An export whose client disconnects stops: the handler's wait for the socket ends and the
 * export's reader is closed (over a real HTTP connection on an ephemeral port).
 */
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { streamToResponse } from './stream-export.js';

describe('streamToResponse', () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  function serve(chunks: () => AsyncIterable<string>): Promise<{ url: string; outcome: Promise<string> }> {
    let settle: (outcome: string) => void;
    const outcome = new Promise<string>((resolve) => (settle = resolve));
    server = createServer((_request, response) => void streamToResponse(chunks(), response).then(settle));
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, outcome })),
    );
  }

  it('ends the wait and closes the reader when the client disconnects mid-export', async () => {
    let produced = 0;
    let readerClosed = false;
    const endless = async function* () {
      try {
        const chunk = `${'x'.repeat(64 * 1024)}\n`;
        for (;;) {
          produced++;
          yield chunk;
        }
      } finally {
        readerClosed = true;
      }
    };
    const { url, outcome } = await serve(endless);
    await new Promise<void>((resolve, reject) => {
      const request = get(url, (response) => {
        // Read one chunk, then go away without reading the rest: the server's socket fills up.
        response.once('data', () => {
          request.destroy();
          resolve();
        });
      });
      request.on('error', () => undefined);
      request.on('close', resolve);
      setTimeout(() => reject(new Error('no data')), 30_000).unref();
    });
    expect(await outcome).toBe('abandoned');
    expect(readerClosed).toBe(true);
    const producedAtEnd = produced;
    await new Promise((resolve) => setImmediate(resolve));
    expect(produced).toBe(producedAtEnd);
  }, 60_000);

  it('sends every chunk and ends the answer when the client reads to the end', async () => {
    const lines = async function* () {
      for (let index = 0; index < 1000; index++) yield `${index}\n`;
    };
    const { url, outcome } = await serve(lines);
    const body = await (await fetch(url)).text();
    expect(body.split('\n').filter(Boolean)).toHaveLength(1000);
    expect(await outcome).toBe('finished');
  }, 60_000);
});
