/**
 * The transparency log as a store offers it: the tree head at any size it has reached,
 * inclusion and consistency proofs, and each event's leaf. Every adapter that keeps the tree
 * (memory, sqlite, postgres) gives its stored nodes through MerkleStorage; the reading and
 * proving are shared here.
 */
import type { LeafRecord, MerkleLog, Receipt, StoredEvent, TreeHead } from '../event-store.js';

export type { LeafRecord, MerkleLog, Receipt, TreeHead } from '../event-store.js';
import { InvalidArgumentError } from '../core.js';
import { consistencyProof, inclusionProof, treeRoot, type Hash, type NodeFetcher } from './merkle.js';

/** What an adapter gives for the shared reader. */
export interface MerkleStorage {
  size(): Promise<number> | number;
  readonly fetch: NodeFetcher;
  leafByPosition(position: number): Promise<LeafRecord | undefined> | LeafRecord | undefined;
  positionOf(eventId: string): Promise<number | undefined> | number | undefined;
  storedEvent(position: number): Promise<StoredEvent | undefined> | StoredEvent | undefined;
  leaves(afterIndex: number, maxCount: number): Promise<LeafRecord[]> | LeafRecord[];
}

const hex = (hashes: readonly Hash[]): string[] => hashes.map((hash) => hash.toString('hex'));

function count(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new InvalidArgumentError(field, `must be an integer ≥ 0 (got ${String(value)})`);
  return value;
}

export class MerkleLogReader implements MerkleLog {
  constructor(private readonly storage: MerkleStorage) {}

  private async sizeAtMost(size: number | undefined, field: string): Promise<number> {
    const current = await this.storage.size();
    if (size === undefined) return current;
    count(size, field);
    if (size > current) throw new InvalidArgumentError(field, `must be at most the tree's size ${current} (got ${size})`);
    return size;
  }

  async treeHead(size?: number): Promise<TreeHead> {
    const at = await this.sizeAtMost(size, 'treeSize');
    return { size: at, rootHash: (await treeRoot(at, this.storage.fetch)).toString('hex') };
  }

  async leafByPosition(position: number): Promise<LeafRecord | undefined> {
    return this.storage.leafByPosition(count(position, 'position'));
  }

  async positionOf(eventId: string): Promise<number | undefined> {
    return this.storage.positionOf(eventId);
  }

  async storedEvent(position: number): Promise<StoredEvent | undefined> {
    return this.storage.storedEvent(count(position, 'position'));
  }

  async inclusionProof(leafIndex: number, treeSize: number): Promise<string[]> {
    const size = await this.sizeAtMost(treeSize, 'treeSize');
    if (count(leafIndex, 'leafIndex') >= size)
      throw new InvalidArgumentError('leafIndex', `must be below the tree size ${size} (got ${leafIndex})`);
    return hex(await inclusionProof(leafIndex, size, this.storage.fetch));
  }

  async consistencyProof(size1: number, size2: number): Promise<string[]> {
    const second = await this.sizeAtMost(size2, 'size2');
    if (count(size1, 'size1') > second) throw new InvalidArgumentError('size1', `must be at most size2 ${second} (got ${size1})`);
    return hex(await consistencyProof(size1, second, this.storage.fetch));
  }

  async leaves(afterIndex: number, maxCount: number): Promise<LeafRecord[]> {
    return this.storage.leaves(afterIndex, maxCount);
  }
}

/** Receipts for events already stored (a retried append), against the tree as it is now. */
export function storedReceipts(leaves: readonly (LeafRecord | undefined)[], treeSize: number): Receipt[] | undefined {
  if (leaves.some((leaf) => leaf === undefined)) return undefined;
  return (leaves as LeafRecord[]).map((leaf) => ({
    position: leaf.position,
    leafIndex: leaf.leafIndex,
    leafHash: leaf.leafHash,
    treeSize,
  }));
}
