/** Personal fields of a batch encrypted under their data subjects' keys before it is sealed (personal-data/). */
import type pg from 'pg';
import type { PreparedEvent } from '../core.js';
import type { CompiledRegistry } from '../registry.js';
import type { PostgresSubjectKeys, SubjectKeyRequest } from '../personal-data/subject-keys.js';
import { keyRequestsOf, protectBatch } from '../personal-data/protect.js';

export class PostgresPersonalFields {
  constructor(
    private readonly pool: pg.Pool,
    private readonly registry: CompiledRegistry,
    private readonly subjectKeys: PostgresSubjectKeys | undefined,
  ) {}

  /** Whether appending the batch needs subjects' keys (and so a transaction that may create them). */
  needsKeys(streamId: string, batch: readonly PreparedEvent[]): boolean {
    return this.subjectKeys !== undefined && this.keyRequests(streamId, batch).length > 0;
  }

  private keyRequests(streamId: string, batch: readonly PreparedEvent[]): SubjectKeyRequest[] {
    const locate = this.registry.personalData;
    return locate ? keyRequestsOf(streamId, batch, locate) : [];
  }

  /** Personal values encrypted under their subjects' keys, created on `client`'s transaction where missing. */
  async protect(client: pg.PoolClient, streamId: string, batch: PreparedEvent[], at: string): Promise<PreparedEvent[]> {
    const requests = this.keyRequests(streamId, batch);
    if (requests.length === 0 || !this.subjectKeys) return batch;
    return protectBatch(streamId, batch, this.registry.personalData!, await this.subjectKeys.keysForAppend(client, requests, at));
  }

  /** The batch as it would be stored under the keys that exist now (to recognise a retry; a missing key cannot match). */
  async protectWithExisting(streamId: string, batch: PreparedEvent[]): Promise<PreparedEvent[]> {
    const requests = this.keyRequests(streamId, batch);
    if (requests.length === 0 || !this.subjectKeys) return batch;
    return protectBatch(streamId, batch, this.registry.personalData!, await this.subjectKeys.existingKeys(this.pool, requests), 'leave');
  }
}
