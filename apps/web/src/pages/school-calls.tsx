/**
 * A project's calls for schools (학교교부·공모): the calls with their state, criteria, amount per
 * funder and period; each call's applications (school, level, score, 선정 / 미선정 and reasons);
 * the grants per school with the school's report and the inspections (점검) with their findings.
 * Beside the calls, the project's grants of both kinds — to schools selected by a call and to
 * schools designated directly (지정 교부) — are listed together with their totals per funder.
 * An official of the project's district opens a call, records applications, selects or declines,
 * grants (by call or directly), records reports and inspections; the API's refusals, in the
 * page's language, land on the form and under the field they name. After an answer the page reads
 * again, and its confirmation shows only together with what it read.
 */
import { useRef } from 'preact/hooks';
import { ReadingAlerts, useReading } from '../reading.js';
import { FirstReadingFailed } from './missing.js';
import { isNotFound, api, commandHeaders, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { Fields, ProblemAlert, bodyOf, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { Badge, Loading, Money, PageTitle, Table, type BadgeTone } from '../components/ui.js';
import { formatDate, seoulToday } from '../format.js';
import { districtName, funderName, t, tOr, type MessageKey } from '../i18n.js';
import type { Actor } from '../session.js';

type CallStream = Schemas['SchoolCallStream'];
type CallView = CallStream['state'];
type School = Schemas['SchoolList']['schools'][number];
type ProjectStream = Schemas['ProjectStream'];

const callTones: Record<string, BadgeTone> = {
  open: 'information',
  reviewing: 'warning',
  granting: 'primary',
  completed: 'success',
  cancelled: 'disabled',
  direct: 'primary',
};

const levelName = (level: string) => tOr(`calls.level.${level}`, level);

function CallState({ state }: { state: string }) {
  return <Badge tone={callTones[state] ?? 'gray'}>{tOr(`calls.state.${state}`, state)}</Badge>;
}

function PerFunder({ amount }: { amount: { 'education-office': number; 'local-government': number } }) {
  return (
    <>
      {funderName('education-office')} <Money won={amount['education-office']} />
      <br />
      {funderName('local-government')} <Money won={amount['local-government']} />
    </>
  );
}

const callName = (call: CallView) => `${t('calls.number', { number: call.number ?? 0 })} ${call.title ?? ''}`;

/** How often a grant was inspected, and the latest outcome. */
function inspectionsOf(call: CallView, grantId: string): string {
  const own = call.inspections.filter((inspection) => inspection.grantId === grantId);
  const last = own[own.length - 1];
  const count = t('calls.inspectionCount', { count: own.length });
  return last ? `${count} · ${t(`calls.outcome.${last.outcome}`)}` : count;
}

/** One command as a form: its fields, its submit, the refusal at the top and under the fields. */
function CommandForm({
  id,
  title,
  hint,
  fields,
  send,
  onDone,
  onReload,
}: {
  id: string;
  title: MessageKey;
  hint?: MessageKey;
  fields: FieldSpec[];
  send: (body: Record<string, unknown>, key: string) => Promise<{ revision: number }>;
  onDone: (action: MessageKey, revision: number) => void;
  onReload: () => void;
}) {
  const form = useFormValues(fields);
  const submission = useSubmission<{ revision: number }>(fields.map((field) => field.name));
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const answer = await submission.submit((key) => send(bodyOf(fields, form.values), key));
    if (!answer) return;
    // Saved: the form starts afresh, so what was sent cannot be sent again by mistake, even when
    // the page could not read the new state back.
    form.setValues(Object.fromEntries(fields.map((field) => [field.name, field.initial ?? ''])));
    onDone(title, answer.revision);
  };
  return (
    <form class="gongron-form gongron-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 class="sec-tit" id={`${id}-heading`}>
        {t(title)}
      </h3>
      {hint ? <p class="form-hint">{t(hint)}</p> : null}
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={onReload} />
      <Fields fields={fields} values={form.values} errors={submission.state.fieldErrors} setValue={form.setValue} idPrefix={id} />
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {t('action.submit', { action: t(title) })}
        </button>
      </div>
    </form>
  );
}

/** A command that takes no field (접수 마감, 선정 확정, 공모 완료): one button with its refusal. */
function CommandButton({
  id,
  title,
  send,
  onDone,
  onReload,
}: {
  id: string;
  title: MessageKey;
  send: (key: string) => Promise<{ revision: number }>;
  onDone: (action: MessageKey, revision: number) => void;
  onReload: () => void;
}) {
  const submission = useSubmission<{ revision: number }>([]);
  return (
    <div class="gongron-panel" id={id}>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={onReload} />
      <button
        type="button"
        class="krds-btn medium secondary"
        disabled={submission.state.busy}
        onClick={async () => {
          const answer = await submission.submit((key) => send(key));
          if (answer) onDone(title, answer.revision);
        }}
      >
        {t(title)}
      </button>
    </div>
  );
}

const amountFields = (prefix: string, education: MessageKey, local: MessageKey): FieldSpec[] => [
  { name: `${prefix}.education-office`, label: education, kind: 'won', required: true, initial: '0' },
  { name: `${prefix}.local-government`, label: local, kind: 'won', required: true, initial: '0' },
];

function openFields(next: number): FieldSpec[] {
  const today = seoulToday();
  return [
    { name: 'number', label: 'calls.open.number', kind: 'count', required: true, initial: String(next) },
    { name: 'title', label: 'calls.open.title', kind: 'text', required: true },
    { name: 'criteria', label: 'calls.open.criteria', kind: 'lines', required: true },
    ...amountFields('amount', 'calls.open.amountEducation', 'calls.open.amountLocal'),
    { name: 'opensOn', label: 'calls.open.opensOn', kind: 'date', required: true, initial: today },
    { name: 'closesOn', label: 'calls.open.closesOn', kind: 'date', required: true, initial: today },
  ];
}

function CallSection({
  stream,
  canAct,
  schools,
  onChanged,
}: {
  stream: CallStream;
  canAct: boolean;
  schools: readonly School[];
  onChanged: (action: MessageKey, revision: number) => void;
}) {
  const detail: CallView = stream.state;
  const callId = detail.callId!;
  const name = callName(detail);
  const headers = (key: string) => commandHeaders(stream.revision, key);
  const path = { callId };
  const allowed = (action: string) => canAct && stream.allowedActions.includes(action);
  const reload = () => onChanged('calls.title', stream.revision);
  const undecided = detail.applications.filter((a) => !a.decision);
  const grantedApplications = new Set(detail.grants.map((g) => g.applicationId));
  const selectable = detail.applications.filter((a) => a.decision === 'selected' && !grantedApplications.has(a.applicationId));
  const unreported = detail.grants.filter((g) => !g.report);
  const schoolOf = new Map(detail.grants.map((g) => [g.grantId, g.schoolName]));
  const prefix = `call-${detail.number}`;
  return (
    <section class="gongron-section" aria-labelledby={`${prefix}-title`}>
      <h2 class="sec-tit" id={`${prefix}-title`}>
        {name} <CallState state={detail.status} />
      </h2>

      <h3 class="sec-tit">{t('calls.applications')}</h3>
      {detail.applications.length === 0 ? (
        <p>{t('calls.applications.empty')}</p>
      ) : (
        <Table caption={t('calls.applications.caption', { call: name })}>
          <thead>
            <tr>
              <th scope="col">{t('calls.col.school')}</th>
              <th scope="col">{t('calls.col.level')}</th>
              <th scope="col">{t('calls.col.requested')}</th>
              <th scope="col">{t('calls.col.score')}</th>
              <th scope="col">{t('calls.col.decision')}</th>
              <th scope="col">{t('calls.col.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.applications.map((a) => (
              <tr key={a.applicationId}>
                <th scope="row">{a.schoolName}</th>
                <td>{levelName(a.level)}</td>
                <td>
                  <PerFunder amount={a.requested} />
                </td>
                <td>{a.score ?? '—'}</td>
                <td>
                  {a.decision === 'selected' ? (
                    <Badge tone="success">{t('calls.decision.selected')}</Badge>
                  ) : a.decision === 'declined' ? (
                    <Badge tone="danger">{t('calls.decision.declined')}</Badge>
                  ) : (
                    <Badge tone="gray">{t('calls.decision.pending')}</Badge>
                  )}
                </td>
                <td>{a.reasons.join(' · ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h3 class="sec-tit">{t('calls.grants')}</h3>
      {detail.grants.length === 0 ? (
        <p>{t('calls.grants.empty')}</p>
      ) : (
        <Table caption={t('calls.grants.caption', { call: name })}>
          <thead>
            <tr>
              <th scope="col">{t('calls.col.school')}</th>
              <th scope="col">{t('calls.col.granted')}</th>
              <th scope="col">{t('calls.col.awardedOn')}</th>
              <th scope="col">{t('calls.col.report')}</th>
              <th scope="col">{t('calls.col.spent')}</th>
              <th scope="col">{t('calls.col.inspections')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.grants.map((g) => (
              <tr key={g.grantId}>
                <th scope="row">{g.schoolName}</th>
                <td>
                  <PerFunder amount={g.amount} />
                </td>
                <td>{formatDate(g.awardedOn)}</td>
                <td>{g.report ? `${formatDate(g.report.submittedOn)} · ${g.report.summary}` : t('calls.report.none')}</td>
                <td>{g.report ? <PerFunder amount={g.report.spent} /> : '—'}</td>
                <td>{inspectionsOf(detail, g.grantId)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h3 class="sec-tit">{t('calls.inspections')}</h3>
      {detail.inspections.length === 0 ? (
        <p>{t('calls.inspections.empty')}</p>
      ) : (
        <Table caption={t('calls.inspections.caption', { call: name })}>
          <thead>
            <tr>
              <th scope="col">{t('calls.col.school')}</th>
              <th scope="col">{t('calls.col.inspectedOn')}</th>
              <th scope="col">{t('calls.col.outcome')}</th>
              <th scope="col">{t('calls.col.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.inspections.map((i) => (
              <tr key={i.inspectionId}>
                <th scope="row">{schoolOf.get(i.grantId) ?? i.grantId}</th>
                <td>{formatDate(i.inspectedOn)}</td>
                <td>{tOr(`calls.outcome.${i.outcome}`, i.outcome)}</td>
                <td>{i.findings.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      {allowed('ReceiveSchoolApplication') && schools.length > 0 ? (
        <CommandForm
          key={`apply-${stream.revision}`}
          id={`${prefix}-apply`}
          title="calls.apply"
          fields={[
            {
              name: 'schoolId',
              label: 'calls.apply.school',
              kind: 'select',
              required: true,
              initial: schools[0]!.schoolId,
              options: schools.map((s) => ({ value: s.schoolId, label: `${s.name} (${levelName(s.level)})` })),
            },
            ...amountFields('requested', 'calls.apply.requestedEducation', 'calls.apply.requestedLocal'),
            { name: 'plan', label: 'calls.apply.plan', kind: 'textarea', required: true },
          ]}
          send={(body, key) =>
            unwrap(
              api.POST('/school-calls/{callId}/applications', {
                params: { path, header: headers(key) },
                body: body as Schemas['ReceiveSchoolApplicationDto'],
              }),
            )
          }
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('CloseSchoolCall') ? (
        <CommandButton
          key={`close-${stream.revision}`}
          id={`${prefix}-close`}
          title="calls.close"
          send={(key) => unwrap(api.POST('/school-calls/{callId}/closure', { params: { path, header: headers(key) } }))}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {(allowed('SelectSchoolApplication') || allowed('DeclineSchoolApplication')) && undecided.length > 0 ? (
        <CommandForm
          key={`judge-${stream.revision}`}
          id={`${prefix}-judge`}
          title="calls.judge"
          fields={[
            {
              name: 'applicationId',
              label: 'calls.judge.application',
              kind: 'select',
              required: true,
              initial: undecided[0]!.applicationId,
              options: undecided.map((a) => ({ value: a.applicationId, label: a.schoolName })),
            },
            {
              name: 'decision',
              label: 'calls.judge.decision',
              kind: 'radio',
              required: true,
              initial: 'selection',
              options: [
                { value: 'selection', label: t('calls.decision.selected') },
                { value: 'non-selection', label: t('calls.decision.declined') },
              ],
            },
            { name: 'score', label: 'calls.judge.score', kind: 'count', required: true },
            { name: 'reasons', label: 'calls.judge.reasons', kind: 'lines', required: true },
          ]}
          send={(body, key) => {
            const { applicationId, decision, ...judgement } = body as { applicationId: string; decision: string };
            const options = {
              params: { path: { callId, applicationId }, header: headers(key) },
              body: judgement as Schemas['JudgeSchoolApplicationDto'],
            };
            return unwrap(
              decision === 'non-selection'
                ? api.POST('/school-calls/{callId}/applications/{applicationId}/non-selection', options)
                : api.POST('/school-calls/{callId}/applications/{applicationId}/selection', options),
            );
          }}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('ConcludeSchoolSelection') ? (
        <CommandButton
          key={`conclude-${stream.revision}`}
          id={`${prefix}-conclude`}
          title="calls.conclude"
          send={(key) => unwrap(api.POST('/school-calls/{callId}/selection-conclusion', { params: { path, header: headers(key) } }))}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('AwardSchoolGrant') && selectable.length > 0 ? (
        <CommandForm
          key={`grant-${stream.revision}`}
          id={`${prefix}-grant`}
          title="calls.grant"
          hint="calls.grant.hint"
          fields={[
            {
              name: 'applicationId',
              label: 'calls.grant.application',
              kind: 'select',
              required: true,
              initial: selectable[0]!.applicationId,
              options: selectable.map((a) => ({ value: a.applicationId, label: a.schoolName })),
            },
            ...amountFields('amount', 'calls.grant.amountEducation', 'calls.grant.amountLocal'),
          ]}
          send={(body, key) =>
            unwrap(
              api.POST('/school-calls/{callId}/grants', {
                params: { path, header: headers(key) },
                body: body as Schemas['AwardSchoolGrantDto'],
              }),
            )
          }
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('SubmitSchoolGrantReport') && unreported.length > 0 ? (
        <CommandForm
          key={`report-${stream.revision}`}
          id={`${prefix}-report`}
          title="calls.report"
          fields={[
            {
              name: 'grantId',
              label: 'calls.report.grant',
              kind: 'select',
              required: true,
              initial: unreported[0]!.grantId,
              options: unreported.map((g) => ({ value: g.grantId, label: g.schoolName })),
            },
            ...amountFields('spent', 'calls.report.spentEducation', 'calls.report.spentLocal'),
            { name: 'summary', label: 'calls.report.summary', kind: 'textarea', required: true },
            { name: 'submittedOn', label: 'calls.report.submittedOn', kind: 'date', required: true, initial: seoulToday() },
          ]}
          send={(body, key) => {
            const { grantId, ...report } = body as { grantId: string };
            return unwrap(
              api.POST('/school-calls/{callId}/grants/{grantId}/report', {
                params: { path: { callId, grantId }, header: headers(key) },
                body: report as Schemas['SubmitSchoolGrantReportDto'],
              }),
            );
          }}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('RecordSchoolGrantInspection') && detail.grants.length > 0 ? (
        <CommandForm
          key={`inspect-${stream.revision}`}
          id={`${prefix}-inspect`}
          title="calls.inspect"
          fields={[
            {
              name: 'grantId',
              label: 'calls.inspect.grant',
              kind: 'select',
              required: true,
              initial: detail.grants[0]!.grantId,
              options: detail.grants.map((g) => ({ value: g.grantId, label: g.schoolName })),
            },
            {
              name: 'outcome',
              label: 'calls.inspect.outcome',
              kind: 'select',
              required: true,
              initial: 'appropriate',
              options: (['appropriate', 'improvementNeeded', 'inappropriate'] as const).map((o) => ({
                value: o,
                label: t(`calls.outcome.${o}`),
              })),
            },
            { name: 'findings', label: 'calls.inspect.findings', kind: 'lines', required: true },
            { name: 'inspectedOn', label: 'calls.inspect.inspectedOn', kind: 'date', required: true, initial: seoulToday() },
          ]}
          send={(body, key) => {
            const { grantId, ...inspection } = body as { grantId: string };
            return unwrap(
              api.POST('/school-calls/{callId}/grants/{grantId}/inspections', {
                params: { path: { callId, grantId }, header: headers(key) },
                body: inspection as Schemas['RecordSchoolGrantInspectionDto'],
              }),
            );
          }}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('CompleteSchoolCall') ? (
        <CommandButton
          key={`complete-${stream.revision}`}
          id={`${prefix}-complete`}
          title="calls.complete"
          send={(key) => unwrap(api.POST('/school-calls/{callId}/completion', { params: { path, header: headers(key) } }))}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
    </section>
  );
}

type Grant = CallView['grants'][number];
type Budget = Grant['amount'];

const sumOf = (amounts: readonly Budget[]): Budget =>
  amounts.reduce(
    (sum, amount) => ({
      'education-office': sum['education-office'] + amount['education-office'],
      'local-government': sum['local-government'] + amount['local-government'],
    }),
    { 'education-office': 0, 'local-government': 0 },
  );

/**
 * The project's grants of both kinds, from the streams that hold them (so a grant just made shows
 * at once), with the totals per funder; and the forms an official uses for the direct grants:
 * grant to a designated school, record its report and its inspection.
 */
function ProjectGrants({
  projectId,
  calls,
  direct,
  canAct,
  schools,
  onChanged,
}: {
  projectId: string;
  calls: readonly CallStream[];
  direct: CallStream | null;
  canAct: boolean;
  schools: readonly School[];
  onChanged: (action: MessageKey, revision: number) => void;
}) {
  const rows: { grant: Grant; stream: CallView }[] = [
    ...calls.flatMap(({ state }) => state.grants.map((grant) => ({ grant, stream: state }))),
    ...(direct ? direct.state.grants.map((grant) => ({ grant, stream: direct.state })) : []),
  ];
  const total = sumOf(rows.map(({ grant }) => grant.amount));
  const directGrants = direct?.state.grants ?? [];
  const unreported = directGrants.filter((grant) => !grant.report);
  const allowed = (action: string) => canAct && (direct ? direct.allowedActions.includes(action) : action === 'AwardDirectSchoolGrant');
  const headers = (key: string) => commandHeaders(direct?.revision, key);
  const reload = () => onChanged('calls.title', direct?.revision ?? 0);
  const revision = direct?.revision ?? -1;
  return (
    <section class="gongron-section" aria-labelledby="grants-title">
      <h2 class="sec-tit" id="grants-title">
        {t('grants.title')}
      </h2>
      <p class="form-hint">{t('grants.lead')}</p>
      {rows.length === 0 ? (
        <p>{t('grants.empty')}</p>
      ) : (
        <Table caption={t('grants.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('calls.col.school')}</th>
              <th scope="col">{t('grants.col.kind')}</th>
              <th scope="col">{t('calls.col.granted')}</th>
              <th scope="col">{t('calls.col.awardedOn')}</th>
              <th scope="col">{t('grants.col.reason')}</th>
              <th scope="col">{t('calls.col.report')}</th>
              <th scope="col">{t('calls.col.inspections')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ grant, stream }) => (
              <tr key={`${stream.callId}-${grant.grantId}`}>
                <th scope="row">{grant.schoolName}</th>
                <td>
                  {grant.kind === 'direct' ? (
                    <Badge tone="primary">{t('grants.kind.direct')}</Badge>
                  ) : (
                    <>
                      <Badge tone="information">{t('grants.kind.call')}</Badge> {t('calls.number', { number: stream.number ?? 0 })}
                    </>
                  )}
                </td>
                <td>
                  <PerFunder amount={grant.amount} />
                </td>
                <td>{formatDate(grant.awardedOn)}</td>
                <td>{grant.reason ? `${grant.reason} · ${grant.purpose ?? ''}` : '—'}</td>
                <td>{grant.report ? `${formatDate(grant.report.submittedOn)} · ${grant.report.summary}` : t('calls.report.none')}</td>
                <td>{inspectionsOf(stream, grant.grantId)}</td>
              </tr>
            ))}
            <tr class="gongron-total-row">
              <th scope="row">{t('grants.total')}</th>
              <td>—</td>
              <td>
                <strong>
                  <PerFunder amount={total} />
                </strong>
              </td>
              <td colSpan={4} />
            </tr>
          </tbody>
        </Table>
      )}
      {allowed('AwardDirectSchoolGrant') && schools.length > 0 ? (
        <CommandForm
          key={`direct-${revision}`}
          id="direct-grant"
          title="grants.direct"
          hint="grants.direct.hint"
          fields={[
            {
              name: 'schoolId',
              label: 'grants.direct.school',
              kind: 'select',
              required: true,
              initial: schools[0]!.schoolId,
              options: schools.map((school) => ({ value: school.schoolId, label: `${school.name} (${levelName(school.level)})` })),
            },
            ...amountFields('amount', 'grants.direct.amountEducation', 'grants.direct.amountLocal'),
            { name: 'reason', label: 'grants.direct.reason', kind: 'text', required: true },
            { name: 'purpose', label: 'grants.direct.purpose', kind: 'text', required: true },
            { name: 'grantedOn', label: 'grants.direct.grantedOn', kind: 'date', required: true, initial: seoulToday() },
          ]}
          send={(body, key) =>
            unwrap(
              api.POST('/projects/{id}/direct-grants', {
                params: { path: { id: projectId }, header: headers(key) },
                body: body as Schemas['AwardDirectSchoolGrantDto'],
              }),
            )
          }
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('SubmitSchoolGrantReport') && unreported.length > 0 ? (
        <CommandForm
          key={`direct-report-${revision}`}
          id="direct-report"
          title="grants.report"
          fields={[
            {
              name: 'grantId',
              label: 'calls.report.grant',
              kind: 'select',
              required: true,
              initial: unreported[0]!.grantId,
              options: unreported.map((grant) => ({ value: grant.grantId, label: grant.schoolName })),
            },
            ...amountFields('spent', 'calls.report.spentEducation', 'calls.report.spentLocal'),
            { name: 'summary', label: 'calls.report.summary', kind: 'textarea', required: true },
            { name: 'submittedOn', label: 'calls.report.submittedOn', kind: 'date', required: true, initial: seoulToday() },
          ]}
          send={(body, key) => {
            const { grantId, ...report } = body as { grantId: string };
            return unwrap(
              api.POST('/projects/{id}/direct-grants/{grantId}/report', {
                params: { path: { id: projectId, grantId }, header: headers(key) },
                body: report as Schemas['SubmitSchoolGrantReportDto'],
              }),
            );
          }}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
      {allowed('RecordSchoolGrantInspection') && directGrants.length > 0 ? (
        <CommandForm
          key={`direct-inspect-${revision}`}
          id="direct-inspect"
          title="grants.inspect"
          fields={[
            {
              name: 'grantId',
              label: 'calls.inspect.grant',
              kind: 'select',
              required: true,
              initial: directGrants[0]!.grantId,
              options: directGrants.map((grant) => ({ value: grant.grantId, label: grant.schoolName })),
            },
            {
              name: 'outcome',
              label: 'calls.inspect.outcome',
              kind: 'select',
              required: true,
              initial: 'appropriate',
              options: (['appropriate', 'improvementNeeded', 'inappropriate'] as const).map((o) => ({
                value: o,
                label: t(`calls.outcome.${o}`),
              })),
            },
            { name: 'findings', label: 'calls.inspect.findings', kind: 'lines', required: true },
            { name: 'inspectedOn', label: 'calls.inspect.inspectedOn', kind: 'date', required: true, initial: seoulToday() },
          ]}
          send={(body, key) => {
            const { grantId, ...inspection } = body as { grantId: string };
            return unwrap(
              api.POST('/projects/{id}/direct-grants/{grantId}/inspections', {
                params: { path: { id: projectId, grantId }, header: headers(key) },
                body: inspection as Schemas['RecordSchoolGrantInspectionDto'],
              }),
            );
          }}
          onDone={onChanged}
          onReload={reload}
        />
      ) : null}
    </section>
  );
}

/** The project's direct grants, or null while it has made none (their stream does not exist yet). */
async function directGrantsOf(projectId: string): Promise<CallStream | null> {
  try {
    return await unwrap(api.GET('/projects/{id}/direct-grants', { params: { path: { id: projectId } } }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

interface ProjectCalls {
  readonly project: ProjectStream;
  readonly calls: CallStream[];
  readonly direct: CallStream | null;
  readonly schools: readonly School[];
}

/** The project, its calls (those of the register and those opened here), its direct grants and its district's schools. */
async function readProjectCalls(id: string, opened: readonly string[]): Promise<ProjectCalls> {
  const project = await unwrap(api.GET('/projects/{id}', { params: { path: { id } } }));
  const [register, direct, configured] = await Promise.all([
    unwrap(api.GET('/school-call-register', { params: { query: { projectId: id, limit: 500 } } })),
    directGrantsOf(id),
    project.state.district
      ? unwrap(api.GET('/schools', { params: { query: { district: project.state.district } } }))
      : Promise.resolve({ schools: [] }),
  ]);
  const ids = [...new Set([...register.items.map((row) => row.call_id), ...opened])];
  const streams = await Promise.all(ids.map((callId) => unwrap(api.GET('/school-calls/{callId}', { params: { path: { callId } } }))));
  const calls = streams.sort((a, b) => (a.state.number ?? 0) - (b.state.number ?? 0));
  return { project, calls, direct, schools: configured.schools };
}

/**
 * The page's reading (`useReading`): a confirmation shows only once the reload has read the state
 * the answer made; a failed reload shows its error, and that the command was saved all the same.
 */
function useProjectCalls(id: string) {
  // Calls opened here: the register may not list them yet, their streams already answer.
  const opened = useRef<string[]>([]);
  const reading = useReading(() => readProjectCalls(id, opened.current), [id]);
  return { ...reading, noteOpened: (callId: string) => void opened.current.push(callId) };
}

export function SchoolCallsPage({ id, actor }: { id: string; actor: Actor }) {
  const reading = useProjectCalls(id);
  const { data: read, failure, loaded, reload, noteOpened } = reading;
  if (failure && !read)
    return (
      <FirstReadingFailed
        reading={reading}
        record={{ title: 'missing.project', id, list: { label: 'projects.title', href: '/projects', back: 'missing.back.project' } }}
      />
    );
  if (!read) return <Loading />;
  const { project, calls, direct, schools } = read;
  const state = project.state;
  const title = state.title ?? id;
  const canAct = actor.role === 'official' && actor.district === state.district;
  // 'calls.title' is a reload after a conflict: the page reads again without a confirmation.
  const changed = (action: MessageKey, revision: number) =>
    void reload(action === 'calls.title' ? null : t('calls.saved', { action: t(action), revision }));
  const next = calls.reduce((max, call) => Math.max(max, call.state.number ?? 0), 0) + 1;
  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('projects.title'), href: '/projects' },
          { label: title, href: `/projects/${encodeURIComponent(id)}` },
          { label: t('calls.title') },
        ]}
      />
      <PageTitle sub={`${districtName(state.district)} · ${t('calls.lead', { project: title })}`}>{t('calls.title')}</PageTitle>
      <ReadingAlerts reading={reading} />
      {calls.length === 0 ? (
        <p>{t('calls.empty')}</p>
      ) : (
        <Table caption={t('calls.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('calls.col.call')}</th>
              <th scope="col">{t('calls.col.state')}</th>
              <th scope="col">{t('calls.col.criteria')}</th>
              <th scope="col">{t('calls.col.amount')}</th>
              <th scope="col">{t('calls.col.period')}</th>
              <th scope="col">{t('calls.col.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map(({ state: call }) => (
              <tr key={call.callId}>
                <th scope="row">
                  <a href={`#call-${call.number}-title`}>{callName(call)}</a>
                </th>
                <td>
                  <CallState state={call.status} />
                </td>
                <td>
                  <ul class="gongron-plain-list">
                    {call.criteria.map((criterion) => (
                      <li key={criterion}>{criterion}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <PerFunder amount={call.amount} />
                </td>
                <td>
                  {formatDate(call.opensOn)} ~ {formatDate(call.closesOn)}
                </td>
                <td>
                  {t('calls.counts', { applications: call.applications.length, selected: call.selectedCount, grants: call.grants.length })}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ProjectGrants projectId={id} calls={calls} direct={direct} canAct={canAct} schools={schools} onChanged={changed} />
      {calls.map((stream) => (
        <CallSection key={`${stream.streamId}-${stream.revision}`} stream={stream} canAct={canAct} schools={schools} onChanged={changed} />
      ))}
      {canAct ? (
        <CommandForm
          key={`open-${loaded}`}
          id="call-open"
          title="calls.open"
          fields={openFields(next)}
          send={async (body, key) => {
            const answer = await unwrap(
              api.POST('/projects/{id}/school-calls', {
                params: { path: { id }, header: commandHeaders(undefined, key) },
                body: body as Schemas['OpenSchoolCallDto'],
              }),
            );
            noteOpened(answer.streamId.replace(/^school-call:/, ''));
            return answer;
          }}
          onDone={changed}
          onReload={() => void reload()}
        />
      ) : null}
    </>
  );
}
