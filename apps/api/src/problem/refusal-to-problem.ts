import type { CommandRefused } from '@gongron/application';
import { type ProblemBody, problemBody } from './api-problem.js';

/** Domain fields are paths into the command (`data.tally.present`); the caller knows them as body fields. */
function requestField(field: string | undefined): string | undefined {
  return field?.replace(/^data\./, '');
}

export function refusalToProblem(refusal: CommandRefused): ProblemBody {
  return problemBody(refusal.status, refusal.code, refusal.message, {
    field: requestField(refusal.field),
    allowedActions: refusal.allowedActions,
    currentRevision: refusal.currentRevision,
    ...(refusal.details !== undefined ? { details: refusal.details } : {}),
  });
}
