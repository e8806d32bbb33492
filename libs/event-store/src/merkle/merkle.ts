/**
 * The Merkle tree over the whole log, with RFC 9162 §2.1 hashing:
 *   leaf hash = SHA-256(0x00 ‖ entry), node hash = SHA-256(0x01 ‖ left ‖ right).
 * Leaves are the events in global-position order; leaf i is the i-th event (0-based).
 *
 * The tree is stored as its complete subtrees: node (level, index) covers the leaves
 * [index·2^level, (index+1)·2^level). A node is written once, when its last leaf arrives,
 * and never changes. Any other subtree hash (the ragged right edge of a tree of size n) is
 * folded from at most log2(n) stored nodes, so a root, an inclusion proof and a consistency
 * proof each read O(log n) nodes. This module is pure: it plans which nodes a proof needs,
 * folds them, and verifies proofs; the stores only fetch and write nodes.
 */
import { createHash, hash } from 'node:crypto';

export type Hash = Buffer;

const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

export function sha256(...parts: Buffer[]): Hash {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest();
}

// One-shot digests: a verification of the whole log computes two per event.
export function leafHash(entry: Buffer): Hash {
  return hash('sha256', Buffer.concat([LEAF_PREFIX, entry], 1 + entry.length), 'buffer');
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return hash('sha256', Buffer.concat([NODE_PREFIX, left, right], 1 + left.length + right.length), 'buffer');
}

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Hash = sha256();

/**
 * The leaf entry of an event, 40 bytes: its global position as an unsigned 64-bit big-endian
 * integer, then the 32 bytes of its event hash (which covers id, type, schema version, stream,
 * revision, recorded time, data, metadata and the previous hash of its stream; see hash.ts).
 */
export function eventLeafEntry(position: number, eventHashHex: string): Buffer {
  return writeLeafEntry(Buffer.alloc(40), 0, position, eventHashHex);
}

const LOWER_HEX_64 = /^[0-9a-f]{64}$/;

/** Writes the 40-byte leaf entry into `target` at `offset`. */
function writeLeafEntry(target: Buffer, offset: number, position: number, eventHashHex: string): Buffer {
  // Buffer.write stops at the first character that is not hex; upper case is refused apart.
  if (eventHashHex.length !== 64 || target.write(eventHashHex, offset + 8, 'hex') !== 32 || !LOWER_HEX_64.test(eventHashHex)) {
    throw new TypeError('an event hash is 64 lower-case hex digits');
  }
  if (!Number.isSafeInteger(position) || position < 0) throw new TypeError('a position is a non-negative safe integer');
  // The unsigned 64-bit big-endian position, written as its two 32-bit halves (a safe integer fits).
  target.writeUInt32BE(Math.floor(position / 0x1_0000_0000), offset);
  target.writeUInt32BE(position % 0x1_0000_0000, offset + 4);
  return target;
}

/** SHA-256(0x00 ‖ entry) of an event's leaf, from one 41-byte buffer (a full verification computes one per event). */
export function eventLeafHash(position: number, eventHashHex: string): Hash {
  const prefixed = Buffer.allocUnsafe(41);
  prefixed[0] = 0;
  return hash('sha256', writeLeafEntry(prefixed, 1, position, eventHashHex), 'buffer');
}

/** A stored complete subtree. */
export interface NodeRef {
  readonly level: number;
  readonly index: number;
}

/**
 * The place of node (level, index) in the tree's in-order layout, leaves being level 0: leaf i is
 * 2i and the subtree over leaves [idx·2^level, (idx+1)·2^level) is idx·2^(level+1) + 2^level − 1,
 * the slot between its two halves. The nodes an append writes are neighbours in this order.
 */
export function treeRow(level: number, index: number): number {
  return index * 2 ** (level + 1) + 2 ** level - 1;
}

export function nodeKey(level: number, index: number): string {
  return `${level}/${index}`;
}

/** The largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The complete subtrees that make up leaves [start, end), largest first. The ranges a tree
 * of RFC 9162 asks for start at a multiple of a power of two at least as large as they are,
 * so each piece is a stored node.
 */
export function rangeNodes(start: number, end: number): NodeRef[] {
  const nodes: NodeRef[] = [];
  let at = start;
  while (at < end) {
    let level = 0;
    while (at % 2 ** (level + 1) === 0 && at + 2 ** (level + 1) <= end) level++;
    nodes.push({ level, index: at / 2 ** level });
    at += 2 ** level;
  }
  return nodes;
}

/** MTH of a range from its complete subtrees, folded right to left. */
export function foldRange(nodes: readonly Hash[]): Hash {
  if (nodes.length === 0) return EMPTY_ROOT;
  let hash = nodes[nodes.length - 1]!;
  for (let index = nodes.length - 2; index >= 0; index--) hash = nodeHash(nodes[index]!, hash);
  return hash;
}

/** Leaves [start, end) whose hash is one element of a proof or a root. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]): the sibling ranges from the leaf up. */
export function inclusionRanges(leafIndex: number, treeSize: number): Range[] {
  if (!Number.isInteger(leafIndex) || !Number.isInteger(treeSize) || leafIndex < 0 || leafIndex >= treeSize) {
    throw new RangeError(`leaf ${leafIndex} is not in a tree of ${treeSize} leaves`);
  }
  const topDown: Range[] = [];
  let start = 0;
  let end = treeSize;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (leafIndex < start + k) {
      topDown.push({ start: start + k, end });
      end = start + k;
    } else {
      topDown.push({ start, end: start + k });
      start += k;
    }
  }
  return topDown.reverse();
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true), from the bottom up. */
export function consistencyRanges(size1: number, size2: number): Range[] {
  if (!Number.isInteger(size1) || !Number.isInteger(size2) || size1 < 0 || size1 > size2) {
    throw new RangeError(`no consistency proof from ${size1} to ${size2} leaves`);
  }
  if (size1 === 0 || size1 === size2) return [];
  const topDown: Range[] = [];
  let start = 0;
  let end = size2;
  let m = size1;
  let complete = true;
  for (;;) {
    if (m === end - start) {
      if (!complete) topDown.push({ start, end });
      break;
    }
    const k = splitPoint(end - start);
    if (m <= k) {
      topDown.push({ start: start + k, end });
      end = start + k;
    } else {
      topDown.push({ start, end: start + k });
      m -= k;
      start += k;
      complete = false;
    }
  }
  // The subproof's terminal element (pushed last) comes first in the proof.
  return topDown.reverse();
}

/** Where a store's nodes come from: one call per proof or root, with every node it needs. */
export type NodeFetcher = (nodes: readonly NodeRef[]) => Promise<ReadonlyMap<string, Hash>> | ReadonlyMap<string, Hash>;

/** The hashes of the given ranges, with one fetch for all their nodes. */
export async function rangeHashes(ranges: readonly Range[], fetch: NodeFetcher): Promise<Hash[]> {
  const pieces = ranges.map((range) => rangeNodes(range.start, range.end));
  const wanted = new Map<string, NodeRef>();
  for (const nodes of pieces) for (const node of nodes) wanted.set(nodeKey(node.level, node.index), node);
  const found = await fetch([...wanted.values()]);
  return pieces.map((nodes) =>
    foldRange(
      nodes.map((node) => {
        const hash = found.get(nodeKey(node.level, node.index));
        if (!hash) throw new MissingNodeError(node);
        return hash;
      }),
    ),
  );
}

/** A node the tree should hold is not stored: the tree was damaged or truncated. */
export class MissingNodeError extends Error {
  constructor(readonly node: NodeRef) {
    super(`the Merkle tree has no node at level ${node.level}, index ${node.index}`);
  }
}

export async function treeRoot(treeSize: number, fetch: NodeFetcher): Promise<Hash> {
  if (treeSize === 0) return EMPTY_ROOT;
  const [root] = await rangeHashes([{ start: 0, end: treeSize }], fetch);
  return root!;
}

export function inclusionProof(leafIndex: number, treeSize: number, fetch: NodeFetcher): Promise<Hash[]> {
  return rangeHashes(inclusionRanges(leafIndex, treeSize), fetch);
}

export function consistencyProof(size1: number, size2: number, fetch: NodeFetcher): Promise<Hash[]> {
  return rangeHashes(consistencyRanges(size1, size2), fetch);
}

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or undefined when its length is wrong. */
export function rootFromInclusionProof(leafIndex: number, treeSize: number, leaf: Hash, proof: readonly Hash[]): Hash | undefined {
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize) || leafIndex < 0 || leafIndex >= treeSize) return undefined;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

export function verifyInclusion(leafIndex: number, treeSize: number, leaf: Hash, proof: readonly Hash[], root: Hash): boolean {
  const computed = rootFromInclusionProof(leafIndex, treeSize, leaf, proof);
  return computed !== undefined && computed.equals(root);
}

/** RFC 9162 §2.1.4.2, with the trivial cases: equal sizes need an empty proof and equal roots. */
export function verifyConsistency(size1: number, size2: number, proof: readonly Hash[], root1: Hash, root2: Hash): boolean {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size1 > size2) return false;
  if (size1 === size2) return proof.length === 0 && root1.equals(root2);
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && Number.isInteger(Math.log2(n));
}

/** A node to write as the tree grows. */
export interface NewNode extends NodeRef {
  readonly hash: Hash;
}

/**
 * Appends leaves to a tree of `size` leaves: the leaf nodes, and every subtree each leaf
 * completes (its left siblings come from `left`, or from this batch). Returns what to store.
 */
export function appendLeaves(size: number, leaves: readonly Hash[], left: (level: number, index: number) => Hash | undefined): NewNode[] {
  const written = new Map<string, Hash>();
  const out: NewNode[] = [];
  leaves.forEach((leaf, offset) => {
    let index = size + offset;
    let level = 0;
    let hash = leaf;
    out.push({ level, index, hash });
    written.set(nodeKey(level, index), hash);
    while (index % 2 === 1) {
      const sibling = written.get(nodeKey(level, index - 1)) ?? left(level, index - 1);
      if (!sibling) throw new MissingNodeError({ level, index: index - 1 });
      hash = nodeHash(sibling, hash);
      index = (index - 1) / 2;
      level++;
      out.push({ level, index, hash });
      written.set(nodeKey(level, index), hash);
    }
  });
  return out;
}
