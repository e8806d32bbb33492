/**
 * Forms for commands. Fields are named by the path of the request body they fill (`tally.present`),
 * so the API's refusals, which name the same paths, land under the field they are about. One
 * submission has one Idempotency-Key: a double click, or a retry after a lost answer, sends the
 * same key and the API writes once.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { ProblemError, idempotencyKey, type Problem } from '../api/client.js';
import { t, type MessageKey } from '../i18n.js';
import { ContextualHelp, CriticalAlert } from './ui.js';

export type FieldKind = 'text' | 'secret' | 'textarea' | 'date' | 'select' | 'radio' | 'count' | 'won' | 'decimal' | 'lines';

/** A label or hint: a key of the app's catalogue, or a text a page's own catalogue has already put in the page's language. */
export type FieldText = MessageKey | { readonly text: string };

export const textOf = (text: FieldText): string => (typeof text === 'string' ? t(text) : text.text);

export interface FieldSpec {
  readonly name: string;
  readonly label: FieldText;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly hint?: FieldText;
  readonly options?: ReadonlyArray<{ value: string; label: string }>;
  /** Shown only when this returns true for the current values. */
  readonly when?: (values: Values) => boolean;
  readonly initial?: string;
}

export type Values = Record<string, string>;

/** The request body from the form's values: empty optional fields are left out, counts are numbers. */
export function bodyOf(fields: readonly FieldSpec[], values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.when && !field.when(values)) continue;
    const raw = (values[field.name] ?? '').trim();
    if (raw === '') continue;
    let value: unknown = raw;
    if (field.kind === 'count' || field.kind === 'won' || field.kind === 'decimal') value = Number(raw.replace(/[,\s]/g, ''));
    if (field.kind === 'lines')
      value = raw
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
    const parts = field.name.split('.');
    let target = body;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts[parts.length - 1]!] = value;
  }
  return body;
}

/** The checks a person can be told about before anything is sent (the API checks them again). */
export function localErrors(fields: readonly FieldSpec[], values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (field.when && !field.when(values)) continue;
    const raw = (values[field.name] ?? '').trim();
    if (raw === '') {
      if (field.required) errors[field.name] = t('field.required', { label: textOf(field.label) });
      continue;
    }
    if ((field.kind === 'count' || field.kind === 'won') && !/^\d[\d,]*$/.test(raw)) errors[field.name] = t('field.wholeNumber');
    if (field.kind === 'decimal' && !/^-?\d[\d,]*(\.\d+)?$/.test(raw)) errors[field.name] = t('field.number');
    if (field.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) errors[field.name] = t('field.date');
  }
  return errors;
}

export interface SubmitState {
  readonly busy: boolean;
  readonly problem: Problem | null;
  readonly fieldErrors: Record<string, string>;
  readonly stale: boolean;
}

/**
 * Runs one submission at a time. The key is made when a submission starts and kept until it has
 * an answer, so a second click while the first is in flight is the same request.
 */
export function useSubmission<T>(fieldNames: readonly string[]) {
  const key = useRef<string | null>(null);
  const inFlight = useRef<Promise<T | undefined> | null>(null);
  const [state, setState] = useState<SubmitState>({ busy: false, problem: null, fieldErrors: {}, stale: false });

  async function submit(run: (key: string) => Promise<T>): Promise<T | undefined> {
    if (inFlight.current) return inFlight.current;
    key.current ??= idempotencyKey();
    const current = key.current;
    setState({ busy: true, problem: null, fieldErrors: {}, stale: false });
    const attempt = (async () => {
      try {
        const result = await run(current);
        key.current = null;
        setState({ busy: false, problem: null, fieldErrors: {}, stale: false });
        return result;
      } catch (error) {
        const problem: Problem = error instanceof ProblemError ? error.problem : { status: 0, code: 'NETWORK' };
        // A network failure may have written: the retry keeps the key. An answer ends the submission.
        if (problem.status !== 0) key.current = null;
        const fieldErrors: Record<string, string> = {};
        for (const entry of problem.errors ?? []) if (!fieldErrors[entry.field]) fieldErrors[entry.field] = entry.message;
        if (problem.field && !fieldErrors[problem.field] && problem.detail) fieldErrors[problem.field] = problem.detail;
        setState({ busy: false, problem, fieldErrors, stale: problem.status === 412 });
        return undefined;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = attempt;
    return attempt;
  }

  const unplaced = (state.problem?.errors ?? []).filter((entry) => !fieldNames.includes(entry.field));
  return {
    state,
    submit,
    unplaced,
    reset: () => setState({ busy: false, problem: null, fieldErrors: {}, stale: false }),
    setLocal: (fieldErrors: Record<string, string>) => setState({ busy: false, problem: null, fieldErrors, stale: false }),
  };
}

/** The refusal at the top of a form: the stale-page message with a reload, or the API's own words. */
export function ProblemAlert({
  state,
  onReload,
  unplaced,
}: {
  state: SubmitState;
  onReload?: () => void;
  unplaced: ReadonlyArray<{ field: string; message: string }>;
}) {
  if (state.stale) {
    return (
      <CriticalAlert
        tone="danger"
        action={
          onReload ? (
            <button type="button" class="krds-btn medium secondary" onClick={onReload}>
              {t('common.reload')}
            </button>
          ) : undefined
        }
      >
        <strong>{t('error.stale')}</strong>
        <p>{t('error.stale.detail')}</p>
      </CriticalAlert>
    );
  }
  const problem = state.problem;
  if (!problem && Object.keys(state.fieldErrors).length === 0) return null;
  const text =
    problem === null
      ? t('error.fields')
      : problem.status === 0
        ? t('error.network')
        : problem.status === 401
          ? t('error.signedOut')
          : (problem.detail ?? t('error.title'));
  return (
    <CriticalAlert tone="danger">
      <strong>{t('error.title')}</strong>
      <p>{text}</p>
      {unplaced.length > 0 ? (
        <ul>
          {unplaced.map((entry) => (
            <li key={entry.field}>{entry.message}</li>
          ))}
        </ul>
      ) : null}
    </CriticalAlert>
  );
}

let fieldSequence = 0;

export function Field(props: { spec: FieldSpec; value: string; error?: string; onInput: (value: string) => void; idPrefix: string }) {
  const { spec, value, error } = props;
  // A list entry's path (`indicators[1].importance`) becomes `indicators-1-importance`: an id any selector can name.
  const id = `${props.idPrefix}-${spec.name.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [spec.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: spec.name,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    'aria-required': spec.required ? ('true' as const) : undefined,
  };
  const onInput = (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value);
  let control: ComponentChildren;
  if (spec.kind === 'textarea' || spec.kind === 'lines') {
    control = <textarea {...common} class="krds-input" rows={spec.kind === 'lines' ? 3 : 4} value={value} onInput={onInput} />;
  } else if (spec.kind === 'select') {
    control = (
      <select {...common} class="krds-form-select" value={value} onChange={onInput}>
        {spec.required ? null : <option value="">{t('common.none')}</option>}
        {(spec.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'radio') {
    return (
      <fieldset class="form-group gongron-radio-group" aria-describedby={described}>
        <legend class="form-tit">
          {textOf(spec.label)}
          {spec.required ? <span class="gongron-required"> ({t('common.required')})</span> : null}
        </legend>
        <div class={`form-conts${error ? ' is-error' : ''}`}>
          <div class="krds-form-check-wrap">
            {(spec.options ?? []).map((option) => (
              <div class="krds-form-check" key={option.value}>
                <input
                  type="radio"
                  id={`${id}-${option.value}`}
                  name={`${props.idPrefix}-${spec.name}`}
                  value={option.value}
                  checked={value === option.value}
                  onChange={onInput}
                />
                <label for={`${id}-${option.value}`}>{option.label}</label>
              </div>
            ))}
          </div>
        </div>
        {spec.hint ? (
          <p class="form-hint" id={hintId}>
            {textOf(spec.hint)}
          </p>
        ) : null}
        {error ? (
          <p class="form-hint-invalid" id={errorId}>
            {error}
          </p>
        ) : null}
      </fieldset>
    );
  } else {
    const numeric = spec.kind === 'count' || spec.kind === 'won';
    control = (
      <input
        {...common}
        type={(spec.kind === 'date' ? 'date' : spec.kind === 'secret' ? 'password' : 'text') as 'text'}
        inputMode={numeric ? 'numeric' : spec.kind === 'decimal' ? 'decimal' : undefined}
        autoComplete="off"
        class="krds-input"
        value={value}
        onInput={onInput}
      />
    );
  }
  return (
    <div class="form-group">
      <div class="form-tit">
        <label for={id}>
          {textOf(spec.label)}
          {spec.required ? <span class="gongron-required"> ({t('common.required')})</span> : null}
        </label>
      </div>
      <div class={`form-conts${error ? ' is-error' : ''}`}>{control}</div>
      {spec.hint ? (
        <p class="form-hint" id={hintId}>
          {textOf(spec.hint)}
        </p>
      ) : null}
      {error ? (
        <p class="form-hint-invalid" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The fields of a form that its values make visible (a spec's `when`), each with its own error. */
export function Fields(props: {
  fields: readonly FieldSpec[];
  values: Values;
  errors: Readonly<Record<string, string | undefined>>;
  setValue: (name: string, value: string) => void;
  idPrefix: string;
}) {
  const { fields, values, errors, setValue, idPrefix } = props;
  return (
    <div class="fieldset">
      {fields
        .filter((spec) => !spec.when || spec.when(values))
        .map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={values[spec.name]!}
            error={errors[spec.name]}
            onInput={(value) => setValue(spec.name, value)}
            idPrefix={idPrefix}
          />
        ))}
    </div>
  );
}

export function useFormValues(fields: readonly FieldSpec[], initial: Values = {}) {
  const start = useMemo(() => {
    const values: Values = {};
    for (const field of fields) values[field.name] = initial[field.name] ?? field.initial ?? '';
    return values;
  }, []);
  const [values, setValues] = useState<Values>(start);
  const prefix = useMemo(() => `f${(fieldSequence += 1)}`, []);
  return {
    values,
    setValue: (name: string, value: string) => setValues((previous) => ({ ...previous, [name]: value })),
    setValues,
    prefix,
  };
}

// --- votes: the committee rule, live ---

export function quorumOf(onRoll: number): number {
  return Math.floor(onRoll / 2) + 1;
}

export function majorityOf(present: number): number {
  return Math.floor(present / 2) + 1;
}

const count = (value: string | undefined): number | null =>
  value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;

/** What the tally in the form means under the rule, before it is sent. */
export function VoteRule({ values, prefix = 'tally', id }: { values: Values; prefix?: string; id: string }) {
  const onRoll = count(values[`${prefix}.onRoll`]);
  const present = count(values[`${prefix}.present`]);
  const yes = count(values[`${prefix}.for`]) ?? 0;
  const sum = yes + (count(values[`${prefix}.against`]) ?? 0) + (count(values[`${prefix}.abstain`]) ?? 0);
  let verdict: { tone: 'ok' | 'danger'; text: string } | null = null;
  if (onRoll !== null && onRoll > 0 && present !== null) {
    if (present > onRoll) verdict = { tone: 'danger', text: t('vote.state.tooManyPresent', { present, onRoll }) };
    else if (sum > present) verdict = { tone: 'danger', text: t('vote.state.doesNotAddUp', { sum, present }) };
    else if (present < quorumOf(onRoll))
      verdict = { tone: 'danger', text: t('vote.state.noQuorum', { present, quorum: quorumOf(onRoll) }) };
    else if (yes < majorityOf(present))
      verdict = { tone: 'danger', text: t('vote.state.notCarried', { for: yes, majority: majorityOf(present) }) };
    else verdict = { tone: 'ok', text: t('vote.state.carried') };
  }
  return (
    <div class="gongron-vote-rule" id={id}>
      <p class="gongron-vote-rule-line" aria-live="polite">
        <strong>{t('vote.rule.title')}: </strong>
        {onRoll !== null && onRoll > 0
          ? t('vote.rule.live', {
              onRoll,
              quorum: quorumOf(onRoll),
              majority: present !== null && present > 0 ? majorityOf(present) : quorumOf(onRoll) > 0 ? majorityOf(quorumOf(onRoll)) : 1,
            })
          : t('vote.rule.enterOnRoll')}
      </p>
      {verdict ? (
        <p class={`gongron-vote-verdict ${verdict.tone}`} aria-live="polite">
          {verdict.text}
        </p>
      ) : null}
      <ContextualHelp id={`${id}-help`} label={t('vote.rule.title')}>
        <p>{t('vote.rule.help')}</p>
      </ContextualHelp>
    </div>
  );
}

export function tallyFields(prefix = 'tally'): FieldSpec[] {
  return [
    { name: `${prefix}.onRoll`, label: 'vote.onRoll', kind: 'count', required: true },
    { name: `${prefix}.present`, label: 'vote.present', kind: 'count', required: true },
    { name: `${prefix}.for`, label: 'vote.for', kind: 'count', required: true },
    { name: `${prefix}.against`, label: 'vote.against', kind: 'count', required: true, initial: '0' },
    { name: `${prefix}.abstain`, label: 'vote.abstain', kind: 'count', required: true, initial: '0' },
  ];
}
