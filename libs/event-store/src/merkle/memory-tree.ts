/** The Merkle tree of the in-memory store: every complete subtree, level by level, in arrays. */
import { appendLeaves, eventLeafHash, nodeKey, type Hash, type NodeRef } from './merkle.js';
import type { LeafRecord, Receipt } from './merkle-log.js';

export class MemoryTree {
  /** levels[l][i] is node (l, i); levels[0] are the leaves. */
  private readonly levels: Hash[][] = [[]];
  private readonly positions: number[] = [];
  private readonly leafOfPosition = new Map<number, number>();

  get size(): number {
    return this.levels[0]!.length;
  }

  /** Appends the events' leaves in position order; one receipt per event. */
  append(events: readonly { readonly position: number; readonly hash: string }[]): Receipt[] {
    const first = this.size;
    const leaves = events.map((event) => eventLeafHash(event.position, event.hash));
    for (const node of appendLeaves(first, leaves, (level, index) => this.levels[level]?.[index])) {
      (this.levels[node.level] ??= [])[node.index] = node.hash;
    }
    const treeSize = this.size;
    return events.map((event, offset) => {
      this.positions.push(event.position);
      this.leafOfPosition.set(event.position, first + offset);
      return { position: event.position, leafIndex: first + offset, leafHash: leaves[offset]!.toString('hex'), treeSize };
    });
  }

  readonly fetch = (nodes: readonly NodeRef[]): ReadonlyMap<string, Hash> => {
    const found = new Map<string, Hash>();
    for (const node of nodes) {
      const hash = this.levels[node.level]?.[node.index];
      if (hash) found.set(nodeKey(node.level, node.index), hash);
    }
    return found;
  };

  leafByPosition(position: number): LeafRecord | undefined {
    const leafIndex = this.leafOfPosition.get(position);
    return leafIndex === undefined ? undefined : this.leaf(leafIndex);
  }

  leaves(afterIndex: number, maxCount: number): LeafRecord[] {
    const out: LeafRecord[] = [];
    for (let index = Math.max(afterIndex + 1, 0); index < this.size && out.length < maxCount; index++) out.push(this.leaf(index));
    return out;
  }

  private leaf(leafIndex: number): LeafRecord {
    return { leafIndex, position: this.positions[leafIndex]!, leafHash: this.levels[0]![leafIndex]!.toString('hex') };
  }
}
