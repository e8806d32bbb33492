import { type DomainError, isDomainError } from '../../src/index.js';

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
