/**
 * The public pages, without signing in (their own chunk, loaded when first visited): the
 * province (the 31 districts), a district (decisions with tallies, projects by goal and task,
 * allocated vs spent as charts with the same figures in a table beside each, amendments), the
 * 부속합의서 of a district and year as a printable page, the 가정통신문, and the open data with its
 * data dictionary. Every figure says how fresh it is; no page shows a personal field (the public
 * routes carry none).
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProblemError, api, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { BarChart } from '../components/bar-chart.js';
import { CriticalAlert, Link, Loading, Money, PageTitle, StateBadge, Table } from '../components/ui.js';
import { formatDate, formatDateTime, thousandWon } from '../format.js';
import { bodyName, districtName, districts, lang, projectStateName, t, taskName } from '../i18n.js';
import { pt, type PublicMessageKey } from '../public-messages.js';
import { navigate } from '../router.js';
import { useSignal } from '../signal.js';
import {
  educationSupportOffices,
  funders as FUNDERS,
  goals,
  isDistrictCode,
  signatoryTitle,
  type DistrictCode,
} from '../../../../libs/domain/src/catalogs.js';

type AsOf = Schemas['PublicAsOf'];
type PerFunder = Schemas['PublicPerFunder'];
type DistrictView = Schemas['PublicDistrict'];
type Project = Schemas['PublicProject'];

/** Loads a public answer; re-renders with the language (the figures are the same, the words change). */
function useAnswer<T>(load: () => Promise<T>, deps: readonly unknown[]): { data: T | null; failed: boolean } {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setData(null);
    setFailed(false);
    // A 503 is the server shedding load with nothing done: ask again a few times, a second apart.
    const attempt = (left: number): void => {
      load().then(
        (answer) => live && setData(answer),
        (error: unknown) => {
          if (!live) return;
          if (left > 0 && error instanceof ProblemError && error.problem.status === 503) setTimeout(() => live && attempt(left - 1), 1000);
          else setFailed(true);
        },
      );
    };
    attempt(5);
    return () => {
      live = false;
    };
  }, deps);
  return { data, failed };
}

/** A Korean particle after a name: 이/가, 은/는 by whether its last syllable ends in a consonant (군 → 이, 시 → 가). */
function particle(name: string, [withFinal, withoutFinal]: readonly [string, string]): string {
  if (lang.get() !== 'ko') return name;
  const code = name.charCodeAt(name.length - 1) - 0xac00;
  const final = code >= 0 && code <= 11171 && code % 28 !== 0;
  return `${name}${final ? withFinal : withoutFinal}`;
}

function officeName(district: string): string {
  const code = districts.find((candidate) => candidate.code === district)?.office;
  const office = educationSupportOffices.find((candidate) => candidate.code === code);
  if (!office) return '';
  return lang.get() === 'ko' ? office.name : `Gyeonggi ${office.shortName} Office of Education`;
}

export function Freshness({ asOf }: { asOf: AsOf }) {
  return (
    <p class="gongron-as-of">
      {asOf.updatedAt
        ? pt('asOf', { position: asOf.position.toLocaleString('ko-KR'), time: formatDateTime(asOf.updatedAt) })
        : pt('asOf.never')}
    </p>
  );
}

const rate = (spent: number, allocated: number) => (allocated > 0 ? `${((spent / allocated) * 100).toFixed(1)}%` : '–');
const funderLabel = (funder: (typeof FUNDERS)[number] | 'total') => pt(`funder.${funder}` as PublicMessageKey);
const goalLabel = (goal: number | null | undefined) =>
  goal === 1 || goal === 2 || goal === 3 ? pt(`goal.${goal}` as PublicMessageKey) : pt('goal.none');
const outcomeLabel = (decision: string) =>
  `outcome.${decision}` in outcomeKeys ? pt(`outcome.${decision}` as PublicMessageKey) : decision;
const outcomeKeys = Object.fromEntries(
  ['adopted', 'dismissed', 'approved', 'conditionallyApproved', 'revisionRequested', 'rejected', 'deferred', 'feedback'].map((key) => [
    `outcome.${key}`,
    true,
  ]),
);

function Failure() {
  return <CriticalAlert tone="danger">{pt('error.load')}</CriticalAlert>;
}

// ---------------------------------------------------------------- province

type Province = Schemas['PublicProvince'];
type Counts = Province['regions'][number]['totals'];

/** The figure columns every row of the province page has, in the order of its headings. */
function CountCells({ row }: { row: Omit<Counts, 'districts'> }) {
  return (
    <>
      <td class="num">{row.items.toLocaleString('ko-KR')}</td>
      <td class="num">{row.projects.toLocaleString('ko-KR')}</td>
      <td class="num">{row.decisions.toLocaleString('ko-KR')}</td>
      <td class="num">
        <Money won={row.allocated} />
      </td>
      <td class="num">
        <Money won={row.spent} />
      </td>
      <td class="num">{rate(row.spent, row.allocated)}</td>
    </>
  );
}

function CountHeadings() {
  return (
    <>
      {(['col.items', 'col.projects', 'col.decisions', 'col.allocated', 'col.spent', 'col.rate'] as const).map((key) => (
        <th key={key} scope="col" class="num">
          {pt(key)}
        </th>
      ))}
    </>
  );
}

const regionName = (region: { name: string; englishName: string }) => (lang.get() === 'ko' ? region.name : region.englishName);

function sumOf(rows: readonly Omit<Counts, 'districts'>[]): Omit<Counts, 'districts'> {
  return rows.reduce(
    (sum, row) => ({
      items: sum.items + row.items,
      projects: sum.projects + row.projects,
      decisions: sum.decisions + row.decisions,
      allocated: sum.allocated + row.allocated,
      spent: sum.spent + row.spent,
    }),
    { items: 0, projects: 0, decisions: 0, allocated: 0, spent: 0 },
  );
}

function ProvincePage({ query }: { query: URLSearchParams }) {
  const { data, failed } = useAnswer(() => unwrap(api.GET('/public/province')), []);
  const crumbs = <Breadcrumb trail={[{ label: t('nav.districts') }]} />;
  if (failed) return <Failure />;
  if (!data) return <Loading />;
  const chosen = data.regions.find((region) => region.code === query.get('region')) ?? null;
  const rows = chosen ? data.districts.filter((row) => row.region === chosen.code) : data.districts;
  const regionByCode = new Map(data.regions.map((region) => [region.code, region]));
  const total = sumOf(rows);
  const choose = (code: string) =>
    navigate(code === '' ? '/districts' : `/districts?region=${encodeURIComponent(code)}`, { replace: true });
  return (
    <>
      {crumbs}
      <PageTitle sub={pt('province.lead')}>{pt('province.title')}</PageTitle>
      <Freshness asOf={data.asOf} />
      <Section id="sec-regions" title={pt('province.regions')}>
        <p>{pt('province.regions.lead', { n: data.regions.length })}</p>
        <Table caption={pt('province.regions.caption')} class="gongron-public-table gongron-region-table">
          <thead>
            <tr>
              <th scope="col">{pt('col.region')}</th>
              <th scope="col" class="num">
                {pt('col.districtCount')}
              </th>
              <CountHeadings />
            </tr>
          </thead>
          <tbody>
            {data.regions.map((region) => (
              <tr key={region.code} aria-current={chosen?.code === region.code ? 'true' : undefined}>
                <th scope="row">
                  <Link href={`/districts?region=${encodeURIComponent(region.code)}`}>{regionName(region)}</Link>
                </th>
                <td class="num">{region.totals.districts.toLocaleString('ko-KR')}</td>
                <CountCells row={region.totals} />
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>
      <Section id="sec-districts" title={chosen ? regionName(chosen) : pt('province.region.all')}>
        <div class="form-group gongron-year">
          <div class="form-tit">
            <label for="public-region">{pt('province.region.filter')}</label>
          </div>
          <div class="form-conts">
            <select
              id="public-region"
              class="krds-form-select"
              value={chosen?.code ?? ''}
              onChange={(event) => choose((event.target as HTMLSelectElement).value)}
            >
              <option value="">{pt('province.region.all')}</option>
              {data.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {`${regionName(region)} (${region.totals.districts})`}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Table
          caption={chosen ? pt('province.region.caption', { region: regionName(chosen) }) : pt('province.caption')}
          class="gongron-public-table gongron-district-table"
        >
          <thead>
            <tr>
              <th scope="col">{pt('col.district')}</th>
              <th scope="col">{pt('col.region')}</th>
              <th scope="col">{pt('col.office')}</th>
              <CountHeadings />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.district}>
                <th scope="row">
                  <Link href={`/districts/${row.district}`}>{districtName(row.district)}</Link>
                </th>
                <td>{regionByCode.has(row.region) ? regionName(regionByCode.get(row.region)!) : row.region}</td>
                <td>{officeName(row.district)}</td>
                <CountCells row={row} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {pt('col.total')}
              </th>
              <CountCells row={total} />
            </tr>
          </tfoot>
        </Table>
      </Section>
      <p>
        <Link href="/open-data" class="krds-btn secondary">
          {t('nav.openData')}
        </Link>
      </p>
    </>
  );
}

// ---------------------------------------------------------------- district

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="gongron-public-section" aria-labelledby={id}>
      <h2 class="sec-tit" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function FunderChart({ view }: { view: DistrictView }) {
  const year = view.year ?? 0;
  const caption = pt('district.chart.funder.caption', { year });
  const rows = [...FUNDERS, 'total' as const];
  return (
    <div class="gongron-chart-pair">
      <BarChart
        id="chart-funder"
        title={`${pt('district.chart.funder')} (${pt('district.chart.unit')})`}
        legend={[pt('district.chart.allocated'), pt('district.chart.spent')]}
        groups={FUNDERS.map((funder) => ({
          label: funderLabel(funder),
          bars: [
            {
              label: pt('district.chart.allocated'),
              value: view.totals.allocated[funder],
              text: thousandWon(view.totals.allocated[funder]),
            },
            { label: pt('district.chart.spent'), value: view.totals.spent[funder], text: thousandWon(view.totals.spent[funder]) },
          ],
        }))}
      />
      <Table caption={caption} class="gongron-chart-table">
        <thead>
          <tr>
            <th scope="col">{pt('col.funder')}</th>
            <th scope="col" class="num">
              {pt('col.allocated')}
            </th>
            <th scope="col" class="num">
              {pt('col.spent')}
            </th>
            <th scope="col" class="num">
              {pt('col.remaining')}
            </th>
            <th scope="col" class="num">
              {pt('col.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((funder) => (
            <tr key={funder}>
              <th scope="row">{funderLabel(funder)}</th>
              <td class="num">
                <Money won={view.totals.allocated[funder]} />
              </td>
              <td class="num">
                <Money won={view.totals.spent[funder]} />
              </td>
              <td class="num">
                <Money won={view.totals.remaining[funder]} />
              </td>
              <td class="num">{rate(view.totals.spent[funder], view.totals.allocated[funder])}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function GoalChart({ view }: { view: DistrictView }) {
  const year = view.year ?? 0;
  return (
    <div class="gongron-chart-pair">
      <BarChart
        id="chart-goal"
        title={`${pt('district.chart.goal')} (${pt('district.chart.unit')})`}
        legend={[pt('district.chart.allocated'), pt('district.chart.spent')]}
        groups={view.goals.map((goal) => ({
          label: goalLabel(goal.goal),
          bars: [
            { label: pt('district.chart.allocated'), value: goal.allocated.total, text: thousandWon(goal.allocated.total) },
            { label: pt('district.chart.spent'), value: goal.spent.total, text: thousandWon(goal.spent.total) },
          ],
        }))}
      />
      <Table caption={pt('district.chart.goal.caption', { year })} class="gongron-chart-table">
        <thead>
          <tr>
            <th scope="col">{pt('col.goal')}</th>
            <th scope="col" class="num">
              {pt('col.projects')}
            </th>
            <th scope="col" class="num">
              {pt('col.allocated')}
            </th>
            <th scope="col" class="num">
              {pt('col.spent')}
            </th>
            <th scope="col" class="num">
              {pt('col.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.goals.map((goal) => (
            <tr key={goal.goal}>
              <th scope="row">{goalLabel(goal.goal)}</th>
              <td class="num">{goal.projects}</td>
              <td class="num">
                <Money won={goal.allocated.total} />
              </td>
              <td class="num">
                <Money won={goal.spent.total} />
              </td>
              <td class="num">{rate(goal.spent.total, goal.allocated.total)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

function ProjectsTable({ view }: { view: DistrictView }) {
  if (view.projects.length === 0) return <p>{pt('district.projects.none')}</p>;
  const pair = (amounts: PerFunder, funder: (typeof FUNDERS)[number]) => <Money won={amounts[funder]} />;
  return (
    <Table caption={pt('district.projects.caption', { year: view.year ?? 0 })} class="gongron-public-table">
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {pt('col.goal')}
          </th>
          <th scope="col" rowSpan={2}>
            {pt('col.task')}
          </th>
          <th scope="col" rowSpan={2}>
            {pt('col.project')}
          </th>
          <th scope="col" rowSpan={2}>
            {pt('col.state')}
          </th>
          <th scope="colgroup" colSpan={2}>
            {funderLabel('education-office')}
          </th>
          <th scope="colgroup" colSpan={2}>
            {funderLabel('local-government')}
          </th>
        </tr>
        <tr>
          <th scope="col" class="num">
            {pt('district.chart.allocated')}
          </th>
          <th scope="col" class="num">
            {pt('district.chart.spent')}
          </th>
          <th scope="col" class="num">
            {pt('district.chart.allocated')}
          </th>
          <th scope="col" class="num">
            {pt('district.chart.spent')}
          </th>
        </tr>
      </thead>
      <tbody>
        {view.projects.map((project: Project) => (
          <tr key={project.projectId}>
            <td>{goalLabel(project.goal)}</td>
            <td>{project.taskCode ? taskName(project.taskCode) : ''}</td>
            <th scope="row">{project.title}</th>
            <td>
              <StateBadge state={project.state} name={projectStateName(project.state)} />
            </td>
            <td class="num">{pair(project.allocated, 'education-office')}</td>
            <td class="num">{pair(project.spent, 'education-office')}</td>
            <td class="num">{pair(project.allocated, 'local-government')}</td>
            <td class="num">{pair(project.spent, 'local-government')}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A body as the district names it (its own Korean name where it gives one); in English, the plan's name. */
function localBodyName(view: DistrictView, code: string): string {
  const local = view.bodies.find((body) => body.code === code);
  return lang.get() === 'ko' && local ? local.name : bodyName(code);
}

/** The district's region and its bodies under the names it gives them, with its civic councils where it has several. */
function BodiesList({ view }: { view: DistrictView }) {
  return (
    <dl class="gongron-bodies">
      <dt>{pt('col.region')}</dt>
      <dd>
        <Link href={`/districts?region=${encodeURIComponent(view.region.code)}`}>{regionName(view.region)}</Link>
      </dd>
      {view.bodies.map((body) => (
        <Fragment key={body.code}>
          <dt>{bodyName(body.code)}</dt>
          <dd>
            <span>{body.name}</span>
            {body.code === 'civic-council' && view.civicCouncils.length > 1 ? (
              <ul class="gongron-councils">
                {view.civicCouncils.map((council) => (
                  <li key={council.code}>{council.name}</li>
                ))}
              </ul>
            ) : null}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

function DecisionsTable({ view }: { view: DistrictView }) {
  const items = view.decisions.items;
  if (items.length === 0) return <p>{pt('district.decisions.none')}</p>;
  return (
    <>
      <p class="gongron-count">{pt('district.decisions.count', { total: view.decisions.total, shown: items.length })}</p>
      <Table caption={pt('district.decisions.caption')} class="gongron-public-table">
        <thead>
          <tr>
            <th scope="col">{pt('col.date')}</th>
            <th scope="col">{pt('col.body')}</th>
            <th scope="col">{pt('col.item')}</th>
            <th scope="col">{pt('col.outcome')}</th>
            <th scope="col">{pt('col.tally')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((decision) => {
            const tally = decision.tally;
            return (
              <tr key={decision.eventId}>
                <td>{formatDate(decision.decidedOn)}</td>
                <td>{localBodyName(view, decision.body)}</td>
                <th scope="row">{decision.itemTitle}</th>
                <td>{outcomeLabel(decision.decision)}</td>
                <td>
                  {tally.onRoll === null && tally.present === null
                    ? pt('tally.none')
                    : pt('tally', {
                        onRoll: tally.onRoll ?? '–',
                        present: tally.present ?? '–',
                        for: tally.for ?? '–',
                        against: tally.against ?? '–',
                        abstain: tally.abstain ?? '–',
                      })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}

function AmendmentsTable({ view }: { view: DistrictView }) {
  if (view.amendments.length === 0) return <p>{pt('district.amendments.none')}</p>;
  const amounts = (pair: { 'education-office': number | null; 'local-government': number | null }) =>
    FUNDERS.map((funder) => `${funderLabel(funder)} ${pair[funder] === null ? '–' : thousandWon(pair[funder])}`).join(' / ');
  return (
    <Table caption={pt('district.amendments.caption', { year: view.year ?? 0 })} class="gongron-public-table">
      <thead>
        <tr>
          <th scope="col">{pt('col.consentedOn')}</th>
          <th scope="col">{pt('col.project')}</th>
          <th scope="col">{pt('col.change')}</th>
          <th scope="col">{pt('col.before')}</th>
          <th scope="col">{pt('col.after')}</th>
          <th scope="col">{pt('col.parties')}</th>
        </tr>
      </thead>
      <tbody>
        {view.amendments.map((amendment) => (
          <tr key={`${amendment.amendmentId}-${amendment.projectId}`}>
            <td>{formatDate(amendment.consentedOn)}</td>
            <th scope="row">{amendment.projectTitle ?? amendment.projectId}</th>
            <td>{pt(`kind.${amendment.kind}` as PublicMessageKey)}</td>
            <td>{amounts(amendment.previous)}</td>
            <td>{amounts(amendment.next)}</td>
            <td>{`${funderLabel(amendment.proposedBy)} → ${funderLabel(amendment.consentedBy)}`}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function DistrictPage({ district, query }: { district: DistrictCode; query: URLSearchParams }) {
  const requested = query.get('year');
  const year = requested && /^\d{4}$/.test(requested) ? Number(requested) : undefined;
  const { data: view, failed } = useAnswer(
    () => unwrap(api.GET('/public/districts/{district}', { params: { path: { district }, query: year ? { year } : {} } })),
    [district, year],
  );
  const name = districtName(district);
  const crumbs = <Breadcrumb trail={[{ label: t('nav.districts'), href: '/districts' }, { label: name }]} />;
  if (failed) return <Failure />;
  if (!view) return <Loading />;
  const shownYear = view.year;
  return (
    <>
      {crumbs}
      <PageTitle sub={pt('district.lead', { office: officeName(district), district: particle(name, ['이', '가']) })}>
        {pt('district.title', { district: name })}
      </PageTitle>
      <Freshness asOf={view.asOf} />
      <Section id="sec-bodies" title={pt('district.bodies')}>
        <BodiesList view={view} />
      </Section>
      {view.years.length > 0 ? (
        <div class="form-group gongron-year">
          <div class="form-tit">
            <label for="public-year">{pt('district.year')}</label>
          </div>
          <div class="form-conts">
            <select
              id="public-year"
              class="krds-form-select"
              value={String(shownYear ?? '')}
              onChange={(event) => navigate(`/districts/${district}?year=${(event.target as HTMLSelectElement).value}`, { replace: true })}
            >
              {view.years.map((option) => (
                <option key={option} value={String(option)}>
                  {pt('district.yearOption', { year: option })}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : (
        <p>{pt('district.noYear')}</p>
      )}
      {shownYear !== null ? (
        <>
          <Section id="sec-money" title={pt('district.money')}>
            <h3 class="gongron-h3">{pt('district.chart.funder')}</h3>
            <FunderChart view={view} />
            <h3 class="gongron-h3">{pt('district.chart.goal')}</h3>
            <GoalChart view={view} />
          </Section>
          <Section id="sec-projects" title={pt('district.projects')}>
            <ProjectsTable view={view} />
          </Section>
        </>
      ) : null}
      <Section id="sec-decisions" title={pt('district.decisions')}>
        <DecisionsTable view={view} />
      </Section>
      {shownYear !== null ? (
        <Section id="sec-amendments" title={pt('district.amendments')}>
          <AmendmentsTable view={view} />
        </Section>
      ) : null}
      <Section id="sec-documents" title={pt('district.documents')}>
        <ul class="gongron-links">
          {shownYear !== null && view.agreement ? (
            <>
              <li>
                <Link href={`/districts/${district}/agreements/${shownYear}`}>{pt('district.agreement', { year: shownYear })}</Link>
              </li>
              <li>
                <a href={`/public/agreements/${district}/${shownYear}/agreement.pdf`} download>
                  {pt('district.agreement.pdf', { year: shownYear })}
                </a>
              </li>
            </>
          ) : shownYear !== null ? (
            <li>{pt('district.agreement.none')}</li>
          ) : null}
          <li>
            <Link href={`/districts/${district}/letter${shownYear !== null ? `?year=${shownYear}` : ''}`}>{pt('district.letter')}</Link>
          </li>
          <li>
            <a href={`/public/districts/${district}/decisions.atom`} type="application/atom+xml">
              {pt('district.feed')}
            </a>
          </li>
          {(['csv', 'json', 'xlsx'] as const).map((format) => (
            <li key={format}>
              <a href={`/public/open-data/projects.${format}?district=${district}`} download>
                {pt('district.data', { dataset: `${lang.get() === 'ko' ? '세부사업 예산' : 'project budgets'} (${format.toUpperCase()})` })}
              </a>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

// ---------------------------------------------------------------- 부속합의서

function AgreementPrint({ district, year }: { district: DistrictCode; year: number }) {
  const { data: form, failed } = useAnswer(
    () => unwrap(api.GET('/public/agreements/{district}/{year}', { params: { path: { district, year } } })),
    [district, year],
  );
  const name = districtName(district);
  const crumbs = (
    <Breadcrumb
      trail={[{ label: t('nav.districts'), href: '/districts' }, { label: name, href: `/districts/${district}` }, { label: `${year}` }]}
    />
  );
  if (failed)
    return (
      <>
        {crumbs}
        <PageTitle>{pt('district.agreement', { year })}</PageTitle>
        <p>{pt('district.agreement.none')}</p>
      </>
    );
  if (!form) return <Loading />;
  const text = form.articles;
  return (
    <>
      {crumbs}
      <div class="gongron-print-actions gongron-no-print">
        <button type="button" class="krds-btn secondary" onClick={() => window.print()}>
          {pt('print')}
        </button>
        <a class="krds-btn primary" href={`/public/agreements/${district}/${year}/agreement.pdf`} download>
          {pt('agreement.pdf')}
        </a>
      </div>
      {lang.get() === 'en' ? <p class="gongron-no-print">{pt('agreement.koreanOnly')}</p> : null}
      <article class="gongron-document" lang="ko">
        <PageTitle>{text.title}</PageTitle>
        <p class="gongron-document-text">{text.preamble}</p>
        <h2 class="gongron-article-title">{text.article1}</h2>
        <p class="gongron-unit-note">(단위: 천원)</p>
        <div class="krds-table-wrap" tabIndex={0} role="region" aria-label="제1조 세부사업과 예산">
          <table class="tbl col data gongron-agreement">
            <caption class="sr-only">제1조 세부사업과 예산: 추진목표, 추진과제, 세부사업, 교육청·지자체·계(천원)</caption>
            <thead>
              <tr>
                <th scope="col">추진목표</th>
                <th scope="col">추진과제</th>
                <th scope="col">세부사업</th>
                <th scope="col" class="num">
                  교육청
                </th>
                <th scope="col" class="num">
                  지자체
                </th>
                <th scope="col" class="num">
                  계
                </th>
              </tr>
            </thead>
            <tbody>
              {form.projects.map((project) => {
                const goal = goals.find((candidate) => candidate.code === project.goal);
                return (
                  <tr key={project.projectId}>
                    <td>{goal ? `${goal.code}. ${goal.valueName}` : ''}</td>
                    <td>{project.taskCode ? taskName(project.taskCode) : ''}</td>
                    <th scope="row">{project.title}</th>
                    <td class="num">{thousandWon(project.budget['education-office'])}</td>
                    <td class="num">{thousandWon(project.budget['local-government'])}</td>
                    <td class="num">{thousandWon(project.budget.total)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  합계 ({form.projects.length}개 사업)
                </th>
                <td class="num">{thousandWon(form.totals['education-office'])}</td>
                <td class="num">{thousandWon(form.totals['local-government'])}</td>
                <td class="num">{thousandWon(form.totals.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <h2 class="gongron-article-title">{text.article2}</h2>
        {text.amendments.length === 0 ? (
          <p class="gongron-document-text">{text.noAmendments}</p>
        ) : (
          <ul class="gongron-document-list">
            {text.amendments.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <h2 class="gongron-article-title">{text.article3}</h2>
        <p class="gongron-document-text">{text.term}</p>
        <div class="gongron-signatures">
          {FUNDERS.map((party) => {
            const signer = form.parties[party];
            return (
              <div key={party} class="gongron-signature">
                <p>{signer.signedOn ? formatKoreanDate(signer.signedOn) : '(서명 전)'}</p>
                <p class="gongron-signature-org">{signer.institution}</p>
                <p>
                  {signer.signatory} <span class="gongron-seal">(서명)</span>
                </p>
              </div>
            );
          })}
        </div>
        <p class="gongron-as-of-print">{text.asOf}</p>
      </article>
    </>
  );
}

function formatKoreanDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${y}년 ${m}월 ${d}일`;
}

// ---------------------------------------------------------------- 가정통신문

function LetterPage({ district, query }: { district: DistrictCode; query: URLSearchParams }) {
  const requested = query.get('year');
  const year = requested && /^\d{4}$/.test(requested) ? Number(requested) : undefined;
  const { data: view, failed } = useAnswer(
    () => unwrap(api.GET('/public/districts/{district}', { params: { path: { district }, query: year ? { year } : {} } })),
    [district, year],
  );
  const name = districtName(district);
  const crumbs = (
    <Breadcrumb
      trail={[
        { label: t('nav.districts'), href: '/districts' },
        { label: name, href: `/districts/${district}` },
        { label: pt('letter.kicker') },
      ]}
    />
  );
  if (failed) return <Failure />;
  if (!view) return <Loading />;
  const shownYear = view.year ?? new Date().getFullYear();
  const office = officeName(district);
  const head = signatoryTitle(district, 'local-government');
  const headName = lang.get() === 'ko' ? head : head === '군수' ? 'County head' : 'Mayor';
  const url = `${location.origin}/districts/${district}`;
  return (
    <>
      {crumbs}
      <div class="gongron-print-actions gongron-no-print">
        <button type="button" class="krds-btn secondary" onClick={() => window.print()}>
          {pt('print')}
        </button>
      </div>
      <article class="gongron-document gongron-letter">
        <p class="gongron-letter-kicker">{pt('letter.kicker')}</p>
        <PageTitle>{pt('letter.title', { year: shownYear, district: name })}</PageTitle>
        <p class="gongron-document-text">{pt('letter.greeting', { office, district: particle(name, ['은', '는']) })}</p>
        <h2 class="gongron-article-title">{pt('letter.projects')}</h2>
        {view.projects.length === 0 ? (
          <p>{pt('letter.none')}</p>
        ) : (
          <Table caption={pt('letter.projects.caption', { year: shownYear })} class="gongron-public-table">
            <thead>
              <tr>
                <th scope="col">{pt('col.task')}</th>
                <th scope="col">{pt('col.project')}</th>
                <th scope="col" class="num">
                  {pt('letter.budget')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.projects.map((project) => (
                <tr key={project.projectId}>
                  <td>{project.taskCode ? taskName(project.taskCode) : ''}</td>
                  <th scope="row">{project.title}</th>
                  <td class="num">{thousandWon(project.allocated.total > 0 ? project.allocated.total : project.planned.total)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <p class="gongron-document-text">{pt('letter.voice')}</p>
        <h2 class="gongron-article-title">{pt('letter.contacts')}</h2>
        <ul class="gongron-document-list">
          <li>{pt('letter.contact.office', { office })}</li>
          <li>{pt('letter.contact.city', { district: name })}</li>
          <li>{pt('letter.contact.page', { url })}</li>
        </ul>
        <p class="gongron-letter-sign">
          {pt('letter.sign', { office: lang.get() === 'ko' ? office : office, district: name, head: headName })}
        </p>
        <Freshness asOf={view.asOf} />
      </article>
    </>
  );
}

// ---------------------------------------------------------------- open data

function OpenDataPage() {
  const { data, failed } = useAnswer(() => unwrap(api.GET('/public/open-data')), []);
  const current = useSignal(lang);
  if (failed) return <Failure />;
  if (!data) return <Loading />;
  return (
    <>
      <Breadcrumb trail={[{ label: t('nav.openData') }]} />
      <PageTitle sub={pt('openData.lead')}>{pt('openData.title')}</PageTitle>
      <Freshness asOf={data.asOf} />
      <p>{pt('openData.districtHint')}</p>
      {data.datasets.map((dataset) => {
        const title = dataset.title[current];
        return (
          <Section key={dataset.name} id={`dataset-${dataset.name}`} title={title}>
            <p>{dataset.description[current]}</p>
            <ul class="gongron-links gongron-downloads">
              {dataset.files.map((file) => {
                const format = file.split('.').pop()!.toUpperCase();
                return (
                  <li key={file}>
                    <a href={file} download class="krds-btn small secondary">
                      {pt('openData.file', { dataset: title, format })}
                    </a>
                  </li>
                );
              })}
            </ul>
            <Table caption={pt('openData.columns', { dataset: title })} class="gongron-public-table">
              <thead>
                <tr>
                  <th scope="col">{pt('openData.col.ko')}</th>
                  <th scope="col">{pt('openData.col.en')}</th>
                  <th scope="col">{pt('openData.col.key')}</th>
                  <th scope="col">{pt('openData.col.type')}</th>
                  <th scope="col">{pt('openData.col.description')}</th>
                </tr>
              </thead>
              <tbody>
                {dataset.columns.map((column) => (
                  <tr key={column.key}>
                    <th scope="row">{column.ko}</th>
                    <td lang="en">{column.en}</td>
                    <td>
                      <code>{column.key}</code>
                    </td>
                    <td>{pt(`type.${column.type}` as PublicMessageKey)}</td>
                    <td>{column.description[current]}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Section>
        );
      })}
    </>
  );
}

// ---------------------------------------------------------------- routes

export function PublicSite({ page, params, query }: { page: string; params: Record<string, string>; query: URLSearchParams }) {
  useSignal(lang);
  const district = params.district;
  if (district !== undefined && !isDistrictCode(district)) return <CriticalAlert tone="danger">{pt('district.notFound')}</CriticalAlert>;
  switch (page) {
    case 'publicProvince':
      return <ProvincePage query={query} />;
    case 'publicDistrict':
      return <DistrictPage district={district as DistrictCode} query={query} />;
    case 'publicAgreement':
      return <AgreementPrint district={district as DistrictCode} year={Number(params.year)} />;
    case 'publicLetter':
      return <LetterPage district={district as DistrictCode} query={query} />;
    default:
      return <OpenDataPage />;
  }
}
