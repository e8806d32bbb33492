/** What an attacker who rewrote events does next: builds the tree again from them, with the project's own code. */
import { appendLeaves, eventLeafHash, foldRange, rangeNodes, type NewNode } from '@gongron/event-store';

export function treeOf(events: readonly { readonly position: number; readonly hash: string }[]): {
  leaves: { leafIndex: number; position: number; hash: Buffer }[];
  nodes: NewNode[];
  /** Hex. */
  root: string;
} {
  const nodes = appendLeaves(
    0,
    events.map((event) => eventLeafHash(event.position, event.hash)),
    () => undefined,
  );
  const stored = new Map(nodes.map((node) => [`${node.level}/${node.index}`, node.hash]));
  const root = foldRange(rangeNodes(0, events.length).map((node) => stored.get(`${node.level}/${node.index}`)!)).toString('hex');
  return {
    root,
    leaves: nodes
      .filter((node) => node.level === 0)
      .map((node) => ({ leafIndex: node.index, position: events[node.index]!.position, hash: node.hash })),
    nodes: nodes.filter((node) => node.level > 0),
  };
}
