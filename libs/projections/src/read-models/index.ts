import type { Projection } from '../projection.js';
import { agendaBoardProjection } from './agenda-board.js';
import { agreementRegisterProjection } from './agreement-register.js';
import { budgetLedgerProjection } from './budget-ledger.js';
import { deadlineBoardProjection } from './deadline-board.js';
import { decisionRegisterProjection } from './decision-register.js';
import { provinceDashboardProjection } from './province-dashboard.js';
import { meetingsProjection, rostersProjection } from './meetings.js';
import { importancePerformanceProjection } from './importance-performance.js';
import { schoolGrantsProjection } from './school-grants.js';
import { operatingPlansProjection } from './operating-plans.js';

export * from './agenda-board.js';
export * from './agenda-states.js';
export * from './agreement-register.js';
export * from './budget-ledger.js';
export * from './deadline-board.js';
export * from './decision-register.js';
export * from './meetings.js';
export * from './importance-performance.js';
export * from './operating-plans.js';
export * from './project-states.js';
export * from './province-dashboard.js';
export * from './school-grants.js';

/** Every read model of the product, in the order status lists them. */
export const readModelProjections: readonly Projection[] = [
  agendaBoardProjection,
  decisionRegisterProjection,
  budgetLedgerProjection,
  agreementRegisterProjection,
  provinceDashboardProjection,
  deadlineBoardProjection,
  meetingsProjection,
  rostersProjection,
  importancePerformanceProjection,
  schoolGrantsProjection,
  operatingPlansProjection,
];
