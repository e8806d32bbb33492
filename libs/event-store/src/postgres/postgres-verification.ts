/** Verifying what is stored: one stream's hash chain against its head and the tree, or the whole log. */
import type { VerificationResult, VerifyOptions } from '../event-store.js';
import { parseStreamId } from '../stream-id.js';
import type { MerkleLog, MerkleStorage } from '../merkle/merkle-log.js';
import { verifyLog, verifyStreamRows, type StreamHeadRecord } from '../merkle/log-verification.js';
import { COLUMNS, toRaw, type EventRow, type PostgresQuery } from './postgres-rows.js';
import type { PostgresReads } from './postgres-reads.js';

const VERIFY_PAGE_SIZE = 5000;

export class PostgresVerification {
  constructor(
    private readonly query: PostgresQuery,
    private readonly reads: PostgresReads,
    private readonly merkle: MerkleLog,
    private readonly treeStorage: MerkleStorage,
  ) {}

  async verifyStream(streamId: string, options?: VerifyOptions): Promise<VerificationResult> {
    parseStreamId(streamId);
    const rows = await this.query<EventRow>(
      'gongron-verify-stream',
      `select ${COLUMNS} from gongron_events where stream_id = $1 order by revision`,
      [streamId],
    );
    const [head] = await this.storedHeads(streamId);
    return verifyStreamRows(
      {
        streamId,
        events: rows.map(toRaw),
        head,
        leafAt: (position) => this.merkle.leafByPosition(position),
        inclusionProof: (leafIndex, treeSize) => this.merkle.inclusionProof(leafIndex, treeSize),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        treeSize: async () => this.treeStorage.size(),
        eventCount: async () =>
          Number((await this.query<{ n: string }>('gongron-verify-count', 'select count(*) as n from gongron_events', []))[0]!.n),
        eventPositions: async (after, maxCount) =>
          (
            await this.query<{ position: string }>(
              'gongron-verify-event-positions',
              'select position from gongron_events where position > $1 order by position limit $2',
              [after, maxCount],
            )
          ).map((row) => Number(row.position)),
        leafPositions: async (afterIndex, maxCount) => (await this.treeStorage.leaves(afterIndex, maxCount)).map((leaf) => leaf.position),
      },
      options?.checkpoints,
    );
  }

  async verifyAll(onProgress?: (eventsChecked: number) => void, options?: VerifyOptions): Promise<VerificationResult> {
    const read = (after: number) => this.reads.readAllRows(after, VERIFY_PAGE_SIZE);
    async function* pages() {
      let after = 0;
      for (;;) {
        const page = (await read(after)).map(toRaw);
        if (page.length === 0) return;
        yield page;
        after = page[page.length - 1]!.position;
      }
    }
    return verifyLog(
      {
        events: pages,
        leaves: async (afterIndex, maxCount) => this.treeStorage.leaves(afterIndex, maxCount),
        treeSize: async () => this.treeStorage.size(),
        storedRoot: async (size) => (await this.merkle.treeHead(size)).rootHash,
        leafAt: (position) => this.merkle.leafByPosition(position),
        streamHeads: () => this.storedHeads(),
        streamEvent: async (streamId, revision) =>
          (
            await this.query<EventRow>(
              'gongron-verify-stream-event',
              `select ${COLUMNS} from gongron_events where stream_id = $1 and revision = $2`,
              [streamId, revision],
            )
          ).map(toRaw)[0],
      },
      options?.checkpoints,
      onProgress,
    );
  }

  /** The stream heads of gongron_streams (one stream's, or all). */
  private async storedHeads(streamId?: string): Promise<StreamHeadRecord[]> {
    const rows =
      streamId === undefined
        ? await this.query<{ stream_id: string; revision: string; last_hash: string }>(
            'gongron-verify-heads',
            'select stream_id, revision, last_hash from gongron_streams',
            [],
          )
        : await this.query<{ stream_id: string; revision: string; last_hash: string }>(
            'gongron-verify-head',
            'select stream_id, revision, last_hash from gongron_streams where stream_id = $1',
            [streamId],
          );
    return rows.map((row) => ({ streamId: row.stream_id, revision: Number(row.revision), hash: row.last_hash }));
  }
}
