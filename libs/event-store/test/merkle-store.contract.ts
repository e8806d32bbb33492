/**
 * What every store that keeps the log's Merkle tree is held to: receipts at append, the tree's
 * head equal to the one recomputed from the events, and proofs that verify (RFC 9162).
 */
import { randomUUID } from 'node:crypto';
import { InvalidArgumentError, type EventStore, type EventTypeRegistry } from '../src/index.js';
import { eventLeafHash, leafHash, treeRoot, verifyConsistency, verifyInclusion, type Hash } from '../src/merkle/merkle.js';
import { MemoryTree } from '../src/merkle/memory-tree.js';
import { event } from './event-store.contract.js';

export const merkleRegistry: EventTypeRegistry = { types: { ThingHappened: { schemaVersion: 1 } }, upcasters: [] };

export interface MerkleFixture {
  readonly store: EventStore;
  cleanup(): Promise<void>;
}

const hex = (value: string): Hash => Buffer.from(value, 'hex');

/** The root recomputed from the events as readAll gives them, with nothing from the stored tree. */
async function recomputedRoot(store: EventStore): Promise<{ size: number; root: string }> {
  const tree = new MemoryTree();
  for (let after = 0; ;) {
    const page = await store.readAll({ after, maxCount: 500 });
    if (page.length === 0) break;
    tree.append(page);
    after = page[page.length - 1]!.position;
  }
  return { size: tree.size, root: (await treeRoot(tree.size, tree.fetch)).toString('hex') };
}

export function runMerkleContract(name: string, open: () => Promise<MerkleFixture>): void {
  describe(`Merkle tree of the log: ${name}`, () => {
    let fixture: MerkleFixture;
    beforeEach(async () => {
      fixture = await open();
    });
    afterEach(async () => {
      await fixture.store.close();
      await fixture.cleanup();
    });

    it('answers every append with receipts whose leaves prove against the head recomputed from the events', async () => {
      const { store } = fixture;
      const receipts = [];
      for (let round = 0; round < 7; round++) {
        const result = await store.append(`item:${randomUUID()}`, [event(), event('ThingHappened', { n: round })], 'no-stream');
        expect(result.receipts).toHaveLength(2);
        result.receipts!.forEach((receipt, index) => {
          expect(receipt.position).toBe(result.events[index]!.position);
          expect(receipt.leafHash).toBe(eventLeafHash(receipt.position, result.events[index]!.hash).toString('hex'));
          expect(receipt.treeSize).toBe(result.receipts![1]!.leafIndex + 1);
        });
        receipts.push(...result.receipts!);
      }
      expect(receipts.map((receipt) => receipt.leafIndex)).toEqual([...receipts.keys()]);
      const head = await store.merkle!.treeHead();
      expect(head).toEqual({ size: 14, rootHash: (await recomputedRoot(store)).root });
      for (const receipt of receipts) {
        const proof = (await store.merkle!.inclusionProof(receipt.leafIndex, head.size)).map(hex);
        expect(verifyInclusion(receipt.leafIndex, head.size, hex(receipt.leafHash), proof, hex(head.rootHash))).toBe(true);
        expect(verifyInclusion(receipt.leafIndex, head.size, leafHash(Buffer.from('not this event')), proof, hex(head.rootHash))).toBe(
          false,
        );
        const then = await store.merkle!.treeHead(receipt.treeSize);
        const consistency = (await store.merkle!.consistencyProof(receipt.treeSize, head.size)).map(hex);
        expect(verifyConsistency(receipt.treeSize, head.size, consistency, hex(then.rootHash), hex(head.rootHash))).toBe(true);
        expect(await store.merkle!.leafByPosition(receipt.position)).toEqual({
          leafIndex: receipt.leafIndex,
          position: receipt.position,
          leafHash: receipt.leafHash,
        });
      }
      const stored = await store.merkle!.storedEvent(receipts[3]!.position);
      expect(await store.merkle!.positionOf(stored!.id)).toBe(receipts[3]!.position);
    });

    it('keeps the leaves in position order when appends race, and a retried append gets the same receipts', async () => {
      const { store } = fixture;
      const batches = Array.from({ length: 24 }, () => ({ stream: `item:${randomUUID()}`, events: [event(), event()] }));
      const results = await Promise.all(batches.map((batch) => store.append(batch.stream, batch.events, 'no-stream')));
      const leaves = await store.merkle!.leaves(-1, 1000);
      expect(leaves).toHaveLength(48);
      expect(leaves.map((leaf) => leaf.position)).toEqual([...leaves.map((leaf) => leaf.position)].sort((a, b) => a - b));
      expect((await store.merkle!.treeHead()).rootHash).toBe((await recomputedRoot(store)).root);
      const again = await store.append(batches[5]!.stream, batches[5]!.events, 'no-stream');
      expect(again.duplicate).toBe(true);
      expect(again.receipts!.map((receipt) => receipt.leafIndex)).toEqual(results[5]!.receipts!.map((receipt) => receipt.leafIndex));
    });

    it('refuses a tree size it has not reached and a leaf outside the tree', async () => {
      const { store } = fixture;
      await store.append(`item:${randomUUID()}`, [event()], 'no-stream');
      expect((await store.merkle!.treeHead(0)).rootHash).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      await expect(store.merkle!.treeHead(2)).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(store.merkle!.inclusionProof(1, 1)).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(store.merkle!.consistencyProof(2, 1)).rejects.toBeInstanceOf(InvalidArgumentError);
    });
  });
}
