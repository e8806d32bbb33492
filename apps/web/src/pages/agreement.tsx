/**
 * The supplementary agreement (부속합의서) in the layout of the plan's form: goal · task ·
 * project · 교육청 / 지자체 / 계 in 천원, the two signatures, and its amendments. Each official acts
 * for their own party only; the consent control appears only to the party that did not propose.
 */
import { useState } from 'preact/hooks';
import { isNotFound, api, commandHeaders, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { Field, ProblemAlert, bodyOf, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { CriticalAlert, Loading, Money, PageTitle, StateBadge } from '../components/ui.js';
import { formatDate, seoulToday } from '../format.js';
import { agreementStateName, districtName, funderName, t, tasks, type MessageKey } from '../i18n.js';
import type { Actor } from '../session.js';
import { WonToggle } from '../components/budget.js';
import { ReadingAlerts, useReading } from '../reading.js';
import { funders, goals, isDistrictCode, type DistrictCode } from '../../../../libs/domain/src/catalogs.js';

type Party = 'education-office' | 'local-government';
type AgreementState = Schemas['AgreementView'];
type AgreementProject = AgreementState['projects'][number];

const otherParty = (party: Party): Party => (party === 'education-office' ? 'local-government' : 'education-office');

export function AgreementPage(props: { district: string; year: number; actor: Actor }) {
  if (!isDistrictCode(props.district)) return <CriticalAlert tone="danger">{t('error.notFound')}</CriticalAlert>;
  return <Agreement district={props.district} year={props.year} actor={props.actor} />;
}

/** The agreement as it stands, or 'missing' before it is drafted (the API's 404). */
async function readAgreement(district: DistrictCode, year: number): Promise<Schemas['AgreementStream'] | 'missing'> {
  try {
    return await unwrap(api.GET('/agreements/{district}/{year}', { params: { path: { district, year } } }));
  } catch (error) {
    if (isNotFound(error)) return 'missing';
    throw error;
  }
}

function Agreement({ district, year, actor }: { district: DistrictCode; year: number; actor: Actor }) {
  const [exact, setExact] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  // After a command the agreement is read again; its confirmation shows only with what was read.
  const reading = useReading(() => readAgreement(district, year), [district, year]);
  const { data: agreement, failure, loaded } = reading;
  const title = t('agreement.title', { year, district: districtName(district) });
  const crumbs = <Breadcrumb trail={[{ label: t('nav.agreement') }, { label: `${year} ${districtName(district)}` }]} />;
  if (agreement === 'missing')
    return (
      <>
        {crumbs}
        <PageTitle>{title}</PageTitle>
        <ReadingAlerts reading={reading} />
        <p>{t('agreement.none', { year })}</p>
      </>
    );
  if (failure && !agreement) return <CriticalAlert tone="danger">{failure}</CriticalAlert>;
  if (!agreement) return <Loading />;
  const state: AgreementState = agreement.state;
  const party = actor.role === 'official' && actor.district === district ? (actor.party as Party) : null;
  const allowed = new Set(agreement.allowedActions);
  const done = (label: string) => {
    setOpen(null);
    void reading.reload(t('item.saved', { action: label, revision: agreement.revision + 1 }));
  };
  const reload = () => {
    setOpen(null);
    void reading.reload();
  };

  const rows = [...state.projects].sort((a, b) => a.taskCode.localeCompare(b.taskCode));
  const sum = (p: AgreementProject) => p.budget['education-office'] + p.budget['local-government'];
  const money = (won: number) => <Money won={won} exact={exact} />;

  return (
    <>
      {crumbs}
      <PageTitle
        sub={
          <>
            <StateBadge state={state.status} name={agreementStateName(state.status)} />{' '}
            {state.inForceFrom
              ? t('agreement.inForce', { from: formatDate(state.inForceFrom), until: formatDate(state.inForceUntil) })
              : null}
          </>
        }
      >
        {title}
      </PageTitle>
      <ReadingAlerts reading={reading} />
      <p class="gongron-article">{t('agreement.article1')}</p>
      <WonToggle exact={exact} onToggle={() => setExact(!exact)} />
      <div class="krds-table-wrap" tabIndex={0} role="region" aria-label={t('agreement.caption')}>
        <table class="tbl col data gongron-agreement">
          <caption class="sr-only">{t('agreement.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreement.col.goal')}</th>
              <th scope="col">{t('agreement.col.task')}</th>
              <th scope="col">{t('agreement.col.project')}</th>
              <th scope="col" class="num">
                {t('agreement.col.eo')}
              </th>
              <th scope="col" class="num">
                {t('agreement.col.lg')}
              </th>
              <th scope="col" class="num">
                {t('agreement.col.sum')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((project) => {
              const task = tasks.find((candidate) => candidate.code === project.taskCode);
              const goal = goals.find((candidate) => candidate.code === task?.goal);
              return (
                <tr key={project.projectId}>
                  <td>{goal ? `${goal.code}. ${goal.valueName}` : ''}</td>
                  <td>{task ? `${task.code} ${task.title}` : project.taskCode}</td>
                  <th scope="row">{project.title}</th>
                  <td class="num">{money(project.budget['education-office'])}</td>
                  <td class="num">{money(project.budget['local-government'])}</td>
                  <td class="num">{money(sum(project))}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('agreement.sum')}
              </th>
              <td class="num">{money(state.totals['education-office'])}</td>
              <td class="num">{money(state.totals['local-government'])}</td>
              <td class="num">{money(state.totals['education-office'] + state.totals['local-government'])}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <section aria-labelledby="signatures-title">
        <h2 class="sec-tit" id="signatures-title">
          {t('agreement.signatures')}
        </h2>
        <ul class="krds-structured-list gongron-cards">
          {funders.map((side: Party) => {
            const signature = state.signatures[side];
            return (
              <li key={side} class="structured-item">
                <p>
                  <strong>{funderName(side)}</strong> ·{' '}
                  {signature
                    ? [signature.signatoryTitle, signature.signatoryName].filter((part) => part).join(' ')
                    : t('agreement.notSigned')}
                </p>
                {signature ? <p>{t('agreement.signedOn', { date: formatDate(signature.signedOn) })}</p> : null}
              </li>
            );
          })}
        </ul>
        {party && allowed.has('SignAgreement') && !state.signatures[party] ? (
          open === 'sign' ? (
            <SignForm
              key={loaded}
              district={district}
              year={year}
              revision={agreement.revision}
              onDone={() => done(t('agreement.sign'))}
              onReload={reload}
              onCancel={() => setOpen(null)}
            />
          ) : (
            <div class="btn-wrap gongron-action-buttons">
              <button type="button" class="krds-btn medium primary" onClick={() => setOpen('sign')}>
                {t('agreement.sign')}
              </button>
            </div>
          )
        ) : null}
      </section>

      <section aria-labelledby="amendments-title">
        <h2 class="sec-tit" id="amendments-title">
          {t('agreement.amendments')}
        </h2>
        {state.amendments.length === 0 ? <p>{t('common.none')}</p> : null}
        <ul class="krds-structured-list gongron-cards">
          {state.amendments.map((amendment) => {
            const mine = party !== null && amendment.proposedBy === party;
            const mayDecide = party !== null && amendment.status === 'proposed' && !mine;
            return (
              <li key={amendment.amendmentId} class="structured-item" data-amendment={amendment.amendmentId}>
                <p>
                  <span
                    class={`krds-badge bg-light-${amendment.status === 'consented' ? 'success' : amendment.status === 'refused' ? 'danger' : 'warning'}`}
                  >
                    {t(`agreement.amendment.status.${amendment.status}` as MessageKey)}
                  </span>{' '}
                  {t('agreement.amendment.by', { party: funderName(amendment.proposedBy), date: formatDate(amendment.proposedOn) })}
                </p>
                <ul>
                  {amendment.changes.map((change, index) => {
                    const name =
                      state.projects.find((p) => p.projectId === change.projectId)?.title ??
                      (change.kind === 'add' ? change.title : change.projectId);
                    return (
                      <li key={index}>
                        {change.kind === 'withdraw'
                          ? t('agreement.amendment.withdraw', { project: name })
                          : change.kind === 'add'
                            ? t('agreement.amendment.add', { project: name })
                            : null}
                        {change.kind === 'budget' && change.budget ? (
                          <>
                            {name}: {t('agreement.col.eo')} <Money won={change.budget['education-office']} /> / {t('agreement.col.lg')}{' '}
                            <Money won={change.budget['local-government']} /> {t('common.unit.thousand')}
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
                <p>
                  {t('agreement.amend.reason')}: {amendment.reason}
                  {amendment.refusalReason ? ` · ${t('agreement.refuse.reason')}: ${amendment.refusalReason}` : ''}
                </p>
                {mine && amendment.status === 'proposed' ? (
                  <p class="form-hint">{t('agreement.waitingOther', { party: funderName(otherParty(party)) })}</p>
                ) : null}
                {mayDecide && allowed.has('ConsentToAmendment') ? (
                  <AmendmentDecision
                    key={`${amendment.amendmentId}-${loaded}`}
                    district={district}
                    year={year}
                    revision={agreement.revision}
                    amendmentId={amendment.amendmentId}
                    onDone={done}
                    onReload={reload}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
        {party && allowed.has('ProposeAmendment') ? (
          open === 'amend' ? (
            <AmendmentForm
              key={loaded}
              district={district}
              year={year}
              revision={agreement.revision}
              projects={state.projects}
              onDone={() => done(t('agreement.amend'))}
              onReload={reload}
              onCancel={() => setOpen(null)}
            />
          ) : (
            <div class="btn-wrap gongron-action-buttons">
              <button type="button" class="krds-btn medium secondary" onClick={() => setOpen('amend')}>
                {t('agreement.amend')}
              </button>
            </div>
          )
        ) : null}
      </section>
    </>
  );
}

interface FormProps {
  district: DistrictCode;
  year: number;
  revision: number;
  onDone: () => void;
  onReload: () => void;
  onCancel?: () => void;
}

function FormFrame(props: {
  title: string;
  fields: FieldSpec[];
  form: ReturnType<typeof useFormValues>;
  submission: ReturnType<typeof useSubmission>;
  onSubmit: (event: Event) => void;
  onReload: () => void;
  onCancel?: () => void;
  submitLabel: string;
  extra?: preact.ComponentChildren;
}) {
  return (
    <form class="gongron-form gongron-panel" onSubmit={props.onSubmit} noValidate aria-label={props.title}>
      <h3 class="sec-tit">{props.title}</h3>
      <ProblemAlert state={props.submission.state} unplaced={props.submission.unplaced} onReload={props.onReload} />
      <div class="fieldset">
        {props.fields.map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={props.form.values[spec.name] ?? ''}
            error={props.submission.state.fieldErrors[spec.name]}
            onInput={(value) => props.form.setValue(spec.name, value)}
            idPrefix={props.form.prefix}
          />
        ))}
      </div>
      {props.extra}
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={props.submission.state.busy}>
          {props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" class="krds-btn medium tertiary" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function SignForm(props: FormProps) {
  const fields: FieldSpec[] = [
    { name: 'signatoryName', label: 'agreement.sign.name', kind: 'text', required: true },
    { name: 'signedOn', label: 'agreement.sign.on', kind: 'date', required: true, initial: seoulToday() },
  ];
  const form = useFormValues(fields);
  const submission = useSubmission(fields.map((f) => f.name));
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const body = bodyOf(fields, form.values) as Schemas['SignAgreementDto'];
    const path = { district: props.district, year: props.year };
    const answer = await submission.submit((key) =>
      unwrap(api.POST('/agreements/{district}/{year}/signatures', { params: { path, header: commandHeaders(props.revision, key) }, body })),
    );
    if (answer) props.onDone();
  };
  return (
    <FormFrame
      title={t('agreement.sign')}
      fields={fields}
      form={form}
      submission={submission}
      onSubmit={onSubmit}
      onReload={props.onReload}
      onCancel={props.onCancel}
      submitLabel={t('action.submit', { action: t('agreement.sign') })}
    />
  );
}

function AmendmentForm(props: FormProps & { projects: AgreementProject[] }) {
  const fields: FieldSpec[] = [
    {
      name: 'projectId',
      label: 'agreement.amend.project',
      kind: 'select',
      required: true,
      options: props.projects.map((p) => ({ value: p.projectId, label: p.title })),
      initial: props.projects[0]?.projectId ?? '',
    },
    { name: 'budget.education-office', label: 'agreement.amend.eo', kind: 'won', required: true },
    { name: 'budget.local-government', label: 'agreement.amend.lg', kind: 'won', required: true },
    { name: 'reason', label: 'agreement.amend.reason', kind: 'textarea', required: true },
  ];
  const form = useFormValues(fields);
  const submission = useSubmission(['changes.0.projectId', 'changes.0.budget', 'reason']);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const values = bodyOf(fields, form.values) as { projectId: string; budget: Record<Party, number>; reason: string };
    const body: Schemas['ProposeAmendmentDto'] = {
      changes: [{ kind: 'budget', projectId: values.projectId, budget: values.budget }],
      reason: values.reason,
    };
    const path = { district: props.district, year: props.year };
    const answer = await submission.submit((key) =>
      unwrap(api.POST('/agreements/{district}/{year}/amendments', { params: { path, header: commandHeaders(props.revision, key) }, body })),
    );
    if (answer) props.onDone();
  };
  // The API names the fields of a change by their place in the list; show them under the inputs.
  const errors = submission.state.fieldErrors;
  for (const [from, to] of [
    ['changes.0.budget', 'budget.education-office'],
    ['changes.0.budget.education-office', 'budget.education-office'],
    ['changes.0.budget.local-government', 'budget.local-government'],
    ['changes.0.projectId', 'projectId'],
  ] as const)
    if (errors[from] && !errors[to]) (errors as Record<string, string>)[to] = errors[from]!;
  return (
    <FormFrame
      title={t('agreement.amend')}
      fields={fields}
      form={form}
      submission={submission}
      onSubmit={onSubmit}
      onReload={props.onReload}
      onCancel={props.onCancel}
      submitLabel={t('action.submit', { action: t('agreement.amend') })}
    />
  );
}

function AmendmentDecision(props: Omit<FormProps, 'onDone'> & { amendmentId: string; onDone: (label: string) => void }) {
  const [refusing, setRefusing] = useState(false);
  const fields: FieldSpec[] = [{ name: 'reason', label: 'agreement.refuse.reason', kind: 'textarea', required: true }];
  const form = useFormValues(fields);
  const submission = useSubmission(['reason']);
  const path = { district: props.district, year: props.year, amendmentId: props.amendmentId };
  const consent = async () => {
    const body: Schemas['ConsentToAmendmentDto'] = { consentedOn: seoulToday() };
    const answer = await submission.submit((key) =>
      unwrap(
        api.POST('/agreements/{district}/{year}/amendments/{amendmentId}/consent', {
          params: { path, header: commandHeaders(props.revision, key) },
          body,
        }),
      ),
    );
    if (answer) props.onDone(t('agreement.consent'));
  };
  const refuse = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const body = bodyOf(fields, form.values) as Schemas['RefuseAmendmentDto'];
    const answer = await submission.submit((key) =>
      unwrap(
        api.POST('/agreements/{district}/{year}/amendments/{amendmentId}/refusal', {
          params: { path, header: commandHeaders(props.revision, key) },
          body,
        }),
      ),
    );
    if (answer) props.onDone(t('agreement.refuse'));
  };
  return (
    <div class="gongron-decide">
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={props.onReload} />
      {refusing ? (
        <form onSubmit={refuse} noValidate aria-label={t('agreement.refuse')}>
          <Field
            spec={fields[0]!}
            value={form.values.reason ?? ''}
            error={submission.state.fieldErrors.reason}
            onInput={(value) => form.setValue('reason', value)}
            idPrefix={`refuse-${props.amendmentId}`}
          />
          <div class="btn-wrap gongron-action-buttons">
            <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
              {t('agreement.refuse')}
            </button>
            <button type="button" class="krds-btn medium tertiary" onClick={() => setRefusing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="btn-wrap gongron-action-buttons">
          <button type="button" class="krds-btn medium primary" disabled={submission.state.busy} onClick={() => void consent()}>
            {t('agreement.consent')}
          </button>
          <button type="button" class="krds-btn medium secondary" onClick={() => setRefusing(true)}>
            {t('agreement.refuse')}
          </button>
        </div>
      )}
    </div>
  );
}
