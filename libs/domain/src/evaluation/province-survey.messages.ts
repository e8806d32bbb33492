/**
 * Commands and events of the comprehensive evaluation (종합평가): the province-wide survey with
 * common indicators of students, parents and teachers, run by the province office (도교육청) with
 * the Gyeonggi Institute of Education, one per year. Its results per district and per indicator
 * (importance and performance) are what the importance–performance analysis reads.
 */
import type { DistrictCode, TaskCode } from '../catalogs.js';
import type { Command } from '../messages.js';

/** The days the survey was open, Korean dates ('YYYY-MM-DD'), both included. */
export interface SurveyPeriod {
  readonly from: string;
  readonly to: string;
}

/** Respondents per group (2023: 71,271 students, 20,592 parents, 24,507 teachers). */
export interface SurveyRespondents {
  readonly students: number;
  readonly parents: number;
  readonly teachers: number;
}

/** A common indicator (공통지표) and its province-wide means. */
export interface SurveyIndicator {
  readonly indicatorId: string;
  readonly name: string;
  /** The task (추진과제) the indicator measures, where it measures one. */
  readonly taskCode: TaskCode | null;
  readonly importance: number;
  readonly performance: number;
}

/** An indicator's means among one district's respondents. */
export interface SurveyDistrictResult {
  readonly district: DistrictCode;
  readonly indicatorId: string;
  readonly importance: number;
  readonly performance: number;
}

/** What the survey found, as recorded and as each correction restates it. */
export interface ProvinceSurveyContent {
  readonly title: string;
  readonly period: SurveyPeriod;
  readonly respondents: SurveyRespondents;
  /** Who analysed it with the office, e.g. 경기도교육연구원. */
  readonly conductedWith: string | null;
  readonly indicators: readonly SurveyIndicator[];
  readonly results: readonly SurveyDistrictResult[];
}

interface SurveyInput {
  year: number;
  title: string;
  period: SurveyPeriod;
  respondents: SurveyRespondents;
  conductedWith?: string;
  indicators: readonly (Omit<SurveyIndicator, 'taskCode'> & { readonly taskCode?: TaskCode })[];
  results: readonly SurveyDistrictResult[];
}

// --- commands ---

export type RecordProvinceSurvey = Command<'RecordProvinceSurvey', SurveyInput>;
/** Restates the whole survey with the reason; the earlier record stays in the history. */
export type CorrectProvinceSurvey = Command<'CorrectProvinceSurvey', SurveyInput & { reason: string }>;

export type ProvinceSurveyCommand = RecordProvinceSurvey | CorrectProvinceSurvey;

// --- events ---

export type ProvinceSurveyRecorded = {
  readonly type: 'ProvinceSurveyRecorded';
  readonly data: ProvinceSurveyContent & {
    surveyId: string;
    year: number;
    /** The business day it was entered. */
    enteredOn: string;
    workflowVersion: number;
  };
};

export type ProvinceSurveyCorrected = {
  readonly type: 'ProvinceSurveyCorrected';
  readonly data: ProvinceSurveyContent & {
    surveyId: string;
    /** 1 for the first correction, then one more for each. */
    correction: number;
    reason: string;
    enteredOn: string;
  };
};

export type ProvinceSurveyEvent = ProvinceSurveyRecorded | ProvinceSurveyCorrected;
