/**
 * The shape of a domain workflow as the command path uses it. The domain library provides the
 * real ones; the command path depends only on this much, so it can be proven with small fakes.
 */
import type { EventUpcaster } from '@gongron/event-store';
import type { Actor } from '../access/actor.js';

export interface CommandMetadataLike {
  readonly now: string;
  /** The Korean business date of `now`; the command path fills it in from the business clock when absent. */
  readonly today?: string;
  readonly actor: Actor;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** Facts of other streams the command path read for the decision. */
  readonly facts?: Readonly<Record<string, unknown>>;
}

export interface DomainCommandLike {
  readonly type: string;
  readonly data: object;
  readonly metadata: CommandMetadataLike;
}

export interface DomainEventLike {
  readonly type: string;
  readonly data: object;
}

export type CommandScopeLike =
  | { readonly kind: 'secretary'; readonly district: string; readonly body: string }
  | { readonly kind: 'official'; readonly district: string; readonly party?: string }
  | { readonly kind: 'system' };

export interface WorkflowLike {
  readonly category: string;
  readonly version: number;
  readonly commandTypes: readonly string[];
  readonly eventTypes: Readonly<Record<string, { readonly schemaVersion: number }>>;
  readonly upcasters: readonly EventUpcaster[];
  readonly decider: {
    decide(command: never, state: never): readonly DomainEventLike[];
    evolve(state: never, event: never): unknown;
    initialState(): unknown;
  };
  allowedActions(state: never): readonly string[];
  commandScope(command: never, state: never): CommandScopeLike;
  streamIdOf(command: never): string;
  view(state: never): Record<string, unknown>;
}

/** Where the command path finds the workflow for a command or a stream. */
export interface WorkflowCatalog {
  readonly workflows: readonly WorkflowLike[];
  workflowForCommand(type: string): WorkflowLike | undefined;
  workflowForStream(streamId: string): WorkflowLike | undefined;
}

/** Calls into a workflow with the loose types the generic path carries. */
export const call = {
  decide: (w: WorkflowLike, command: DomainCommandLike, state: unknown) =>
    (w.decider.decide as (c: unknown, s: unknown) => readonly DomainEventLike[])(command, state),
  evolve: (w: WorkflowLike, state: unknown, event: DomainEventLike) =>
    (w.decider.evolve as (s: unknown, e: unknown) => unknown)(state, event),
  allowedActions: (w: WorkflowLike, state: unknown) => [...(w.allowedActions as (s: unknown) => readonly string[])(state)],
  scope: (w: WorkflowLike, command: DomainCommandLike, state: unknown) =>
    (w.commandScope as (c: unknown, s: unknown) => CommandScopeLike)(command, state),
  streamIdOf: (w: WorkflowLike, command: DomainCommandLike) => (w.streamIdOf as (c: unknown) => string)(command),
  view: (w: WorkflowLike, state: unknown) => (w.view as (s: unknown) => Record<string, unknown>)(state),
};
