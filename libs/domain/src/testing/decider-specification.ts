/**
 * Given/when/then specifications for deciders, in the style of Emmett's DeciderSpecification:
 *
 *   const given = DeciderSpecification.for(agendaItemWorkflow.decider);
 *   given([proposed]).when(openDeliberation).then([deliberationOpened]);
 *   given([]).when(openDeliberation).thenThrows((error) => error.code === 'AGENDA_ITEM.NOT_FOUND');
 *
 * Framework-free (it throws plain Errors), so any test runner can use it.
 */
import { DomainError } from '../errors.js';
import type { Decider } from '../workflow.js';

export class SpecificationFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpecificationFailed';
  }
}

export interface ThenClause<E, S> {
  /** The command yields exactly these events, in order. */
  then(expected: readonly E[]): void;
  /** The command yields no events. */
  thenNothingHappened(): void;
  /**
   * The command is refused. With a string, the DomainError's code must equal it; with a
   * predicate, the predicate must hold; with an object, every given field must match.
   */
  thenThrows(expected?: string | ((error: DomainError) => boolean) | Partial<Pick<DomainError, 'code' | 'kind' | 'field'>>): DomainError;
  /** The state after folding the given events and the command's events satisfies the check. */
  thenState(check: (state: S, events: readonly E[]) => void): void;
}

export interface WhenClause<C, E, S> {
  when(command: C): ThenClause<E, S>;
}

export type GivenClause<C, E, S> = (events: readonly E[]) => WhenClause<C, E, S>;

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function show(value: unknown): string {
  return JSON.stringify(canonical(value), null, 2);
}

function describeError(error: unknown): string {
  if (error instanceof DomainError) return `DomainError ${error.code} (${error.kind}): ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export const DeciderSpecification = {
  for<C, E, S>(decider: Decider<C, E, S>): GivenClause<C, E, S> {
    return (given) => ({
      when(command) {
        const fold = (): S => given.reduce((state, event) => decider.evolve(state, event), decider.initialState());
        const run = (): E[] => decider.decide(command, fold());
        const succeed = (): E[] => {
          try {
            return run();
          } catch (error) {
            throw new SpecificationFailed(`expected the command to succeed, but it was refused: ${describeError(error)}`);
          }
        };
        return {
          then(expected) {
            const actual = succeed();
            if (!deepEqual(actual, expected)) {
              throw new SpecificationFailed(`events differ\nexpected: ${show(expected)}\nactual:   ${show(actual)}`);
            }
          },
          thenNothingHappened() {
            const actual = succeed();
            if (actual.length > 0) throw new SpecificationFailed(`expected no events, got ${show(actual)}`);
          },
          thenThrows(expected) {
            let events: E[];
            try {
              events = run();
            } catch (error) {
              if (!(error instanceof DomainError)) {
                throw new SpecificationFailed(`expected a DomainError, got ${describeError(error)}`);
              }
              const matches =
                expected === undefined ||
                (typeof expected === 'string' && error.code === expected) ||
                (typeof expected === 'function' && expected(error)) ||
                (typeof expected === 'object' &&
                  Object.entries(expected).every(([key, value]) => (error as unknown as Record<string, unknown>)[key] === value));
              if (!matches) {
                throw new SpecificationFailed(`refused, but not as expected (${show(expected)}): ${describeError(error)}`);
              }
              return error;
            }
            throw new SpecificationFailed(`expected a refusal, but the command yielded ${show(events)}`);
          },
          thenState(check) {
            const events = succeed();
            const state = events.reduce((current, event) => decider.evolve(current, event), fold());
            check(state, events);
          },
        };
      },
    });
  },
};
