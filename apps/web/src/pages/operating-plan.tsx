/**
 * 운영계획: a district's operating plan of an operating year — its projects with their budgets per
 * funder, its status, the steering committee's meetings and tallies — and the actions of the
 * working council's secretary (draft, add or remove a project, submit, redraft after 부결) and of the
 * steering committee's secretary (the committee's decision at a convened meeting with the plan on
 * its agenda).
 */
import { isNotFound, api, commandHeaders, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import {
  Field,
  Fields,
  ProblemAlert,
  VoteRule,
  bodyOf,
  localErrors,
  useFormValues,
  useSubmission,
  type FieldSpec,
} from '../components/form.js';
import { Badge, CriticalAlert, Link, Loading, Money, PageTitle, StateBadge, Table } from '../components/ui.js';
import { formatDate } from '../format.js';
import { districtName, lang, t, taskName } from '../i18n.js';
import type { Actor } from '../session.js';
import { operatingPlanStateNames } from '../../../../libs/domain/src/state-names.js';
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { ReadingAlerts, useReading } from '../reading.js';

type PlanStream = Schemas['OperatingPlanStream'];
type PlanView = PlanStream['state'];
type PlanProject = PlanView['projects'][number];
type Deliberation = Schemas['ProjectDeliberationPage']['items'][number];
type Path = { district: DistrictCode; year: number };
type MeetingView = Schemas['MeetingView'];

/** The meeting states in which the committee decides (as the API's meeting rule has them). */
const sessionStates: readonly string[] = ['convened', 'adjourned'];

const decisionKeys = {
  approved: 'plan.decision.approved',
  revisionRequested: 'plan.decision.revisionRequested',
  rejected: 'plan.decision.rejected',
} as const;

/** What the page shows before the plan's first event: nothing listed, only drafting allowed. */
function notDrafted({ district, year }: Path): PlanStream {
  return {
    streamId: `operating-plan-${district}-${year}`,
    revision: 0,
    allowedActions: ['DraftOperatingPlan'],
    state: {
      agendaEntryId: null,
      approvedProjects: null,
      currentRevision: 0,
      decisions: [],
      district,
      draftedOn: null,
      planId: null,
      projects: [],
      redrafts: [],
      revisions: [],
      status: 'none',
      terminal: false,
      title: null,
      totals: { 'education-office': 0, 'local-government': 0 },
      workflowVersion: null,
      year,
    },
  };
}

export function planStateName(status: string): string {
  const names = operatingPlanStateNames as Record<string, { ko: string; en: string }>;
  return names[status]?.[lang.get()] ?? t('plan.none');
}

function ProjectTable({
  projects,
  caption,
  removable,
}: {
  projects: readonly PlanProject[];
  caption: string;
  removable?: (p: PlanProject) => unknown;
}) {
  const sum = (funder: 'education-office' | 'local-government') => projects.reduce((total, p) => total + p.budget[funder], 0);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('plan.project')}</th>
          <th scope="col">{t('plan.task')}</th>
          <th scope="col">{t('plan.origin')}</th>
          <th scope="col">{t('funder.education-office')}</th>
          <th scope="col">{t('funder.local-government')}</th>
          <th scope="col">{t('funder.total')}</th>
          {removable ? <th scope="col">{t('plan.remove')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => (
          <tr key={p.projectId}>
            <td>
              <Link href={`/projects/${encodeURIComponent(p.projectId)}`}>{p.title}</Link>
            </td>
            <td>{taskName(p.taskCode)}</td>
            <td>
              {p.origin === 'agenda-item' && p.sourceAgendaItemId ? (
                <Link href={`/agenda/${encodeURIComponent(p.sourceAgendaItemId)}`}>{t('plan.origin.item')}</Link>
              ) : (
                t('plan.origin.office')
              )}
            </td>
            <td class="num">
              <Money won={p.budget['education-office']} />
            </td>
            <td class="num">
              <Money won={p.budget['local-government']} />
            </td>
            <td class="num">
              <Money won={p.budget['education-office'] + p.budget['local-government']} />
            </td>
            {removable ? <td>{removable(p) as never}</td> : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('funder.total')}
          </th>
          <td class="num">
            <Money won={sum('education-office')} />
          </td>
          <td class="num">
            <Money won={sum('local-government')} />
          </td>
          <td class="num">
            <Money won={sum('education-office') + sum('local-government')} />
          </td>
          {removable ? <td /> : null}
        </tr>
      </tfoot>
    </Table>
  );
}

/** One command of the plan as a KRDS form: its fields, its request, the refusal in the API's words. */
function PlanForm({
  id,
  title,
  fields,
  submitLabel,
  send,
  onDone,
  onReload,
}: {
  id: string;
  title: string;
  fields: FieldSpec[];
  submitLabel: string;
  send: (body: Record<string, unknown>, key: string) => Promise<unknown>;
  onDone: () => void;
  onReload: () => void;
}) {
  const form = useFormValues(fields);
  const submission = useSubmission(fields.map((field) => field.name));
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const answer = await submission.submit((key) => send(bodyOf(fields, form.values), key).then(() => true));
    if (answer) onDone();
  };
  return (
    <form class="gongron-form gongron-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 class="sec-tit" id={`${id}-title`}>
        {title}
      </h2>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={onReload} />
      <Fields fields={fields} values={form.values} errors={submission.state.fieldErrors} setValue={form.setValue} idPrefix={id} />
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function Decisions({ plan }: { plan: PlanView }) {
  if (plan.decisions.length === 0) return <p>{t('plan.decisions.none')}</p>;
  return (
    <Table caption={t('plan.decisions')}>
      <thead>
        <tr>
          <th scope="col">{t('plan.revision')}</th>
          <th scope="col">{t('plan.meeting')}</th>
          <th scope="col">{t('plan.decision')}</th>
          <th scope="col">{t('vote.onRoll')}</th>
          <th scope="col">{t('vote.present')}</th>
          <th scope="col">{t('vote.for')}</th>
          <th scope="col">{t('vote.against')}</th>
          <th scope="col">{t('vote.abstain')}</th>
          <th scope="col">{t('plan.feedback')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.decisions.map((d, index) => (
          <tr key={index}>
            <td>{t('plan.revision.n', { n: d.revision })}</td>
            <td>
              {d.meeting.meetingId ? (
                <Link href={`/meetings/${encodeURIComponent(d.meeting.meetingId)}`}>{d.meeting.title ?? d.meeting.meetingId}</Link>
              ) : null}{' '}
              ({formatDate(d.meeting.heldOn)})
            </td>
            <td>
              <StateBadge state={d.decision === 'revisionRequested' ? 'underReview' : d.decision} name={t(decisionKeys[d.decision])} />
            </td>
            <td class="num">{d.tally.onRoll}</td>
            <td class="num">{d.tally.present}</td>
            <td class="num">{d.tally.for}</td>
            <td class="num">{d.tally.against}</td>
            <td class="num">{d.tally.abstain}</td>
            <td>{d.feedback ?? t('common.none')}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The steering committee's meetings in session that have the plan on their agenda: where it may be decided. */
async function meetingsForPlan(district: DistrictCode, agendaEntryId: string): Promise<MeetingView[]> {
  const page = await unwrap(api.GET('/meeting-register', { params: { query: { district, body: 'steering-committee', limit: 500 } } }));
  const candidates = page.items.filter((row) => row.state !== 'cancelled' && row.state !== 'minutesApproved');
  // The register may lag the log; the meeting's own record says whether it is in session now.
  const meetings = await Promise.all(
    candidates.map((row) => unwrap(api.GET('/meetings/{id}', { params: { path: { id: row.meeting_id } } })).then((m) => m.state)),
  );
  return meetings.filter(
    (meeting) => sessionStates.includes(meeting.status) && meeting.agenda.some((entry) => entry.itemId === agendaEntryId),
  );
}

const meetingLabel = (meeting: MeetingView) =>
  t('plan.field.meeting.option', {
    title: meeting.title ?? (meeting.number !== null ? `제${meeting.number}차` : (meeting.meetingId ?? '')),
    date: formatDate(meeting.heldOn ?? ''),
    onRoll: meeting.onRollCount,
    present: meeting.presentCount,
  });

/**
 * The committee's decision on the plan: the meeting (on roll and present are the meeting's), 가결 /
 * 보완 요구 / 부결, the votes and, for a return, what is to be revised. The committee rule is shown
 * live beside the votes; the API's refusal lands under the field it names.
 */
function PlanDecisionForm({
  meetings,
  send,
  onDone,
  onReload,
}: {
  meetings: readonly MeetingView[];
  send: (body: Record<string, unknown>, key: string) => Promise<unknown>;
  onDone: () => void;
  onReload: () => void;
}) {
  const id = 'plan-decide';
  const fields: FieldSpec[] = [
    {
      name: 'meeting.meetingId',
      label: 'plan.field.meeting',
      kind: 'select',
      required: true,
      hint: 'plan.field.meeting.hint',
      initial: meetings[0]?.meetingId ?? '',
      options: meetings.map((meeting) => ({ value: meeting.meetingId ?? '', label: meetingLabel(meeting) })),
    },
    {
      name: 'decision',
      label: 'plan.field.decision',
      kind: 'radio',
      required: true,
      initial: 'approved',
      options: (['approved', 'revisionRequested', 'rejected'] as const).map((value) => ({ value, label: t(decisionKeys[value]) })),
    },
    {
      name: 'feedback',
      label: 'plan.field.feedback',
      kind: 'textarea',
      required: true,
      when: (values) => values.decision === 'revisionRequested',
    },
    { name: 'tally.for', label: 'vote.for', kind: 'count', required: true },
    { name: 'tally.against', label: 'vote.against', kind: 'count', required: true, initial: '0' },
    { name: 'tally.abstain', label: 'vote.abstain', kind: 'count', required: true, initial: '0' },
  ];
  const form = useFormValues(fields);
  const submission = useSubmission([...fields.map((field) => field.name), 'tally', 'meeting']);
  const chosen = meetings.find((meeting) => meeting.meetingId === form.values['meeting.meetingId']) ?? meetings[0];
  const onRoll = chosen?.onRollCount ?? 0;
  const present = chosen?.presentCount ?? 0;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const answer = await submission.submit((key) => send(bodyOf(fields, form.values), key).then(() => true));
    if (answer) onDone();
  };
  const errors = submission.state.fieldErrors;
  const field = (spec: FieldSpec) => (
    <Field
      key={spec.name}
      spec={spec}
      value={form.values[spec.name] ?? ''}
      error={errors[spec.name] ?? (spec.name === 'meeting.meetingId' ? errors['meeting'] : undefined)}
      onInput={(value) => form.setValue(spec.name, value)}
      idPrefix={id}
    />
  );
  const visible = fields.filter((spec) => !spec.when || spec.when(form.values));
  const tallyError = errors['tally'];
  return (
    <form
      class="gongron-form gongron-panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      data-action="DecideOperatingPlan"
    >
      <h2 class="sec-tit" id={`${id}-title`}>
        {t('plan.decide')}
      </h2>
      <p>{t('plan.decide.lead')}</p>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={onReload} />
      <div class="fieldset">{visible.filter((spec) => !spec.name.startsWith('tally.')).map(field)}</div>
      <fieldset class="gongron-tally" aria-describedby={[`${id}-rule`, tallyError ? `${id}-tally-error` : null].filter(Boolean).join(' ')}>
        <legend>{t('plan.tally', { onRoll, present })}</legend>
        {/* KRDS keeps a legend for screen readers only; the counts the votes answer to are shown too. */}
        <p class="form-tit" aria-hidden="true">
          {t('plan.tally', { onRoll, present })}
        </p>
        <div class="gongron-tally-grid">{visible.filter((spec) => spec.name.startsWith('tally.')).map(field)}</div>
        {tallyError ? (
          <p class="form-hint-invalid" id={`${id}-tally-error`}>
            {tallyError}
          </p>
        ) : null}
        <VoteRule values={{ ...form.values, 'tally.onRoll': String(onRoll), 'tally.present': String(present) }} id={`${id}-rule`} />
      </fieldset>
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy} aria-busy={submission.state.busy}>
          {t('plan.decide')}
        </button>
      </div>
    </form>
  );
}

function Redrafts({ plan }: { plan: PlanView }) {
  if (plan.redrafts.length === 0) return null;
  return (
    <>
      <h3 class="sec-tit">{t('plan.redrafts')}</h3>
      <ul>
        {plan.redrafts.map((redraft, index) => (
          <li key={index}>
            {t('plan.redrafts.item', { date: formatDate(redraft.redraftedOn), n: redraft.rejectedRevision, reason: redraft.reason })}
          </li>
        ))}
      </ul>
    </>
  );
}

interface PlanReading {
  readonly stream: PlanStream;
  readonly candidates: Deliberation[];
  readonly meetings: MeetingView[] | null;
}

/** The plan (or the page's empty one before it is drafted), the district's projects, and — for the committee — where it may decide. */
async function readPlan(path: Path, committee: boolean): Promise<PlanReading> {
  const [stream, projects] = await Promise.all([
    // A plan nobody has drafted yet has no record (404): the page offers to start it.
    unwrap(api.GET('/operating-plans/{district}/{year}', { params: { path } })).catch((error: unknown) => {
      if (isNotFound(error)) return notDrafted(path);
      throw error;
    }),
    unwrap(api.GET('/project-deliberations', { params: { query: { district: path.district, year: path.year, limit: 200 } } })),
  ]);
  // The committee's secretary decides at a meeting in session with the plan on its agenda.
  const entry = stream.state.agendaEntryId;
  const meetings =
    committee && entry !== null && stream.allowedActions.includes('DecideOperatingPlan')
      ? await meetingsForPlan(path.district, entry)
      : null;
  return { stream, candidates: projects.items.filter((row) => !row.cancelled), meetings };
}

export function OperatingPlanPage({ district, year, actor }: { district: string; year: number; actor: Actor }) {
  const path: Path = { district: district as DistrictCode, year };
  const committee = actor.role === 'secretary' && actor.district === district && actor.body === 'steering-committee';
  // After a command the plan is read again; its confirmation shows only with what was read.
  const reading = useReading(() => readPlan(path, committee), [district, year]);
  const { data, failure, loaded } = reading;
  if (failure && !data) return <CriticalAlert tone="danger">{failure}</CriticalAlert>;
  if (!data) return <Loading />;
  const { stream, candidates, meetings } = data;
  const plan = stream.state;
  const allowed = new Set(stream.allowedActions);
  const own = actor.role === 'secretary' && actor.district === district;
  const working = own && actor.body === 'working-council';
  const headers = (key: string) => commandHeaders(plan.status === 'none' ? undefined : stream.revision, key);
  const done = (message: string) => () => void reading.reload(message);
  const reload = () => void reading.reload();
  const listed = new Set(plan.projects.map((p) => p.projectId));
  const addable = candidates.filter((row) => !listed.has(row.project_id));
  const title = plan.title ?? t('plan.title.default', { district: districtName(district), year });
  const showing = plan.status === 'approved' && plan.approvedProjects ? plan.approvedProjects : plan.projects;
  return (
    <>
      <Breadcrumb trail={[{ label: t('plan.title') }, { label: `${districtName(district)} ${year}` }]} />
      <PageTitle
        sub={
          <>
            <StateBadge state={plan.status === 'none' ? 'withdrawn' : plan.status} name={planStateName(plan.status)} />{' '}
            {t('plan.lead', { district: districtName(district), year, next: year + 1 })}
          </>
        }
      >
        {title}
      </PageTitle>
      <ReadingAlerts reading={reading} />
      {plan.status === 'none' ? <p>{t('plan.empty')}</p> : null}
      {plan.status !== 'none' ? (
        <>
          <h2 class="sec-tit">{plan.status === 'approved' ? t('plan.projects.approved') : t('plan.projects')}</h2>
          {plan.status !== 'approved' && plan.currentRevision > 0 ? (
            <p class="form-hint">{t('plan.revision.current', { n: plan.currentRevision })}</p>
          ) : null}
          {showing.length === 0 ? (
            <p>{t('plan.projects.none')}</p>
          ) : (
            <ProjectTable projects={showing} caption={t('plan.projects.caption')} removable={undefined} />
          )}
          <h2 class="sec-tit">{t('plan.decisions')}</h2>
          <Decisions plan={plan} />
          <Redrafts plan={plan} />
        </>
      ) : null}
      {committee && allowed.has('DecideOperatingPlan') && meetings !== null ? (
        meetings.length === 0 ? (
          <CriticalAlert tone="info">
            <p>{t('plan.decide.noMeeting')}</p>
            <p>
              <Link href="/meetings">{t('plan.decide.meetings')}</Link>
            </p>
          </CriticalAlert>
        ) : (
          <PlanDecisionForm
            key={`decide-${loaded}`}
            meetings={meetings}
            send={(body, key) =>
              unwrap(
                api.POST('/operating-plans/{district}/{year}/decision', {
                  params: { path, header: headers(key) },
                  body: body as Schemas['DecideOperatingPlanDto'],
                }),
              )
            }
            onDone={done(t('plan.saved.decide'))}
            onReload={reload}
          />
        )
      ) : null}
      {working && allowed.has('RedraftOperatingPlan') ? (
        <>
          <p>{t('plan.redraft.lead')}</p>
          <PlanForm
            key={`redraft-${loaded}`}
            id="plan-redraft"
            title={t('plan.redraft')}
            fields={[
              {
                name: 'reason',
                label: 'plan.field.redraftReason',
                kind: 'textarea',
                required: true,
                hint: 'plan.field.redraftReason.hint',
              },
            ]}
            submitLabel={t('plan.redraft')}
            send={(body, key) =>
              unwrap(
                api.POST('/operating-plans/{district}/{year}/redraft', {
                  params: { path, header: headers(key) },
                  body: body as Schemas['RedraftOperatingPlanDto'],
                }),
              )
            }
            onDone={done(t('plan.saved.redraft'))}
            onReload={reload}
          />
        </>
      ) : null}
      {working && allowed.has('DraftOperatingPlan') ? (
        <PlanForm
          key={`draft-${loaded}`}
          id="plan-draft"
          title={t('plan.draft')}
          fields={[
            {
              name: 'title',
              label: 'plan.field.title',
              kind: 'text',
              initial: t('plan.title.default', { district: districtName(district), year }),
            },
          ]}
          submitLabel={t('plan.draft')}
          send={(body, key) =>
            unwrap(
              api.POST('/operating-plans', {
                params: { header: headers(key) },
                body: { ...body, district, year } as Schemas['DraftOperatingPlanDto'],
              }),
            )
          }
          onDone={done(t('plan.saved.draft'))}
          onReload={reload}
        />
      ) : null}
      {working && allowed.has('AddProjectToPlan') ? (
        addable.length === 0 ? (
          <p class="form-hint">{t('plan.add.none')}</p>
        ) : (
          <PlanForm
            key={`add-${loaded}`}
            id="plan-add"
            title={t('plan.add')}
            fields={[
              {
                name: 'projectId',
                label: 'plan.field.project',
                kind: 'select',
                required: true,
                initial: addable[0]!.project_id,
                options: addable.map((row) => ({
                  value: row.project_id,
                  label: `${row.title}${row.deliberated ? '' : ` (${t('project.undeliberated')})`}`,
                })),
              },
            ]}
            submitLabel={t('plan.add')}
            send={(body, key) =>
              unwrap(
                api.POST('/operating-plans/{district}/{year}/projects', {
                  params: { path, header: headers(key) },
                  body: body as Schemas['AddProjectToPlanDto'],
                }),
              )
            }
            onDone={done(t('plan.saved.add'))}
            onReload={reload}
          />
        )
      ) : null}
      {working && allowed.has('RemoveProjectFromPlan') && plan.projects.length > 0 ? (
        <PlanForm
          key={`remove-${loaded}`}
          id="plan-remove"
          title={t('plan.remove')}
          fields={[
            {
              name: 'projectId',
              label: 'plan.field.project',
              kind: 'select',
              required: true,
              initial: plan.projects[0]!.projectId,
              options: plan.projects.map((p) => ({ value: p.projectId, label: p.title })),
            },
            { name: 'reason', label: 'plan.field.reason', kind: 'text', required: true },
          ]}
          submitLabel={t('plan.remove')}
          send={({ projectId, ...body }, key) =>
            unwrap(
              api.POST('/operating-plans/{district}/{year}/projects/{projectId}/removal', {
                params: { path: { ...path, projectId: String(projectId) }, header: headers(key) },
                body: body as Schemas['RemoveProjectFromPlanDto'],
              }),
            )
          }
          onDone={done(t('plan.saved.remove'))}
          onReload={reload}
        />
      ) : null}
      {working && allowed.has('SubmitOperatingPlan') ? (
        <PlanForm
          key={`submit-${loaded}`}
          id="plan-submit"
          title={t('plan.submit')}
          fields={[{ name: 'reasons', label: 'plan.field.reasons', kind: 'lines', hint: 'plan.field.reasons.hint' }]}
          submitLabel={t('plan.submit')}
          send={(body, key) =>
            unwrap(
              api.POST('/operating-plans/{district}/{year}/submission', {
                params: { path, header: headers(key) },
                body: body as Schemas['SubmitOperatingPlanDto'],
              }),
            )
          }
          onDone={done(t('plan.saved.submit'))}
          onReload={reload}
        />
      ) : null}
      {addable.some((row) => !row.deliberated) ? (
        <p class="form-hint">
          <Badge tone="warning">{t('project.undeliberated')}</Badge> {t('project.undeliberated.hint')}
        </p>
      ) : null}
    </>
  );
}
