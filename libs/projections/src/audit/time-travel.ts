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
  const head = await store.streamRevision(streamId);
  if (head < 0) throw notFound('QUERY.STREAM_NOT_FOUND', `Stream ${streamId} does not exist`);
  if (query.atRevision !== undefined && query.atRevision > head) {
    throw notFound('QUERY.REVISION_NOT_FOUND', `Stream ${streamId} has no revision ${query.atRevision} (last is ${head})`);
  }
  const result = (state: { status: string }, last: { revision: number; recordedAt: string; type: string }): HistoricalState => ({
    streamId,
    revision: last.revision,
    asOf: query.asOf?.toISOString(),
    atRevision: query.atRevision,
    timeline,
    lastRecordedAt: last.recordedAt,
    lastEventType: last.type,
    state: workflow.view(state),
  });

  // The effective timeline is not a prefix of the stream (a fact entered late may take effect
  // early), so it is folded whole.
  if (query.asOf && timeline === 'effective') {
    const events = await store.readStream(streamId, { effectiveAtOrBefore: query.asOf });
    if (events.length === 0) notAsOf(streamId, query);
    let state = workflow.decider.initialState();
    for (const event of events) state = evolveWith(workflow, state, event);
    return result(state, events[events.length - 1]!);
  }

  // Between two known snapshots the events recorded up to the instant are a short range: read
  // it from the lower snapshot (whose own hash proves the cached prefix) and fold only that.
  if (query.asOf && snapshots) {
    const { low, high } = snapshots.around(streamId, query.asOf);
    if (low) {
      const range = await store.readStream(streamId, {
        fromRevision: low.revision,
        toRevision: high?.revision,
        recordedAtOrBefore: query.asOf,
      });
      if (range[0]?.revision === low.revision && range[0].hash === low.hash) {
        let state = low.state;
        let last: { revision: number; recordedAt: string; type: string } = low;
        for (const event of range.slice(1)) {
          state = evolveWith(workflow, state, event);
          last = event;
          if ((event.revision + 1) % snapshots.every === 0) {
            snapshots.remember(streamId, {
              revision: event.revision,
              hash: event.hash,
              recordedAt: event.recordedAt,
              type: event.type,
              state,
            });
          }
        }
        return result(state, last);
      }
      snapshots.forget(streamId);
    }
  }

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
  let state = base?.state ?? workflow.decider.initialState();
  let last: { revision: number; recordedAt: string; type: string } | undefined = base;
  for (const event of events) {
    state = evolveWith(workflow, state, event);
    last = event;
    if (snapshots && (event.revision + 1) % snapshots.every === 0) {
      snapshots.remember(streamId, { revision: event.revision, hash: event.hash, recordedAt: event.recordedAt, type: event.type, state });
    }
  }
  if (!last) notAsOf(streamId, query);
  return result(state, last);
}
