import type { StoredResponse } from '@gongron/application';

/** Thrown to answer with a recorded response verbatim; the problem filter writes it out. */
export class ReplayedResponse extends Error {
  constructor(readonly response: StoredResponse) {
    super('replayed response');
    this.name = 'ReplayedResponse';
  }
}
