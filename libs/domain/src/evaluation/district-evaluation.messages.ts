/**
 * Commands and events of a district's self-evaluation (자체평가) for one year: its individual
 * indicators, each linked to the projects and agenda items it measures, and its report (지역
 * 자체평가 보고서), a document kept in the attachment store by its SHA-256. Recorded by the
 * district's officials; a correction restates it and the earlier record stays in the history.
 */
import type { DistrictCode } from '../catalogs.js';
import type { Command } from '../messages.js';
import type { Indicator } from './indicators.js';

/** An individual indicator of the district (개별지표) with what it measures. */
export interface DistrictIndicator extends Indicator {
  readonly indicatorId: string;
  /** The projects the indicator measures. */
  readonly projectIds: readonly string[];
  /** The agenda items the indicator measures. */
  readonly agendaItemIds: readonly string[];
}

/** The report as a stored document: its bytes live in the attachment store under this hash. */
export interface EvaluationReport {
  readonly sha256: string;
  readonly name: string;
}

export interface DistrictEvaluationContent {
  readonly summary: string | null;
  readonly indicators: readonly DistrictIndicator[];
  readonly report: EvaluationReport;
}

interface EvaluationInput {
  district: DistrictCode;
  year: number;
  summary?: string;
  indicators: readonly (Omit<DistrictIndicator, 'projectIds' | 'agendaItemIds'> & {
    readonly projectIds?: readonly string[];
    readonly agendaItemIds?: readonly string[];
  })[];
  report: EvaluationReport;
}

// --- commands ---

export type RecordDistrictEvaluation = Command<'RecordDistrictEvaluation', EvaluationInput>;
export type CorrectDistrictEvaluation = Command<'CorrectDistrictEvaluation', EvaluationInput & { reason: string }>;

export type DistrictEvaluationCommand = RecordDistrictEvaluation | CorrectDistrictEvaluation;

// --- events ---

export type DistrictEvaluationRecorded = {
  readonly type: 'DistrictEvaluationRecorded';
  readonly data: DistrictEvaluationContent & {
    evaluationId: string;
    district: DistrictCode;
    year: number;
    enteredOn: string;
    workflowVersion: number;
  };
};

export type DistrictEvaluationCorrected = {
  readonly type: 'DistrictEvaluationCorrected';
  readonly data: DistrictEvaluationContent & {
    evaluationId: string;
    /** 1 for the first correction, then one more for each. */
    correction: number;
    reason: string;
    enteredOn: string;
  };
};

export type DistrictEvaluationEvent = DistrictEvaluationRecorded | DistrictEvaluationCorrected;
