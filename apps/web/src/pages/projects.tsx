import { useEffect, useState } from 'preact/hooks';
import { ProblemError, api, commandHeaders, unwrap, type CommandAnswer, type Schemas } from '../api/client.js';
import { budgetLedger, type LedgerRow, type TimelineEntry } from '../api/reads.js';
import { Breadcrumb } from '../app.js';
import { Fields, ProblemAlert, bodyOf, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { BudgetTable, WonToggle, byProject } from '../components/budget.js';
import { Badge, CriticalAlert, Link, Loading, PageTitle, StateBadge } from '../components/ui.js';
import { exactWon, formatDate, seoulToday } from '../format.js';
import { districtName, funderName, projectStateName, t, taskName } from '../i18n.js';
import type { Actor } from '../session.js';
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { Timeline } from './item.js';
import { ReadingAlerts, unlessAbsent, useReading } from '../reading.js';
import { FirstReadingFailed } from './missing.js';

export function ProjectsPage({ actor }: { actor: Actor }) {
  const [rows, setRows] = useState<LedgerRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [exact, setExact] = useState(false);
  const [undeliberated, setUndeliberated] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    budgetLedger(actor.district ? { district: actor.district as DistrictCode } : {}).then(
      (page) => setRows(page.items),
      (error: unknown) => setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')),
    );
    unwrap(
      api.GET('/project-deliberations', {
        params: { query: { ...(actor.district ? { district: actor.district as DistrictCode } : {}), deliberated: '0', limit: 200 } },
      }),
    ).then(
      (page) => setUndeliberated(new Set(page.items.map((row) => row.project_id))),
      (error: unknown) => setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')),
    );
  }, [actor.id]);
  return (
    <>
      <Breadcrumb trail={[{ label: t('projects.title') }]} />
      <PageTitle sub={actor.district ? t('projects.lead', { district: districtName(actor.district) }) : t('projects.lead.all')}>
        {t('projects.title')}
      </PageTitle>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {rows === null ? (
        failure ? null : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <p>{t('projects.empty')}</p>
      ) : (
        <>
          <WonToggle exact={exact} onToggle={() => setExact(!exact)} />
          <BudgetTable projects={byProject(rows)} exact={exact} linked caption={t('projects.caption')} undeliberated={undeliberated} />
        </>
      )}
    </>
  );
}

const otherParty = (party: string) => (party === 'education-office' ? 'local-government' : 'education-office');

type GrantRow = Schemas['SchoolGrantPage']['items'][number];

/** A grant as the expenditure form offers it: the school, how it was granted, and what it gave from the party's money. */
const grantLabel = (grant: GrantRow, party: string) =>
  `${grant.school_name} · ${t(grant.kind === 'direct' ? 'grants.kind.direct' : 'grants.kind.call')} · ${funderName(party)} ${exactWon(
    party === 'education-office' ? grant.amount_education_office : grant.amount_local_government,
  )}`;

/**
 * Who executed the money, apart from who funded it: the funder itself, the other party, or a school
 * through its grant — then the project's grant that gave the party's money is asked for.
 */
const expenditureFields = (party: string, grants: readonly GrantRow[]): FieldSpec[] => [
  { name: 'amount', label: 'project.expenditure.amount', kind: 'won', required: true },
  { name: 'spentOn', label: 'project.expenditure.spentOn', kind: 'date', required: true, initial: seoulToday() },
  { name: 'purpose', label: 'project.expenditure.purpose', kind: 'text', required: true },
  {
    name: 'executedBy',
    label: 'project.expenditure.executedBy',
    kind: 'select',
    required: true,
    initial: party,
    options: [
      { value: party, label: funderName(party) },
      { value: otherParty(party), label: funderName(otherParty(party)) },
      ...(grants.length > 0 ? [{ value: 'school', label: t('project.expenditure.bySchool') }] : []),
    ],
  },
  ...(grants.length > 0
    ? [
        {
          name: 'grantId',
          label: 'project.expenditure.grant',
          kind: 'select',
          required: true,
          initial: grants[0]!.grant_id,
          options: grants.map((grant) => ({ value: grant.grant_id, label: grantLabel(grant, party) })),
          when: (values: Record<string, string>) => values['executedBy'] === 'school',
        } satisfies FieldSpec,
      ]
    : []),
];

function ExpenditureForm({
  id,
  revision,
  party,
  grants,
  onDone,
  onReload,
}: {
  id: string;
  revision: number;
  party: string;
  grants: readonly GrantRow[];
  onDone: (revision: number) => void;
  onReload: () => void;
}) {
  // Only the grants that gave this party's money can carry its expenditure.
  const own = grants.filter((grant) => (party === 'education-office' ? grant.amount_education_office : grant.amount_local_government) > 0);
  const fields = expenditureFields(party, own);
  const form = useFormValues(fields);
  const submission = useSubmission<CommandAnswer>(fields.map((field) => field.name));
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const body = { ...bodyOf(fields, form.values), funder: party } as Schemas['RecordExpenditureDto'];
    const answer = await submission.submit((key) =>
      unwrap(api.POST('/projects/{id}/expenditures', { params: { path: { id }, header: commandHeaders(revision, key) }, body })),
    );
    if (answer) onDone(answer.revision);
  };
  return (
    <form class="gongron-form gongron-panel" onSubmit={onSubmit} noValidate aria-labelledby="expenditure-title">
      <h2 class="sec-tit" id="expenditure-title">
        {t('project.expenditure')} · {funderName(party)}
      </h2>
      <p class="form-hint">{t('project.expenditure.onlyOwn')}</p>
      {own.length === 0 ? <p class="form-hint">{t('project.expenditure.grant.none')}</p> : null}
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={onReload} />
      <Fields fields={fields} values={form.values} errors={submission.state.fieldErrors} setValue={form.setValue} idPrefix="expenditure" />
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {t('action.submit', { action: t('project.expenditure') })}
        </button>
      </div>
    </form>
  );
}

interface ProjectReading {
  readonly project: Schemas['ProjectStream'];
  readonly rows: LedgerRow[];
  readonly events: TimelineEntry[];
  readonly deliberation: Schemas['ProjectDeliberation'] | null;
  readonly grants: GrantRow[];
}

/** The project, its ledger rows, its timeline, the deliberation it traces to and its grants, read together. */
async function readProject(id: string): Promise<ProjectReading> {
  const [project, ledger, history, deliberation, granted] = await Promise.all([
    unwrap(api.GET('/projects/{id}', { params: { path: { id } } })),
    budgetLedger({ projectId: id }),
    unlessAbsent(unwrap(api.GET('/projects/{id}/history', { params: { path: { id } } })), { events: [] as TimelineEntry[] }),
    // The read model may not hold a project created a moment ago.
    unlessAbsent(unwrap(api.GET('/project-deliberations/{projectId}', { params: { path: { projectId: id } } })), null),
    unwrap(api.GET('/school-grant-register', { params: { query: { projectId: id, limit: 500 } } })),
  ]);
  // The calls' grants first, then the direct ones, each in the order granted.
  const grants = [...granted.items].sort((a, b) => a.kind.localeCompare(b.kind) || a.awarded_on.localeCompare(b.awarded_on));
  return { project, rows: ledger.items, events: history.events, deliberation, grants };
}

export function ProjectPage({ id, actor }: { id: string; actor: Actor }) {
  const [exact, setExact] = useState(false);
  // After an expenditure the project is read again; its confirmation shows only with what was read.
  const reading = useReading(() => readProject(id), [id]);
  const { data, failure, loaded } = reading;
  if (failure && !data)
    return (
      <FirstReadingFailed
        reading={reading}
        record={{ title: 'missing.project', id, list: { label: 'projects.title', href: '/projects', back: 'missing.back.project' } }}
      />
    );
  if (!data) return <Loading />;
  const { project, rows, events, deliberation, grants } = data;
  const state = project.state;
  // Present on every recorded project (null only before its creation).
  const title = state.title ?? id;
  // The read model names the deliberation the project traces to (an approved item or approved plan); until it answers, the project's own source.
  const undeliberated = deliberation ? deliberation.deliberated === 0 : !state.sourceAgendaItemId;
  const canSpend =
    actor.role === 'official' && actor.district === state.district && actor.party && project.allowedActions.includes('RecordExpenditure');
  return (
    <>
      <Breadcrumb trail={[{ label: t('projects.title'), href: '/projects' }, { label: title }]} />
      <PageTitle
        sub={
          <>
            <StateBadge state={state.status} name={projectStateName(state.status)} />{' '}
            {undeliberated ? (
              <>
                <Badge tone="warning">{t('project.undeliberated')}</Badge>{' '}
              </>
            ) : null}
            {districtName(state.district)} · {taskName(state.taskCode)}
          </>
        }
      >
        {title}
      </PageTitle>
      {undeliberated ? <p class="form-hint">{t('project.undeliberated.hint')}</p> : null}
      {deliberation?.plan_id ? (
        <p class="form-hint">
          <Link href={`/operating-plans/${deliberation.district}/${deliberation.year}`}>
            {t('project.undeliberated.plan', {
              plan: `${districtName(deliberation.district)} ${deliberation.year}`,
              date: formatDate(deliberation.plan_decided_on),
            })}
          </Link>
        </p>
      ) : deliberation?.source_agenda_item_id ? (
        <p class="form-hint">
          <Link href={`/agenda/${encodeURIComponent(deliberation.source_agenda_item_id)}`}>{t('project.undeliberated.item')}</Link>
        </p>
      ) : null}
      <p>
        <Link href={`/projects/${encodeURIComponent(id)}/school-calls`} class="krds-btn medium tertiary">
          {t('calls.link')}
        </Link>
      </p>
      <ReadingAlerts reading={reading} />
      {rows.length > 0 ? (
        <>
          <WonToggle exact={exact} onToggle={() => setExact(!exact)} />
          <BudgetTable projects={byProject(rows)} exact={exact} linked={false} caption={t('projects.caption')} />
        </>
      ) : null}
      {canSpend ? (
        <ExpenditureForm
          key={loaded}
          id={id}
          revision={project.revision}
          party={actor.party!}
          grants={grants}
          onReload={() => void reading.reload()}
          onDone={(revision) => void reading.reload(t('item.saved', { action: t('project.expenditure'), revision }))}
        />
      ) : null}
      <h2 class="sec-tit">{t('item.tabs.timeline')}</h2>
      <Timeline events={events} caption={t('item.timeline.caption')} />
    </>
  );
}
