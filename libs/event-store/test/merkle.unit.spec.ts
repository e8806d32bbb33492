/**
 * The tree's hashing and proofs against the RFC 6962 / RFC 9162 reference vectors (the leaf
 * inputs and expected values published with Certificate Transparency and transparency-dev/merkle),
 * and against a direct transcription of the RFC's recursive definitions for every size up to 40.
 */
import { createHash } from 'node:crypto';
import {
  appendLeaves,
  consistencyProof,
  EMPTY_ROOT,
  eventLeafEntry,
  eventLeafHash,
  inclusionProof,
  leafHash,
  nodeHash,
  nodeKey,
  splitPoint,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type NodeFetcher,
} from '../src/merkle/merkle.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Vectors {
  leafInputs: string[];
  emptyRoot: string;
  roots: string[];
  inclusion: { index: number; size: number; proof: string[] }[];
  consistency: { size1: number; size2: number; proof: string[] }[];
}
const vectors = JSON.parse(readFileSync(join(process.cwd(), 'libs/event-store/test/vectors/rfc9162.json'), 'utf8')) as Vectors;

const hex = (value: string) => Buffer.from(value, 'hex');
const inputs = vectors.leafInputs.map(hex);

/** RFC 9162 §2.1.1 MTH, §2.1.3.1 PATH and §2.1.4.1 PROOF, recursively, straight from the text. */
function mth(d: Buffer[]): Hash {
  if (d.length === 0) return EMPTY_ROOT;
  if (d.length === 1) return leafHash(d[0]!);
  const k = splitPoint(d.length);
  return nodeHash(mth(d.slice(0, k)), mth(d.slice(k)));
}
function path(m: number, d: Buffer[]): Hash[] {
  if (d.length <= 1) return [];
  const k = splitPoint(d.length);
  return m < k ? [...path(m, d.slice(0, k)), mth(d.slice(k))] : [...path(m - k, d.slice(k)), mth(d.slice(0, k))];
}
function subproof(m: number, d: Buffer[], b: boolean): Hash[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const k = splitPoint(d.length);
  return m <= k ? [...subproof(m, d.slice(0, k), b), mth(d.slice(k))] : [...subproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
}

/** A tree built by appending one leaf at a time, as the stores do. */
function built(entries: Buffer[]): NodeFetcher {
  const nodes = new Map<string, Hash>();
  entries.forEach((entry, index) => {
    for (const node of appendLeaves(index, [leafHash(entry)], (level, at) => nodes.get(nodeKey(level, at))))
      nodes.set(nodeKey(node.level, node.index), node.hash);
  });
  return (refs) => new Map(refs.map((ref) => [nodeKey(ref.level, ref.index), nodes.get(nodeKey(ref.level, ref.index))!]));
}

describe('Merkle tree (RFC 9162 §2.1)', () => {
  it('has the reference root for every size from 0 to 8', async () => {
    const fetch = built(inputs);
    expect((await treeRoot(0, fetch)).toString('hex')).toBe(vectors.emptyRoot);
    for (let size = 1; size <= 8; size++) expect((await treeRoot(size, fetch)).toString('hex')).toBe(vectors.roots[size - 1]);
  });

  it.each(vectors.inclusion)(
    'gives and verifies the reference inclusion proof of leaf $index in a tree of $size',
    async ({ index, size, proof }) => {
      const fetch = built(inputs.slice(0, size));
      const got = await inclusionProof(index, size, fetch);
      expect(got.map((h) => h.toString('hex'))).toEqual(proof);
      expect(verifyInclusion(index, size, leafHash(inputs[index]!), got, hex(vectors.roots[size - 1]!))).toBe(true);
    },
  );

  it.each(vectors.consistency)(
    'gives and verifies the reference consistency proof from $size1 to $size2',
    async ({ size1, size2, proof }) => {
      const fetch = built(inputs.slice(0, size2));
      const got = await consistencyProof(size1, size2, fetch);
      expect(got.map((h) => h.toString('hex'))).toEqual(proof);
      expect(verifyConsistency(size1, size2, got, hex(vectors.roots[size1 - 1]!), hex(vectors.roots[size2 - 1]!))).toBe(true);
    },
  );

  it('agrees with the recursive definitions for every tree up to 24 leaves, and refuses a changed proof', async () => {
    const entries = Array.from({ length: 24 }, (_, i) => Buffer.from(`entry ${i}`));
    const fetch = built(entries);
    for (let size = 1; size <= entries.length; size++) {
      const d = entries.slice(0, size);
      const root = await treeRoot(size, fetch);
      expect(root).toEqual(mth(d));
      for (let m = 0; m < size; m++) {
        const proof = await inclusionProof(m, size, fetch);
        expect(proof).toEqual(path(m, d));
        expect(verifyInclusion(m, size, leafHash(d[m]!), proof, root)).toBe(true);
        expect(verifyInclusion(m, size, leafHash(Buffer.from('other')), proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion((m + 1) % size, size, leafHash(d[m]!), proof, root)).toBe(false);
        const consistency = await consistencyProof(m + 1, size, fetch);
        expect(consistency).toEqual(m + 1 === size ? [] : subproof(m + 1, d, true));
        const older = mth(d.slice(0, m + 1));
        expect(verifyConsistency(m + 1, size, consistency, older, root)).toBe(true);
        if (consistency.length > 0) {
          const flipped = consistency.map((h) => Buffer.from(h));
          flipped[0]![0]! ^= 1;
          expect(verifyConsistency(m + 1, size, flipped, older, root)).toBe(false);
          expect(verifyConsistency(m + 1, size, consistency, mth(entries.slice(1, m + 2)), root)).toBe(false);
        }
      }
    }
  });

  it('refuses proofs of the wrong length or for a leaf outside the tree', async () => {
    const fetch = built(inputs);
    const root = await treeRoot(8, fetch);
    const proof = await inclusionProof(5, 8, fetch);
    expect(verifyInclusion(5, 8, leafHash(inputs[5]!), proof.slice(1), root)).toBe(false);
    expect(verifyInclusion(5, 8, leafHash(inputs[5]!), [...proof, proof[0]!], root)).toBe(false);
    expect(verifyInclusion(8, 8, leafHash(inputs[5]!), proof, root)).toBe(false);
    expect(verifyConsistency(3, 2, [], root, root)).toBe(false);
    expect(verifyConsistency(8, 8, [], root, root)).toBe(true);
    expect(verifyConsistency(4, 8, [], root, root)).toBe(false);
  });
});

describe("an event's leaf", () => {
  const eventHash = 'a3'.repeat(32);
  // Written out by hand: position 0x0000_0102_0304_0506 big-endian, then the 32 bytes of the hash.
  const entryHex = '0000010203040506' + eventHash;

  it('is the 8-byte big-endian position and the 32-byte event hash, for positions past 32 bits too', () => {
    expect(eventLeafEntry(0x0102_0304_0506, eventHash).toString('hex')).toBe(entryHex);
    expect(eventLeafEntry(1, eventHash).toString('hex')).toBe('0000000000000001' + eventHash);
    expect(eventLeafEntry(Number.MAX_SAFE_INTEGER, eventHash).toString('hex')).toBe('001fffffffffffff' + eventHash);
  });

  it('hashes as SHA-256(0x00 ‖ entry)', () => {
    expect(eventLeafHash(0x0102_0304_0506, eventHash).toString('hex')).toBe(
      createHash('sha256')
        .update(Buffer.from('00' + entryHex, 'hex'))
        .digest('hex'),
    );
  });

  it('refuses an event hash that is not 64 lower-case hex digits, and a position that is not a safe integer', () => {
    for (const bad of ['A3'.repeat(32), 'a3'.repeat(31), 'a3'.repeat(31) + 'zz', 'a3'.repeat(33)]) {
      expect(() => eventLeafHash(1, bad)).toThrow(TypeError);
    }
    expect(() => eventLeafHash(-1, eventHash)).toThrow(TypeError);
    expect(() => eventLeafHash(2 ** 53, eventHash)).toThrow(TypeError);
  });
});
