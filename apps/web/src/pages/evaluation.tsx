/**
 * 평가: the year's province survey (period, respondents per group and total, common indicators),
 * its importance–performance analysis province-wide or for one district (a scatter chart with the
 * means and, beside it, the table of items with their quadrant), and the chosen district's
 * self-evaluation (individual indicators with their projects and items, the report document).
 * Everything is read from the API; the quadrants are the read model's, never recomputed here.
 * The province office records and corrects the survey here, and a district's officials their
 * district's self-evaluation (evaluation-forms.tsx); after the API's answer the page reads again,
 * and its confirmation shows only together with what it read.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemError, isNotFound, api, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { CriticalAlert, Link, Loading, PageTitle, Table } from '../components/ui.js';
import { formatDate } from '../format.js';
import { districtName, districts, lang, taskName } from '../i18n.js';
import { navigate } from '../router.js';
import type { Actor } from '../session.js';
import { isDistrictCode, type DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { ipaQuadrantNames } from '../../../../libs/domain/src/state-names.js';
import { et } from './evaluation-messages.js';
import { ProvinceSurveyForm, SelfEvaluationForm, useLinkChoices } from './evaluation-forms.js';

type SurveyStream = Schemas['ProvinceSurveyStream'];
type SelfStream = Schemas['DistrictEvaluationStream'];
type Survey = SurveyStream['state'];
type Analysis = Schemas['ImportancePerformance'];
type SelfEvaluation = Schemas['DistrictEvaluationView'];
type IpaItem = Analysis['items'][number];

const count = new Intl.NumberFormat('ko-KR');
const score = (value: number) => value.toFixed(2);
const quadrantName = (quadrant: IpaItem['quadrant']) => ipaQuadrantNames[quadrant][lang.get()];

/** The operating year (March–February) whose evaluation is read by default: the one under way in Seoul. */
function currentOperatingYear(): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  return month! >= 3 ? year! : year! - 1;
}

/** A year or district with nothing recorded yet answers 404; the page says so instead of showing an error. */

/** The API's own words for a failure; a lost connection (status 0) in the page's. */
const failureText = (error: unknown) =>
  error instanceof ProblemError && error.problem.status !== 0 ? (error.problem.detail ?? error.problem.code) : et('error.load');

const NO_SURVEY: Survey = {
  analysis: { items: [], means: null },
  corrections: [],
  recordedOn: null,
  status: 'none',
  survey: null,
  surveyId: null,
  totalRespondents: 0,
  workflowVersion: null,
  year: null,
};

const NO_SELF_EVALUATION: SelfEvaluation = {
  corrections: [],
  district: null,
  evaluation: null,
  evaluationId: null,
  links: { agendaItemIds: [], projectIds: [] },
  recordedOn: null,
  status: 'none',
  workflowVersion: null,
  year: null,
};

const PROVINCE_SCOPE = 'province';

/** One part of the page as read: its value (null: nothing recorded yet, the API's 404) or why it could not be read. */
interface Part<T> {
  readonly value: T | null;
  readonly failure: string | null;
}

async function partOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Part<T>> {
  try {
    return { value: await unwrap(call), failure: null };
  } catch (error) {
    return { value: null, failure: isNotFound(error) ? null : failureText(error) };
  }
}

/** The survey, its IPA for the scope and the district's self-evaluation (null without a district), read together. */
interface Reading {
  readonly survey: Part<SurveyStream>;
  readonly analysis: Part<Analysis>;
  readonly self: Part<SelfStream> | null;
  /** Which read this is: the forms start afresh from each. */
  readonly number: number;
}

async function readEvaluation(year: number, district: DistrictCode | null, number: number): Promise<Reading> {
  const [survey, analysis, self] = await Promise.all([
    partOf(api.GET('/evaluations/province/{year}', { params: { path: { year } } })),
    partOf(api.GET('/evaluations/province/{year}/ipa', { params: { path: { year }, query: district ? { district } : {} } })),
    district === null ? null : partOf(api.GET('/evaluations/districts/{district}/{year}', { params: { path: { district, year } } })),
  ]);
  return { survey, analysis, self, number };
}

const readFailed = (reading: Reading) => [reading.survey, reading.analysis, reading.self].some((part) => part?.failure);

/**
 * The page's reading of a year and scope, and the confirmation of a form's answer. A reload shows
 * the confirmation only once it has read the state the answer made, all parts at once, so the
 * message never stands above the old state; when a part could not be read, its error shows
 * instead. An answer for a year or scope no longer asked for, or overtaken by a later reload, is
 * dropped.
 */
function useEvaluation(year: number, district: DistrictCode | null) {
  const [reading, setReading] = useState<Reading | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const asked = useRef(0);
  const reload = async (confirmation: string | null = null) => {
    const number = (asked.current += 1);
    setSaved(null);
    const next = await readEvaluation(year, district, number);
    if (number !== asked.current) return;
    setReading(next);
    setSaved(readFailed(next) ? null : confirmation);
  };
  useEffect(() => {
    setReading(null);
    void reload();
  }, [year, district]);
  return { reading, saved, reload };
}

const W = 560;
const H = 380;
const PAD = { left: 56, right: 20, top: 20, bottom: 48 };
const QUADRANT_FILL: Record<IpaItem['quadrant'], string> = {
  concentrate: '#d50136',
  keepUp: '#256ef4',
  improveGradually: '#e57b00',
  maintain: '#228738',
};

/** Importance across, performance up; the dashed lines are the means the quadrants split at. */
function IpaChart({ id, title, analysis }: { id: string; title: string; analysis: Analysis }) {
  const means = analysis.means!;
  const importances = [...analysis.items.map((item) => item.importance), means.importance];
  const performances = [...analysis.items.map((item) => item.performance), means.performance];
  const range = (values: number[]) =>
    [Math.floor((Math.min(...values) - 0.1) * 10) / 10, Math.ceil((Math.max(...values) + 0.1) * 10) / 10] as const;
  const [x0, x1] = range(importances);
  const [y0, y1] = range(performances);
  const x = (value: number) => PAD.left + ((value - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - ((value - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const corner = (quadrant: IpaItem['quadrant'], cx: number, cy: number, anchor: 'start' | 'end') => (
    <text x={cx} y={cy} font-size="13" font-weight="700" fill={QUADRANT_FILL[quadrant]} text-anchor={anchor}>
      {quadrantName(quadrant)}
    </text>
  );
  return (
    <figure class="gongron-chart" aria-labelledby={`${id}-title`}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        <rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} fill="none" stroke="#8a949e" />
        <line x1={x(means.importance)} x2={x(means.importance)} y1={PAD.top} y2={H - PAD.bottom} stroke="#464c53" stroke-dasharray="4 4" />
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(means.performance)}
          y2={y(means.performance)}
          stroke="#464c53"
          stroke-dasharray="4 4"
        />
        {corner('concentrate', W - PAD.right - 6, H - PAD.bottom - 8, 'end')}
        {corner('keepUp', W - PAD.right - 6, PAD.top + 18, 'end')}
        {corner('improveGradually', PAD.left + 6, H - PAD.bottom - 8, 'start')}
        {corner('maintain', PAD.left + 6, PAD.top + 18, 'start')}
        {[x0, x1].map((value) => (
          <text key={`x${value}`} x={x(value)} y={H - PAD.bottom + 18} font-size="12" fill="#1e2124" text-anchor="middle">
            {value.toFixed(1)}
          </text>
        ))}
        {[y0, y1].map((value) => (
          <text key={`y${value}`} x={PAD.left - 8} y={y(value) + 4} font-size="12" fill="#1e2124" text-anchor="end">
            {value.toFixed(1)}
          </text>
        ))}
        <text x={(PAD.left + W - PAD.right) / 2} y={H - 8} font-size="13" fill="#1e2124" text-anchor="middle">
          {et('ipa.axis.importance')}
        </text>
        <text
          x={14}
          y={(PAD.top + H - PAD.bottom) / 2}
          font-size="13"
          fill="#1e2124"
          text-anchor="middle"
          transform={`rotate(-90 14 ${(PAD.top + H - PAD.bottom) / 2})`}
        >
          {et('ipa.axis.performance')}
        </text>
        {analysis.items.map((item, index) => (
          <g key={item.indicatorId}>
            <circle cx={x(item.importance)} cy={y(item.performance)} r="7" fill={QUADRANT_FILL[item.quadrant]}>
              <title>{`${item.name}: ${et('col.importance')} ${score(item.importance)}, ${et('col.performance')} ${score(item.performance)} · ${quadrantName(item.quadrant)}`}</title>
            </circle>
            <text x={x(item.importance) + 10} y={y(item.performance) + 4} font-size="12" fill="#1e2124">
              {index + 1}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

function IpaSection({ district, part }: { district: DistrictCode | null; part: Part<Analysis> }) {
  const failure = part.failure;
  const analysis: Analysis | 'none' | null = failure ? null : (part.value ?? 'none');
  const scope = district ? districtName(district) : et('scope.province');
  return (
    <section aria-labelledby="sec-ipa">
      <h2 class="sec-tit" id="sec-ipa">
        {et('ipa.title', { scope })}
      </h2>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {analysis === null ? (
        failure ? null : (
          <Loading />
        )
      ) : analysis === 'none' || analysis.items.length === 0 || !analysis.means ? (
        <p>{et('ipa.none', { scope })}</p>
      ) : (
        <>
          <p>{et('ipa.means', { importance: score(analysis.means.importance), performance: score(analysis.means.performance) })}</p>
          <div class="gongron-chart-pair">
            <IpaChart id="chart-ipa" title={et('ipa.chart', { scope })} analysis={analysis} />
            <Table caption={et('ipa.caption', { scope })} class="gongron-chart-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{et('col.indicator')}</th>
                  <th scope="col" class="num">
                    {et('col.importance')}
                  </th>
                  <th scope="col" class="num">
                    {et('col.performance')}
                  </th>
                  <th scope="col">{et('col.quadrant')}</th>
                </tr>
              </thead>
              <tbody>
                {analysis.items.map((item, index) => (
                  <tr key={item.indicatorId}>
                    <td>{index + 1}</td>
                    <th scope="row">{item.name}</th>
                    <td class="num">{score(item.importance)}</td>
                    <td class="num">{score(item.performance)}</td>
                    <td>{quadrantName(item.quadrant)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}

function SurveySection({ year, survey }: { year: number; survey: Survey | null }) {
  const found = survey?.survey;
  return (
    <section aria-labelledby="sec-survey">
      <h2 class="sec-tit" id="sec-survey">
        {et('survey.title')}
      </h2>
      {!found ? (
        <p>{et('survey.none', { year })}</p>
      ) : (
        <>
          <h3 class="gongron-h3">{found.title}</h3>
          <dl class="gongron-facts">
            <dt>{et('survey.period')}</dt>
            <dd>
              {formatDate(found.period.from)} – {formatDate(found.period.to)}
            </dd>
            {found.conductedWith ? (
              <>
                <dt>{et('survey.conductedWith')}</dt>
                <dd>{found.conductedWith}</dd>
              </>
            ) : null}
            <dt>{et('survey.recordedOn')}</dt>
            <dd>
              {formatDate(survey.recordedOn)}
              {survey.corrections.length > 0 ? ` · ${et('survey.corrections', { n: survey.corrections.length })}` : null}
            </dd>
          </dl>
          <Table caption={et('respondents.caption')}>
            <thead>
              <tr>
                <th scope="col">{et('col.group')}</th>
                <th scope="col" class="num">
                  {et('col.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {(['students', 'parents', 'teachers'] as const).map((group) => (
                <tr key={group}>
                  <th scope="row">{et(`respondents.${group}`)}</th>
                  <td class="num">{count.format(found.respondents[group])}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{et('respondents.total')}</th>
                <td class="num">{count.format(survey.totalRespondents)}</td>
              </tr>
            </tfoot>
          </Table>
          <Table caption={et('indicators.caption')}>
            <thead>
              <tr>
                <th scope="col">{et('col.indicator')}</th>
                <th scope="col">{et('col.task')}</th>
                <th scope="col" class="num">
                  {et('col.importance')}
                </th>
                <th scope="col" class="num">
                  {et('col.performance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {found.indicators.map((indicator) => (
                <tr key={indicator.indicatorId}>
                  <th scope="row">{indicator.name}</th>
                  <td>{indicator.taskCode ? taskName(indicator.taskCode) : '–'}</td>
                  <td class="num">{score(indicator.importance)}</td>
                  <td class="num">{score(indicator.performance)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}

function SelfEvaluationSection({
  year,
  district,
  view,
  failure,
}: {
  year: number;
  district: DistrictCode;
  view: SelfEvaluation | null;
  failure: string | null;
}) {
  const name = districtName(district);
  const evaluation = view?.evaluation;
  return (
    <section aria-labelledby="sec-self">
      <h2 class="sec-tit" id="sec-self">
        {et('self.title', { district: name })}
      </h2>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {view === null ? (
        failure ? null : (
          <Loading />
        )
      ) : !evaluation ? (
        <p>{et('self.none', { district: name, year })}</p>
      ) : (
        <>
          <p>
            <a href={`/attachments/${evaluation.report.sha256}`} class="krds-btn small secondary" download={evaluation.report.name}>
              {et('self.report')}: {evaluation.report.name}
            </a>
          </p>
          {evaluation.summary ? (
            <dl class="gongron-facts">
              <dt>{et('self.summary')}</dt>
              <dd>{evaluation.summary}</dd>
            </dl>
          ) : null}
          <Table caption={et('self.caption', { district: name })}>
            <thead>
              <tr>
                <th scope="col">{et('col.indicator')}</th>
                <th scope="col" class="num">
                  {et('col.target')}
                </th>
                <th scope="col" class="num">
                  {et('col.result')}
                </th>
                <th scope="col" class="num">
                  {et('col.rate')}
                </th>
                <th scope="col">{et('col.links')}</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.indicators.map((indicator) => (
                <tr key={indicator.indicatorId}>
                  <th scope="row">{indicator.name}</th>
                  <td class="num">
                    {count.format(indicator.target)}
                    {indicator.unit ?? ''}
                  </td>
                  <td class="num">
                    {count.format(indicator.result)}
                    {indicator.unit ?? ''}
                  </td>
                  <td class="num">{indicator.target > 0 ? `${((indicator.result / indicator.target) * 100).toFixed(1)}%` : '–'}</td>
                  <td>
                    <ul class="gongron-links">
                      {indicator.projectIds.map((id, index) => (
                        <li key={id}>
                          <Link href={`/projects/${encodeURIComponent(id)}`}>{et('link.project', { n: index + 1 })}</Link>
                        </li>
                      ))}
                      {indicator.agendaItemIds.map((id, index) => (
                        <li key={id}>
                          <Link href={`/agenda/${encodeURIComponent(id)}`}>{et('link.item', { n: index + 1 })}</Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}

export function EvaluationPage({ actor, query }: { actor: Actor; query: URLSearchParams }) {
  const latest = currentOperatingYear();
  const asked = Number(query.get('year'));
  const year = Number.isInteger(asked) && asked >= 2015 && asked <= latest ? asked : latest;
  const askedDistrict = query.get('district') ?? actor.district ?? '';
  const district = isDistrictCode(askedDistrict) ? askedDistrict : null;
  // After a form's answer the survey, its IPA and the self-evaluation are read again, and the forms start afresh.
  const { reading, saved, reload } = useEvaluation(year, district);
  const failure = reading?.survey.failure ?? null;
  const surveyStream = reading && !failure ? reading.survey.value : undefined;
  const selfFailure = reading?.self?.failure ?? null;
  const selfStream = reading?.self && !selfFailure ? reading.self.value : undefined;
  const readNumber = reading?.number ?? 0;
  const survey: Survey | null = surveyStream === undefined ? null : (surveyStream?.state ?? NO_SURVEY);
  const selfView: SelfEvaluation | null =
    selfStream === undefined ? null : (selfStream?.state ?? { ...NO_SELF_EVALUATION, district, year });
  // Who may record what is the domain's access rule: the province office the survey, a district's officials its own self-evaluation.
  const recordsSurvey = actor.role === 'province';
  const recordsSelf = actor.role === 'official' && district !== null && actor.district === district;
  const choices = useLinkChoices(district, year, recordsSelf);
  const done = (message: string) => () => void reload(message);
  const go = (next: { year?: number; district?: string }) => {
    const params = new URLSearchParams();
    params.set('year', String(next.year ?? year));
    // 'province' says the province-wide scope was chosen, so an official's own district does not come back.
    params.set('district', next.district ?? district ?? PROVINCE_SCOPE);
    navigate(`/evaluations?${params.toString()}`, { replace: true });
  };
  const years = Array.from({ length: 6 }, (_, index) => latest - index);
  return (
    <>
      <Breadcrumb trail={[{ label: et('title') }]} />
      <PageTitle sub={et('lead')}>{et('title')}</PageTitle>
      <div class="gongron-chart-pair">
        <div class="form-group gongron-year">
          <div class="form-tit">
            <label for="evaluation-year">{et('year')}</label>
          </div>
          <div class="form-conts">
            <select
              id="evaluation-year"
              class="krds-form-select"
              value={String(year)}
              onChange={(event) => go({ year: Number((event.target as HTMLSelectElement).value) })}
            >
              {years.map((option) => (
                <option key={option} value={String(option)}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="form-group gongron-year">
          <div class="form-tit">
            <label for="evaluation-scope">{et('scope')}</label>
          </div>
          <div class="form-conts">
            <select
              id="evaluation-scope"
              class="krds-form-select"
              value={district ?? PROVINCE_SCOPE}
              onChange={(event) => go({ district: (event.target as HTMLSelectElement).value })}
            >
              <option value={PROVINCE_SCOPE}>{et('scope.province')}</option>
              {districts.map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {districtName(entry.code)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      {saved ? <CriticalAlert tone="ok">{saved}</CriticalAlert> : null}
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {survey === null ? (
        failure ? null : (
          <Loading />
        )
      ) : (
        <>
          <SurveySection year={year} survey={survey} />
          {survey.survey && reading ? <IpaSection district={district} part={reading.analysis} /> : null}
          {recordsSurvey && surveyStream !== undefined ? (
            <ProvinceSurveyForm
              key={`survey-${year}-${readNumber}`}
              year={year}
              recorded={surveyStream}
              onDone={done(et(surveyStream ? 'form.survey.corrected' : 'form.survey.saved', { year }))}
              onReload={() => void reload()}
            />
          ) : null}
        </>
      )}
      {district ? <SelfEvaluationSection year={year} district={district} view={selfView} failure={selfFailure} /> : null}
      {district && recordsSelf && selfStream !== undefined && choices !== null ? (
        <SelfEvaluationForm
          key={`self-${district}-${year}-${readNumber}`}
          district={district}
          year={year}
          recorded={selfStream}
          choices={choices}
          onDone={done(et(selfStream ? 'form.self.corrected' : 'form.self.saved', { district: districtName(district), year }))}
          onReload={() => void reload()}
        />
      ) : null}
    </>
  );
}
