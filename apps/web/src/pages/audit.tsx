/**
 * The auditors' pages (감사), loaded as their own chunk: a record's history as a timeline with
 * each event's hash and chain status, time travel by revision (slider) and by Korean date, a
 * diff of two revisions in words, verification naming the first broken link, the transparency
 * log's checkpoint and a copyable proof bundle for any event, and the downloads (CSV for Excel,
 * XLSX, JSONL) of histories, the decision register and the budget ledger.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProblemError, isNotFound, api, unwrap, type Problem, type Schemas } from '../api/client.js';
import { funders, type DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { agendaBoard, type BoardRow, type TimelineEntry } from '../api/reads.js';
import type { paths } from '../api/schema.js';
import { Breadcrumb } from '../app.js';
import { CriticalAlert, Link, Loading, PageTitle, StateBadge, Table } from '../components/ui.js';
import { formatDateTime, seoulToday, thousandWon } from '../format.js';
import {
  agendaStateName,
  agreementStateName,
  bodyName,
  districtName,
  districts,
  funderName,
  isMessageKey,
  projectStateName,
  t,
  taskName,
  type MessageKey,
} from '../i18n.js';
import { navigate } from '../router.js';
import './audit.css';
import { at, isAuditMessageKey } from './audit-messages.js';
import { eventName, who } from './item.js';
import { MissingRecordPage } from './missing.js';

type StreamEvent = Schemas['StreamEventsPage']['events'][number];
type StateAsOf = Schemas['StateAsOf'];
type Verification = Schemas['Verification'] & {
  unfoldableStreams?: number;
  unfoldable?: Array<{ streamId?: string; revision?: number; reason?: string }>;
};
type BrokenLink = {
  streamId?: string;
  revision?: number;
  position: number;
  reason: string;
  expected: string;
  found: string;
  detail?: string;
};
type Checkpoint = Schemas['SignedCheckpoint'];
type Bundle = Schemas['ProofBundle'];

export type StreamKind = 'agenda-items' | 'projects' | 'agreements';
const KINDS: readonly StreamKind[] = ['agenda-items', 'projects', 'agreements'];
const STREAM_PREFIX: Record<StreamKind, string> = { 'agenda-items': 'agenda-item', projects: 'project', agreements: 'agreement' };

/** The stream id of a record the page names by kind and id (an agreement by district/year). */
export function streamIdOf(kind: StreamKind, id: string): string {
  return `${STREAM_PREFIX[kind]}:${kind === 'agreements' ? id.replace('/', '-') : id}`;
}

function problemText(error: unknown): string {
  const problem: Problem = error instanceof ProblemError ? error.problem : { status: 0, code: 'NETWORK' };
  if (problem.status === 0) return t('error.network');
  return problem.detail ?? problem.title ?? problem.code;
}

interface Loaded<T> {
  data?: T;
  error?: string;
  /** The record asked for does not exist (the answer was 404). */
  missing?: boolean;
}

function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({});
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState({});
    load().then(
      (data) => live && setState({ data }),
      (error: unknown) => live && setState({ error: problemText(error), missing: isNotFound(error) }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload: () => setTick(tick + 1) };
}

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ComponentChildren }) {
  return (
    <section class="gongron-panel gongron-audit-section" aria-labelledby={`${id}-title`}>
      <h2 class="sec-tit" id={`${id}-title`}>
        {title}
      </h2>
      {lead ? <p class="gongron-lead">{lead}</p> : null}
      {children}
    </section>
  );
}

function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div class="form-group">
      <div class="form-tit">
        <label for={props.id}>{props.label}</label>
      </div>
      <div class="form-conts">
        <select
          id={props.id}
          class="krds-form-select"
          value={props.value}
          onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function DateField(props: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div class="form-group">
      <div class="form-tit">
        <label for={props.id}>{props.label}</label>
      </div>
      <div class="form-conts">
        <input
          id={props.id}
          type="date"
          class="krds-input"
          value={props.value}
          max="9999-12-31"
          onInput={(event) => props.onChange((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}

const districtOptions = () => districts.map((d) => ({ value: d.code, label: districtName(d.code) }));

function stateNameOf(streamId: string, status: unknown): string {
  if (typeof status !== 'string') return '';
  if (streamId.startsWith('project:')) return projectStateName(status);
  if (streamId.startsWith('agreement:')) return agreementStateName(status);
  return agendaStateName(status);
}

function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 12)}…` : hash;
}

// ---------------------------------------------------------------- verification

function reasonText(reason: string): string {
  const key = `audit.reason.${reason}`;
  return isAuditMessageKey(key) ? at(key) : reason;
}

function VerificationResult({ result, id = 'audit-verify-result' }: { result: Verification; id?: string }) {
  const broken = result.brokenLink as BrokenLink | undefined;
  if (result.ok) {
    return (
      <CriticalAlert tone="ok" id={id}>
        {at('audit.verify.ok', { streams: result.streamsChecked, events: result.eventsChecked })}
      </CriticalAlert>
    );
  }
  const first = result.unfoldable?.[0];
  return (
    <CriticalAlert tone="danger" id={id}>
      {broken ? (
        <>
          <p>
            {broken.streamId !== undefined && broken.revision !== undefined
              ? at('audit.verify.broken', { stream: broken.streamId, revision: broken.revision, position: broken.position })
              : at('audit.verify.brokenAt', { position: broken.position })}
          </p>
          <p>{at('audit.verify.reason', { reason: reasonText(broken.reason) })}</p>
          {broken.detail ? <p lang="en">{broken.detail}</p> : null}
          <dl class="gongron-audit-hashes">
            <dt>{at('audit.verify.expected')}</dt>
            <dd>
              <code>{broken.expected}</code>
            </dd>
            <dt>{at('audit.verify.found')}</dt>
            <dd>
              <code>{broken.found}</code>
            </dd>
          </dl>
        </>
      ) : null}
      {first ? (
        <p>
          {at('audit.verify.unfoldable', {
            n: result.unfoldableStreams ?? 1,
            stream: first.streamId ?? '',
            revision: first.revision ?? '',
            reason: first.reason ?? '',
          })}
        </p>
      ) : null}
    </CriticalAlert>
  );
}

function VerifyPanel({ stream, onResult }: { stream?: string; onResult?: (result: Verification) => void }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verification>();
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = (await unwrap(api.GET('/audit/verify', { params: { query: stream ? { stream } : {} } }))) as Verification;
      setResult(answer);
      onResult?.(answer);
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section id={stream ? 'audit-verify-stream' : 'audit-verify'} title={at('audit.verify')} lead={at('audit.verify.lead')}>
      <div class="btn-wrap">
        <button type="button" class="krds-btn medium primary" disabled={busy} aria-busy={busy} onClick={() => void run()}>
          {stream ? at('audit.verify.stream') : at('audit.verify.all')}
        </button>
      </div>
      {busy ? <Loading /> : null}
      {error ? <CriticalAlert tone="danger">{error}</CriticalAlert> : null}
      {result ? <VerificationResult result={result} /> : null}
    </Section>
  );
}

// ---------------------------------------------------------------- transparency

type CosignedCheckpoint = Schemas['CosignedCheckpoint'];

async function cosignaturesOf(size: number): Promise<CosignedCheckpoint['cosignatures']> {
  return (await unwrap(api.GET('/transparency/checkpoints/{size}', { params: { path: { size: String(size) } } }))).cosignatures;
}

async function witnessCount(): Promise<number> {
  return (await unwrap(api.GET('/transparency/witnesses'))).length;
}

const partyName = (party: string): string => (isMessageKey(`party.${party}`) ? t(`party.${party}` as MessageKey) : party);

/** Every checkpoint the log signed, newest first, with who cosigned each; older ones page in. */
function CheckpointHistory() {
  const [pages, setPages] = useState<CosignedCheckpoint[][]>([]);
  const [next, setNext] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  const load = async (before?: number) => {
    setError(undefined);
    try {
      const page = await unwrap(
        api.GET('/transparency/checkpoints', {
          params: { query: (before === undefined ? { limit: 10 } : { limit: 10, before }) as never },
        }),
      );
      setPages((shown) => (before === undefined ? [page.items] : [...shown, page.items]));
      setNext(page.next ?? null);
    } catch (failure) {
      setError(problemText(failure));
    }
  };
  useEffect(() => void load(), []);
  const checkpoints = pages.flat();
  if (error) return <CriticalAlert tone="danger">{error}</CriticalAlert>;
  if (next === undefined) return <Loading />;
  return (
    <>
      <Table caption={at('audit.checkpoints.caption')}>
        <thead>
          <tr>
            <th scope="col">{at('audit.checkpoint.size')}</th>
            <th scope="col">{at('audit.checkpoint.time')}</th>
            <th scope="col">{at('audit.checkpoint.root')}</th>
            <th scope="col">{at('audit.cosign.title')}</th>
            <th scope="col">{at('audit.checkpoint.file')}</th>
          </tr>
        </thead>
        <tbody>
          {checkpoints.map((c) => (
            <tr key={c.treeSize}>
              <th scope="row">{c.treeSize}</th>
              <td>{c.time ? <time dateTime={c.time}>{formatDateTime(c.time)}</time> : '—'}</td>
              <td>
                <code class="gongron-hash">{c.rootHash.slice(0, 16)}…</code>
              </td>
              <td>
                {c.cosignatures.length === 0
                  ? at('audit.checkpoints.uncosigned')
                  : c.cosignatures.map((w) => `${districtName(w.district)} ${partyName(w.party)}`).join(', ')}
              </td>
              <td>
                <a class="krds-btn small tertiary" href={noteHref(c.note)} download={`gongron-checkpoint-${c.treeSize}.txt`}>
                  {at('audit.checkpoint.download', { size: c.treeSize })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {next !== null ? (
        <div class="btn-wrap">
          <button type="button" class="krds-btn medium tertiary" onClick={() => void load(next)}>
            {at('audit.checkpoints.more')}
          </button>
        </div>
      ) : null}
    </>
  );
}

/** A checkpoint's signed note (with its cosignatures) as a file the auditor keeps outside the database. */
function noteHref(note: string): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(note)}`;
}

/** Verification held against a checkpoint file the auditor saved: the database cannot rewrite what it no longer holds. */
function SavedCheckpointVerify() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Verification>();
  const [error, setError] = useState<string>();
  const verifyFile = async (file: File) => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const checkpoint = await file.text();
      setResult((await unwrap(api.POST('/audit/verify', { body: { checkpoint } }))) as Verification);
    } catch (failure) {
      setError(problemText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h3 class="gongron-audit-sub">{at('audit.saved.title')}</h3>
      <p>{at('audit.saved.lead')}</p>
      <div class="form-group">
        <div class="form-tit">
          <label for="audit-saved-checkpoint">{at('audit.saved.file')}</label>
        </div>
        <div class={`form-conts${error ? ' is-error' : ''}`}>
          <input
            type="file"
            id="audit-saved-checkpoint"
            class="krds-input"
            accept=".txt,.json,text/plain,application/json"
            disabled={busy}
            aria-describedby={error ? 'audit-saved-checkpoint-error' : 'audit-saved-checkpoint-hint'}
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void verifyFile(file).finally(() => (input.value = ''));
            }}
          />
        </div>
        <p class="form-hint" id="audit-saved-checkpoint-hint">
          {at('audit.saved.hint')}
        </p>
        {error ? (
          <p class="form-hint-invalid" id="audit-saved-checkpoint-error">
            {error}
          </p>
        ) : null}
      </div>
      {busy ? <Loading /> : null}
      {result ? <VerificationResult result={result} id="audit-saved-verify-result" /> : null}
    </>
  );
}

function Cosignatures({ size }: { size: number }) {
  const found = useLoad(() => Promise.all([cosignaturesOf(size), witnessCount()]), [size]);
  if (found.error) return <CriticalAlert tone="danger">{found.error}</CriticalAlert>;
  if (!found.data) return <Loading />;
  const [cosignatures, witnesses] = found.data;
  if (cosignatures.length === 0) return <p id="audit-cosignatures">{at('audit.cosign.none', { n: witnesses })}</p>;
  return (
    <Table caption={at('audit.cosign.caption')}>
      <thead>
        <tr>
          <th scope="col">{at('audit.cosign.witness')}</th>
          <th scope="col">{at('audit.items.district')}</th>
          <th scope="col">{at('audit.exports.party')}</th>
          <th scope="col">{at('audit.cosign.time')}</th>
        </tr>
      </thead>
      <tbody>
        {cosignatures.map((c) => (
          <tr key={c.witness}>
            <th scope="row">
              <code class="gongron-hash">{c.witness}</code>
            </th>
            <td>{districtName(c.district)}</td>
            <td>{partyName(c.party)}</td>
            <td>
              <time dateTime={c.time}>{formatDateTime(c.time)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function TransparencyPanel() {
  const latest = useLoad(() => unwrap(api.GET('/transparency/checkpoint')), []);
  const [issued, setIssued] = useState<Checkpoint>();
  const [error, setError] = useState<string>();
  const checkpoint = issued ?? latest.data;
  const issue = async () => {
    setError(undefined);
    try {
      setIssued(await unwrap(api.POST('/audit/checkpoints')));
    } catch (failure) {
      setError(problemText(failure));
    }
  };
  return (
    <Section id="audit-transparency" title={at('audit.transparency')} lead={at('audit.transparency.lead')}>
      <p>{at('audit.transparency.cosign')}</p>
      {latest.error ? <CriticalAlert tone="danger">{latest.error}</CriticalAlert> : null}
      {error ? <CriticalAlert tone="danger">{error}</CriticalAlert> : null}
      {!checkpoint && !latest.error ? <Loading /> : null}
      {checkpoint ? (
        <>
          <Table caption={at('audit.checkpoint.caption')}>
            <tbody>
              <tr>
                <th scope="row">{at('audit.checkpoint.size')}</th>
                <td>{checkpoint.treeSize}</td>
              </tr>
              <tr>
                <th scope="row">{at('audit.checkpoint.root')}</th>
                <td>
                  <code class="gongron-hash">{checkpoint.rootHash}</code>
                </td>
              </tr>
              <tr>
                <th scope="row">{at('audit.checkpoint.time')}</th>
                <td>
                  <time dateTime={checkpoint.time}>{formatDateTime(checkpoint.time)}</time>
                </td>
              </tr>
              <tr>
                <th scope="row">{at('audit.checkpoint.key')}</th>
                <td>
                  <code class="gongron-hash">{checkpoint.key}</code>
                </td>
              </tr>
            </tbody>
          </Table>
          <h3 class="gongron-audit-sub">{at('audit.cosign.title')}</h3>
          <Cosignatures key={checkpoint.treeSize} size={checkpoint.treeSize} />
          <h3 class="gongron-audit-sub">{at('audit.checkpoint.signature')}</h3>
          <pre class="gongron-audit-pre" tabIndex={0} aria-label={at('audit.checkpoint.signature')}>
            {checkpoint.note}
          </pre>
          <h3 class="gongron-audit-sub">{at('audit.checkpoints.title')}</h3>
          <CheckpointHistory key={checkpoint.treeSize} />
          <SavedCheckpointVerify />
        </>
      ) : null}
      <div class="btn-wrap">
        <button type="button" class="krds-btn medium secondary" onClick={() => void issue()}>
          {at('audit.checkpoint.issue')}
        </button>
      </div>
    </Section>
  );
}

function ProofBundlePanel({ event, onClose }: { event: StreamEvent; onClose: () => void }) {
  const bundle = useLoad(
    () => unwrap(api.GET('/audit/proofs/inclusion', { params: { query: { position: event.position } as never } })) as Promise<Bundle>,
    [event.position],
  );
  const [copied, setCopied] = useState<'ok' | 'failed'>();
  const text = bundle.data ? `${JSON.stringify(bundle.data, null, 2)}\n` : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section class="gongron-panel" aria-labelledby="audit-proof-title" id="audit-proof">
      <h3 class="sec-tit" id="audit-proof-title">
        {at('audit.proof.title', { revision: event.revision, position: event.position })}
      </h3>
      <p class="gongron-lead">{at('audit.proof.lead')}</p>
      {bundle.error ? <CriticalAlert tone="danger">{bundle.error}</CriticalAlert> : null}
      {!bundle.data && !bundle.error ? <Loading /> : null}
      {bundle.data ? (
        <>
          <div class="form-group">
            <div class="form-tit">
              <label for="audit-proof-text">{at('audit.proof.label')}</label>
            </div>
            <div class="form-conts">
              <textarea id="audit-proof-text" class="krds-input gongron-audit-proof" rows={12} readOnly value={text} />
            </div>
          </div>
          <div class="btn-wrap">
            <button type="button" class="krds-btn medium primary" onClick={() => void copy()}>
              {at('audit.proof.copy')}
            </button>
            <button type="button" class="krds-btn medium tertiary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
          {copied ? (
            <p role="status" class="gongron-audit-copied">
              {copied === 'ok' ? at('audit.proof.copied') : at('audit.proof.copyFailed')}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------- exports

type ExportPath = keyof paths & `/audit/exports/${string}`;
const FORMATS = ['csv', 'xlsx', 'jsonl'] as const;

function exportHref(path: ExportPath, query: Record<string, string | undefined>, format: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  params.set('format', format);
  return `${path}?${params.toString()}`;
}

function DownloadLinks({ path, query, what }: { path: ExportPath; query: Record<string, string | undefined>; what: string }) {
  return (
    <ul class="gongron-audit-downloads">
      {FORMATS.map((format) => (
        <li key={format}>
          <a class="krds-btn small secondary" href={exportHref(path, query, format)} download>
            {at('audit.exports.download', { what, format: format.toUpperCase() })}
          </a>
        </li>
      ))}
    </ul>
  );
}

function RegisterExports() {
  const [district, setDistrict] = useState('');
  const [year, setYear] = useState('');
  const thisYear = Number(seoulToday().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));
  const query = { district: district || undefined, year: year || undefined };
  return (
    <Section id="audit-exports" title={at('audit.exports')} lead={at('audit.exports.lead')}>
      <div class="gongron-audit-filters">
        <SelectField
          id="audit-export-district"
          label={at('audit.exports.scope')}
          value={district}
          onChange={setDistrict}
          options={[{ value: '', label: at('audit.exports.allDistricts') }, ...districtOptions()]}
        />
        <SelectField
          id="audit-export-year"
          label={at('audit.exports.year')}
          value={year}
          onChange={setYear}
          options={[{ value: '', label: at('audit.exports.allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
        />
      </div>
      <h3 class="gongron-audit-sub">{at('audit.exports.decisions')}</h3>
      <DownloadLinks path="/audit/exports/decisions" query={query} what={at('audit.exports.decisions')} />
      <h3 class="gongron-audit-sub">{at('audit.exports.ledger')}</h3>
      <DownloadLinks path="/audit/exports/budget-ledger" query={query} what={at('audit.exports.ledger')} />
      {district ? (
        <>
          <h3 class="gongron-audit-sub">{at('audit.exports.districtHistory')}</h3>
          <DownloadLinks
            path="/audit/exports/history"
            query={{ district }}
            what={`${districtName(district)} ${at('audit.exports.districtHistory')}`}
          />
        </>
      ) : null}
    </Section>
  );
}

// ---------------------------------------------------------------- board as it stood

function BoardTable({ district, items, caption }: { district: string; items: Schemas['BoardAsOf']['items']; caption: string }) {
  if (items.length === 0) return <p>{at('audit.board.empty')}</p>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{at('audit.col.title')}</th>
          <th scope="col">{at('audit.col.state')}</th>
          <th scope="col">{at('audit.col.body')}</th>
          <th scope="col">{at('audit.col.revision')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((row) => (
          <tr key={row.item_id} data-district={district}>
            <th scope="row">
              <Link href={`/audit/agenda-items/${encodeURIComponent(row.item_id)}`}>{row.title}</Link>
            </th>
            <td>
              <StateBadge state={row.state} name={agendaStateName(row.state)} />
            </td>
            <td>{bodyName(row.body)}</td>
            <td>{row.revision}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function BoardAsOf({ district, asOf }: { district: string; asOf: string }) {
  const board = useLoad(
    () =>
      unwrap(api.GET('/audit/districts/{district}/board', { params: { path: { district: district as DistrictCode }, query: { asOf } } })),
    [district, asOf],
  );
  if (board.error) return <CriticalAlert tone="danger">{board.error}</CriticalAlert>;
  if (!board.data) return <Loading />;
  return (
    <BoardTable
      district={district}
      items={board.data.items}
      caption={at('audit.board.caption', { district: districtName(district), date: formatDateTime(board.data.asOf) })}
    />
  );
}

function BoardPanel() {
  const [district, setDistrict] = useState('suwon');
  const [date, setDate] = useState(seoulToday());
  const [shown, setShown] = useState<{ district: string; date: string }>();
  return (
    <Section id="audit-board" title={at('audit.board')} lead={at('audit.board.lead')}>
      <form
        class="gongron-audit-filters"
        onSubmit={(event) => {
          event.preventDefault();
          if (/^\d{4}-\d{2}-\d{2}$/.test(date)) setShown({ district, date });
        }}
      >
        <SelectField
          id="audit-board-district"
          label={at('audit.items.district')}
          value={district}
          onChange={setDistrict}
          options={districtOptions()}
        />
        <DateField id="audit-board-date" label={at('audit.board.date')} value={date} onChange={setDate} />
        <div class="btn-wrap">
          <button type="submit" class="krds-btn medium secondary">
            {at('audit.board.show')}
          </button>
        </div>
      </form>
      {shown ? <BoardAsOf district={shown.district} asOf={shown.date} /> : null}
    </Section>
  );
}

// ---------------------------------------------------------------- the auditors' home

function DistrictItems() {
  const [district, setDistrict] = useState('suwon');
  const items = useLoad(() => agendaBoard({ district }, 100, 0), [district]);
  return (
    <Section id="audit-items" title={at('audit.items')}>
      <SelectField
        id="audit-items-district"
        label={at('audit.items.district')}
        value={district}
        onChange={setDistrict}
        options={districtOptions()}
      />
      {items.error ? <CriticalAlert tone="danger">{items.error}</CriticalAlert> : null}
      {!items.data && !items.error ? <Loading /> : null}
      {items.data && items.data.items.length === 0 ? <p>{at('audit.items.empty')}</p> : null}
      {items.data && items.data.items.length > 0 ? (
        <Table caption={at('audit.items.caption', { district: districtName(district) })}>
          <thead>
            <tr>
              <th scope="col">{at('audit.col.title')}</th>
              <th scope="col">{at('audit.col.state')}</th>
              <th scope="col">{at('audit.col.lastChange')}</th>
            </tr>
          </thead>
          <tbody>
            {items.data.items.map((row: BoardRow) => (
              <tr key={row.item_id}>
                <th scope="row">
                  <Link href={`/audit/agenda-items/${encodeURIComponent(row.item_id)}`}>{row.title}</Link>
                </th>
                <td>
                  <StateBadge state={row.state} name={agendaStateName(row.state)} />
                </td>
                <td>{formatDateTime(row.last_changed_at)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </Section>
  );
}

function FindRecord() {
  const [kind, setKind] = useState<StreamKind>('agenda-items');
  const [id, setId] = useState('');
  return (
    <Section id="audit-find" title={at('audit.find')}>
      <form
        class="gongron-audit-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const value = id.trim();
          if (value) navigate(`/audit/${kind}/${kind === 'agreements' ? value : encodeURIComponent(value)}`);
        }}
      >
        <SelectField
          id="audit-find-kind"
          label={at('audit.find.kind')}
          value={kind}
          onChange={(value) => setKind(value as StreamKind)}
          options={KINDS.map((k) => ({ value: k, label: at(`audit.kind.${k}`) }))}
        />
        <div class="form-group">
          <div class="form-tit">
            <label for="audit-find-id">{at('audit.find.id')}</label>
          </div>
          <div class="form-conts">
            <input
              id="audit-find-id"
              class="krds-input"
              value={id}
              aria-describedby="audit-find-id-hint"
              onInput={(event) => setId((event.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <p class="form-hint" id="audit-find-id-hint">
            {at('audit.find.id.hint')}
          </p>
        </div>
        <div class="btn-wrap">
          <button type="submit" class="krds-btn medium secondary">
            {at('audit.find.go')}
          </button>
        </div>
      </form>
    </Section>
  );
}

export function AuditHome() {
  return (
    <>
      <Breadcrumb trail={[{ label: at('audit.title') }]} />
      <PageTitle sub={at('audit.lead')}>{at('audit.title')}</PageTitle>
      <FindRecord />
      <DistrictItems />
      <BoardPanel />
      <VerifyPanel />
      <TransparencyPanel />
      <RegisterExports />
    </>
  );
}

// ---------------------------------------------------------------- a record's history

type ChainStatus = 'linked' | 'broken' | 'tampered' | 'afterBreak';

/** Linked when an event carries its predecessor's hash; a verification's broken link marks its row and the ones after it. */
export function chainStatuses(events: readonly StreamEvent[], broken: BrokenLink | undefined): ChainStatus[] {
  return events.map((event, index) => {
    if (broken?.revision !== undefined && event.revision === broken.revision) return 'tampered';
    if (broken?.revision !== undefined && event.revision > broken.revision) return 'afterBreak';
    const previous = events[index - 1];
    if (previous && previous.revision === event.revision - 1 && previous.hash !== event.previousHash) return 'broken';
    return 'linked';
  });
}

const chainTone: Record<ChainStatus, 'success' | 'danger' | 'warning'> = {
  linked: 'success',
  broken: 'danger',
  tampered: 'danger',
  afterBreak: 'warning',
};

function HistoryTable({
  events,
  broken,
  onProof,
}: {
  events: readonly StreamEvent[];
  broken?: BrokenLink;
  onProof: (event: StreamEvent) => void;
}) {
  const statuses = chainStatuses(events, broken);
  return (
    <>
      <p class="form-hint">{at('audit.chain.hint')}</p>
      <Table caption={at('audit.history.caption')} class="gongron-audit-history">
        <thead>
          <tr>
            <th scope="col">{at('audit.col.revision')}</th>
            <th scope="col">{t('item.timeline.what')}</th>
            <th scope="col">{t('item.timeline.who')}</th>
            <th scope="col">{t('item.timeline.when')}</th>
            <th scope="col">{at('audit.history.hash')}</th>
            <th scope="col">{at('audit.history.chain')}</th>
            <th scope="col">{at('audit.history.proof')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event, index) => (
            <tr key={event.revision} data-revision={event.revision}>
              <td>{event.revision}</td>
              <th scope="row">
                {eventName(event.type)}
                <span class="gongron-audit-type" lang="en">
                  {' '}
                  ({event.type})
                </span>
              </th>
              <td>
                {event.actor
                  ? who({
                      role: event.actor.role as TimelineEntry['actor']['role'],
                      name: event.actor.name ?? null,
                      district: event.actor.district ?? null,
                      body: event.actor.body ?? null,
                      party: event.actor.party ?? null,
                    })
                  : ''}
              </td>
              <td>
                <time dateTime={event.recordedAt}>{formatDateTime(event.recordedAt)}</time>
              </td>
              <td>
                <code class="gongron-hash" title={event.hash}>
                  {shortHash(event.hash)}
                </code>
              </td>
              <td>
                <span class={`krds-badge bg-light-${chainTone[statuses[index]!]}`}>{at(`audit.chain.${statuses[index]!}`)}</span>
              </td>
              <td>
                <button type="button" class="krds-btn small text" onClick={() => onProof(event)}>
                  {at('audit.proof.get', { revision: event.revision })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

/** The fields of a state worth naming in Korean, for the snapshot and the diff. */
function snapshotFields(streamId: string, state: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const status = state.status;
  if (typeof status === 'string') out.push([at('audit.field.status'), stateNameOf(streamId, status)]);
  if (typeof state.body === 'string') out.push([at('audit.field.body'), bodyName(state.body)]);
  if (typeof state.title === 'string') out.push([at('audit.field.title'), state.title]);
  if (typeof state.taskCode === 'string') out.push([at('audit.field.taskCode'), taskName(state.taskCode)]);
  if (typeof state.opinionCount === 'number') out.push([at('audit.field.opinions'), String(state.opinionCount)]);
  if (Array.isArray(state.revisions)) out.push([at('audit.field.revisions'), String(state.revisions.length)]);
  const latest = state.latestRevision as { title?: string; budgetRequest?: Record<string, number> | null } | null | undefined;
  if (latest?.title) out.push([at('audit.field.latest'), latest.title]);
  if (latest?.budgetRequest) {
    out.push([
      at('audit.field.budget'),
      Object.entries(latest.budgetRequest)
        .map(([funder, won]) => `${funderName(funder)} ${thousandWon(won)}`)
        .join(' · ') + ` ${t('common.unit.thousand')}`,
    ]);
  }
  return out;
}

interface Change {
  readonly text: string;
  readonly added?: readonly string[];
  readonly removed?: readonly string[];
}

/** Lines of b not in a (added) and of a not in b (removed), by a longest common subsequence. */
export function lineChanges(a: string, b: string): { added: string[]; removed: string[] } {
  const left = a.split('\n');
  const right = b.split('\n');
  const lcs: number[][] = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i -= 1)
    for (let j = right.length - 1; j >= 0; j -= 1)
      lcs[i]![j] = left[i] === right[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const added: string[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      i += 1;
      j += 1;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(left[i++]!);
    else added.push(right[j++]!);
  }
  removed.push(...left.slice(i));
  added.push(...right.slice(j));
  return { added: added.filter((line) => line.trim() !== ''), removed: removed.filter((line) => line.trim() !== '') };
}

const NAMED_KEYS = new Set(['status', 'body', 'title', 'taskCode', 'opinionCount', 'revisions', 'latestRevision']);

function valueText(field: string, streamId: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return at('audit.diff.empty');
  if (field === 'status') return stateNameOf(streamId, value);
  if (field === 'body') return bodyName(String(value));
  if (field === 'taskCode') return taskName(String(value));
  return String(value);
}

export function describeChanges(streamId: string, a: Record<string, unknown>, b: Record<string, unknown>): Change[] {
  const changes: Change[] = [];
  const labels: Record<string, string> = {
    status: at('audit.field.status'),
    body: at('audit.field.body'),
    title: at('audit.field.title'),
    taskCode: at('audit.field.taskCode'),
  };
  for (const field of ['status', 'body', 'title', 'taskCode']) {
    if (JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    const from = valueText(field, streamId, a[field]);
    const to = valueText(field, streamId, b[field]);
    const key =
      a[field] === null || a[field] === undefined
        ? 'audit.diff.set'
        : b[field] === null || b[field] === undefined
          ? 'audit.diff.cleared'
          : 'audit.diff.changed';
    changes.push({ text: at(key, { field: labels[field]!, from, to }) });
  }
  if (typeof a.opinionCount === 'number' && typeof b.opinionCount === 'number' && a.opinionCount !== b.opinionCount) {
    changes.push({ text: at('audit.diff.count', { field: at('audit.field.opinions'), from: a.opinionCount, to: b.opinionCount }) });
  }
  const revisionsA = Array.isArray(a.revisions) ? a.revisions.length : 0;
  const revisionsB = Array.isArray(b.revisions) ? b.revisions.length : 0;
  if (revisionsA !== revisionsB)
    changes.push({ text: at('audit.diff.count', { field: at('audit.field.revisions'), from: revisionsA, to: revisionsB }) });
  type Draft = { title?: string; plan?: string; budgetRequest?: Record<string, number> | null } | null | undefined;
  const draftA = a.latestRevision as Draft;
  const draftB = b.latestRevision as Draft;
  if (draftA?.title !== draftB?.title && draftB?.title)
    changes.push({
      text: at('audit.diff.changed', { field: at('audit.field.latest'), from: draftA?.title ?? at('audit.diff.empty'), to: draftB.title }),
    });
  if ((draftA?.plan ?? '') !== (draftB?.plan ?? '')) {
    const lines = lineChanges(draftA?.plan ?? '', draftB?.plan ?? '');
    changes.push({ text: at('audit.diff.plan'), added: lines.added, removed: lines.removed });
  }
  for (const funder of funders) {
    const from = draftA?.budgetRequest?.[funder];
    const to = draftB?.budgetRequest?.[funder];
    if (from !== to)
      changes.push({
        text: at('audit.diff.budget', {
          funder: funderName(funder),
          from: from === undefined ? at('audit.diff.empty') : thousandWon(from),
          to: to === undefined ? at('audit.diff.empty') : thousandWon(to),
        }),
      });
  }
  const other = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !NAMED_KEYS.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
  if (other.length > 0) changes.push({ text: at('audit.diff.other', { fields: other.join(', ') }) });
  return changes;
}

function stateAt(
  kind: StreamKind,
  id: string,
  query: { atRevision?: number; asOf?: string; timeline?: 'recorded' | 'effective' },
): Promise<StateAsOf> {
  const q = query as never;
  if (kind === 'agenda-items') return unwrap(api.GET('/audit/agenda-items/{id}', { params: { path: { id }, query: q } }));
  if (kind === 'projects') return unwrap(api.GET('/audit/projects/{id}', { params: { path: { id }, query: q } }));
  const [district, year] = id.split('/');
  return unwrap(
    api.GET('/audit/agreements/{district}/{year}', {
      params: { path: { district: district as DistrictCode, year: Number(year) }, query: q },
    }),
  );
}

function Snapshot({ streamId, view, events }: { streamId: string; view: StateAsOf; events: readonly StreamEvent[] }) {
  const fields = snapshotFields(streamId, view.state);
  const last = events.find((event) => event.revision === view.revision);
  return (
    <div id="audit-snapshot" aria-live="polite">
      <p class="gongron-audit-at">
        {view.revision < 0
          ? at('audit.travel.notYet')
          : at('audit.travel.at', {
              revision: view.revision,
              event: eventName(view.lastEventType ?? last?.type ?? ''),
              time: formatDateTime(view.lastRecordedAt ?? last?.recordedAt),
            })}
      </p>
      {view.revision >= 0 ? (
        <dl class="gongron-audit-fields">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{label === at('audit.field.status') ? <StateBadge state={String(view.state.status)} name={value} /> : value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

function TimeTravel({ kind, id, streamId, events }: { kind: StreamKind; id: string; streamId: string; events: readonly StreamEvent[] }) {
  const max = events.length > 0 ? events[events.length - 1]!.revision : 0;
  const [revision, setRevision] = useState(max);
  const [date, setDate] = useState('');
  const [timeline, setTimeline] = useState<'recorded' | 'effective'>('recorded');
  const [query, setQuery] = useState<{ atRevision?: number; asOf?: string; timeline?: 'recorded' | 'effective' }>({ atRevision: max });
  const view = useLoad(() => stateAt(kind, id, query), [kind, id, query.atRevision, query.asOf, query.timeline]);
  const district = typeof view.data?.state.district === 'string' ? view.data.state.district : undefined;
  const boardAt =
    view.data && view.data.revision >= 0
      ? (view.data.lastRecordedAt ?? events.find((e) => e.revision === view.data!.revision)?.recordedAt)
      : undefined;
  return (
    <Section id="audit-travel" title={at('audit.travel')} lead={at('audit.travel.lead')}>
      <div class="form-group gongron-audit-slider">
        <div class="form-tit">
          <label for="audit-travel-revision">{at('audit.travel.slider', { max })}</label>
        </div>
        <div class="form-conts">
          <input
            id="audit-travel-revision"
            type="range"
            min={0}
            max={max}
            step={1}
            value={revision}
            aria-valuetext={`${revision}: ${eventName(events.find((e) => e.revision === revision)?.type ?? '')}`}
            onInput={(event) => {
              const next = Number((event.currentTarget as HTMLInputElement).value);
              setRevision(next);
              setQuery({ atRevision: next });
            }}
          />
          <output for="audit-travel-revision" class="gongron-audit-output">
            {revision}
          </output>
        </div>
      </div>
      <form
        class="gongron-audit-filters"
        onSubmit={(event) => {
          event.preventDefault();
          if (/^\d{4}-\d{2}-\d{2}$/.test(date)) setQuery({ asOf: date, timeline });
        }}
      >
        <DateField id="audit-travel-date" label={at('audit.travel.date')} value={date} onChange={setDate} />
        <SelectField
          id="audit-travel-timeline"
          label={at('audit.travel.timeline')}
          value={timeline}
          onChange={(value) => setTimeline(value === 'effective' ? 'effective' : 'recorded')}
          options={[
            { value: 'recorded', label: at('audit.travel.timeline.recorded') },
            { value: 'effective', label: at('audit.travel.timeline.effective') },
          ]}
        />
        <div class="btn-wrap">
          <button type="submit" class="krds-btn medium secondary">
            {at('audit.travel.dateGo')}
          </button>
        </div>
      </form>
      {view.error ? <CriticalAlert tone="danger">{view.error}</CriticalAlert> : null}
      {!view.data && !view.error ? <Loading /> : null}
      {view.data ? <Snapshot streamId={streamId} view={view.data} events={events} /> : null}
      {kind === 'agenda-items' && district && boardAt ? (
        <>
          <h3 class="gongron-audit-sub">{at('audit.travel.board', { district: districtName(district) })}</h3>
          <BoardAsOf district={district} asOf={boardAt} />
        </>
      ) : null}
    </Section>
  );
}

function DiffPanel({ kind, id, streamId, events }: { kind: StreamKind; id: string; streamId: string; events: readonly StreamEvent[] }) {
  const max = events.length > 0 ? events[events.length - 1]!.revision : 0;
  const [from, setFrom] = useState(String(Math.max(0, max - 1)));
  const [to, setTo] = useState(String(max));
  const [result, setResult] = useState<{ from: number; to: number; changes: Change[] }>();
  const [error, setError] = useState<string>();
  const options = events.map((event) => ({ value: String(event.revision), label: `${event.revision} · ${eventName(event.type)}` }));
  const compare = async () => {
    setError(undefined);
    try {
      const [a, b] = await Promise.all([stateAt(kind, id, { atRevision: Number(from) }), stateAt(kind, id, { atRevision: Number(to) })]);
      setResult({ from: Number(from), to: Number(to), changes: describeChanges(streamId, a.state, b.state) });
    } catch (failure) {
      setError(problemText(failure));
    }
  };
  return (
    <Section id="audit-diff" title={at('audit.diff')}>
      <form
        class="gongron-audit-filters"
        onSubmit={(event) => {
          event.preventDefault();
          void compare();
        }}
      >
        <SelectField id="audit-diff-from" label={at('audit.diff.from')} value={from} onChange={setFrom} options={options} />
        <SelectField id="audit-diff-to" label={at('audit.diff.to')} value={to} onChange={setTo} options={options} />
        <div class="btn-wrap">
          <button type="submit" class="krds-btn medium secondary">
            {at('audit.diff.show')}
          </button>
        </div>
      </form>
      {error ? <CriticalAlert tone="danger">{error}</CriticalAlert> : null}
      {result ? (
        <div id="audit-diff-result" aria-live="polite">
          <h3 class="gongron-audit-sub">{at('audit.diff.title', { from: result.from, to: result.to })}</h3>
          {result.changes.length === 0 ? (
            <p>{at('audit.diff.none')}</p>
          ) : (
            <ul class="gongron-audit-changes">
              {result.changes.map((change, index) => (
                <li key={index}>
                  {change.text}
                  {change.added && change.added.length > 0 ? (
                    <div class="gongron-audit-lines added">
                      <strong>{at('audit.diff.added')}</strong>
                      <ul>
                        {change.added.map((line, n) => (
                          <li key={n}>
                            <ins>{line}</ins>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {change.removed && change.removed.length > 0 ? (
                    <div class="gongron-audit-lines removed">
                      <strong>{at('audit.diff.removed')}</strong>
                      <ul>
                        {change.removed.map((line, n) => (
                          <li key={n}>
                            <del>{line}</del>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </Section>
  );
}

function recordTitle(kind: StreamKind, id: string, state: Record<string, unknown> | undefined): string {
  if (kind === 'agreements') {
    const [district, year] = id.split('/');
    return at('audit.agreement.title', { district: districtName(district), year: year ?? '' });
  }
  return typeof state?.title === 'string' ? state.title : id;
}

/** A history that does not exist: a page that says so, with the identifier asked for and the way back. */
function MissingStream({ kind, id }: { kind: StreamKind; id: string }) {
  return (
    <MissingRecordPage
      title={at('audit.missing.title')}
      lead={at('audit.missing.lead', { kind: at(`audit.kind.${kind}`), id })}
      list={{ label: at('audit.title'), href: '/audit', back: at('audit.missing.back') }}
    />
  );
}

export function AuditStreamPage({ kind, id }: { kind: StreamKind; id: string }) {
  const streamId = streamIdOf(kind, id);
  const history = useLoad(
    () => unwrap(api.GET('/audit/streams/{streamId}/events', { params: { path: { streamId }, query: { limit: 5000 } } })),
    [streamId],
  );
  const now = useLoad(() => stateAt(kind, id, {}), [kind, id]);
  const [broken, setBroken] = useState<BrokenLink>();
  const [proofOf, setProofOf] = useState<StreamEvent>();
  const title = recordTitle(kind, id, now.data?.state);
  const events = history.data?.events ?? [];
  if (history.missing) return <MissingStream kind={kind} id={id} />;
  return (
    <>
      <Breadcrumb trail={[{ label: at('audit.title'), href: '/audit' }, { label: title }]} />
      <PageTitle sub={`${at('audit.stream.kicker')} · ${at(`audit.kind.${kind}`)}`}>{title}</PageTitle>
      {history.error ? <CriticalAlert tone="danger">{history.error}</CriticalAlert> : null}
      {!history.data && !history.error ? <Loading /> : null}
      {history.data ? (
        <>
          <dl class="gongron-audit-fields">
            <div>
              <dt>{at('audit.stream.id')}</dt>
              <dd>
                <code>{streamId}</code>
              </dd>
            </div>
            {now.data && typeof now.data.state.status === 'string' ? (
              <div>
                <dt>{at('audit.stream.now')}</dt>
                <dd>
                  <StateBadge state={now.data.state.status} name={stateNameOf(streamId, now.data.state.status)} />
                </dd>
              </div>
            ) : null}
            {now.data && typeof now.data.state.district === 'string' ? (
              <div>
                <dt>{at('audit.items.district')}</dt>
                <dd>{districtName(now.data.state.district)}</dd>
              </div>
            ) : null}
          </dl>
          <VerifyPanel
            stream={streamId}
            onResult={(result) =>
              setBroken(
                result.brokenLink && (result.brokenLink as BrokenLink).streamId === streamId
                  ? (result.brokenLink as BrokenLink)
                  : undefined,
              )
            }
          />
          <Section id="audit-history" title={at('audit.history')}>
            <HistoryTable events={events} broken={broken} onProof={setProofOf} />
            {proofOf ? <ProofBundlePanel key={proofOf.position} event={proofOf} onClose={() => setProofOf(undefined)} /> : null}
          </Section>
          <TimeTravel kind={kind} id={id} streamId={streamId} events={events} />
          <DiffPanel kind={kind} id={id} streamId={streamId} events={events} />
          <Section id="audit-stream-exports" title={at('audit.exports')} lead={at('audit.exports.lead')}>
            <DownloadLinks path="/audit/exports/history" query={{ stream: streamId }} what={at('audit.exports.history')} />
          </Section>
        </>
      ) : null}
    </>
  );
}

export function AuditPages({ page, params }: { page: string; params: Record<string, string> }) {
  if (page === 'auditStream' && KINDS.includes(params.kind as StreamKind))
    return <AuditStreamPage key={`${params.kind}/${params.id}`} kind={params.kind as StreamKind} id={params.id!} />;
  return <AuditHome />;
}
