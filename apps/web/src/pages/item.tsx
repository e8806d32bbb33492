import { useState } from 'preact/hooks';
import { actionBody, agendaActions, type ActionSpec } from '../actions.js';
import { api, unwrap, type CommandAnswer, type Schemas } from '../api/client.js';
import type { TimelineEntry } from '../api/reads.js';
import { Breadcrumb } from '../app.js';
import { Field, ProblemAlert, VoteRule, bodyOf, localErrors, useFormValues, useSubmission } from '../components/form.js';
import { Link, Loading, Modal, Money, PageTitle, StateBadge, StepIndicator, Table, type Step } from '../components/ui.js';
import { formatDate, formatDateTime } from '../format.js';
import { agendaStateName, bodyCodes, districtName, isMessageKey, t, taskName, type MessageKey } from '../i18n.js';
import type { Actor } from '../session.js';
import { civicCouncilName, districtBodyName, useOrganisation } from '../organisation.js';
import { ReadingAlerts, unlessAbsent, useReading } from '../reading.js';
import { FirstReadingFailed } from './missing.js';

export type ItemState = Schemas['AgendaItemView'];
type Tally = NonNullable<ItemState['adoption']>['tally'];

export function steps(state: Pick<ItemState, 'body' | 'status' | 'terminal'> & { district?: string | null }): Step[] {
  const current = bodyCodes.indexOf(state.body as (typeof bodyCodes)[number]);
  return bodyCodes.map((code, index) => ({
    label: districtBodyName(state.district, code),
    status: index < current || (state.status === 'closed' && index === current) ? 'done' : index === current ? 'active' : 'todo',
  }));
}

export function who(actor: TimelineEntry['actor']): string {
  const parts = [isMessageKey(`role.${actor.role}`) ? t(`role.${actor.role}` as MessageKey) : actor.role];
  if (actor.district) parts.push(districtName(actor.district));
  if (actor.body) parts.push(districtBodyName(actor.district, actor.body));
  if (actor.party) parts.push(t(`party.${actor.party}` as MessageKey));
  return actor.name ? `${actor.name} (${parts.join(' · ')})` : parts.join(' · ');
}

export function eventName(type: string): string {
  const key = `event.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

function tallyText(tally: Tally): string {
  return `${t('vote.onRoll')} ${tally.onRoll} · ${t('vote.present')} ${tally.present} · ${t('vote.for')} ${tally.for} · ${t('vote.against')} ${tally.against} · ${t('vote.abstain')} ${tally.abstain}`;
}

export function Timeline({ events, caption }: { events: readonly TimelineEntry[]; caption: string }) {
  return (
    <Table caption={caption} class="gongron-timeline">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('item.timeline.what')}</th>
          <th scope="col">{t('item.timeline.who')}</th>
          <th scope="col">{t('item.timeline.when')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.revision}>
            <td>{event.revision}</td>
            <th scope="row">{eventName(event.type)}</th>
            <td>{who(event.actor)}</td>
            <td>
              <time dateTime={event.recordedAt}>{formatDateTime(event.recordedAt)}</time>
              {event.effectiveAt && formatDate(event.effectiveAt) !== formatDate(event.recordedAt) ? (
                <span class="gongron-effective"> · {t('item.timeline.effective', { date: formatDate(event.effectiveAt) })}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ActionForm(props: {
  spec: ActionSpec;
  itemId: string;
  revision: number;
  label: string;
  onDone: (answer: CommandAnswer) => void;
  onReload: () => void;
  onCancel: () => void;
  initial?: Record<string, string>;
}) {
  const fields = props.spec.fields();
  const form = useFormValues(fields, props.initial);
  const names = fields.map((field) => field.name);
  const submission = useSubmission<CommandAnswer>(names);
  const [confirming, setConfirming] = useState(false);
  const visible = fields.filter((field) => !field.when || field.when(form.values));

  const send = async () => {
    setConfirming(false);
    const answer = await submission.submit((key) => props.spec.send(props.itemId, bodyOf(fields, form.values), props.revision, key));
    if (answer) props.onDone(answer);
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) {
      submission.setLocal(errors);
      const first = fields.find((field) => errors[field.name]);
      if (first) document.getElementById(`${form.prefix}-${first.name.replace(/\./g, '-')}`)?.focus();
      return;
    }
    if (props.spec.confirm) setConfirming(true);
    else void send();
  };
  const nonTally = visible.filter((field) => !field.name.startsWith('tally.'));
  const tally = visible.filter((field) => field.name.startsWith('tally.'));
  const field = (spec: (typeof fields)[number]) => (
    <Field
      key={spec.name}
      spec={spec}
      value={form.values[spec.name] ?? ''}
      error={submission.state.fieldErrors[spec.name]}
      onInput={(value) => form.setValue(spec.name, value)}
      idPrefix={form.prefix}
    />
  );
  return (
    <form
      class="gongron-form gongron-panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${form.prefix}-title`}
      data-action={props.spec.type}
    >
      <h3 class="sec-tit" id={`${form.prefix}-title`}>
        {props.label}
      </h3>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={props.onReload} />
      <div class="fieldset">{nonTally.map(field)}</div>
      {tally.length > 0 ? (
        <fieldset class="gongron-tally" aria-describedby={`${form.prefix}-rule`}>
          <legend>{t('form.tally')}</legend>
          <div class="gongron-tally-grid">{tally.map(field)}</div>
          <VoteRule values={form.values} id={`${form.prefix}-rule`} />
        </fieldset>
      ) : null}
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy} aria-busy={submission.state.busy}>
          {t('action.submit', { action: props.label })}
        </button>
        <button type="button" class="krds-btn medium tertiary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {confirming ? (
        <Modal
          id={`${form.prefix}-confirm`}
          title={t('action.confirm.title', { action: props.label })}
          onClose={() => setConfirming(false)}
          actions={
            <>
              <button type="button" class="krds-btn medium tertiary" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
              <button type="button" class="krds-btn medium primary" onClick={() => void send()}>
                {t('common.confirm')}
              </button>
            </>
          }
        >
          <p>{t('action.confirm.body')}</p>
        </Modal>
      ) : null}
    </form>
  );
}

export function actionLabel(type: string, state: ItemState): string {
  if (type === 'SubmitDraftRevision') return t('action.SubmitDraftRevision.n', { n: state.revisions.length + 1 });
  const key = `action.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

export function mayTake(actor: Actor, type: string, state: ItemState): boolean {
  if (actor.role !== 'secretary' || actor.district !== state.district) return false;
  const body = type in actionBody ? actionBody[type] : undefined;
  if (body === undefined) return false;
  return (body ?? state.body) === actor.body;
}

type Tab = 'overview' | 'timeline' | 'opinions' | 'drafts';

/** The item and its timeline (empty where the reader may not see it), read together. */
async function readItem(id: string): Promise<{ item: Schemas['AgendaItemStream']; events: TimelineEntry[] }> {
  const [item, history] = await Promise.all([
    unwrap(api.GET('/agenda-items/{id}', { params: { path: { id } } })),
    unlessAbsent(unwrap(api.GET('/agenda-items/{id}/history', { params: { path: { id } } })), { events: [] as TimelineEntry[] }),
  ]);
  return { item, events: history.events };
}

export function ItemPage({ id, actor }: { id: string; actor: Actor }) {
  const [open, setOpen] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('overview');
  useOrganisation();
  // After an action the item is read again; its confirmation shows only with what was read.
  const reading = useReading(() => readItem(id), [id]);
  const { failure, loaded } = reading;
  const item = reading.data?.item ?? null;
  const events = reading.data?.events ?? null;

  if (failure && !item)
    return (
      <FirstReadingFailed
        reading={reading}
        record={{ title: 'missing.item', id, list: { label: 'nav.agenda', href: '/agenda', back: 'missing.back.item' } }}
      />
    );
  if (!item) return <Loading />;
  const state = item.state;
  // Present on every recorded item (null only before a proposal).
  const title = state.title ?? id;
  // Where the district has several civic councils: the one the item was proposed in.
  const council = civicCouncilName(state.district, state.council);
  const actions = item.allowedActions.filter((type) => type in agendaActions && mayTake(actor, type, state));
  const stepOwner = state.terminal ? null : state.body;
  const tabs: Array<[Tab, MessageKey, number | null]> = [
    ['overview', 'item.tabs.overview', null],
    ['timeline', 'item.tabs.timeline', events?.length ?? null],
    ['opinions', 'item.tabs.opinions', state.opinionCount ?? state.opinions.length],
    ['drafts', 'item.tabs.drafts', state.revisions.length],
  ];
  const reload = () => {
    setOpen(null);
    void reading.reload();
  };

  return (
    <>
      <Breadcrumb trail={[{ label: t('agenda.title'), href: '/agenda' }, { label: title }]} />
      <PageTitle
        sub={
          <>
            <StateBadge state={state.status} name={agendaStateName(state.status)} /> {districtName(state.district)} ·{' '}
            {state.body === 'civic-council' && council ? council : districtBodyName(state.district, state.body)} · {t('item.revision')}{' '}
            {item.revision}
          </>
        }
      >
        {title}
      </PageTitle>
      <StepIndicator steps={steps(state)} label={t('item.steps')} />
      <ReadingAlerts reading={reading} id="saved-message" />

      <section class="gongron-actions" aria-labelledby="actions-title">
        <h2 class="sec-tit" id="actions-title">
          {t('item.actions')}
        </h2>
        {actions.length === 0 ? (
          <p>
            {stepOwner && actor.role === 'secretary' && actor.body !== stepOwner
              ? t('item.actions.notMine', { body: districtBodyName(state.district, stepOwner) })
              : t('item.actions.none')}
          </p>
        ) : (
          <div class="btn-wrap gongron-action-buttons">
            {actions.map((type) => (
              <button
                key={type}
                type="button"
                class={`krds-btn medium ${open === type ? 'primary' : 'secondary'}`}
                aria-expanded={open === type}
                onClick={() => {
                  reading.dismiss();
                  setOpen(open === type ? null : type);
                }}
              >
                {actionLabel(type, state)}
              </button>
            ))}
          </div>
        )}
        {open && agendaActions[open] ? (
          <ActionForm
            key={`${open}-${loaded}`}
            spec={agendaActions[open]!}
            itemId={id}
            revision={item.revision}
            label={actionLabel(open, state)}
            onCancel={() => setOpen(null)}
            onReload={reload}
            onDone={(answer) => {
              setOpen(null);
              void reading.reload(t('item.saved', { action: actionLabel(open, state), revision: answer.revision }));
            }}
          />
        ) : null}
      </section>

      <div class="krds-tab-area">
        <div class="tab line">
          <ul role="tablist" aria-label={title}>
            {tabs.map(([name, label, n]) => (
              <li key={name} role="presentation" class={tab === name ? 'active' : undefined}>
                <button
                  type="button"
                  class="btn-tab"
                  id={`tab-${name}`}
                  role="tab"
                  aria-selected={tab === name}
                  aria-controls={`panel-${name}`}
                  tabIndex={tab === name ? 0 : -1}
                  onClick={() => setTab(name)}
                  onKeyDown={(event) => {
                    // The tab list moves with the arrow keys (WAI-ARIA tabs pattern).
                    const order = tabs.map(([n]) => n);
                    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                    if (step === 0) return;
                    event.preventDefault();
                    const next = order[(order.indexOf(name) + step + order.length) % order.length]!;
                    setTab(next);
                    document.getElementById(`tab-${next}`)?.focus();
                  }}
                >
                  {t(label)}
                  {n !== null ? ` (${n})` : ''}
                  {tab === name ? <i class="sr-only created"> {t('common.selected')}</i> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div class="tab-conts-wrap">
          <section id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tab-conts active">
            {tab === 'overview' ? <Overview state={state} /> : null}
            {tab === 'timeline' ? events ? <Timeline events={events} caption={t('item.timeline.caption')} /> : <Loading /> : null}
            {tab === 'opinions' ? <Opinions state={state} /> : null}
            {tab === 'drafts' ? <Drafts state={state} /> : null}
          </section>
        </div>
      </div>
    </>
  );
}

function Overview({ state }: { state: ItemState }) {
  const rows: Array<[string, preact.ComponentChildren]> = [
    [t('item.description'), state.description],
    [t('item.proposer'), t(`category.${state.proposerCategory}` as MessageKey)],
    [t('form.taskCode'), state.taskCode ? taskName(state.taskCode) : '—'],
    [t('item.source'), state.source ?? '—'],
    [t('item.proposedOn'), formatDate(state.proposedOn)],
  ];
  if (state.adoption)
    rows.push([t('action.AdoptAgendaItem'), `${formatDate(state.adoption.meeting.heldOn)} · ${tallyText(state.adoption.tally)}`]);
  for (const decision of state.reviewDecisions) {
    rows.push([
      t(`decision.${decision.decision}` as MessageKey),
      `${formatDate(decision.meeting.heldOn)} · ${tallyText(decision.tally)}${decision.conditions.length > 0 ? ` · ${t('item.conditions')}: ${decision.conditions.join(', ')}` : ''}${decision.feedback ? ` · ${decision.feedback}` : ''}`,
    ]);
  }
  if (state.projectId)
    rows.push([
      t('item.project'),
      <Link key="p" href={`/projects/${encodeURIComponent(state.projectId)}`}>
        {state.projectId}
      </Link>,
    ]);
  return (
    <div class="krds-table-wrap" tabIndex={0} role="region" aria-label={t('item.tabs.overview')}>
      <table class="tbl row gongron-definition">
        <caption class="sr-only">{t('item.tabs.overview')}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Opinions({ state }: { state: ItemState }) {
  if (state.opinions.length === 0) return <p>{t('item.opinions.empty')}</p>;
  return (
    <ul class="krds-structured-list gongron-cards">
      {state.opinions.map((opinion) => (
        <li key={opinion.opinionId} class="structured-item">
          <p>
            <strong>{t(`stance.${opinion.stance}` as MessageKey)}</strong> · {t(`category.${opinion.respondentCategory}` as MessageKey)} ·{' '}
            {formatDate(opinion.receivedOn)}
          </p>
          <p>{opinion.text}</p>
        </li>
      ))}
    </ul>
  );
}

function Drafts({ state }: { state: ItemState }) {
  if (state.revisions.length === 0) return <p>{t('item.drafts.empty')}</p>;
  return (
    <ul class="krds-structured-list gongron-cards">
      {state.revisions.map((revision, index) => (
        <li key={revision.revisionId} class="structured-item">
          <p>
            <strong>{t('item.draft.n', { n: index + 1 })}</strong> · {formatDate(revision.submittedOn)} ·{' '}
            {revision.taskCode ? taskName(revision.taskCode) : ''}
            {state.tabledRevisionId === revision.revisionId ? (
              <span class="krds-badge bg-light-warning"> {t('item.draft.tabled')}</span>
            ) : null}
          </p>
          <p>{revision.plan}</p>
          {revision.budgetRequest ? (
            <p>
              {t('agreement.col.eo')} <Money won={revision.budgetRequest['education-office'] ?? 0} /> · {t('agreement.col.lg')}{' '}
              <Money won={revision.budgetRequest['local-government'] ?? 0} /> {t('common.unit.thousand')}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
