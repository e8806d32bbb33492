/**
 * @gongron/domain — the rules of the councils as pure deciders. No framework, no I/O, no clock,
 * no randomness: time, ids and the actor arrive in command metadata.
 */
export * from './errors.js';
export * from './catalogs.js';
export * from './organisation.js';
export * from './state-names.js';
export * from './money.js';
export * from './votes.js';
export * from './messages.js';
export * from './refusal-messages.js';
export { isIsoDate, isIsoInstant, isLeapYear, daysInMonth } from './validation.js';
export * from './business-day.js';
export * from './limits.js';
export * from './workflow.js';
export * from './rules.js';
export * from './status-table.js';
export * from './stream-ids.js';
export * from './history-integrity.js';

export * from './agenda-item/agenda-item.messages.js';
export * from './agenda-item/agenda-item.machine.js';
export * from './agenda-item/agenda-item.workflow.js';
export * from './project/project.messages.js';
export * from './project/project.machine.js';
export * from './project/project.workflow.js';
export * from './project/conditions.js';
export * from './agreement/agreement.messages.js';
export * from './agreement/agreement.machine.js';
export * from './agreement/agreement.workflow.js';
export * from './roster/roster.messages.js';
export * from './roster/roster.machine.js';
export * from './roster/roster.workflow.js';
export * from './meeting/meeting.messages.js';
export * from './meeting/meeting.machine.js';
export * from './meeting/meeting.workflow.js';
export * from './meeting/meeting-decisions.js';
export * from './operating-plan/operating-plan.messages.js';
export * from './operating-plan/operating-plan.machine.js';
export * from './operating-plan/operating-plan.workflow.js';
export * from './operating-plan/plan-listing.js';
export * from './schools.js';
export * from './school-call/school-call.messages.js';
export * from './school-call/school-call.machine.js';
export * from './school-call/school-call.workflow.js';
export * from './evaluation/indicators.js';
export * from './evaluation/ipa.js';
export * from './evaluation/province-survey.messages.js';
export * from './evaluation/province-survey.machine.js';
export * from './evaluation/province-survey.workflow.js';
export * from './evaluation/district-evaluation.messages.js';
export * from './evaluation/district-evaluation.machine.js';
export * from './evaluation/district-evaluation.workflow.js';

export * from './registry.js';
export * from './process-managers.js';
export * from './testing/decider-specification.js';
export * from './deadlines.js';
export * from './personal-data.js';
export * from './witnesses.js';
