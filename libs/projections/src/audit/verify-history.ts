/**
 * `audit verify` checks two things about the stored history: the log holds (the store recomputes
 * every hash chain and every leaf of the Merkle tree, and holds the events against the stored
 * tree, the stream heads and the trusted checkpoints given: see event-store's log-verification), and every workflow stream still folds under today's rules (the same fold that
 * decides commands and answers time travel). A stream whose history no longer folds is named with
 * the revision and event where the fold stopped; either failure makes the verification fail.
 */
import {
  type AnyWorkflow,
  HistoryDoesNotFold,
  type HistoryIntegrityDetails,
  foldStoredEvent,
  isHistoryDoesNotFold,
  workflowForStream,
} from '@gongron/domain';
import type { EventStore, StoredEvent, VerificationResult, VerifyOptions } from '@gongron/event-store';
import { streamEvents } from './export.js';

/** A stream whose history does not fold: the first event that failed, and why. */
export interface UnfoldableStream extends HistoryIntegrityDetails {
  readonly reason: string;
}

export interface HistoryVerification extends VerificationResult {
  /** Workflow streams whose every event was folded. */
  readonly streamsFolded: number;
  /** How many streams no longer fold. */
  readonly unfoldableStreams: number;
  /** The first of them in log order (at most UNFOLDABLE_LISTED), each naming stream and revision. */
  readonly unfoldable: readonly UnfoldableStream[];
}

export type VerifyPhase = 'hash-chains' | 'folds';

/** A long list of broken streams says nothing more than its first hundred and its count. */
export const UNFOLDABLE_LISTED = 100;

const PAGE = 1_000;

type State = { readonly status: string };

/** Folds streams event by event (in any interleaving), remembering the first failure of each. */
class FoldChecker {
  private readonly states = new Map<string, State | HistoryDoesNotFold>();
  private readonly failures: UnfoldableStream[] = [];
  private failed = 0;

  add(event: StoredEvent): void {
    const workflow: AnyWorkflow | undefined = workflowForStream(event.streamId);
    if (!workflow) return;
    const current = this.states.get(event.streamId) ?? workflow.decider.initialState();
    if (current instanceof HistoryDoesNotFold) return;
    try {
      this.states.set(
        event.streamId,
        foldStoredEvent((state: State, domainEvent: { type: string }) => workflow.decider.evolve(state, domainEvent), current, event),
      );
    } catch (error) {
      if (!isHistoryDoesNotFold(error)) throw error;
      this.states.set(event.streamId, error);
      this.failed += 1;
      if (this.failures.length < UNFOLDABLE_LISTED) this.failures.push({ ...error.details, reason: error.message });
    }
  }

  result(): Pick<HistoryVerification, 'streamsFolded' | 'unfoldableStreams' | 'unfoldable'> {
    return { streamsFolded: this.states.size - this.failed, unfoldableStreams: this.failed, unfoldable: this.failures };
  }
}

function combine(chains: VerificationResult, folds: ReturnType<FoldChecker['result']>): HistoryVerification {
  return { ...chains, ok: chains.ok && folds.unfoldableStreams === 0, ...folds };
}

/** Every hash chain, then every workflow stream's fold, over the whole log in pages. */
export async function verifyHistory(
  store: EventStore,
  onProgress?: (phase: VerifyPhase, eventsChecked: number) => void,
  options?: VerifyOptions,
): Promise<HistoryVerification> {
  const chains = await store.verifyAll(onProgress && ((checked) => onProgress('hash-chains', checked)), options);
  const folds = new FoldChecker();
  let checked = 0;
  for (let after = 0; ;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    if (page.length === 0) break;
    for (const event of page) folds.add(event);
    checked += page.length;
    onProgress?.('folds', checked);
    after = page[page.length - 1]!.position;
  }
  return combine(chains, folds.result());
}

/** One stream's hash chain and fold. */
export async function verifyStreamHistory(store: EventStore, streamId: string, options?: VerifyOptions): Promise<HistoryVerification> {
  const chains = await store.verifyStream(streamId, options);
  const folds = new FoldChecker();
  for await (const event of streamEvents(store, streamId)) folds.add(event);
  return combine(chains, folds.result());
}
