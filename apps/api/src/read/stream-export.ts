/**
 * Writes a long answer chunk by chunk, waiting for the socket when it is full — and stops when
 * the client goes away: a disconnected client never drains, so without this the wait (and the
 * log reader behind it) would hang on forever.
 */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';

/** Resolves 'finished' after the last chunk, or 'abandoned' as soon as the client disconnects. */
export async function streamToResponse(
  chunks: AsyncIterable<string | Uint8Array>,
  response: ServerResponse,
): Promise<'finished' | 'abandoned'> {
  const abandoned = new AbortController();
  const onClose = () => {
    if (!response.writableFinished) abandoned.abort();
  };
  response.once('close', onClose);
  try {
    // Leaving the loop early closes the iterator, which ends the export's reads of the log.
    for await (const chunk of chunks) {
      if (abandoned.signal.aborted) return 'abandoned';
      if (!response.write(chunk)) await once(response, 'drain', { signal: abandoned.signal });
    }
    if (abandoned.signal.aborted) return 'abandoned';
    response.end();
    return 'finished';
  } catch (error) {
    if (abandoned.signal.aborted) return 'abandoned';
    response.destroy(error instanceof Error ? error : new Error(String(error)));
    return 'abandoned';
  } finally {
    response.off('close', onClose);
  }
}
