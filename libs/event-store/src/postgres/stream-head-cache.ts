import type { ExpectedRevision } from '../event-store.js';

export interface StreamHead {
  readonly revision: number;
  /** undefined when only the revision is known (the first group answers with the hash). */
  readonly hash: string | undefined;
}

const HEAD_CACHE_SIZE = 10_000;

/**
 * Last known head per stream (from appends and reads), least recently seen dropped first. Only a
 * guess to seal against: the group function compares it with the locked stream row and answers
 * "stale" on a mismatch.
 */
export class StreamHeadCache {
  private readonly heads = new Map<string, StreamHead>();

  remember(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > HEAD_CACHE_SIZE) this.heads.delete(this.heads.keys().next().value!);
  }

  /** The head to seal on: known for 'no-stream', else the last one seen (possibly stale). */
  guess(streamId: string, expected: ExpectedRevision): StreamHead {
    if (expected === 'no-stream') return { revision: -1, hash: '' };
    const known = this.heads.get(streamId);
    if (typeof expected === 'number' && known?.revision !== expected) return { revision: expected, hash: undefined };
    return known ?? { revision: -1, hash: '' };
  }
}
