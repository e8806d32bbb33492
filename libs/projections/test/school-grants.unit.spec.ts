/** The school-grants read model against rows written by hand: a call from opening to its inspection. */
import {
  SCHOOL_APPLICATIONS,
  SCHOOL_CALLS,
  SCHOOL_GRANTS,
  SCHOOL_GRANT_TOTALS,
  SCHOOL_INSPECTIONS,
  schoolGrantsProjection,
} from '../src/index.js';
import { ProjectionSpecification, storedEvents } from './support/projection-specification.js';

const callId = 'suwon-p1.call-1';
const stream = `school-call:${callId}`;
const won = (eo: number, lg: number) => ({ 'education-office': eo, 'local-government': lg });

describe('school-grants read model', () => {
  test('a call with two applications, one selected and granted, reported and inspected', async () => {
    const e = storedEvents();
    const opened = e(stream, 'SchoolCallOpened', {
      callId,
      projectId: 'suwon-p1',
      number: 1,
      district: 'suwon',
      year: 2025,
      title: '2025 공모',
      criteria: ['교육과정 연계성'],
      levels: ['elementary', 'middle'],
      amount: won(50_000_000, 30_000_000),
      opensOn: '2025-03-03',
      closesOn: '2025-03-21',
      openedOn: '2025-03-03',
      workflowVersion: 1,
    });
    const application = (applicationId: string, schoolId: string, schoolName: string, level: string) =>
      e(stream, 'SchoolApplicationReceived', {
        callId,
        applicationId,
        schoolId,
        schoolName,
        level,
        district: 'suwon',
        requested: won(20_000_000, 10_000_000),
        plan: '계획',
        receivedOn: '2025-03-05',
      });
    const rest = [
      application('app-1', 'suwon-maetan-es', '수원매탄초등학교', 'elementary'),
      application('app-2', 'suwon-yulcheon-ms', '수원율천중학교', 'middle'),
      e(stream, 'SchoolCallClosed', { callId, applications: 2, closedOn: '2025-03-21' }),
      e(stream, 'SchoolApplicationSelected', {
        callId,
        applicationId: 'app-1',
        schoolId: 'suwon-maetan-es',
        score: 91,
        reasons: ['구체적'],
        selectedOn: '2025-03-24',
      }),
      e(stream, 'SchoolApplicationDeclined', {
        callId,
        applicationId: 'app-2',
        schoolId: 'suwon-yulcheon-ms',
        score: 50,
        reasons: ['불명확'],
        declinedOn: '2025-03-24',
      }),
      e(stream, 'SchoolSelectionConcluded', { callId, selected: ['app-1'], declined: ['app-2'], concludedOn: '2025-03-24' }),
      e(stream, 'SchoolGrantAwarded', {
        callId,
        grantId: 'grant-1',
        applicationId: 'app-1',
        schoolId: 'suwon-maetan-es',
        schoolName: '수원매탄초등학교',
        projectId: 'suwon-p1',
        amount: won(20_000_000, 10_000_000),
        allocation: won(60_000_000, 40_000_000),
        grantedInOtherCalls: won(0, 0),
        awardedOn: '2025-03-25',
      }),
      e(stream, 'SchoolGrantReported', {
        callId,
        grantId: 'grant-1',
        summary: '운영 완료',
        spent: won(19_000_000, 10_000_000),
        submittedOn: '2025-12-10',
      }),
      e(stream, 'SchoolCallCompleted', { callId, granted: won(20_000_000, 10_000_000), completedOn: '2025-12-11' }),
      e(stream, 'SchoolGrantInspected', {
        callId,
        inspectionId: 'insp-1',
        grantId: 'grant-1',
        outcome: 'improvementNeeded',
        findings: ['증빙 누락'],
        inspectedOn: '2025-12-12',
      }),
    ];
    const lastEvent = rest[rest.length - 1]!;
    await ProjectionSpecification.for(schoolGrantsProjection)
      .given([opened])
      .when(rest)
      .then({
        [SCHOOL_CALLS]: [
          {
            call_id: callId,
            project_id: 'suwon-p1',
            number: 1,
            district: 'suwon',
            year: 2025,
            title: '2025 공모',
            state: 'completed',
            criteria: ['교육과정 연계성'],
            levels: ['elementary', 'middle'],
            amount_education_office: 50_000_000,
            amount_local_government: 30_000_000,
            opens_on: '2025-03-03',
            closes_on: '2025-03-21',
            applications: 2,
            selected: 1,
            declined: 1,
            grants: 1,
            granted_education_office: 20_000_000,
            granted_local_government: 10_000_000,
            reports: 1,
            inspections: 1,
            last_changed_at: lastEvent.recordedAt,
            position: lastEvent.position,
          },
        ],
        [SCHOOL_APPLICATIONS]: [
          {
            call_id: callId,
            application_id: 'app-1',
            project_id: 'suwon-p1',
            district: 'suwon',
            school_id: 'suwon-maetan-es',
            school_name: '수원매탄초등학교',
            level: 'elementary',
            requested_education_office: 20_000_000,
            requested_local_government: 10_000_000,
            received_on: '2025-03-05',
            decision: 'selected',
            score: 91,
            reasons: ['구체적'],
            decided_on: '2025-03-24',
          },
          {
            call_id: callId,
            application_id: 'app-2',
            project_id: 'suwon-p1',
            district: 'suwon',
            school_id: 'suwon-yulcheon-ms',
            school_name: '수원율천중학교',
            level: 'middle',
            requested_education_office: 20_000_000,
            requested_local_government: 10_000_000,
            received_on: '2025-03-05',
            decision: 'declined',
            score: 50,
            reasons: ['불명확'],
            decided_on: '2025-03-24',
          },
        ],
        [SCHOOL_GRANTS]: [
          {
            call_id: callId,
            grant_id: 'grant-1',
            project_id: 'suwon-p1',
            district: 'suwon',
            kind: 'call',
            application_id: 'app-1',
            school_id: 'suwon-maetan-es',
            school_name: '수원매탄초등학교',
            amount_education_office: 20_000_000,
            amount_local_government: 10_000_000,
            awarded_on: '2025-03-25',
            reason: null,
            purpose: null,
            reported_on: '2025-12-10',
            report_summary: '운영 완료',
            spent_education_office: 19_000_000,
            spent_local_government: 10_000_000,
            inspections: 1,
            last_inspection_outcome: 'improvementNeeded',
            last_inspected_on: '2025-12-12',
          },
        ],
        [SCHOOL_INSPECTIONS]: [
          {
            call_id: callId,
            inspection_id: 'insp-1',
            grant_id: 'grant-1',
            project_id: 'suwon-p1',
            district: 'suwon',
            outcome: 'improvementNeeded',
            findings: ['증빙 누락'],
            inspected_on: '2025-12-12',
          },
        ],
      });
  });

  test('direct grants are listed beside the call’s, with their kind, report and inspection; the project’s totals count both', async () => {
    const e = storedEvents();
    const opened = e(stream, 'SchoolCallOpened', {
      callId,
      projectId: 'suwon-p1',
      number: 1,
      district: 'suwon',
      year: 2025,
      title: '공모',
      criteria: ['기준'],
      levels: ['elementary'],
      amount: won(50_000_000, 30_000_000),
      opensOn: '2025-03-03',
      closesOn: '2025-03-21',
      openedOn: '2025-03-03',
      workflowVersion: 1,
    });
    const callGrant = e(stream, 'SchoolGrantAwarded', {
      callId,
      grantId: 'grant-1',
      applicationId: 'app-1',
      schoolId: 'suwon-maetan-es',
      schoolName: '수원매탄초등학교',
      projectId: 'suwon-p1',
      amount: won(20_000_000, 10_000_000),
      allocation: won(60_000_000, 40_000_000),
      grantedInOtherCalls: won(0, 0),
      awardedOn: '2025-03-25',
    });
    const direct = 'suwon-p1.direct';
    const directStream = `school-call:${direct}`;
    const directGrant = e(directStream, 'DirectSchoolGrantAwarded', {
      callId: direct,
      grantId: 'direct-1',
      projectId: 'suwon-p1',
      district: 'suwon',
      year: 2025,
      schoolId: 'suwon-yulcheon-ms',
      schoolName: '수원율천중학교',
      level: 'middle',
      schoolDistrict: 'suwon',
      amount: won(15_000_000, 0),
      reason: '거점학교 지정',
      purpose: '생태 교육 강사비',
      allocation: won(60_000_000, 40_000_000),
      grantedInOtherCalls: won(20_000_000, 10_000_000),
      awardedOn: '2025-03-26',
      workflowVersion: 1,
    });
    const reported = e(directStream, 'SchoolGrantReported', {
      callId: direct,
      grantId: 'direct-1',
      summary: '운영 완료',
      spent: won(14_000_000, 0),
      submittedOn: '2025-12-10',
    });
    const inspected = e(directStream, 'SchoolGrantInspected', {
      callId: direct,
      inspectionId: 'insp-d',
      grantId: 'direct-1',
      outcome: 'appropriate',
      findings: ['적정'],
      inspectedOn: '2025-12-12',
    });
    await ProjectionSpecification.for(schoolGrantsProjection)
      .given([opened, callGrant])
      .when([directGrant, reported, inspected])
      .then({
        [SCHOOL_GRANTS]: [
          {
            call_id: callId,
            grant_id: 'grant-1',
            project_id: 'suwon-p1',
            district: 'suwon',
            kind: 'call',
            application_id: 'app-1',
            school_id: 'suwon-maetan-es',
            school_name: '수원매탄초등학교',
            amount_education_office: 20_000_000,
            amount_local_government: 10_000_000,
            awarded_on: '2025-03-25',
            reason: null,
            purpose: null,
            reported_on: null,
            report_summary: null,
            spent_education_office: null,
            spent_local_government: null,
            inspections: 0,
            last_inspection_outcome: null,
            last_inspected_on: null,
          },
          {
            call_id: direct,
            grant_id: 'direct-1',
            project_id: 'suwon-p1',
            district: 'suwon',
            kind: 'direct',
            application_id: null,
            school_id: 'suwon-yulcheon-ms',
            school_name: '수원율천중학교',
            amount_education_office: 15_000_000,
            amount_local_government: 0,
            awarded_on: '2025-03-26',
            reason: '거점학교 지정',
            purpose: '생태 교육 강사비',
            reported_on: '2025-12-10',
            report_summary: '운영 완료',
            spent_education_office: 14_000_000,
            spent_local_government: 0,
            inspections: 1,
            last_inspection_outcome: 'appropriate',
            last_inspected_on: '2025-12-12',
          },
        ],
        [SCHOOL_INSPECTIONS]: [
          {
            call_id: direct,
            inspection_id: 'insp-d',
            grant_id: 'direct-1',
            project_id: 'suwon-p1',
            district: 'suwon',
            outcome: 'appropriate',
            findings: ['적정'],
            inspected_on: '2025-12-12',
          },
        ],
        // The direct grants' stream is no call: the call keeps its own counts.
        [SCHOOL_CALLS]: [
          {
            call_id: callId,
            project_id: 'suwon-p1',
            number: 1,
            district: 'suwon',
            year: 2025,
            title: '공모',
            state: 'open',
            criteria: ['기준'],
            levels: ['elementary'],
            amount_education_office: 50_000_000,
            amount_local_government: 30_000_000,
            opens_on: '2025-03-03',
            closes_on: '2025-03-21',
            applications: 0,
            selected: 0,
            declined: 0,
            grants: 1,
            granted_education_office: 20_000_000,
            granted_local_government: 10_000_000,
            reports: 0,
            inspections: 0,
            last_changed_at: callGrant.recordedAt,
            position: callGrant.position,
          },
        ],
        [SCHOOL_GRANT_TOTALS]: [
          {
            project_id: 'suwon-p1',
            district: 'suwon',
            call_grants: 1,
            direct_grants: 1,
            granted_education_office: 35_000_000,
            granted_local_government: 10_000_000,
          },
        ],
      });
  });

  test('a cancelled call keeps its row, marked cancelled', async () => {
    const e = storedEvents();
    const opened = e(stream, 'SchoolCallOpened', {
      callId,
      projectId: 'suwon-p1',
      number: 1,
      district: 'suwon',
      year: 2025,
      title: '공모',
      criteria: ['기준'],
      levels: ['high'],
      amount: won(1_000, 0),
      opensOn: '2025-03-03',
      closesOn: '2025-03-21',
      openedOn: '2025-03-03',
      workflowVersion: 1,
    });
    const cancelled = e(stream, 'SchoolCallCancelled', { callId, reason: '취소', cancelledOn: '2025-03-04' });
    await ProjectionSpecification.for(schoolGrantsProjection)
      .given([opened])
      .when([cancelled])
      .then({
        [SCHOOL_CALLS]: [
          {
            call_id: callId,
            project_id: 'suwon-p1',
            number: 1,
            district: 'suwon',
            year: 2025,
            title: '공모',
            state: 'cancelled',
            criteria: ['기준'],
            levels: ['high'],
            amount_education_office: 1_000,
            amount_local_government: 0,
            opens_on: '2025-03-03',
            closes_on: '2025-03-21',
            applications: 0,
            selected: 0,
            declined: 0,
            grants: 0,
            granted_education_office: 0,
            granted_local_government: 0,
            reports: 0,
            inspections: 0,
            last_changed_at: cancelled.recordedAt,
            position: cancelled.position,
          },
        ],
        [SCHOOL_APPLICATIONS]: [],
      });
  });
});
