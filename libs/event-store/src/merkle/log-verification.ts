/**
 * Verification of the log against its Merkle tree and against checkpoints held outside the
 * database. An attacker with write access can change an event and re-seal its stream with the
 * project's own hash function, so a hash chain alone proves nothing; what such an attacker
 * cannot do is make the changed events give the root of a checkpoint signed before the change.
 *
 * The whole-log walk reads events in position order beside the stored leaves and
 *   1. checks each stream's hash chain (ChainVerifier);
 *   2. recomputes each event's leaf from its stored fields and compares it with the stored leaf
 *      at the same leaf index (a missing event, a swapped position, a re-sealed event differ);
 *   3. folds the recomputed leaves into roots (a compact range: O(log n) memory), compares the root
 *      at each trusted checkpoint's size with the checkpoint, and the final root with the root the
 *      stored nodes give;
 *   4. compares the stored stream heads with the streams' last events.
 * The stores give the rows; this module judges them.
 */
import { ChainVerifier, type RawEvent } from '../core.js';
import type { CanonicalParts } from '../hash.js';
import type { BrokenLink, LeafRecord, TrustedCheckpoint, VerificationResult } from '../event-store.js';
import { StreamNotFoundError } from '../errors.js';
import { eventLeafHash, MissingNodeError, nodeHash, verifyInclusion, EMPTY_ROOT, type Hash } from './merkle.js';

/** A stored stream head: what the store believes the stream's last revision and hash are. */
export interface StreamHeadRecord {
  readonly streamId: string;
  readonly revision: number;
  readonly hash: string;
}

/** What a store gives the whole-log walk. */
export interface LogRows {
  /**
   * Raw events in position order, page by page; with `canonical`, the stored text of each event's
   * data and metadata (hashed as it is: a store that keeps canonical JSON saves parsing it).
   */
  events(): AsyncIterable<readonly (RawEvent & { readonly canonical?: CanonicalParts })[]>;
  /** Stored leaves with index > afterIndex, in order. */
  leaves(afterIndex: number, maxCount: number): Promise<readonly LeafRecord[]>;
  /** How many leaves the stored tree has now. */
  treeSize(): Promise<number>;
  /** The root the stored nodes give at a size (throws MissingNodeError when one is missing). */
  storedRoot(size: number): Promise<string>;
  leafAt(position: number): Promise<LeafRecord | undefined>;
  /** Every stored stream head (none where heads are not stored apart from the events). */
  streamHeads(): Promise<readonly StreamHeadRecord[]>;
  /** An event as stored now, to tell a head moved by a later append from a wrong one. */
  streamEvent(streamId: string, revision: number): Promise<RawEvent | undefined>;
}

/** What a store gives the one-stream check. */
export interface StreamRows {
  readonly streamId: string;
  /** The stream's raw events by revision. */
  readonly events: readonly RawEvent[];
  /** Its stored head, when the store keeps heads apart from the events. */
  readonly head: StreamHeadRecord | undefined;
  leafAt(position: number): Promise<LeafRecord | undefined>;
  /** Hex hashes of the stored tree's inclusion proof. */
  inclusionProof(leafIndex: number, treeSize: number): Promise<string[]>;
  treeSize(): Promise<number>;
  /** The root the stored nodes give at a size (throws MissingNodeError when one is missing). */
  storedRoot(size: number): Promise<string>;
  /** How many events the log holds. */
  eventCount(): Promise<number>;
  /** Positions of the events and of the leaves, each ascending, page by page from after (exclusive). */
  eventPositions(after: number, maxCount: number): Promise<readonly number[]>;
  leafPositions(afterIndex: number, maxCount: number): Promise<readonly number[]>;
}

const LEAF_PAGE = 5_000;

/** The roots of a growing tree: the complete subtrees of its leaves so far, largest first. */
class CompactRange {
  private readonly hashes: Hash[] = [];
  private readonly sizes: number[] = [];
  size = 0;

  push(leaf: Hash): void {
    let hash = leaf;
    let size = 1;
    while (this.sizes.length > 0 && this.sizes[this.sizes.length - 1] === size) {
      this.sizes.pop();
      hash = nodeHash(this.hashes.pop()!, hash);
      size *= 2;
    }
    this.hashes.push(hash);
    this.sizes.push(size);
    this.size++;
  }

  root(): Hash {
    if (this.hashes.length === 0) return EMPTY_ROOT;
    let hash = this.hashes[this.hashes.length - 1]!;
    for (let index = this.hashes.length - 2; index >= 0; index--) hash = nodeHash(this.hashes[index]!, hash);
    return hash;
  }
}

/** Stored leaves read ahead page by page. */
class LeafCursor {
  private page: readonly LeafRecord[] = [];
  private at = 0;
  private lastIndex = -1;
  private exhausted = false;

  constructor(
    private readonly read: LogRows['leaves'],
    private readonly size: number,
  ) {}

  /** The next leaf when it is read already (no wait for the database), else undefined. */
  nextRead(): LeafRecord | undefined {
    if (this.at >= this.page.length) return undefined;
    const leaf = this.page[this.at++]!;
    this.lastIndex = leaf.leafIndex;
    return leaf;
  }

  /** The next leaf, reading the next page when this one is used up. */
  async next(): Promise<LeafRecord | undefined> {
    if (this.at >= this.page.length) {
      if (this.exhausted || this.lastIndex + 1 >= this.size) return undefined;
      const wanted = Math.min(LEAF_PAGE, this.size - this.lastIndex - 1);
      this.page = await this.read(this.lastIndex, wanted);
      this.at = 0;
      if (this.page.length < wanted) this.exhausted = true;
    }
    return this.nextRead();
  }
}

function sortedCheckpoints(checkpoints: readonly TrustedCheckpoint[] | undefined): TrustedCheckpoint[] {
  return [...(checkpoints ?? [])].sort((a, b) => a.size - b.size);
}

function eventLink(event: RawEvent): Pick<BrokenLink, 'streamId' | 'revision' | 'position' | 'eventId'> {
  return { streamId: event.streamId, revision: event.revision, position: event.position, eventId: event.id };
}

/** The whole log against its tree, the trusted checkpoints and the stored heads; the first finding in log order. */
export async function verifyLog(
  rows: LogRows,
  checkpoints: readonly TrustedCheckpoint[] | undefined,
  onProgress?: (eventsChecked: number) => void,
): Promise<VerificationResult> {
  // The tree as it is when the walk starts: events appended during it are left to the next one
  // (an append writes its events and leaves in one transaction, so each of these leaves' events is visible).
  const treeSize = await rows.treeSize();
  const walk = new LogWalk(rows, treeSize, checkpoints);
  const atStart = walk.judgeCheckpointsAt(0);
  if (atStart) return walk.result(atStart);
  pages: for await (const page of rows.events()) {
    for (const event of page) {
      const finding = await walk.step(event);
      if (finding === PAST_TREE) break pages;
      if (finding) return walk.result(finding);
    }
    onProgress?.(walk.chain.eventsChecked);
  }
  return walk.result(await walk.finish());
}

type WalkedEvent = RawEvent & { readonly canonical?: CanonicalParts };

/** The walk reached an event past the tree it started with, and that event has its leaf. */
const PAST_TREE = Symbol('past the tree');

/** The state of one whole-log walk: the chains, the leaves folded so far and the checkpoints still to judge. */
class LogWalk {
  readonly chain = new ChainVerifier();
  private readonly leaves: LeafCursor;
  private readonly range = new CompactRange();
  private readonly pending: TrustedCheckpoint[];
  private readonly judged: { size: number; rootHash: string; source: string; matched: boolean }[] = [];
  private readonly lastOfStream = new Map<string, RawEvent>();
  /** The first event not yet covered by a checkpoint that matched: where a rewrite could begin. */
  private firstUnproven: RawEvent | undefined;
  private provenSize = 0;

  constructor(
    private readonly rows: LogRows,
    private readonly treeSize: number,
    checkpoints: readonly TrustedCheckpoint[] | undefined,
  ) {
    this.leaves = new LeafCursor((after, max) => rows.leaves(after, max), treeSize);
    this.pending = sortedCheckpoints(checkpoints);
  }

  result(brokenLink?: BrokenLink): VerificationResult {
    return {
      ok: brokenLink === undefined,
      streamsChecked: this.chain.streamsChecked,
      eventsChecked: this.chain.eventsChecked,
      leavesChecked: this.range.size,
      checkpoints: [...this.judged, ...this.pending.map((checkpoint) => ({ ...checkpoint, matched: false }))],
      ...(brokenLink ? { brokenLink } : {}),
    };
  }

  judgeCheckpointsAt(size: number): BrokenLink | undefined {
    while (this.pending.length > 0 && this.pending[0]!.size === size) {
      const checkpoint = this.pending.shift()!;
      const root = this.range.root().toString('hex');
      const matched = root === checkpoint.rootHash;
      this.judged.push({ ...checkpoint, matched });
      if (!matched) {
        const from = this.firstUnproven;
        return {
          ...(from ? eventLink(from) : { position: 0 }),
          leafIndex: this.provenSize,
          reason: 'checkpoint-mismatch',
          expected: checkpoint.rootHash,
          found: root,
          detail:
            `the events give another root at tree size ${checkpoint.size} than the checkpoint (${checkpoint.source}): ` +
            `the log was rewritten among leaves ${this.provenSize}–${checkpoint.size - 1}` +
            (from ? `, at or after position ${from.position}` : ''),
        };
      }
      this.provenSize = size;
      this.firstUnproven = undefined;
    }
    return undefined;
  }

  /** One event against its chain and its leaf, folded into the roots: a finding, PAST_TREE, or undefined to go on. */
  async step(event: WalkedEvent): Promise<BrokenLink | typeof PAST_TREE | undefined> {
    if (this.range.size === this.treeSize) {
      // Past the tree the walk started with: this event was appended since, with its leaf, or has none.
      if (await this.rows.leafAt(event.position)) return PAST_TREE;
      return {
        ...eventLink(event),
        leafIndex: this.treeSize,
        reason: 'leaf-missing',
        expected: eventLeafHash(event.position, event.hash).toString('hex'),
        found: '',
      };
    }
    const leafIndex = this.range.size;
    const leaf = this.leaves.nextRead() ?? (await this.leaves.next());
    // A leaf whose event is gone comes before this event in log order: it is the first finding.
    if (leaf && leaf.position < event.position) {
      return {
        position: leaf.position,
        leafIndex,
        reason: 'event-missing',
        expected: `an event at position ${leaf.position}`,
        found: `the next event is at position ${event.position}`,
        detail: `leaf ${leafIndex} of the tree is the event at position ${leaf.position}, which the log no longer holds`,
      };
    }
    const broken = this.chain.check(event, event.canonical);
    if (broken) return broken;
    this.lastOfStream.set(event.streamId, event);
    const computed = eventLeafHash(event.position, event.hash);
    const mismatch = walkedLeafFinding(event, leaf, leafIndex, computed);
    if (mismatch) return mismatch;
    this.firstUnproven ??= event;
    this.range.push(computed);
    return this.judgeCheckpointsAt(this.range.size);
  }

  /** After the last event: leaves left over, checkpoints beyond the log, the stored nodes' root, the stored heads. */
  async finish(): Promise<BrokenLink | undefined> {
    return (await this.extraLeaf()) ?? this.checkpointBeyondLog() ?? (await this.storedTreeFinding()) ?? (await this.headsFinding());
  }

  private async extraLeaf(): Promise<BrokenLink | undefined> {
    const extra = await this.leaves.next();
    if (!extra) return undefined;
    return {
      position: extra.position,
      leafIndex: extra.leafIndex,
      reason: 'event-missing',
      expected: `an event at position ${extra.position}`,
      found: 'the log ends before it',
      detail: `the tree has a leaf ${extra.leafIndex} for position ${extra.position}, after the log's last event: its tail was deleted`,
    };
  }

  private checkpointBeyondLog(): BrokenLink | undefined {
    const beyond = this.pending[0];
    if (!beyond) return undefined;
    const size = this.range.size;
    return {
      position: 0,
      leafIndex: size,
      reason: 'checkpoint-beyond-log',
      expected: `${beyond.size} leaves`,
      found: `${size} leaves`,
      detail: `the checkpoint (${beyond.source}) covers ${beyond.size} leaves and the log holds ${size} events: events from leaf ${size} on were deleted`,
    };
  }

  private async storedTreeFinding(): Promise<BrokenLink | undefined> {
    const { range } = this;
    let storedRoot: string;
    try {
      storedRoot = await this.rows.storedRoot(range.size);
    } catch (error) {
      if (!(error instanceof MissingNodeError)) throw error;
      return { position: 0, reason: 'tree-mismatch', expected: range.root().toString('hex'), found: error.message };
    }
    if (storedRoot === range.root().toString('hex')) return undefined;
    return {
      position: 0,
      leafIndex: range.size - 1,
      reason: 'tree-mismatch',
      expected: range.root().toString('hex'),
      found: storedRoot,
      detail: `the stored nodes of the tree fold to another root at size ${range.size} than its leaves`,
    };
  }

  private async headsFinding(): Promise<BrokenLink | undefined> {
    for (const head of await this.rows.streamHeads()) {
      const last = this.lastOfStream.get(head.streamId);
      if (!headFinding(head, last)) continue;
      // A head ahead of the walk may have been moved by an append made during it.
      const now = head.revision > (last?.revision ?? -1) ? await this.rows.streamEvent(head.streamId, head.revision) : undefined;
      if (now && now.hash === head.hash && (!last || now.position > last.position)) continue;
      return headFinding(head, last);
    }
    return undefined;
  }
}

/** The stored leaf at the walk's leaf index against the leaf the event gives. */
function walkedLeafFinding(event: RawEvent, leaf: LeafRecord | undefined, leafIndex: number, computed: Hash): BrokenLink | undefined {
  if (!leaf) {
    return {
      ...eventLink(event),
      leafIndex,
      reason: 'leaf-missing',
      expected: computed.toString('hex'),
      found: '',
      detail: `the tree has ${leafIndex} leaves and none for this event`,
    };
  }
  if (leaf.leafIndex !== leafIndex) {
    return {
      ...eventLink(event),
      leafIndex,
      reason: 'leaf-missing',
      expected: `leaf ${leafIndex}`,
      found: `the next stored leaf is ${leaf.leafIndex}`,
    };
  }
  if (leaf.position > event.position || leaf.leafHash !== computed.toString('hex')) {
    return {
      ...eventLink(event),
      leafIndex,
      reason: leaf.position > event.position ? 'leaf-missing' : 'leaf-mismatch',
      expected: computed.toString('hex'),
      found: leaf.position > event.position ? `leaf ${leafIndex} is for position ${leaf.position}` : leaf.leafHash,
    };
  }
  return undefined;
}

function headFinding(head: StreamHeadRecord, last: RawEvent | undefined): BrokenLink | undefined {
  // A head at -1 is a stream row an uncommitted or refused append made, with no event yet.
  if (!last && head.revision < 0) return undefined;
  if (last && last.revision === head.revision && last.hash === head.hash) return undefined;
  return {
    streamId: head.streamId,
    revision: head.revision,
    position: last?.position ?? 0,
    ...(last ? { eventId: last.id } : {}),
    reason: 'stream-head-mismatch',
    expected: last ? `revision ${last.revision}, hash ${last.hash}` : 'no stream (it has no events)',
    found: `revision ${head.revision}, hash ${head.hash}`,
    detail: last
      ? `the stored head of ${head.streamId} is not its last event (revision ${last.revision} at position ${last.position})`
      : `the stored head of ${head.streamId} names revision ${head.revision}, but the stream has no events: it was deleted`,
  };
}

/** One stream against its leaves, its head and each trusted checkpoint; and the log's count of events against its leaves. */
export async function verifyStreamRows(
  rows: StreamRows,
  checkpoints: readonly TrustedCheckpoint[] | undefined,
): Promise<VerificationResult> {
  const chain = new ChainVerifier();
  const judged = new Map<TrustedCheckpoint, boolean>();
  const done = (brokenLink?: BrokenLink, leavesChecked = 0): VerificationResult => ({
    ok: brokenLink === undefined,
    streamsChecked: chain.streamsChecked || 1,
    eventsChecked: chain.eventsChecked,
    leavesChecked,
    checkpoints: sortedCheckpoints(checkpoints).map((checkpoint) => ({ ...checkpoint, matched: judged.get(checkpoint) ?? false })),
    ...(brokenLink ? { brokenLink } : {}),
  });
  const treeSize = await rows.treeSize();
  if (rows.events.length === 0 && !rows.head) {
    // Unknown, or deleted together with its head: a deleted stream leaves its leaves behind.
    const missing = (await rows.eventCount()) === treeSize ? undefined : await firstLeafWithoutEvent(rows);
    if (missing) return done(missing);
    throw new StreamNotFoundError(rows.streamId);
  }
  const trusted = sortedCheckpoints(checkpoints);
  const rewritten = await storedTreeAgainstCheckpoints(rows, trusted, treeSize, judged);
  if (rewritten) return done(rewritten);
  let leavesChecked = 0;
  for (const event of rows.events) {
    const broken = chain.check(event);
    if (broken) return done(broken, leavesChecked);
    const computed = eventLeafHash(event.position, event.hash);
    const leaf = await rows.leafAt(event.position);
    if (!leaf) return done({ ...eventLink(event), reason: 'leaf-missing', expected: computed.toString('hex'), found: '' }, leavesChecked);
    if (leaf.leafHash !== computed.toString('hex')) {
      return done(
        {
          ...eventLink(event),
          leafIndex: leaf.leafIndex,
          reason: 'leaf-mismatch',
          expected: computed.toString('hex'),
          found: leaf.leafHash,
        },
        leavesChecked,
      );
    }
    leavesChecked++;
    const unproven = await inclusionFinding(rows, event, leaf, computed, trusted, judged);
    if (unproven) return done(unproven, leavesChecked);
  }
  // An event deleted anywhere (this stream's tail, say) leaves a leaf without its event.
  if ((await rows.eventCount()) !== treeSize) {
    const missing = await firstLeafWithoutEvent(rows);
    if (missing) return done(missing, leavesChecked);
  }
  if (rows.head) {
    const finding = headFinding(rows.head, rows.events[rows.events.length - 1]);
    if (finding) return done(finding, leavesChecked);
  }
  return done(undefined, leavesChecked);
}

/**
 * The stored tree must give each checkpoint's root; where it does not, the log was rewritten
 * and re-treed among the leaves after the last checkpoint that still matches.
 */
async function storedTreeAgainstCheckpoints(
  rows: StreamRows,
  trusted: readonly TrustedCheckpoint[],
  treeSize: number,
  judged: Map<TrustedCheckpoint, boolean>,
): Promise<BrokenLink | undefined> {
  let provenSize = 0;
  for (const checkpoint of trusted) {
    if (checkpoint.size > treeSize) {
      judged.set(checkpoint, false);
      return {
        position: 0,
        leafIndex: treeSize,
        reason: 'checkpoint-beyond-log',
        expected: `${checkpoint.size} leaves`,
        found: `${treeSize} leaves`,
        detail: `the checkpoint (${checkpoint.source}) covers ${checkpoint.size} leaves and the tree holds ${treeSize}: events from leaf ${treeSize} on were deleted`,
      };
    }
    let root: string;
    try {
      root = await rows.storedRoot(checkpoint.size);
    } catch (error) {
      if (!(error instanceof MissingNodeError)) throw error;
      root = error.message;
    }
    if (root !== checkpoint.rootHash) {
      judged.set(checkpoint, false);
      const [firstUnproven] = await rows.leafPositions(provenSize - 1, 1);
      return {
        position: firstUnproven ?? 0,
        leafIndex: provenSize,
        reason: 'checkpoint-mismatch',
        expected: checkpoint.rootHash,
        found: root,
        detail:
          `the log gives another root at tree size ${checkpoint.size} than the checkpoint (${checkpoint.source}): ` +
          `it was rewritten among leaves ${provenSize}–${checkpoint.size - 1}` +
          (firstUnproven === undefined ? '' : `, at or after position ${firstUnproven}`),
      };
    }
    judged.set(checkpoint, true);
    provenSize = checkpoint.size;
  }
  return undefined;
}

/** The event's leaf against the root of every trusted checkpoint that covers it. */
async function inclusionFinding(
  rows: StreamRows,
  event: RawEvent,
  leaf: LeafRecord,
  computed: Hash,
  trusted: readonly TrustedCheckpoint[],
  judged: Map<TrustedCheckpoint, boolean>,
): Promise<BrokenLink | undefined> {
  for (const checkpoint of trusted) {
    if (leaf.leafIndex >= checkpoint.size) continue;
    const proof = (await rows.inclusionProof(leaf.leafIndex, checkpoint.size)).map((hash) => Buffer.from(hash, 'hex'));
    if (!verifyInclusion(leaf.leafIndex, checkpoint.size, computed, proof, Buffer.from(checkpoint.rootHash, 'hex'))) {
      judged.set(checkpoint, false);
      return {
        ...eventLink(event),
        leafIndex: leaf.leafIndex,
        reason: 'checkpoint-mismatch',
        expected: checkpoint.rootHash,
        found: 'no inclusion proof from this event to the root',
        detail: `the event is not in the log the checkpoint (${checkpoint.source}) signed at tree size ${checkpoint.size}: the log was rewritten and re-treed`,
      };
    }
  }
  return undefined;
}

async function firstLeafWithoutEvent(rows: StreamRows): Promise<BrokenLink | undefined> {
  let afterPosition = 0;
  let afterIndex = -1;
  for (;;) {
    const [events, leaves] = await Promise.all([rows.eventPositions(afterPosition, LEAF_PAGE), rows.leafPositions(afterIndex, LEAF_PAGE)]);
    for (let index = 0; index < leaves.length; index++) {
      const event = events[index];
      if (event !== leaves[index]) {
        const leafIndex = afterIndex + 1 + index;
        const position = event === undefined ? leaves[index]! : Math.min(event, leaves[index]!);
        return {
          position,
          leafIndex,
          reason: event === undefined || leaves[index]! < event ? 'event-missing' : 'leaf-missing',
          expected: `leaf ${leafIndex} and its event at the same position`,
          found: `leaf at position ${leaves[index]}, event at ${event === undefined ? 'none' : `position ${event}`}`,
          detail: `the log and its tree part at leaf ${leafIndex}: an event was deleted or added behind the store's back`,
        };
      }
    }
    if (leaves.length < LEAF_PAGE) {
      const event = events[leaves.length];
      if (event === undefined) return undefined;
      return {
        position: event,
        leafIndex: afterIndex + 1 + leaves.length,
        reason: 'leaf-missing',
        expected: 'a leaf for every event',
        found: `no leaf for position ${event}`,
      };
    }
    afterPosition = events[events.length - 1]!;
    afterIndex += leaves.length;
  }
}
