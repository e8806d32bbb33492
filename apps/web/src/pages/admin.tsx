import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemError, api, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { Field, ProblemAlert, bodyOf, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { CriticalAlert, Loading, Modal, PageTitle, Table } from '../components/ui.js';
import { formatDateTime } from '../format.js';
import { funders } from '../../../../libs/domain/src/catalogs.js';
import { bodyCodes, bodyName, districtName, districts, t, tOr, type MessageKey } from '../i18n.js';

type TokenRecord = Schemas['TokenRecordDto'];

const roles = ['secretary', 'official', 'auditor', 'admin'] as const;

function scope(record: TokenRecord): string {
  return [
    record.district ? districtName(record.district) : '',
    record.body ? bodyName(record.body) : '',
    record.party ? t(`party.${record.party}` as MessageKey) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function PeoplePage() {
  const [tokens, setTokens] = useState<TokenRecord[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [issued, setIssued] = useState<Schemas['IssuedTokenDto'] | null>(null);
  const [revoking, setRevoking] = useState<TokenRecord | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [link, setLink] = useState<{ name: string; url: string; expiresAt: string } | null>(null);
  const load = () =>
    unwrap(api.GET('/admin/tokens')).then(setTokens, (error: unknown) =>
      setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')),
    );
  useEffect(() => {
    void load();
  }, []);

  const fields: FieldSpec[] = [
    { name: 'name', label: 'admin.issue.name', kind: 'text', required: true },
    {
      name: 'role',
      label: 'admin.issue.role',
      kind: 'select',
      required: true,
      initial: 'secretary',
      options: roles.map((role) => ({ value: role, label: t(`role.${role}`) })),
    },
    {
      name: 'district',
      label: 'admin.issue.district',
      kind: 'select',
      required: true,
      initial: 'suwon',
      options: districts.map((d) => ({ value: d.code, label: districtName(d.code) })),
      when: (v) => v.role === 'secretary' || v.role === 'official',
    },
    {
      name: 'body',
      label: 'admin.issue.body',
      kind: 'select',
      required: true,
      initial: 'civic-council',
      options: bodyCodes.map((b) => ({ value: b, label: bodyName(b) })),
      when: (v) => v.role === 'secretary',
    },
    {
      name: 'party',
      label: 'admin.issue.party',
      kind: 'select',
      required: true,
      initial: 'education-office',
      options: funders.map((p) => ({ value: p, label: t(`party.${p}`) })),
      when: (v) => v.role === 'official',
    },
  ];
  const form = useFormValues(fields);
  const submission = useSubmission<Schemas['IssuedTokenDto']>(fields.map((f) => f.name));
  const visible = fields.filter((field) => !field.when || field.when(form.values));
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(visible, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const body = bodyOf(fields, form.values) as Schemas['CreateTokenDto'];
    const answer = await submission.submit(() => unwrap(api.POST('/admin/tokens', { body })));
    if (answer) {
      setIssued(answer);
      void load();
    }
  };
  const revoke = async (record: TokenRecord) => {
    setRevoking(null);
    setRevoked(null);
    try {
      await unwrap(api.DELETE('/admin/tokens/{id}', { params: { path: { id: record.id } } }));
    } catch (error) {
      setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network'));
      return void load();
    }
    // The message comes with the list that no longer shows the token, never before it.
    await load();
    setRevoked(t('admin.revokedMessage', { name: record.name ?? record.id }));
  };

  const issueLink = async (record: TokenRecord) => {
    setLink(null);
    try {
      const answer = await unwrap(api.POST('/admin/sign-in-links', { body: { tokenId: record.id } }));
      setLink({ name: record.name ?? record.id, url: `${location.origin}${answer.path}`, expiresAt: answer.expiresAt });
    } catch (error) {
      setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network'));
    }
  };

  return (
    <>
      <Breadcrumb trail={[{ label: t('admin.people.title') }]} />
      <PageTitle>{t('admin.people.title')}</PageTitle>
      <form class="gongron-form gongron-panel" onSubmit={onSubmit} noValidate aria-labelledby="issue-title">
        <h2 class="sec-tit" id="issue-title">
          {t('admin.issue')}
        </h2>
        <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
        <div class="gongron-tally-grid">
          {visible.map((spec) => (
            <Field
              key={spec.name}
              spec={spec}
              value={form.values[spec.name] ?? ''}
              error={submission.state.fieldErrors[spec.name]}
              onInput={(value) => form.setValue(spec.name, value)}
              idPrefix="issue"
            />
          ))}
        </div>
        <div class="btn-wrap">
          <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
            {t('admin.issue')}
          </button>
        </div>
      </form>
      {issued ? (
        <CriticalAlert tone="ok">
          <p>{t('admin.issued')}</p>
          <p>
            <code class="gongron-secret" data-token>
              {issued.token}
            </code>
          </p>
        </CriticalAlert>
      ) : null}
      {link ? (
        <CriticalAlert tone="ok">
          <p>
            {t('admin.linkIssued')} ({link.name}) {t('admin.link.expires', { time: formatDateTime(link.expiresAt) })}
          </p>
          <p>
            <code class="gongron-secret" data-sign-in-link>
              {link.url}
            </code>
          </p>
        </CriticalAlert>
      ) : null}
      {revoked ? <CriticalAlert tone="ok">{revoked}</CriticalAlert> : null}
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {tokens === null ? (
        <Loading />
      ) : (
        <Table caption={t('admin.tokens.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.col.name')}</th>
              <th scope="col">{t('admin.col.role')}</th>
              <th scope="col">{t('admin.col.scope')}</th>
              <th scope="col">{t('admin.col.created')}</th>
              <th scope="col">{t('admin.col.state')}</th>
              <th scope="col">{t('admin.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((record) => (
              <tr key={record.id}>
                <th scope="row">{record.name ?? record.id}</th>
                <td>{t(`role.${record.role}` as MessageKey)}</td>
                <td>{scope(record)}</td>
                <td>{formatDateTime(record.createdAt)}</td>
                <td>
                  {record.revokedAt ? (
                    <span class="krds-badge bg-light-gray">{t('admin.revoked')}</span>
                  ) : (
                    <span class="krds-badge bg-light-success">{t('admin.active')}</span>
                  )}
                </td>
                <td>
                  {record.revokedAt ? null : (
                    <div class="gongron-row-actions">
                      <button
                        type="button"
                        class="krds-btn small secondary"
                        onClick={() => void issueLink(record)}
                        aria-label={`${t('admin.link')}: ${record.name ?? record.id}`}
                      >
                        {t('admin.link')}
                      </button>
                      <button
                        type="button"
                        class="krds-btn small tertiary"
                        onClick={() => setRevoking(record)}
                        aria-label={`${t('admin.revoke')}: ${record.name ?? record.id}`}
                      >
                        {t('admin.revoke')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {revoking ? (
        <Modal
          id="revoke-modal"
          title={t('admin.revoke')}
          onClose={() => setRevoking(null)}
          actions={
            <>
              <button type="button" class="krds-btn medium tertiary" onClick={() => setRevoking(null)}>
                {t('common.cancel')}
              </button>
              <button type="button" class="krds-btn medium primary" onClick={() => void revoke(revoking)}>
                {t('admin.revoke')}
              </button>
            </>
          }
        >
          <p>{t('admin.revoke.confirm', { name: revoking.name ?? revoking.id })}</p>
        </Modal>
      ) : null}
    </>
  );
}

type ProjectionStatus = Schemas['ProjectionStatuses']['projections'][number];

/** A read model's name as its administrators read it (the code name stays beside it, as the CLI takes it). */
const projectionLabel = (name: string): string => tOr(`projection.${name}`, name);
type RebuildRun = Schemas['RebuildRunDto'];

function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div class="gongron-progress-wrap">
      <div class="gongron-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
        <div class="gongron-progress-bar" style={{ width: `${percent}%` }}></div>
      </div>
      <span class="gongron-progress-text" aria-hidden="true">
        {percent} %
      </span>
    </div>
  );
}

/**
 * Follows one rebuild through its server-sent events (`progress`, then `completed` or `failed`):
 * each event's data is the run as it stands. The stream ends with the run, so the source is
 * closed then (an EventSource would otherwise connect again).
 */
function followRebuild(url: string, onRun: (run: RebuildRun) => void, onLost: () => void): () => void {
  const source = new EventSource(url, { withCredentials: true });
  const take = (event: MessageEvent<string>) => {
    const run = JSON.parse(event.data) as RebuildRun;
    if (run.state !== 'running') source.close();
    onRun(run);
  };
  for (const type of ['progress', 'completed', 'failed']) source.addEventListener(type, take as EventListener);
  source.onerror = () => {
    // Closed by the server before the end (a restart): the run is lost to this page.
    if (source.readyState === EventSource.CLOSED) onLost();
  };
  return () => source.close();
}

export function ProjectionsPage() {
  const [list, setList] = useState<ProjectionStatus[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState<Record<string, number>>({});
  const [finished, setFinished] = useState<string | null>(null);
  const followers = useRef<Array<() => void>>([]);

  const load = async (): Promise<void> => {
    const answer = await unwrap(api.GET('/admin/projections'));
    setList(answer.projections);
  };
  const fail = (error: unknown) =>
    setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network'));
  useEffect(() => {
    load().catch(fail);
    return () => followers.current.forEach((stop) => stop());
  }, []);

  const rebuild = async (name: string) => {
    setFinished(null);
    setFailure(null);
    setRunning((r) => ({ ...r, [name]: 0 }));
    try {
      const accepted = await unwrap(api.POST('/admin/projections/{name}/rebuild', { params: { path: { name } } }));
      const stop = followRebuild(
        accepted.events,
        (run) => {
          setRunning((r) => ({ ...r, [name]: run.percent }));
          if (run.state === 'completed') {
            setFinished(name);
            load().catch(fail);
          } else if (run.state === 'failed') {
            setFailure(t('admin.rebuild.failed', { name: projectionLabel(name), reason: run.error ?? '' }));
          }
        },
        () => setFailure(t('error.network')),
      );
      followers.current.push(stop);
    } catch (error) {
      setRunning(({ [name]: _dropped, ...rest }) => rest);
      fail(error);
    }
  };

  return (
    <>
      <Breadcrumb trail={[{ label: t('admin.projections.title') }]} />
      <PageTitle>{t('admin.projections.title')}</PageTitle>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {finished ? <CriticalAlert tone="ok">{t('admin.rebuild.done', { name: projectionLabel(finished) })}</CriticalAlert> : null}
      {list === null ? (
        <Loading />
      ) : (
        <Table caption={t('admin.projections.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.col.projection')}</th>
              <th scope="col">{t('admin.col.state')}</th>
              <th scope="col" class="nowrap">
                {t('admin.col.position')}
              </th>
              <th scope="col" class="nowrap">
                {t('admin.col.lag')}
              </th>
              <th scope="col" class="nowrap">
                {t('admin.rebuild')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((projection) => (
              <tr key={projection.name}>
                <th scope="row">
                  {projectionLabel(projection.name)}
                  <span class="gongron-sub">
                    {tOr(`projection.${projection.name}.about`, projection.description ?? '')} · <code>{projection.name}</code>
                  </span>
                </th>
                <td>
                  {projection.rebuild
                    ? t('admin.state.rebuilding')
                    : projection.lag > 0
                      ? t('admin.state.catchingUp')
                      : t('admin.state.current')}
                </td>
                <td class="nowrap">
                  {projection.position.toLocaleString('ko-KR')} / {projection.headPosition.toLocaleString('ko-KR')}
                </td>
                <td class="nowrap">{t('admin.lag.events', { n: projection.lag.toLocaleString('ko-KR') })}</td>
                <td>
                  {projection.name in running ? (
                    <ProgressBar
                      value={running[projection.name]!}
                      label={t('admin.rebuild.progress', { name: projectionLabel(projection.name) })}
                    />
                  ) : (
                    <button
                      type="button"
                      class="krds-btn small secondary"
                      onClick={() => void rebuild(projection.name)}
                      aria-label={`${t('admin.rebuild')}: ${projectionLabel(projection.name)}`}
                    >
                      {t('admin.rebuild')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ProcessManagersSection />
    </>
  );
}

type ProcessManagerStatus = Schemas['ProcessManagerStatuses']['processManagers'][number];
type ParkedReaction = Schemas['ParkedReactions']['parked'][number];

/** The command a parked reaction would have run, by its type, as its administrators read it. */
function commandType(reaction: ParkedReaction): string {
  const type = typeof reaction.command.type === 'string' ? reaction.command.type : reaction.code;
  return tOr(`command.${type}`, type);
}

/** The process managers' checkpoints and the reactions they parked, with a retry for each. */
export function ProcessManagersSection() {
  const [managers, setManagers] = useState<ProcessManagerStatus[] | null>(null);
  const [parked, setParked] = useState<ParkedReaction[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const load = async () => {
    const [status, list] = await Promise.all([
      unwrap(api.GET('/admin/process-managers')),
      unwrap(api.GET('/admin/process-managers/parked', { params: { query: {} } })),
    ]);
    setManagers(status.processManagers);
    setParked(list.parked);
  };
  useEffect(() => {
    load().catch(() => setManagers([]));
  }, []);
  const retry = async (id?: string) => {
    try {
      if (id) await unwrap(api.POST('/admin/process-managers/parked/{id}/retry', { params: { path: { id } } }));
      else await unwrap(api.POST('/admin/process-managers/parked/retry'));
      setMessage(t('admin.parked.retried'));
    } catch (error) {
      setMessage(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network'));
    }
    await load();
  };
  if (managers === null) return <Loading />;
  return (
    <section aria-labelledby="process-managers-title">
      <h2 class="sec-tit" id="process-managers-title">
        {t('admin.parked.title')}
      </h2>
      {message ? <CriticalAlert tone="info">{message}</CriticalAlert> : null}
      <Table caption={t('admin.parked.managers')}>
        <thead>
          <tr>
            <th scope="col">{t('admin.parked.manager')}</th>
            <th scope="col">{t('admin.col.position')}</th>
            <th scope="col">{t('admin.parked.count')}</th>
          </tr>
        </thead>
        <tbody>
          {managers.map((manager) => (
            <tr key={manager.name}>
              <th scope="row">
                {tOr(`pm.${manager.name}`, manager.name)}
                <span class="gongron-sub">
                  <code>{manager.name}</code>
                </span>
              </th>
              <td>{manager.position.toLocaleString('ko-KR')}</td>
              <td>{manager.parked}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {parked.length === 0 ? (
        <p>{t('admin.parked.none')}</p>
      ) : (
        <>
          <Table caption={t('admin.parked.list')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.parked.command')}</th>
                <th scope="col">{t('admin.parked.reason')}</th>
                <th scope="col">{t('admin.parked.when')}</th>
                <th scope="col">{t('admin.parked.attempts')}</th>
                <th scope="col">{t('admin.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {parked.map((reaction) => (
                <tr key={reaction.id}>
                  <th scope="row">{commandType(reaction)}</th>
                  <td>
                    {reaction.reason ?? reaction.message}
                    <span class="gongron-sub">
                      {t('admin.code', { code: reaction.code })} · {reaction.message}
                    </span>
                  </td>
                  <td>{formatDateTime(reaction.parkedAt)}</td>
                  <td>{reaction.attempts}</td>
                  <td>
                    <button
                      type="button"
                      class="krds-btn small secondary"
                      onClick={() => void retry(reaction.id)}
                      aria-label={`${t('admin.parked.retry')}: ${commandType(reaction)}`}
                    >
                      {t('admin.parked.retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <button type="button" class="krds-btn medium secondary" onClick={() => void retry()}>
            {t('admin.parked.retryAll')}
          </button>
        </>
      )}
    </section>
  );
}
