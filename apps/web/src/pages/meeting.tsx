/**
 * 회의 진행: the body's recorded meetings (list and scheduling, each meeting on its own page with
 * attendance from the roster), and below them the mode for a body without a roster: the secretary
 * enters the meeting once (date, name, members on roll and present) and then records a decision on
 * each waiting item in turn, without leaving the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { agendaActions } from '../actions.js';
import { ProblemError, api, unwrap, type Schemas } from '../api/client.js';
import { agendaBoard, type BoardRow } from '../api/reads.js';
import { Breadcrumb } from '../app.js';
import { Field, ProblemAlert, VoteRule, bodyOf, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { CriticalAlert, Link, Loading, PageTitle, StateBadge } from '../components/ui.js';
import { seoulToday } from '../format.js';
import { agendaStateName, t, type MessageKey } from '../i18n.js';
import { councilOrBodyName, useOrganisation } from '../organisation.js';
import type { Actor } from '../session.js';
import { BodyMeetings } from './meetings-list.js';

const decidable: Record<string, { state: string; choices: string[] }> = {
  'civic-council': { state: 'inDeliberation', choices: ['AdoptAgendaItem', 'DismissAgendaItem', 'DeferAgendaItem'] },
  'steering-committee': {
    state: 'underReview',
    choices: ['approved', 'conditionallyApproved', 'revisionRequested', 'rejected', 'DeferAgendaItem'],
  },
  'working-council': { state: 'drafting', choices: ['TableForReview', 'DeferAgendaItem'] },
};

const meetingFields: FieldSpec[] = [
  { name: 'meeting.heldOn', label: 'form.meeting.heldOn', kind: 'date', required: true, initial: seoulToday() },
  { name: 'meeting.title', label: 'form.meeting.title', kind: 'text', hint: 'form.meeting.title.hint' },
  { name: 'tally.onRoll', label: 'vote.onRoll', kind: 'count', required: true },
  { name: 'tally.present', label: 'vote.present', kind: 'count', required: true },
];

function choiceLabel(choice: string): string {
  return choice in agendaActions ? t(`action.${choice}` as MessageKey) : t(`decision.${choice}` as MessageKey);
}

export function MeetingMode({ actor }: { actor: Actor }) {
  const plan = actor.body ? decidable[actor.body] : undefined;
  const setup = useFormValues(meetingFields);
  const [started, setStarted] = useState(false);
  const [setupErrors, setSetupErrors] = useState<Record<string, string>>({});
  const [queue, setQueue] = useState<BoardRow[] | null>(null);
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useOrganisation();
  const name = councilOrBodyName(actor.district, actor.body, actor.council);

  useEffect(() => {
    if (!plan) return;
    agendaBoard({ district: actor.district, body: actor.body, state: plan.state }, 200, 0).then(
      (page) => setQueue(page.items),
      (error: unknown) => setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')),
    );
  }, [actor.id]);

  if (!plan)
    return (
      <>
        <Breadcrumb trail={[{ label: t('meeting.title') }]} />
        <PageTitle sub={t('meeting.secretariesOnly')}>{t('meeting.title')}</PageTitle>
      </>
    );
  const needsTally = actor.body !== 'working-council';
  const setupSpecs = needsTally ? meetingFields : meetingFields.slice(0, 2);

  return (
    <>
      <Breadcrumb trail={[{ label: t('meeting.title') }]} />
      <PageTitle sub={t('meeting.lead')}>{t('meeting.title')}</PageTitle>
      <BodyMeetings actor={actor} />
      <h2 class="sec-tit">{t('meetings.typed')}</h2>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      <form
        class="gongron-form gongron-panel"
        aria-labelledby="meeting-setup-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const errors = localErrors(setupSpecs, setup.values);
          setSetupErrors(errors);
          if (Object.keys(errors).length === 0) setStarted(true);
        }}
      >
        <h2 class="sec-tit" id="meeting-setup-title">
          {t('meeting.setup')} · {name}
        </h2>
        <fieldset disabled={started} class="gongron-tally">
          <legend class="sr-only">{t('meeting.setup')}</legend>
          <div class="gongron-tally-grid">
            {setupSpecs.map((spec) => (
              <Field
                key={spec.name}
                spec={spec}
                value={setup.values[spec.name]!}
                error={setupErrors[spec.name]}
                onInput={(value) => setup.setValue(spec.name, value)}
                idPrefix="meeting"
              />
            ))}
          </div>
        </fieldset>
        <div class="btn-wrap">
          {started ? (
            <button type="button" class="krds-btn medium tertiary" onClick={() => setStarted(false)}>
              {t('meeting.edit')}
            </button>
          ) : (
            <button type="submit" class="krds-btn medium primary">
              {t('common.confirm')}
            </button>
          )}
        </div>
      </form>
      {queue === null ? (
        <Loading />
      ) : queue.length === 0 ? (
        <p>{t('meeting.empty', { body: name })}</p>
      ) : (
        <section aria-labelledby="meeting-queue-title">
          <h2 class="sec-tit" id="meeting-queue-title">
            {t('meeting.queue', { n: queue.length })}
          </h2>
          <ol class="gongron-queue">
            {queue.map((row, i) => (
              <li key={row.item_id} class={i === index ? 'current' : undefined} aria-current={i === index ? 'step' : undefined}>
                <button type="button" class="krds-btn small text" onClick={() => setIndex(i)}>
                  {i + 1}. {row.title}
                </button>{' '}
                {done[row.item_id] ? (
                  <span class="krds-badge bg-light-success">{done[row.item_id]}</span>
                ) : (
                  <StateBadge state={row.state} name={agendaStateName(row.state)} />
                )}
              </li>
            ))}
          </ol>
          {started && index < queue.length ? (
            <MeetingDecision
              key={queue[index]!.item_id}
              row={queue[index]!}
              position={index + 1}
              count={queue.length}
              choices={plan.choices}
              meeting={setup.values}
              needsTally={needsTally}
              onRecorded={(label) => {
                setDone({ ...done, [queue[index]!.item_id]: label });
                setIndex(index + 1);
              }}
              onSkip={() => setIndex(index + 1)}
            />
          ) : null}
          {started && index >= queue.length ? <CriticalAlert tone="ok">{t('meeting.done')}</CriticalAlert> : null}
        </section>
      )}
    </>
  );
}

function MeetingDecision(props: {
  row: BoardRow;
  position: number;
  count: number;
  choices: string[];
  meeting: Record<string, string>;
  needsTally: boolean;
  onRecorded: (label: string) => void;
  onSkip: () => void;
}) {
  const [item, setItem] = useState<Schemas['AgendaItemStream'] | null>(null);
  const [choice, setChoice] = useState(props.choices[0]!);
  const fields: FieldSpec[] = [
    ...(props.needsTally && choice !== 'DeferAgendaItem'
      ? ([
          { name: 'tally.for', label: 'vote.for', kind: 'count', required: true },
          { name: 'tally.against', label: 'vote.against', kind: 'count', required: true, initial: '0' },
          { name: 'tally.abstain', label: 'vote.abstain', kind: 'count', required: true, initial: '0' },
        ] as FieldSpec[])
      : []),
    {
      name: 'reason',
      label: 'form.reason',
      kind: 'textarea',
      required: true,
      when: () => choice === 'DismissAgendaItem' || choice === 'DeferAgendaItem',
    },
    { name: 'conditions', label: 'form.conditions', kind: 'lines', required: true, when: () => choice === 'conditionallyApproved' },
    { name: 'feedback', label: 'form.feedback', kind: 'textarea', required: true, when: () => choice === 'revisionRequested' },
  ];
  const form = useFormValues(fields);
  const submission = useSubmission(fields.map((field) => field.name));
  const id = props.row.item_id;
  const load = () => unwrap(api.GET('/agenda-items/{id}', { params: { path: { id } } })).then(setItem);
  useEffect(() => {
    void load();
  }, [id]);

  const values = { ...props.meeting, ...form.values };
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!item) return;
    const visible = fields.filter((field) => !field.when || field.when(values));
    const errors = localErrors(visible, values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const meeting = {
      heldOn: props.meeting['meeting.heldOn'],
      ...(props.meeting['meeting.title'] ? { title: props.meeting['meeting.title'] } : {}),
    };
    const body: Record<string, unknown> = { ...bodyOf(visible, values), meeting };
    if (props.needsTally && choice !== 'DeferAgendaItem') {
      body.tally = {
        ...(body.tally as object),
        onRoll: Number(props.meeting['tally.onRoll']),
        present: Number(props.meeting['tally.present']),
      };
    }
    const spec = choice in agendaActions ? agendaActions[choice]! : agendaActions.RecordReviewDecision!;
    if (!(choice in agendaActions)) body.decision = choice;
    const answer = await submission.submit((key) => spec.send(id, body, item.revision, key));
    if (answer) props.onRecorded(choiceLabel(choice));
  };

  const tallyValues = {
    'tally.onRoll': props.meeting['tally.onRoll'] ?? '',
    'tally.present': props.meeting['tally.present'] ?? '',
    ...form.values,
  };
  return (
    <form class="gongron-form gongron-panel gongron-meeting-item" onSubmit={onSubmit} noValidate aria-labelledby="meeting-item-title">
      <p class="gongron-meta">{t('meeting.current', { i: props.position, n: props.count })}</p>
      <h3 class="sec-tit" id="meeting-item-title">
        <Link href={`/agenda/${encodeURIComponent(id)}`}>{props.row.title}</Link>
      </h3>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} onReload={() => void load().then(submission.reset)} />
      {item === null ? (
        <Loading />
      ) : (
        <>
          <fieldset class="form-group gongron-radio-group">
            <legend class="form-tit">{t('form.decision')}</legend>
            <div class="krds-form-check-wrap">
              {props.choices.map((value) => (
                <div class="krds-form-check" key={value}>
                  <input
                    type="radio"
                    id={`choice-${value}`}
                    name="meeting-choice"
                    value={value}
                    checked={choice === value}
                    onChange={() => setChoice(value)}
                  />
                  <label for={`choice-${value}`}>{choiceLabel(value)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div class="gongron-tally-grid">
            {fields
              .filter((field) => !field.when || field.when(values))
              .map((spec) => (
                <Field
                  key={spec.name}
                  spec={spec}
                  value={form.values[spec.name] ?? ''}
                  error={submission.state.fieldErrors[spec.name]}
                  onInput={(value) => form.setValue(spec.name, value)}
                  idPrefix="meeting-item"
                />
              ))}
          </div>
          {props.needsTally && choice !== 'DeferAgendaItem' ? <VoteRule values={tallyValues} id="meeting-item-rule" /> : null}
          <div class="btn-wrap">
            <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
              {t('action.submit', { action: choiceLabel(choice) })}
            </button>
            <button type="button" class="krds-btn medium tertiary" onClick={props.onSkip}>
              {t('meeting.skip')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
