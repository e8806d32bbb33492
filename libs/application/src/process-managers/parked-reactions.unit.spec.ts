import { CommandRefused } from '../commands/command-refused.js';
import { backoffDelayMs, DEFAULT_COMMAND_RETRY } from '../commands/command.service.js';
import { classifyRefusal, parseReactionId, reactionId } from './parked-reactions.js';

describe('what a refused reaction means', () => {
  it.each([
    ['transition', 'PROJECT.AMENDMENT_ALREADY_APPLIED', 'already-done'],
    ['transition', 'PROJECT.ALREADY_AGREED', 'already-done'],
    ['transition', 'PROJECT.ALREADY_EXISTS', 'already-done'],
    ['transition', 'AGENDA_ITEM.PROJECT_ALREADY_LINKED', 'already-done'],
    ['transition', 'AGENDA_ITEM.PROJECT_EVALUATION_ALREADY_NOTED', 'already-done'],
    ['conflict', 'STREAM.CONCURRENT_WRITES', 'lost-race'],
    ['stale', 'STREAM.STALE_REVISION', 'lost-race'],
    ['transition', 'PROJECT.TRANSITION_NOT_ALLOWED', 'park'],
    ['rule', 'BUDGET.BELOW_SPENT', 'park'],
    ['rule', 'PROJECT.EVALUATION_ALREADY_RECORDED', 'park'],
    ['not-found', 'PROJECT.NOT_FOUND', 'park'],
    ['forbidden', 'ACCESS.OUT_OF_SCOPE', 'park'],
  ] as const)('%s %s → %s', (kind, code, meaning) => {
    expect(classifyRefusal(new CommandRefused(kind, code, 'refused'))).toBe(meaning);
  });

  it('names a reaction by its process manager, cause and index, and reads the name back', () => {
    const id = reactionId({
      processManager: 'project-budgets-from-amendment',
      causeEventId: '0b7c2a34-5f0e-4d0c-9a55-6b1f1c2d3e4f',
      index: 3,
    });
    expect(parseReactionId(id)).toEqual({
      processManager: 'project-budgets-from-amendment',
      causeEventId: '0b7c2a34-5f0e-4d0c-9a55-6b1f1c2d3e4f',
      index: 3,
    });
    expect(parseReactionId('no-colons')).toBeUndefined();
    expect(parseReactionId('a:b:c:1')).toBeUndefined();
  });
});

describe('back-off of a command that lost the race for its stream', () => {
  it('waits a random share of a bound that doubles per attempt up to the cap', () => {
    expect(backoffDelayMs(DEFAULT_COMMAND_RETRY, 1, () => 0.999)).toBe(3);
    expect(backoffDelayMs(DEFAULT_COMMAND_RETRY, 4, () => 0.5)).toBe(16);
    expect(backoffDelayMs(DEFAULT_COMMAND_RETRY, 30, () => 0.999)).toBe(DEFAULT_COMMAND_RETRY.maxDelayMs - 1);
    expect(backoffDelayMs(DEFAULT_COMMAND_RETRY, 30, () => 0)).toBe(0);
  });
});
