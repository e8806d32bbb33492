/**
 * Rules, each stated once. A rule is what the stored history must satisfy and what a command is
 * refused by: one definition gives the machine its guard (does the rule hold?) and the decider its
 * refusal (which stable code, which field, which message). The decider enforces a rule where the
 * command brings the facts it needs; the machine's guard asks the same rule of the event; and when
 * a guard refuses an event, `machineWorkflow` names the guard's broken rule instead of a bare
 * `RULE_VIOLATED`.
 */
import { DomainError } from './errors.js';

export interface Rule<Context, Input> {
  /** The stable codes the rule refuses with (several where it has several grounds, e.g. no quorum and not carried). */
  readonly codes: readonly string[];
  /** The refusal when the rule is broken; undefined when it holds. */
  refusal(context: Context, input: Input): DomainError | undefined;
  holds(context: Context, input: Input): boolean;
  /** Throws the refusal when the rule is broken. */
  enforce(context: Context, input: Input): void;
}

export function rule<Context, Input = void>(
  codes: readonly string[],
  refusal: (context: Context, input: Input) => DomainError | undefined,
): Rule<Context, Input> {
  return {
    codes,
    refusal,
    holds: (context, input) => refusal(context, input) === undefined,
    enforce(context, input) {
      const broken = refusal(context, input);
      if (broken !== undefined) throw broken;
    },
  };
}

/**
 * The same rule asked of another shape of input (or another view of the context): its codes and
 * refusals stay the rule's own, so a fact recorded under other names is judged by the one rule.
 */
export function ruleOver<Context, Input, From>(
  base: Rule<Context, Input>,
  view: (context: Context, input: From) => readonly [Context, Input],
): Rule<Context, From> {
  return rule(base.codes, (context, input) => base.refusal(...view(context, input)));
}

type EventOf<E extends { type: string }, T extends E['type']> = Extract<E, { type: T }>;

/** A machine guard made of rules: the event is of its type, its shape selects it, and every rule holds. */
export interface RuleGuard<Context, E extends { type: string; data: unknown }> {
  (args: { context: Context; event: E }): boolean;
  readonly eventTypes: readonly E['type'][];
  /** The rules the guard asks, in order. */
  readonly rules: readonly Rule<Context, never>[];
  /** The rules a refused event broke, asked in order; empty where the guard only selects. */
  refusalFor(context: Context, event: E): DomainError | undefined;
  /** Whether the guard's transition is the one meant for this event (several may share an event type). */
  selects(context: Context, event: E): boolean;
}

/**
 * The guard for events of `eventType` (or of each of several types). `shape` is what selects the transition among several for the
 * same event (a review's decision) and checks the event's own form; it is no rule of the councils
 * and has no code of its own.
 */
export function guardOf<Context, E extends { type: string; data: unknown }, T extends E['type']>(
  eventType: T | readonly T[],
  rules: readonly Rule<Context, EventOf<E, T>['data']>[],
  shape?: (data: EventOf<E, T>['data'], context: Context) => boolean,
): RuleGuard<Context, E> {
  const eventTypes: readonly T[] = typeof eventType === 'string' ? [eventType] : eventType;
  const ofType = (event: E): event is EventOf<E, T> => (eventTypes as readonly string[]).includes(event.type);
  const selects = (context: Context, event: E): boolean =>
    ofType(event) && (shape === undefined || shape((event as EventOf<E, T>).data, context));
  const guard = ({ context, event }: { context: Context; event: E }): boolean =>
    selects(context, event) && rules.every((candidate) => candidate.holds(context, (event as EventOf<E, T>).data));
  return Object.assign(guard, {
    eventTypes,
    rules: rules as readonly Rule<Context, never>[],
    selects,
    refusalFor(context: Context, event: E): DomainError | undefined {
      if (!ofType(event)) return undefined;
      const data = (event as EventOf<E, T>).data;
      for (const candidate of rules) {
        const broken = candidate.refusal(context, data);
        if (broken !== undefined) return broken;
      }
      return undefined;
    },
  });
}

/** Whether a machine guard implementation is one made by `guardOf`. */
export function isRuleGuard(value: unknown): value is RuleGuard<unknown, { type: string; data: unknown }> {
  return typeof value === 'function' && typeof (value as { refusalFor?: unknown }).refusalFor === 'function';
}

/** A rule's refusal turned into "already done" (409 with the allowed actions), as a process manager's runner reads it. */
export function asAlreadyDone(refusal: DomainError, allowedActions: readonly string[], details: Record<string, unknown>): DomainError {
  return new DomainError('transition', refusal.code, refusal.message, { allowedActions, details });
}
