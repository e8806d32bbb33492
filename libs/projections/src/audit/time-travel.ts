/**
 * Time travel: an item, project or agreement as it stood at an instant or a revision, rebuilt
 * by folding its stream with the domain's decider up to that point — the same fold that
 * decides commands, so the answer is exactly what the system knew then.
 */
import { type AnyWorkflow, foldStoredEvent, workflowForStream } from '@gongron/domain';
import type { EventStore, StoredEvent } from '@gongron/event-store';
import { invalidQuery, notFound } from '../query-error.js';

export interface TimeTravelQuery {
  /** Events recorded (or, with timeline 'effective', taking effect) at or before this instant. */
  readonly asOf?: Date;
  /** Events up to and including this revision. */
  readonly atRevision?: number;
  readonly timeline?: 'recorded' | 'effective';
}

export interface HistoricalState {
  readonly streamId: string;
  /** Revision of the last event folded in. */
  readonly revision: number;
  readonly asOf?: string;
  readonly atRevision?: number;
  readonly timeline: 'recorded' | 'effective';
  /** Recorded time of the last event folded in. */
  readonly lastRecordedAt: string;
  readonly lastEventType: string;
  readonly state: Record<string, unknown>;
}

export function workflowOf(streamId: string): AnyWorkflow {
  const workflow = workflowForStream(streamId);
  if (!workflow) throw invalidQuery('QUERY.UNKNOWN_STREAM_CATEGORY', 'streamId', `No workflow owns stream "${streamId}"`);
  return workflow;
}

/**
 * Domain events are `{ type, data }`; the stored event's envelope stays out of the fold. An event
 * today's rules cannot fold throws HistoryDoesNotFold naming the stream and revision.
 */
function evolveWith(workflow: AnyWorkflow, state: { readonly status: string }, event: StoredEvent): { readonly status: string } {
  return foldStoredEvent(
    (current: { readonly status: string }, domainEvent: { type: string }) => workflow.decider.evolve(current, domainEvent),
    state,
    event,
  );
}

export function foldStream(workflow: AnyWorkflow, events: readonly StoredEvent[]): Record<string, unknown> {
  let state = workflow.decider.initialState();
  for (const event of events) state = evolveWith(workflow, state, event);
  return workflow.view(state);
}

interface Snapshot {
  readonly revision: number;
  /** Hash of the event at `revision`: the hash chain makes it stand for the whole prefix. */
  readonly hash: string;
  readonly recordedAt: string;
  readonly type: string;
  readonly state: { readonly status: string };
}

/**
 * Folded states kept at every `every`-th revision of recently asked streams, so asking for a
 * long stream's past folds at most `every` events. A snapshot is used only when the next stored
 * event still names its hash as previous: a changed history never reuses a stale state.
 */
export class StateSnapshots {
  private readonly streams = new Map<string, Snapshot[]>();

  constructor(
    private readonly maxStreams = 2_000,
    readonly every = 32,
  ) {}

  /** The last snapshot recorded at or before an instant, and the first one after it. */
  around(streamId: string, instant: Date): { low?: Snapshot; high?: Snapshot } {
    const list = this.streams.get(streamId);
    if (!list) return {};
    const t = instant.getTime();
    let low: Snapshot | undefined;
    let high: Snapshot | undefined;
    for (const snapshot of list) {
      if (Date.parse(snapshot.recordedAt) <= t) {
        if (!low || snapshot.revision > low.revision) low = snapshot;
      } else if (!high || snapshot.revision < high.revision) high = snapshot;
    }
    return { low, high };
  }

  nearest(streamId: string, revision: number): Snapshot | undefined {
    const list = this.streams.get(streamId);
    if (!list) return undefined;
    this.streams.delete(streamId);
    this.streams.set(streamId, list);
    let best: Snapshot | undefined;
    for (const snapshot of list) if (snapshot.revision <= revision && (!best || snapshot.revision > best.revision)) best = snapshot;
    return best;
  }

  remember(streamId: string, snapshot: Snapshot): void {
    let list = this.streams.get(streamId);
    if (!list) {
      if (this.streams.size >= this.maxStreams) this.streams.delete(this.streams.keys().next().value!);
      list = [];
      this.streams.set(streamId, list);
    }
    if (!list.some((s) => s.revision === snapshot.revision)) list.push(snapshot);
  }

  forget(streamId: string): void {
    this.streams.delete(streamId);
  }
}

function notAsOf(streamId: string, query: TimeTravelQuery): never {
  throw notFound(
    'QUERY.NOT_YET_EXISTING',
    `Stream ${streamId} had no events at ${query.asOf?.toISOString() ?? `revision ${query.atRevision}`}`,
  );
}

/** The last event folded in: what a historical state reports of it. */
type LastEvent = { readonly revision: number; readonly recordedAt: string; readonly type: string };

interface Folded {
  readonly state: { readonly status: string };
  readonly last: LastEvent | undefined;
}

/** Folds `events` onto a state, keeping a snapshot at every `every`-th revision when asked to. */
function foldRemembering(
  workflow: AnyWorkflow,
  streamId: string,
  from: Folded,
  events: readonly StoredEvent[],
  snapshots: StateSnapshots | undefined,
): Folded {
  let { state, last } = from;
  for (const event of events) {
    state = evolveWith(workflow, state, event);
    last = event;
    if (snapshots && (event.revision + 1) % snapshots.every === 0) {
      snapshots.remember(streamId, { revision: event.revision, hash: event.hash, recordedAt: event.recordedAt, type: event.type, state });
    }
  }
  return { state, last };
}

/** The stream's last revision, after refusing what cannot be answered. */
async function answerableHead(store: EventStore, streamId: string, query: TimeTravelQuery): Promise<number> {
  const head = await store.streamRevision(streamId);
  if (head < 0) throw notFound('QUERY.STREAM_NOT_FOUND', `Stream ${streamId} does not exist`);
  if (query.atRevision !== undefined && query.atRevision > head) {
    throw notFound('QUERY.REVISION_NOT_FOUND', `Stream ${streamId} has no revision ${query.atRevision} (last is ${head})`);
  }
  return head;
}

/**
 * The effective timeline is not a prefix of the stream (a fact entered late may take effect
 * early), so it is folded whole.
 */
async function foldEffective(
  store: EventStore,
  workflow: AnyWorkflow,
  streamId: string,
  query: TimeTravelQuery & { asOf: Date },
): Promise<Folded> {
  const events = await store.readStream(streamId, { effectiveAtOrBefore: query.asOf });
  if (events.length === 0) notAsOf(streamId, query);
  let state = workflow.decider.initialState();
  for (const event of events) state = evolveWith(workflow, state, event);
  return { state, last: events[events.length - 1]! };
}

/**
 * Between two known snapshots the events recorded up to the instant are a short range: read
 * it from the lower snapshot (whose own hash proves the cached prefix) and fold only that.
 * Nothing when no snapshot lies before the instant or the cached prefix no longer holds.
 */
async function foldBetweenSnapshots(
  store: EventStore,
  workflow: AnyWorkflow,
  streamId: string,
  asOf: Date,
  snapshots: StateSnapshots,
): Promise<Folded | undefined> {
  const { low, high } = snapshots.around(streamId, asOf);
  if (!low) return undefined;
  const range = await store.readStream(streamId, {
    fromRevision: low.revision,
    toRevision: high?.revision,
    recordedAtOrBefore: asOf,
  });
  if (range[0]?.revision === low.revision && range[0].hash === low.hash) {
    return foldRemembering(workflow, streamId, { state: low.state, last: low }, range.slice(1), snapshots);
  }
  snapshots.forget(streamId);
  return undefined;
}

/** The recorded timeline up to a revision (or the last one recorded by the instant), from the nearest snapshot. */
async function foldRecorded(
  store: EventStore,
  workflow: AnyWorkflow,
  streamId: string,
  query: TimeTravelQuery,
  head: number,
  snapshots: StateSnapshots | undefined,
): Promise<Folded> {
  let target = query.atRevision ?? head;
  if (query.asOf) {
    const [last] = await store.readStream(streamId, { direction: 'backward', recordedAtOrBefore: query.asOf, maxCount: 1 });
    if (!last) notAsOf(streamId, query);
    target = last.revision;
  }
  let base = snapshots?.nearest(streamId, target);
  let events = await store.readStream(streamId, { fromRevision: base ? base.revision + 1 : 0, toRevision: target });
  if (base && events.length > 0 && events[0]!.previousHash !== base.hash) {
    snapshots?.forget(streamId);
    base = undefined;
    events = await store.readStream(streamId, { toRevision: target });
  }
  return foldRemembering(workflow, streamId, { state: base?.state ?? workflow.decider.initialState(), last: base }, events, snapshots);
}

export async function stateAt(
  store: EventStore,
  streamId: string,
  query: TimeTravelQuery,
  snapshots?: StateSnapshots,
): Promise<HistoricalState> {
  if (query.asOf !== undefined && query.atRevision !== undefined) {
    throw invalidQuery('QUERY.CONFLICTING_TIME_TRAVEL', 'atRevision', 'Give either asOf or atRevision, not both');
  }
  const workflow = workflowOf(streamId);
  const timeline = query.timeline ?? 'recorded';
  const head = await answerableHead(store, streamId, query);
  const asOf = query.asOf;
  const folded =
    (asOf && timeline === 'effective' ? await foldEffective(store, workflow, streamId, { ...query, asOf }) : undefined) ??
    (asOf && snapshots ? await foldBetweenSnapshots(store, workflow, streamId, asOf, snapshots) : undefined) ??
    (await foldRecorded(store, workflow, streamId, query, head, snapshots));
  const last = folded.last;
  if (!last) notAsOf(streamId, query);
  return {
    streamId,
    revision: last.revision,
    asOf: query.asOf?.toISOString(),
    atRevision: query.atRevision,
    timeline,
    lastRecordedAt: last.recordedAt,
    lastEventType: last.type,
    state: workflow.view(folded.state),
  };
}
