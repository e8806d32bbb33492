/**
 * A call for schools (학교교부 공모) as an XState machine over its events: open (공모 중: schools
 * apply) → reviewing (심사: each application selected or not, with its score and reasons) →
 * granting (교부: grants to the selected schools, their reports, inspections) → completed
 * (완료: every grant reported; inspections may still follow); cancelled before any grant.
 *
 * A project's direct grants (지정 교부: to a designated school, without a call) are the same kind of
 * stream in its own state `direct`: it starts with the first direct grant and takes more, and the
 * grants' reports and inspections follow the very rules of a call's grants.
 *
 * Each rule is declared once in `schoolCallRules`: the machine's guards ask it of events, and the
 * decider refuses with the same rule's code before the machine would. A grant's event carries the
 * project's allocation and what its other calls granted, so "never above the allocation" is a rule
 * of the stored history too, not only of the command.
 */
import { assign, setup } from 'xstate';
import { type DistrictCode, type Funder, funderNames, funders } from '../catalogs.js';
import { ruleBroken } from '../errors.js';
import { type Budget, addBudgets, zeroBudget } from '../money.js';
import { guardOf, rule, ruleOver } from '../rules.js';
import type { SchoolLevel } from '../schools.js';
import type { InspectionOutcome, SchoolCallEvent } from './school-call.messages.js';
import { type ContextUpdates, applyContextUpdate } from '../context-updates.js';

export const schoolCallStatuses = ['none', 'open', 'reviewing', 'granting', 'completed', 'cancelled', 'direct'] as const;
export type SchoolCallStatus = (typeof schoolCallStatuses)[number];

/** No command moves a call on from these (a completed call still records inspections). */
export const schoolCallTerminalStatuses: readonly SchoolCallStatus[] = ['cancelled'];

export type ApplicationDecision = 'selected' | 'declined';

export interface SchoolApplication {
  readonly applicationId: string;
  readonly schoolId: string;
  readonly schoolName: string;
  readonly level: SchoolLevel;
  readonly district: DistrictCode;
  readonly requested: Budget;
  readonly plan: string;
  readonly receivedOn: string;
  readonly decision: ApplicationDecision | null;
  readonly score: number | null;
  readonly reasons: readonly string[];
  readonly decidedOn: string | null;
}

export interface SchoolGrantReport {
  readonly summary: string;
  readonly spent: Budget;
  readonly submittedOn: string;
}

/** How a school was granted: selected by a call (공모) or designated directly (지정 교부). */
export const schoolGrantKinds = ['call', 'direct'] as const;
export type SchoolGrantKind = (typeof schoolGrantKinds)[number];

export interface SchoolGrant {
  readonly grantId: string;
  readonly kind: SchoolGrantKind;
  /** The selected application a call granted; null for a direct grant. */
  readonly applicationId: string | null;
  readonly schoolId: string;
  readonly schoolName: string;
  readonly amount: Budget;
  readonly awardedOn: string;
  /** Why a school was designated and what the money is for; null for a call's grant. */
  readonly reason: string | null;
  readonly purpose: string | null;
  readonly report: SchoolGrantReport | null;
}

export interface SchoolGrantInspection {
  readonly inspectionId: string;
  readonly grantId: string;
  readonly outcome: InspectionOutcome;
  readonly findings: readonly string[];
  readonly inspectedOn: string;
}

export interface SchoolCallContext {
  readonly callId: string | null;
  readonly projectId: string | null;
  readonly number: number | null;
  readonly district: DistrictCode | null;
  readonly year: number | null;
  readonly title: string | null;
  readonly criteria: readonly string[];
  readonly levels: readonly SchoolLevel[];
  readonly amount: Budget;
  readonly opensOn: string | null;
  readonly closesOn: string | null;
  readonly openedOn: string | null;
  readonly workflowVersion: number | null;
  readonly applications: readonly SchoolApplication[];
  readonly grants: readonly SchoolGrant[];
  /** The grants of this call summed per funder. */
  readonly granted: Budget;
  readonly inspections: readonly SchoolGrantInspection[];
  readonly closedOn: string | null;
  readonly concludedOn: string | null;
  readonly completedOn: string | null;
  readonly cancellation: { readonly reason: string; readonly cancelledOn: string } | null;
}

export const initialSchoolCallContext: SchoolCallContext = {
  callId: null,
  projectId: null,
  number: null,
  district: null,
  year: null,
  title: null,
  criteria: [],
  levels: [],
  amount: zeroBudget,
  opensOn: null,
  closesOn: null,
  openedOn: null,
  workflowVersion: null,
  applications: [],
  grants: [],
  granted: zeroBudget,
  inspections: [],
  closedOn: null,
  concludedOn: null,
  completedOn: null,
  cancellation: null,
};

const applicationOf = (context: SchoolCallContext, applicationId: string): SchoolApplication | undefined =>
  context.applications.find((application) => application.applicationId === applicationId);

const grantOf = (context: SchoolCallContext, grantId: string): SchoolGrant | undefined =>
  context.grants.find((grant) => grant.grantId === grantId);

/** The first funder whose sum would pass its limit, with the numbers the refusal names. */
function firstFunderAbove(limit: Budget, already: Budget, amount: Budget): { funder: Funder; limit: number; already: number } | undefined {
  for (const funder of funders) {
    if (already[funder] + amount[funder] > limit[funder]) return { funder, limit: limit[funder], already: already[funder] };
  }
  return undefined;
}

const unknownApplication = (applicationId: string) =>
  ruleBroken('SCHOOL_CALL.APPLICATION_UNKNOWN', `there is no application ${applicationId} in this call`, {
    field: 'data.applicationId',
    details: { applicationId },
  });

const unknownGrant = (grantId: string) =>
  ruleBroken('SCHOOL_CALL.GRANT_UNKNOWN', `there is no grant ${grantId} in this call`, { field: 'data.grantId', details: { grantId } });

/** Only schools of the project's district apply to its calls and are granted by it. */
const schoolOfDistrict = rule<SchoolCallContext, { readonly schoolId: string; readonly district: DistrictCode }>(
  ['SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT'],
  (context, { schoolId, district }) =>
    district === context.district
      ? undefined
      : ruleBroken(
          'SCHOOL_CALL.SCHOOL_OF_ANOTHER_DISTRICT',
          `school ${schoolId} is in ${district}; the project applies to and grants only ${String(context.district)} schools`,
          { field: 'data.schoolId', details: { schoolId, schoolDistrict: district, callDistrict: context.district } },
        ),
);

export const schoolCallRules = {
  /** A call's period opens before it closes. */
  periodInOrder: rule<SchoolCallContext, { readonly opensOn: string; readonly closesOn: string }>(
    ['SCHOOL_CALL.PERIOD_INVALID'],
    (_context, { opensOn, closesOn }) =>
      opensOn <= closesOn
        ? undefined
        : ruleBroken('SCHOOL_CALL.PERIOD_INVALID', `the call closes on ${closesOn}, before it opens on ${opensOn}`, {
            field: 'data.closesOn',
            details: { opensOn, closesOn },
          }),
  ),
  /** An application is received within the call's period. */
  receivedWithinPeriod: rule<SchoolCallContext, { readonly receivedOn: string }>(
    ['SCHOOL_CALL.OUTSIDE_PERIOD'],
    (context, { receivedOn }) =>
      context.opensOn !== null && context.closesOn !== null && receivedOn >= context.opensOn && receivedOn <= context.closesOn
        ? undefined
        : ruleBroken(
            'SCHOOL_CALL.OUTSIDE_PERIOD',
            `an application on ${receivedOn} is outside the call's period ${String(context.opensOn)} – ${String(context.closesOn)}`,
            { details: { receivedOn, opensOn: context.opensOn, closesOn: context.closesOn } },
          ),
  ),
  schoolOfDistrict,
  /** A school granted directly is of the project's district: the same rule, asked with the district the grant names. */
  directGrantSchoolOfDistrict: ruleOver(
    schoolOfDistrict,
    (
      context: SchoolCallContext,
      data: { readonly district: DistrictCode; readonly schoolId: string; readonly schoolDistrict: DistrictCode },
    ) =>
      [
        { ...context, district: data.district },
        { schoolId: data.schoolId, district: data.schoolDistrict },
      ] as const,
  ),
  /** Only a school of a level the call is for applies. */
  levelEligible: rule<SchoolCallContext, { readonly schoolId: string; readonly level: SchoolLevel }>(
    ['SCHOOL_CALL.LEVEL_NOT_ELIGIBLE'],
    (context, { schoolId, level }) =>
      context.levels.includes(level)
        ? undefined
        : ruleBroken('SCHOOL_CALL.LEVEL_NOT_ELIGIBLE', `school ${schoolId} (${level}) is not of a level the call is for`, {
            field: 'data.schoolId',
            details: { schoolId, level, levels: context.levels },
          }),
  ),
  /** An application is received once, and a school applies once to a call. */
  newApplication: rule<SchoolCallContext, { readonly applicationId: string; readonly schoolId: string }>(
    ['SCHOOL_CALL.APPLICATION_ALREADY_RECEIVED', 'SCHOOL_CALL.SCHOOL_ALREADY_APPLIED'],
    (context, { applicationId, schoolId }) => {
      if (applicationOf(context, applicationId) !== undefined) {
        return ruleBroken('SCHOOL_CALL.APPLICATION_ALREADY_RECEIVED', `application ${applicationId} is received already`, {
          field: 'data.applicationId',
          details: { applicationId },
        });
      }
      const earlier = context.applications.find((application) => application.schoolId === schoolId);
      return earlier === undefined
        ? undefined
        : ruleBroken('SCHOOL_CALL.SCHOOL_ALREADY_APPLIED', `school ${schoolId} applied already (${earlier.applicationId})`, {
            field: 'data.schoolId',
            details: { schoolId, applicationId: earlier.applicationId },
          });
    },
  ),
  /** Each application is selected or declined once. */
  applicationAwaitingDecision: rule<SchoolCallContext, { readonly applicationId: string }>(
    ['SCHOOL_CALL.APPLICATION_UNKNOWN', 'SCHOOL_CALL.APPLICATION_ALREADY_DECIDED'],
    (context, { applicationId }) => {
      const application = applicationOf(context, applicationId);
      if (application === undefined) return unknownApplication(applicationId);
      return application.decision === null
        ? undefined
        : ruleBroken(
            'SCHOOL_CALL.APPLICATION_ALREADY_DECIDED',
            `application ${applicationId} is ${application.decision} already (${String(application.decidedOn)})`,
            { field: 'data.applicationId', details: { applicationId, decision: application.decision } },
          );
    },
  ),
  /** The selection is concluded once every application is decided. */
  everyApplicationDecided: rule<SchoolCallContext, unknown>(['SCHOOL_CALL.APPLICATIONS_UNDECIDED'], (context) => {
    const undecided = context.applications.filter((application) => application.decision === null).map((a) => a.applicationId);
    return undecided.length === 0
      ? undefined
      : ruleBroken('SCHOOL_CALL.APPLICATIONS_UNDECIDED', `applications ${undecided.join(', ')} are neither selected nor declined`, {
          details: { undecided, count: undecided.length },
        });
  }),
  /** A grant is recorded under an id not used before. */
  newGrant: rule<SchoolCallContext, { readonly grantId: string }>(['SCHOOL_CALL.GRANT_ID_TAKEN'], (context, { grantId }) =>
    grantOf(context, grantId) === undefined
      ? undefined
      : ruleBroken('SCHOOL_CALL.GRANT_ID_TAKEN', `grant ${grantId} is recorded already`, { field: 'data.grantId', details: { grantId } }),
  ),
  /** A call's grant goes to a selected application, once. */
  grantForSelected: rule<SchoolCallContext, { readonly applicationId: string }>(
    ['SCHOOL_CALL.APPLICATION_UNKNOWN', 'SCHOOL_CALL.APPLICATION_NOT_SELECTED', 'SCHOOL_CALL.GRANT_ALREADY_AWARDED'],
    (context, { applicationId }) => {
      const application = applicationOf(context, applicationId);
      if (application === undefined) return unknownApplication(applicationId);
      if (application.decision !== 'selected') {
        return ruleBroken(
          'SCHOOL_CALL.APPLICATION_NOT_SELECTED',
          `application ${applicationId} was not selected; only selected schools get a grant`,
          {
            field: 'data.applicationId',
            details: { applicationId, schoolId: application.schoolId },
          },
        );
      }
      const earlier = context.grants.find((grant) => grant.applicationId === applicationId);
      return earlier === undefined
        ? undefined
        : ruleBroken('SCHOOL_CALL.GRANT_ALREADY_AWARDED', `application ${applicationId} has its grant already (${earlier.grantId})`, {
            field: 'data.applicationId',
            details: { applicationId, grantId: earlier.grantId },
          });
    },
  ),
  /** The grants of a call stay within the amount it announced, per funder. */
  withinCallAmount: rule<SchoolCallContext, { readonly amount: Budget }>(['SCHOOL_CALL.GRANT_ABOVE_CALL_AMOUNT'], (context, { amount }) => {
    const above = firstFunderAbove(context.amount, context.granted, amount);
    return above === undefined
      ? undefined
      : ruleBroken(
          'SCHOOL_CALL.GRANT_ABOVE_CALL_AMOUNT',
          `${amount[above.funder]} won from ${above.funder} would bring the call's grants to ${above.already + amount[above.funder]} won, above its amount of ${above.limit} won`,
          {
            field: `data.amount.${above.funder}`,
            details: {
              funder: above.funder,
              funderName: funderNames[above.funder],
              callAmount: above.limit,
              granted: above.already,
              amount: amount[above.funder],
              available: above.limit - above.already,
            },
          },
        );
  }),
  /** The project's grants never pass its allocation, per funder (this stream's and its other calls' and direct grants'). */
  withinAllocation: rule<SchoolCallContext, { readonly amount: Budget; readonly allocation: Budget; readonly grantedInOtherCalls: Budget }>(
    ['SCHOOL_CALL.GRANT_ABOVE_ALLOCATION'],
    (context, { amount, allocation, grantedInOtherCalls }) => {
      const already = addBudgets(context.granted, grantedInOtherCalls);
      const above = firstFunderAbove(allocation, already, amount);
      return above === undefined
        ? undefined
        : ruleBroken(
            'SCHOOL_CALL.GRANT_ABOVE_ALLOCATION',
            `${amount[above.funder]} won from ${above.funder} would bring the project's grants to ${above.already + amount[above.funder]} won, above its allocation of ${above.limit} won`,
            {
              field: `data.amount.${above.funder}`,
              details: {
                funder: above.funder,
                funderName: funderNames[above.funder],
                allocation: above.limit,
                granted: above.already,
                amount: amount[above.funder],
                available: above.limit - above.already,
              },
            },
          );
    },
  ),
  /** A grant's report is submitted once. */
  grantAwaitingReport: rule<SchoolCallContext, { readonly grantId: string }>(
    ['SCHOOL_CALL.GRANT_UNKNOWN', 'SCHOOL_CALL.REPORT_ALREADY_SUBMITTED'],
    (context, { grantId }) => {
      const grant = grantOf(context, grantId);
      if (grant === undefined) return unknownGrant(grantId);
      return grant.report === null
        ? undefined
        : ruleBroken('SCHOOL_CALL.REPORT_ALREADY_SUBMITTED', `grant ${grantId} is reported already (${grant.report.submittedOn})`, {
            field: 'data.grantId',
            details: { grantId },
          });
    },
  ),
  /** A school reports spending no more than its grant, per funder. */
  reportWithinGrant: rule<SchoolCallContext, { readonly grantId: string; readonly spent: Budget }>(
    ['SCHOOL_CALL.REPORT_ABOVE_GRANT'],
    (context, { grantId, spent }) => {
      const grant = grantOf(context, grantId);
      const above = grant === undefined ? undefined : firstFunderAbove(grant.amount, zeroBudget, spent);
      return above === undefined
        ? undefined
        : ruleBroken(
            'SCHOOL_CALL.REPORT_ABOVE_GRANT',
            `the report spends ${spent[above.funder]} won from ${above.funder}, above the grant of ${above.limit} won`,
            {
              field: `data.spent.${above.funder}`,
              details: {
                grantId,
                funder: above.funder,
                funderName: funderNames[above.funder],
                grant: above.limit,
                spent: spent[above.funder],
              },
            },
          );
    },
  ),
  /** An inspection is of a grant of this call, recorded once. */
  inspectionOfGrant: rule<SchoolCallContext, { readonly inspectionId: string; readonly grantId: string }>(
    ['SCHOOL_CALL.INSPECTION_ALREADY_RECORDED', 'SCHOOL_CALL.GRANT_UNKNOWN'],
    (context, { inspectionId, grantId }) => {
      if (context.inspections.some((inspection) => inspection.inspectionId === inspectionId)) {
        return ruleBroken('SCHOOL_CALL.INSPECTION_ALREADY_RECORDED', `inspection ${inspectionId} is recorded already`, {
          field: 'data.inspectionId',
          details: { inspectionId },
        });
      }
      return grantOf(context, grantId) === undefined ? unknownGrant(grantId) : undefined;
    },
  ),
  /** A call is complete once every grant is reported. */
  everyGrantReported: rule<SchoolCallContext, unknown>(['SCHOOL_CALL.REPORTS_MISSING'], (context) => {
    const missing = context.grants.filter((grant) => grant.report === null).map((grant) => grant.grantId);
    return missing.length === 0
      ? undefined
      : ruleBroken('SCHOOL_CALL.REPORTS_MISSING', `grants ${missing.join(', ')} have no report yet`, {
          details: { missing, count: missing.length },
        });
  }),
  /** A call is cancelled only before it grants anything. */
  nothingGranted: rule<SchoolCallContext, unknown>(['SCHOOL_CALL.ALREADY_GRANTED'], (context) =>
    context.grants.length === 0
      ? undefined
      : ruleBroken(
          'SCHOOL_CALL.ALREADY_GRANTED',
          `the call has granted to ${context.grants.length} schools; it is completed, not cancelled`,
          {
            details: { grants: context.grants.length },
          },
        ),
  ),
} as const;

function decide(context: SchoolCallContext, applicationId: string, change: Partial<SchoolApplication>): SchoolCallContext {
  return {
    ...context,
    applications: context.applications.map((application) =>
      application.applicationId === applicationId ? { ...application, ...change } : application,
    ),
  };
}

/** Folds an event's data into the call's context; the machine decides whether the event may happen. */
const schoolCallUpdates: ContextUpdates<SchoolCallContext, SchoolCallEvent> = {
  SchoolCallOpened: (context, event) => {
    const { callId, projectId, number, district, year, title, criteria, levels, amount, opensOn, closesOn, openedOn, workflowVersion } =
      event.data;
    return {
      ...context,
      callId,
      projectId,
      number,
      district,
      year,
      title,
      criteria,
      levels,
      amount,
      opensOn,
      closesOn,
      openedOn,
      workflowVersion,
    };
  },
  SchoolApplicationReceived: (context, event) => {
    const { applicationId, schoolId, schoolName, level, district, requested, plan, receivedOn } = event.data;
    const application: SchoolApplication = {
      applicationId,
      schoolId,
      schoolName,
      level,
      district,
      requested,
      plan,
      receivedOn,
      decision: null,
      score: null,
      reasons: [],
      decidedOn: null,
    };
    return { ...context, applications: [...context.applications, application] };
  },
  SchoolCallClosed: (context, event) => ({ ...context, closedOn: event.data.closedOn }),
  SchoolApplicationSelected: (context, event) => {
    const { applicationId, score, reasons, selectedOn } = event.data;
    return decide(context, applicationId, { decision: 'selected', score, reasons, decidedOn: selectedOn });
  },
  SchoolApplicationDeclined: (context, event) => {
    const { applicationId, score, reasons, declinedOn } = event.data;
    return decide(context, applicationId, { decision: 'declined', score, reasons, decidedOn: declinedOn });
  },
  SchoolSelectionConcluded: (context, event) => ({ ...context, concludedOn: event.data.concludedOn }),
  SchoolGrantAwarded: (context, event) => {
    const { grantId, applicationId, schoolId, schoolName, amount, awardedOn } = event.data;
    return {
      ...context,
      grants: [
        ...context.grants,
        { grantId, kind: 'call', applicationId, schoolId, schoolName, amount, awardedOn, reason: null, purpose: null, report: null },
      ],
      granted: addBudgets(context.granted, amount),
    };
  },
  DirectSchoolGrantAwarded: (context, event) => {
    const { callId, projectId, district, year, workflowVersion, grantId, schoolId, schoolName, amount, reason, purpose, awardedOn } =
      event.data;
    return {
      ...context,
      callId,
      projectId,
      district,
      year,
      workflowVersion: context.workflowVersion ?? workflowVersion,
      grants: [
        ...context.grants,
        { grantId, kind: 'direct', applicationId: null, schoolId, schoolName, amount, awardedOn, reason, purpose, report: null },
      ],
      granted: addBudgets(context.granted, amount),
    };
  },
  SchoolGrantReported: (context, event) => {
    const { grantId, summary, spent, submittedOn } = event.data;
    return {
      ...context,
      grants: context.grants.map((grant) => (grant.grantId === grantId ? { ...grant, report: { summary, spent, submittedOn } } : grant)),
    };
  },
  SchoolGrantInspected: (context, event) => {
    const { inspectionId, grantId, outcome, findings, inspectedOn } = event.data;
    return { ...context, inspections: [...context.inspections, { inspectionId, grantId, outcome, findings, inspectedOn }] };
  },
  SchoolCallCompleted: (context, event) => ({ ...context, completedOn: event.data.completedOn }),
  SchoolCallCancelled: (context, event) => ({
    ...context,
    cancellation: { reason: event.data.reason, cancelledOn: event.data.cancelledOn },
  }),
};

function applySchoolCallEvent(context: SchoolCallContext, event: SchoolCallEvent): SchoolCallContext {
  return applyContextUpdate(schoolCallUpdates, context, event);
}

const r = schoolCallRules;

export const schoolCallMachine = setup({
  types: { context: {} as SchoolCallContext, events: {} as SchoolCallEvent },
  guards: {
    periodInOrder: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolCallOpened'>('SchoolCallOpened', [r.periodInOrder]),
    applicable: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolApplicationReceived'>('SchoolApplicationReceived', [
      r.receivedWithinPeriod,
      r.schoolOfDistrict,
      r.levelEligible,
      r.newApplication,
    ]),
    selectable: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolApplicationSelected'>('SchoolApplicationSelected', [
      r.applicationAwaitingDecision,
    ]),
    declinable: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolApplicationDeclined'>('SchoolApplicationDeclined', [
      r.applicationAwaitingDecision,
    ]),
    everyApplicationDecided: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolSelectionConcluded'>('SchoolSelectionConcluded', [
      r.everyApplicationDecided,
    ]),
    grantable: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolGrantAwarded'>('SchoolGrantAwarded', [
      r.newGrant,
      r.grantForSelected,
      r.withinCallAmount,
      r.withinAllocation,
    ]),
    directlyGrantable: guardOf<SchoolCallContext, SchoolCallEvent, 'DirectSchoolGrantAwarded'>('DirectSchoolGrantAwarded', [
      r.newGrant,
      r.directGrantSchoolOfDistrict,
      r.withinAllocation,
    ]),
    reportable: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolGrantReported'>('SchoolGrantReported', [
      r.grantAwaitingReport,
      r.reportWithinGrant,
    ]),
    inspectable: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolGrantInspected'>('SchoolGrantInspected', [r.inspectionOfGrant]),
    everyGrantReported: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolCallCompleted'>('SchoolCallCompleted', [r.everyGrantReported]),
    nothingGranted: guardOf<SchoolCallContext, SchoolCallEvent, 'SchoolCallCancelled'>('SchoolCallCancelled', [r.nothingGranted]),
  },
  actions: { record: assign(({ context, event }) => applySchoolCallEvent(context, event)) },
}).createMachine({
  id: 'schoolCall',
  initial: 'none',
  context: initialSchoolCallContext,
  states: {
    none: {
      on: {
        SchoolCallOpened: { target: 'open', guard: 'periodInOrder', actions: 'record' },
        DirectSchoolGrantAwarded: { target: 'direct', guard: 'directlyGrantable', actions: 'record' },
      },
    },
    open: {
      on: {
        SchoolApplicationReceived: { guard: 'applicable', actions: 'record' },
        SchoolCallClosed: { target: 'reviewing', actions: 'record' },
        SchoolCallCancelled: { target: 'cancelled', guard: 'nothingGranted', actions: 'record' },
      },
    },
    reviewing: {
      on: {
        SchoolApplicationSelected: { guard: 'selectable', actions: 'record' },
        SchoolApplicationDeclined: { guard: 'declinable', actions: 'record' },
        SchoolSelectionConcluded: { target: 'granting', guard: 'everyApplicationDecided', actions: 'record' },
        SchoolCallCancelled: { target: 'cancelled', guard: 'nothingGranted', actions: 'record' },
      },
    },
    granting: {
      on: {
        SchoolGrantAwarded: { guard: 'grantable', actions: 'record' },
        SchoolGrantReported: { guard: 'reportable', actions: 'record' },
        SchoolGrantInspected: { guard: 'inspectable', actions: 'record' },
        SchoolCallCompleted: { target: 'completed', guard: 'everyGrantReported', actions: 'record' },
        SchoolCallCancelled: { target: 'cancelled', guard: 'nothingGranted', actions: 'record' },
      },
    },
    completed: { on: { SchoolGrantInspected: { guard: 'inspectable', actions: 'record' } } },
    cancelled: { type: 'final' },
    direct: {
      on: {
        DirectSchoolGrantAwarded: { guard: 'directlyGrantable', actions: 'record' },
        SchoolGrantReported: { guard: 'reportable', actions: 'record' },
        SchoolGrantInspected: { guard: 'inspectable', actions: 'record' },
      },
    },
  },
});
