import { type DomainError, isDomainError, isRuleGuard, type Rule } from '../../src/index.js';

/** The domain's refusal of what `thunk` tries; a test fails when it is accepted or throws anything else. */
export function refusalOf(thunk: () => unknown): DomainError {
  try {
    thunk();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the command was accepted');
}

interface WithMachine {
  readonly machine: { readonly implementations: { readonly guards: unknown } };
}

const guardsOf = (workflow: WithMachine): [string, unknown][] =>
  Object.entries(workflow.machine.implementations.guards as Readonly<Record<string, unknown>>);

/** The guards of a workflow's machine that are not made of rules: each would refuse without a code of its own. */
export function plainGuards(workflow: WithMachine): string[] {
  return guardsOf(workflow)
    .filter(([, guard]) => !isRuleGuard(guard))
    .map(([name]) => name);
}

/** Every rule × code the guards of a workflow's machine can refuse with, as `rule → code`, the rule named as `rules` names it. */
export function guardedRefusals(workflow: WithMachine, rules: Readonly<Record<string, unknown>>): string[] {
  const named = new Map(Object.entries(rules).map(([name, candidate]) => [candidate as Rule<never, never>, name]));
  return guardsOf(workflow)
    .map(([, guard]) => guard)
    .filter(isRuleGuard)
    .flatMap((guard) =>
      guard.rules.flatMap((candidate) => candidate.codes.map((code) => `${named.get(candidate) ?? '(unnamed rule)'} → ${code}`)),
    );
}

/** What a reachability spec's cases miss of the guards' rule × code list, and what they hold that no guard asks. */
export function coverageOf(required: readonly string[], cases: readonly { readonly rule: string; readonly code: string }[]) {
  const covered = new Set(cases.map((c) => `${c.rule} → ${c.code}`));
  const asked = new Set(required);
  return {
    unnamed: required.filter((entry) => entry.startsWith('(unnamed rule)')),
    missing: [...asked].filter((entry) => !covered.has(entry)),
    extra: [...covered].filter((entry) => !asked.has(entry)),
  };
}
