/**
 * The evaluation page's forms: the province office records the year's survey (종합평가) and, once
 * recorded, corrects it with a reason; a district's official records the district's self-evaluation
 * (자체평가) with its report and corrects it. Lists (common indicators, results per district,
 * individual indicators) grow and shrink row by row; each field is named by the request path the
 * API names in its refusals (`respondents.students`, `indicators[1].importance`), so a refusal lands
 * under its field. A correction starts from what is recorded.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemError, api, commandHeaders, unwrap, type Schemas } from '../api/client.js';
import { Field, ProblemAlert, localErrors, useSubmission, type FieldSpec, type Values } from '../components/form.js';
import { Link } from '../components/ui.js';
import { districtName, districts, t, taskName, tasks } from '../i18n.js';
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { et, type EvaluationMessageKey } from './evaluation-messages.js';

type SurveyStream = Schemas['ProvinceSurveyStream'];
type SelfStream = Schemas['DistrictEvaluationStream'];
type SurveyBody = Schemas['CorrectProvinceSurveyDto'];
type SelfBody = Schemas['CorrectDistrictEvaluationDto'];

const text = (key: EvaluationMessageKey, params: Record<string, string | number> = {}) => ({ text: et(key, params) });
const count = new Intl.NumberFormat('ko-KR');
const numberOf = (raw: string | undefined) => Number((raw ?? '').replace(/[,\s]/g, ''));
const failureOf = (error: unknown) => (error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network'));

/** An id for a row the person adds: the next free `{prefix}-{n}`, so ids recorded earlier keep theirs. */
function nextId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

let rowSequence = 0;
const rowKey = () => `row-${(rowSequence += 1)}`;

/** A field of a list row, rendered with the form's Field and the refusal of its path. */
function RowField({
  spec,
  value,
  errors,
  onInput,
  idPrefix,
}: {
  spec: FieldSpec;
  value: string;
  errors: Record<string, string>;
  onInput: (value: string) => void;
  idPrefix: string;
}) {
  return <Field spec={spec} value={value} error={errors[spec.name]} onInput={onInput} idPrefix={idPrefix} />;
}

/** A refusal of a whole list or row (`results[3]`, `respondents`), shown under it. */
function GroupError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="form-hint-invalid" id={id}>
      {error}
    </p>
  ) : null;
}

function RowFieldset({
  legend,
  wide = false,
  removeLabel,
  onRemove,
  error,
  errorId,
  children,
}: {
  legend: string;
  /** The first field (a name) takes the whole width. */
  wide?: boolean;
  removeLabel: string;
  onRemove: (() => void) | null;
  error: string | undefined;
  errorId: string;
  children: ComponentChildren;
}) {
  return (
    <fieldset
      class={`gongron-tally gongron-eval-row${wide ? ' gongron-eval-row-wide' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {/* KRDS keeps a legend for screen readers only; the row's name is shown too. */}
      <p class="form-tit" aria-hidden="true">
        {legend}
      </p>
      <div class="gongron-tally-grid">{children}</div>
      <GroupError id={errorId} error={error} />
      {onRemove ? (
        <div class="btn-wrap">
          <button type="button" class="krds-btn small tertiary" onClick={onRemove}>
            {removeLabel}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}

// --- the province survey ---

interface IndicatorRow {
  readonly key: string;
  readonly indicatorId: string;
  readonly name: string;
  readonly taskCode: string;
  readonly importance: string;
  readonly performance: string;
}

interface ResultRow {
  readonly key: string;
  readonly district: string;
  readonly indicatorId: string;
  readonly importance: string;
  readonly performance: string;
}

interface SurveyDraft {
  readonly fixed: Values;
  readonly indicators: readonly IndicatorRow[];
  readonly results: readonly ResultRow[];
}

const emptyIndicator = (taken: readonly string[]): IndicatorRow => ({
  key: rowKey(),
  indicatorId: nextId('indicator', taken),
  name: '',
  taskCode: '',
  importance: '',
  performance: '',
});

const emptyResult = (district: string, indicatorId: string): ResultRow => ({
  key: rowKey(),
  district,
  indicatorId,
  importance: '',
  performance: '',
});

function surveyDraft(year: number, recorded: SurveyStream | null): SurveyDraft {
  const survey = recorded?.state.survey;
  if (!survey) {
    const first = emptyIndicator([]);
    return {
      fixed: {
        title: et('form.survey.title.default', { year }),
        'period.from': '',
        'period.to': '',
        'respondents.students': '',
        'respondents.parents': '',
        'respondents.teachers': '',
        conductedWith: '',
        reason: '',
      },
      indicators: [first],
      results: [emptyResult(districts[0]!.code, first.indicatorId)],
    };
  }
  return {
    fixed: {
      title: survey.title,
      'period.from': survey.period.from,
      'period.to': survey.period.to,
      'respondents.students': String(survey.respondents.students),
      'respondents.parents': String(survey.respondents.parents),
      'respondents.teachers': String(survey.respondents.teachers),
      conductedWith: survey.conductedWith ?? '',
      reason: '',
    },
    indicators: survey.indicators.map((indicator) => ({
      key: rowKey(),
      indicatorId: indicator.indicatorId,
      name: indicator.name,
      taskCode: indicator.taskCode ?? '',
      importance: indicator.importance.toFixed(2),
      performance: indicator.performance.toFixed(2),
    })),
    results: survey.results.map((result) => ({
      key: rowKey(),
      district: result.district,
      indicatorId: result.indicatorId,
      importance: result.importance.toFixed(2),
      performance: result.performance.toFixed(2),
    })),
  };
}

const respondentGroups = ['students', 'parents', 'teachers'] as const;

function surveyFixedFields(correcting: boolean): FieldSpec[] {
  return [
    { name: 'title', label: text('form.survey.title'), kind: 'text', required: true },
    { name: 'period.from', label: text('form.survey.from'), kind: 'date', required: true },
    { name: 'period.to', label: text('form.survey.to'), kind: 'date', required: true },
    { name: 'conductedWith', label: text('form.survey.conductedWith'), kind: 'text', hint: text('form.survey.conductedWith.hint') },
    ...respondentGroups.map((group): FieldSpec => ({
      name: `respondents.${group}`,
      label: text(`respondents.${group}`),
      kind: 'count',
      required: true,
    })),
    ...(correcting
      ? [{ name: 'reason', label: text('form.reason'), kind: 'textarea', required: true, hint: text('form.reason.hint') } as FieldSpec]
      : []),
  ];
}

const scoreField = (name: string, label: EvaluationMessageKey): FieldSpec => ({
  name,
  label: text(label),
  kind: 'decimal',
  required: true,
});

function indicatorFields(index: number): FieldSpec[] {
  return [
    { name: `indicators[${index}].name`, label: text('form.indicator.name'), kind: 'text', required: true },
    {
      name: `indicators[${index}].taskCode`,
      label: text('form.indicator.task'),
      kind: 'select',
      options: tasks.map((task) => ({ value: task.code, label: taskName(task.code) })),
    },
    scoreField(`indicators[${index}].importance`, 'form.indicator.importance'),
    scoreField(`indicators[${index}].performance`, 'form.indicator.performance'),
  ];
}

function resultFields(index: number, indicators: readonly IndicatorRow[]): FieldSpec[] {
  return [
    {
      name: `results[${index}].district`,
      label: text('form.result.district'),
      kind: 'select',
      required: true,
      options: districts.map((district) => ({ value: district.code, label: districtName(district.code) })),
    },
    {
      name: `results[${index}].indicatorId`,
      label: text('form.result.indicator'),
      kind: 'select',
      required: true,
      options: indicators.map((indicator, at) => ({
        value: indicator.indicatorId,
        label: indicator.name.trim() || et('form.indicator.unnamed', { n: at + 1 }),
      })),
    },
    scoreField(`results[${index}].importance`, 'form.indicator.importance'),
    scoreField(`results[${index}].performance`, 'form.indicator.performance'),
  ];
}

/** Every field of the survey with its value, flat by path: what localErrors checks. */
function surveyValues(draft: SurveyDraft): Values {
  const values: Values = { ...draft.fixed };
  draft.indicators.forEach((row, index) => {
    values[`indicators[${index}].name`] = row.name;
    values[`indicators[${index}].taskCode`] = row.taskCode;
    values[`indicators[${index}].importance`] = row.importance;
    values[`indicators[${index}].performance`] = row.performance;
  });
  draft.results.forEach((row, index) => {
    values[`results[${index}].district`] = row.district;
    values[`results[${index}].indicatorId`] = row.indicatorId;
    values[`results[${index}].importance`] = row.importance;
    values[`results[${index}].performance`] = row.performance;
  });
  return values;
}

function surveyBody(draft: SurveyDraft): Omit<SurveyBody, 'reason'> {
  const fixed = draft.fixed;
  const conductedWith = fixed.conductedWith!.trim();
  return {
    title: fixed.title!.trim(),
    period: { from: fixed['period.from']!, to: fixed['period.to']! },
    respondents: {
      students: numberOf(fixed['respondents.students']),
      parents: numberOf(fixed['respondents.parents']),
      teachers: numberOf(fixed['respondents.teachers']),
    },
    ...(conductedWith ? { conductedWith } : {}),
    indicators: draft.indicators.map((row) => ({
      indicatorId: row.indicatorId,
      name: row.name.trim(),
      ...(row.taskCode ? { taskCode: row.taskCode as NonNullable<SurveyBody['indicators'][number]['taskCode']> } : {}),
      importance: numberOf(row.importance),
      performance: numberOf(row.performance),
    })),
    results: draft.results.map((row) => ({
      district: row.district as DistrictCode,
      indicatorId: row.indicatorId,
      importance: numberOf(row.importance),
      performance: numberOf(row.performance),
    })),
  };
}

/** Respondents in total as they are typed: only whole numbers count, as the API counts them. */
function respondentTotal(fixed: Values): number {
  return respondentGroups.reduce((total, group) => {
    const raw = (fixed[`respondents.${group}`] ?? '').trim().replace(/,/g, '');
    return /^\d+$/.test(raw) ? total + Number(raw) : total;
  }, 0);
}

/**
 * The province office's form: the year's survey, recorded once, then corrected with a reason. After
 * the API's answer the page reads the survey and its IPA again.
 */
export function ProvinceSurveyForm({
  year,
  recorded,
  onDone,
  onReload,
}: {
  year: number;
  recorded: SurveyStream | null;
  onDone: () => void;
  onReload: () => void;
}) {
  const correcting = recorded !== null && recorded.state.survey !== null;
  const id = correcting ? 'survey-correct' : 'survey-record';
  const [draft, setDraft] = useState<SurveyDraft>(() => surveyDraft(year, recorded));
  const fixedFields = surveyFixedFields(correcting);
  const rowFields = [
    ...draft.indicators.flatMap((_row, index) => indicatorFields(index)),
    ...draft.results.flatMap((_row, index) => resultFields(index, draft.indicators)),
  ];
  const allFields = [...fixedFields, ...rowFields];
  const groups = [
    'period',
    'respondents',
    'indicators',
    'results',
    ...draft.indicators.flatMap((_row, index) => [`indicators[${index}]`, `indicators[${index}].indicatorId`]),
    ...draft.results.map((_row, index) => `results[${index}]`),
  ];
  const submission = useSubmission<unknown>([...allFields.map((field) => field.name), ...groups]);
  const errors = submission.state.fieldErrors;
  const values = surveyValues(draft);

  const setFixed = (name: string, value: string) => setDraft((previous) => ({ ...previous, fixed: { ...previous.fixed, [name]: value } }));
  const setIndicator = (index: number, change: Partial<IndicatorRow>) =>
    setDraft((previous) => ({
      ...previous,
      indicators: previous.indicators.map((row, at) => (at === index ? { ...row, ...change } : row)),
    }));
  const setResult = (index: number, change: Partial<ResultRow>) =>
    setDraft((previous) => ({ ...previous, results: previous.results.map((row, at) => (at === index ? { ...row, ...change } : row)) }));
  // Rows moving under earlier refusals would put them under the wrong field: a changed list clears them.
  const restructure = (change: (previous: SurveyDraft) => SurveyDraft) => {
    submission.reset();
    setDraft(change);
  };
  const addIndicator = () =>
    restructure((previous) => ({
      ...previous,
      indicators: [...previous.indicators, emptyIndicator(previous.indicators.map((row) => row.indicatorId))],
    }));
  const removeIndicator = (index: number) =>
    restructure((previous) => {
      const gone = previous.indicators[index]!.indicatorId;
      const indicators = previous.indicators.filter((_row, at) => at !== index);
      // A result cannot name an indicator the survey no longer lists: it moves to the first one left.
      const results = previous.results.map((row) => (row.indicatorId === gone ? { ...row, indicatorId: indicators[0]!.indicatorId } : row));
      return { ...previous, indicators, results };
    });
  const addResult = () =>
    restructure((previous) => {
      const last = previous.results[previous.results.length - 1];
      const district = last?.district ?? districts[0]!.code;
      // The next indicator of the same district not yet given, so a district's rows are entered one after another.
      const given = new Set(previous.results.filter((row) => row.district === district).map((row) => row.indicatorId));
      const indicatorId =
        previous.indicators.find((row) => !given.has(row.indicatorId))?.indicatorId ?? previous.indicators[0]!.indicatorId;
      return { ...previous, results: [...previous.results, emptyResult(district, indicatorId)] };
    });
  const removeResult = (index: number) =>
    restructure((previous) => ({ ...previous, results: previous.results.filter((_row, at) => at !== index) }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const local = localErrors(allFields, values);
    if (Object.keys(local).length > 0) return submission.setLocal(local);
    const body = surveyBody(draft);
    const answer = await submission.submit((key) =>
      correcting
        ? unwrap(
            api.POST('/evaluations/province/{year}/corrections', {
              params: { path: { year }, header: commandHeaders(recorded.revision, key) },
              body: { ...body, reason: draft.fixed.reason!.trim() },
            }),
          )
        : unwrap(api.POST('/evaluations/province', { params: { header: commandHeaders(undefined, key) }, body: { ...body, year } })),
    );
    if (answer) onDone();
  };

  const fixedField = (name: string) => {
    const spec = fixedFields.find((field) => field.name === name)!;
    return (
      <Field
        key={name}
        spec={spec}
        value={draft.fixed[name] ?? ''}
        error={errors[name]}
        onInput={(value) => setFixed(name, value)}
        idPrefix={id}
      />
    );
  };
  const total = respondentTotal(draft.fixed);
  return (
    <form class="gongron-form gongron-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 class="sec-tit" id={`${id}-heading`}>
        {et(correcting ? 'form.survey.correct' : 'form.survey.record', { year })}
      </h2>
      <p>{et(correcting ? 'form.survey.correct.lead' : 'form.survey.record.lead')}</p>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={onReload} />
      <div class="fieldset">
        {correcting ? fixedField('reason') : null}
        {fixedField('title')}
        <div class="gongron-tally-grid">
          {fixedField('period.from')}
          {fixedField('period.to')}
        </div>
        <GroupError id={`${id}-period-error`} error={errors['period']} />
        {fixedField('conductedWith')}
      </div>
      <fieldset
        class="gongron-tally"
        aria-describedby={[`${id}-total`, errors['respondents'] ? `${id}-respondents-error` : null].filter(Boolean).join(' ')}
      >
        <legend>{et('form.respondents')}</legend>
        <p class="form-tit" aria-hidden="true">
          {et('form.respondents')}
        </p>
        <div class="gongron-tally-grid">{respondentGroups.map((group) => fixedField(`respondents.${group}`))}</div>
        <p class="gongron-vote-rule-line" id={`${id}-total`} aria-live="polite">
          <strong>{et('form.respondents.total', { total: count.format(total) })}</strong>
        </p>
        <GroupError id={`${id}-respondents-error`} error={errors['respondents']} />
      </fieldset>

      <h3 class="sec-tit">{et('form.indicators')}</h3>
      <p class="form-hint">{et('form.indicators.lead')}</p>
      <GroupError id={`${id}-indicators-error`} error={errors['indicators']} />
      {draft.indicators.map((row, index) => (
        <RowFieldset
          key={row.key}
          legend={et('form.indicator.n', { n: index + 1 })}
          wide
          removeLabel={et('form.indicator.remove', { n: index + 1 })}
          onRemove={draft.indicators.length > 1 ? () => removeIndicator(index) : null}
          error={errors[`indicators[${index}]`] ?? errors[`indicators[${index}].indicatorId`]}
          errorId={`${id}-indicator-${index}-error`}
        >
          {indicatorFields(index).map((spec) => {
            const property = spec.name.slice(spec.name.lastIndexOf('.') + 1) as 'name' | 'taskCode' | 'importance' | 'performance';
            return (
              <RowField
                key={spec.name}
                spec={spec}
                value={row[property]}
                errors={errors}
                onInput={(value) => setIndicator(index, { [property]: value })}
                idPrefix={id}
              />
            );
          })}
        </RowFieldset>
      ))}
      <div class="btn-wrap">
        <button type="button" class="krds-btn medium secondary" onClick={addIndicator}>
          {et('form.indicator.add')}
        </button>
      </div>

      <h3 class="sec-tit">{et('form.results')}</h3>
      <p class="form-hint">{et('form.results.lead')}</p>
      <GroupError id={`${id}-results-error`} error={errors['results']} />
      {draft.results.map((row, index) => (
        <RowFieldset
          key={row.key}
          legend={et('form.result.n', { n: index + 1 })}
          removeLabel={et('form.result.remove', { n: index + 1 })}
          onRemove={draft.results.length > 1 ? () => removeResult(index) : null}
          error={errors[`results[${index}]`]}
          errorId={`${id}-result-${index}-error`}
        >
          {resultFields(index, draft.indicators).map((spec) => {
            const property = spec.name.slice(spec.name.lastIndexOf('.') + 1) as 'district' | 'indicatorId' | 'importance' | 'performance';
            return (
              <RowField
                key={spec.name}
                spec={spec}
                value={row[property]}
                errors={errors}
                onInput={(value) => setResult(index, { [property]: value })}
                idPrefix={id}
              />
            );
          })}
        </RowFieldset>
      ))}
      <div class="btn-wrap">
        <button type="button" class="krds-btn medium secondary" onClick={addResult}>
          {et('form.result.add')}
        </button>
      </div>

      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy} aria-busy={submission.state.busy}>
          {et(correcting ? 'form.survey.submitCorrection' : 'form.survey.submit')}
        </button>
      </div>
    </form>
  );
}

// --- a district's self-evaluation ---

interface SelfIndicatorRow {
  readonly key: string;
  readonly indicatorId: string;
  readonly name: string;
  readonly target: string;
  readonly result: string;
  readonly unit: string;
  readonly projectIds: readonly string[];
  readonly agendaItemIds: readonly string[];
}

interface Report {
  readonly sha256: string;
  readonly name: string;
}

interface SelfDraft {
  readonly summary: string;
  readonly reason: string;
  readonly indicators: readonly SelfIndicatorRow[];
  readonly report: Report | null;
}

/** What an indicator may name as measured: the district's projects of the year and its agenda items. */
export interface LinkChoices {
  readonly projects: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly items: ReadonlyArray<{ readonly id: string; readonly title: string }>;
}

const emptySelfIndicator = (taken: readonly string[]): SelfIndicatorRow => ({
  key: rowKey(),
  indicatorId: nextId('indicator', taken),
  name: '',
  target: '',
  result: '',
  unit: '',
  projectIds: [],
  agendaItemIds: [],
});

function selfDraft(recorded: SelfStream | null): SelfDraft {
  const evaluation = recorded?.state.evaluation;
  if (!evaluation) return { summary: '', reason: '', indicators: [emptySelfIndicator([])], report: null };
  return {
    summary: evaluation.summary ?? '',
    reason: '',
    indicators: evaluation.indicators.map((indicator) => ({
      key: rowKey(),
      indicatorId: indicator.indicatorId,
      name: indicator.name,
      target: String(indicator.target),
      result: String(indicator.result),
      unit: indicator.unit ?? '',
      projectIds: indicator.projectIds,
      agendaItemIds: indicator.agendaItemIds,
    })),
    report: evaluation.report,
  };
}

function selfIndicatorFields(index: number): FieldSpec[] {
  return [
    { name: `indicators[${index}].name`, label: text('form.self.indicator.name'), kind: 'text', required: true },
    { name: `indicators[${index}].target`, label: text('form.self.indicator.target'), kind: 'decimal', required: true },
    { name: `indicators[${index}].result`, label: text('form.self.indicator.result'), kind: 'decimal', required: true },
    {
      name: `indicators[${index}].unit`,
      label: text('form.self.indicator.unit'),
      kind: 'text',
      hint: text('form.self.indicator.unit.hint'),
    },
  ];
}

async function upload(file: File): Promise<Report> {
  const answer = await unwrap(
    api.POST('/attachments', {
      params: { query: { name: file.name } },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    }),
  );
  return { sha256: answer.sha256, name: file.name };
}

/** Ticks for the projects or items one indicator measures; each choice's refusal (`projectIds[0]`) under the group. */
function LinkGroup({
  id,
  legend,
  choices,
  chosen,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  choices: LinkChoices['projects'];
  chosen: readonly string[];
  error: string | undefined;
  onChange: (next: readonly string[]) => void;
}) {
  return (
    <fieldset class="form-group gongron-radio-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="form-tit">{legend}</legend>
      <p class="form-tit" aria-hidden="true">
        {legend}
      </p>
      <div class={`form-conts${error ? ' is-error' : ''}`}>
        <div class="krds-form-check-wrap">
          {choices.map((choice) => (
            <div class="krds-form-check" key={choice.id}>
              <input
                type="checkbox"
                id={`${id}-${choice.id}`}
                checked={chosen.includes(choice.id)}
                onChange={(event) => {
                  const on = (event.currentTarget as HTMLInputElement).checked;
                  onChange(on ? [...chosen, choice.id] : chosen.filter((other) => other !== choice.id));
                }}
              />
              <label for={`${id}-${choice.id}`}>{choice.title}</label>
            </div>
          ))}
        </div>
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** The first refusal the API gave for one of a row's links (`indicators[0].projectIds[1]`). */
function linkError(errors: Record<string, string>, prefix: string): string | undefined {
  const path = Object.keys(errors).find((field) => field === prefix || field.startsWith(`${prefix}[`));
  return path === undefined ? undefined : errors[path];
}

/**
 * An official's form for the district's self-evaluation of a year: recorded once with its report
 * (uploaded through POST /attachments and named by its SHA-256), then corrected with a reason.
 */
export function SelfEvaluationForm({
  district,
  year,
  recorded,
  choices,
  onDone,
  onReload,
}: {
  district: DistrictCode;
  year: number;
  recorded: SelfStream | null;
  choices: LinkChoices;
  onDone: () => void;
  onReload: () => void;
}) {
  const correcting = recorded !== null && recorded.state.evaluation !== null;
  const id = correcting ? 'self-correct' : 'self-record';
  const [draft, setDraft] = useState<SelfDraft>(() => selfDraft(recorded));
  const [uploading, setUploading] = useState(false);
  const [uploadFailure, setUploadFailure] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fixedFields: FieldSpec[] = [
    ...(correcting
      ? [{ name: 'reason', label: text('form.reason'), kind: 'textarea', required: true, hint: text('form.reason.hint') } as FieldSpec]
      : []),
    { name: 'summary', label: text('form.self.summary'), kind: 'textarea', hint: text('form.self.summary.hint') },
  ];
  const rowFields = draft.indicators.flatMap((_row, index) => selfIndicatorFields(index));
  const allFields = [...fixedFields, ...rowFields];
  const linkPaths = draft.indicators.flatMap((_row, index) => [`indicators[${index}].projectIds`, `indicators[${index}].agendaItemIds`]);
  const submission = useSubmission<unknown>([
    ...allFields.map((field) => field.name),
    'indicators',
    'report',
    'report.sha256',
    'report.name',
    ...draft.indicators.flatMap((_row, index) => [`indicators[${index}]`, `indicators[${index}].indicatorId`]),
  ]);
  const errors = submission.state.fieldErrors;
  const name = districtName(district);
  const values: Values = { summary: draft.summary, reason: draft.reason };
  draft.indicators.forEach((row, index) => {
    values[`indicators[${index}].name`] = row.name;
    values[`indicators[${index}].target`] = row.target;
    values[`indicators[${index}].result`] = row.result;
    values[`indicators[${index}].unit`] = row.unit;
  });
  // A link's refusal names one entry of a list (`indicators[0].projectIds[1]`): it is placed under its group.
  const unplaced = submission.unplaced.filter((entry) => !linkPaths.some((path) => entry.field.startsWith(path)));

  const setRow = (index: number, change: Partial<SelfIndicatorRow>) =>
    setDraft((previous) => ({
      ...previous,
      indicators: previous.indicators.map((row, at) => (at === index ? { ...row, ...change } : row)),
    }));
  const restructure = (change: (previous: SelfDraft) => SelfDraft) => {
    submission.reset();
    setDraft(change);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setUploading(true);
    setUploadFailure(null);
    try {
      const stored = await upload(file);
      setDraft((previous) => ({ ...previous, report: stored }));
    } catch (error) {
      setUploadFailure(failureOf(error));
    } finally {
      setUploading(false);
    }
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const local = localErrors(allFields, values);
    if (!draft.report) local['report'] = et('form.self.report.required');
    if (Object.keys(local).length > 0) return submission.setLocal(local);
    const summary = draft.summary.trim();
    const body: Omit<SelfBody, 'reason'> = {
      ...(summary ? { summary } : {}),
      indicators: draft.indicators.map((row) => {
        const unit = row.unit.trim();
        return {
          indicatorId: row.indicatorId,
          name: row.name.trim(),
          target: numberOf(row.target),
          result: numberOf(row.result),
          ...(unit ? { unit } : {}),
          projectIds: [...row.projectIds],
          agendaItemIds: [...row.agendaItemIds],
        };
      }),
      report: draft.report!,
    };
    const answer = await submission.submit((key) =>
      correcting
        ? unwrap(
            api.POST('/evaluations/districts/{district}/{year}/corrections', {
              params: { path: { district, year }, header: commandHeaders(recorded.revision, key) },
              body: { ...body, reason: draft.reason.trim() },
            }),
          )
        : unwrap(
            api.POST('/evaluations/districts', { params: { header: commandHeaders(undefined, key) }, body: { ...body, district, year } }),
          ),
    );
    if (answer) onDone();
  };

  const reportError = uploadFailure ?? errors['report.sha256'] ?? errors['report.name'] ?? errors['report'];
  const fileId = `${id}-report`;
  return (
    <form class="gongron-form gongron-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 class="sec-tit" id={`${id}-heading`}>
        {et(correcting ? 'form.self.correct' : 'form.self.record', { district: name, year })}
      </h2>
      <p>{et(correcting ? 'form.self.correct.lead' : 'form.self.record.lead')}</p>
      <ProblemAlert state={submission.state} unplaced={unplaced} onReload={onReload} />
      <div class="fieldset">
        {fixedFields.map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={values[spec.name] ?? ''}
            error={errors[spec.name]}
            onInput={(value) => setDraft((previous) => ({ ...previous, [spec.name]: value }))}
            idPrefix={id}
          />
        ))}
      </div>

      <h3 class="sec-tit">{et('form.self.indicators')}</h3>
      <GroupError id={`${id}-indicators-error`} error={errors['indicators']} />
      {draft.indicators.map((row, index) => (
        <RowFieldset
          key={row.key}
          legend={et('form.self.indicator.n', { n: index + 1 })}
          wide
          removeLabel={et('form.self.indicator.remove', { n: index + 1 })}
          onRemove={
            draft.indicators.length > 1
              ? () => restructure((previous) => ({ ...previous, indicators: previous.indicators.filter((_r, at) => at !== index) }))
              : null
          }
          error={errors[`indicators[${index}]`] ?? errors[`indicators[${index}].indicatorId`]}
          errorId={`${id}-indicator-${index}-error`}
        >
          {selfIndicatorFields(index).map((spec) => {
            const property = spec.name.slice(spec.name.lastIndexOf('.') + 1) as 'name' | 'target' | 'result' | 'unit';
            return (
              <RowField
                key={spec.name}
                spec={spec}
                value={row[property]}
                errors={errors}
                onInput={(value) => setRow(index, { [property]: value })}
                idPrefix={id}
              />
            );
          })}
          {choices.projects.length > 0 ? (
            <LinkGroup
              id={`${id}-indicator-${index}-projects`}
              legend={et('form.self.indicator.projects')}
              choices={choices.projects}
              chosen={row.projectIds}
              error={linkError(errors, `indicators[${index}].projectIds`)}
              onChange={(projectIds) => setRow(index, { projectIds })}
            />
          ) : null}
          {choices.items.length > 0 ? (
            <LinkGroup
              id={`${id}-indicator-${index}-items`}
              legend={et('form.self.indicator.items')}
              choices={choices.items}
              chosen={row.agendaItemIds}
              error={linkError(errors, `indicators[${index}].agendaItemIds`)}
              onChange={(agendaItemIds) => setRow(index, { agendaItemIds })}
            />
          ) : null}
        </RowFieldset>
      ))}
      <div class="btn-wrap">
        <button
          type="button"
          class="krds-btn medium secondary"
          onClick={() =>
            restructure((previous) => ({
              ...previous,
              indicators: [...previous.indicators, emptySelfIndicator(previous.indicators.map((row) => row.indicatorId))],
            }))
          }
        >
          {et('form.self.indicator.add')}
        </button>
      </div>

      <div class="form-group">
        <div class="form-tit">
          <label for={fileId}>
            {et('form.self.report')}
            <span class="gongron-required"> ({t('common.required')})</span>
          </label>
        </div>
        <div class={`form-conts${reportError ? ' is-error' : ''}`}>
          <input
            ref={fileInput}
            type="file"
            id={fileId}
            class="krds-input"
            accept=".pdf,.hwp,.hwpx,application/pdf"
            aria-describedby={[`${fileId}-hint`, `${fileId}-kept`, reportError ? `${fileId}-error` : null].filter(Boolean).join(' ')}
            aria-invalid={reportError ? 'true' : undefined}
            onChange={onFile}
          />
        </div>
        <p class="form-hint" id={`${fileId}-hint`}>
          {et('form.self.report.hint')}
        </p>
        <p id={`${fileId}-kept`} aria-live="polite">
          {uploading ? (
            et('form.self.uploading')
          ) : draft.report ? (
            <Link href={`/attachments/${draft.report.sha256}`}>{et('form.self.report.kept', { name: draft.report.name })}</Link>
          ) : (
            et('form.self.report.none')
          )}
        </p>
        <GroupError id={`${fileId}-error`} error={reportError} />
      </div>

      <div class="btn-wrap">
        <button
          type="submit"
          class="krds-btn medium primary"
          disabled={submission.state.busy || uploading}
          aria-busy={submission.state.busy}
        >
          {et(correcting ? 'form.self.submitCorrection' : 'form.self.submit')}
        </button>
      </div>
    </form>
  );
}

/** The district's projects of the year and its agenda items, the things an indicator may say it measures. */
export function useLinkChoices(district: DistrictCode | null, year: number, enabled: boolean): LinkChoices | null {
  const [choices, setChoices] = useState<LinkChoices | null>(null);
  useEffect(() => {
    setChoices(null);
    if (!enabled || district === null) return;
    Promise.all([
      unwrap(api.GET('/project-deliberations', { params: { query: { district, year, limit: 200 } } })),
      unwrap(api.GET('/agenda-board', { params: { query: { district, limit: 200 } } })),
    ]).then(
      ([projects, items]) =>
        setChoices({
          projects: projects.items.filter((row) => !row.cancelled).map((row) => ({ id: row.project_id, title: row.title })),
          items: items.items.map((row) => ({ id: row.item_id, title: row.title })),
        }),
      // Without the lists the form still records indicators; it only cannot offer links.
      () => setChoices({ projects: [], items: [] }),
    );
  }, [district, year, enabled]);
  return choices;
}
