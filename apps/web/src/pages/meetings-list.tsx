/**
 * The meetings of the secretary's body (회의 목록): each with its number, day and time in Korean
 * time, place, state and counts, linking to the meeting itself; and the form that schedules the
 * next one (제N차, day, time KST, place, the agenda chosen from the items waiting for the body).
 */
import { useEffect, useState } from 'preact/hooks';
import { ProblemError, api, unwrap, type Schemas } from '../api/client.js';
import { agendaBoard, type BoardRow } from '../api/reads.js';
import { Field, ProblemAlert, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { Badge, CriticalAlert, Link, Loading, Table, type BadgeTone } from '../components/ui.js';
import { formatDate, seoulToday } from '../format.js';
import { t, type MessageKey } from '../i18n.js';
import { councilOrBodyName, useOrganisation } from '../organisation.js';
import { navigate } from '../router.js';
import type { Actor } from '../session.js';
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';

type BodyCode = Schemas['ScheduleMeetingDto']['body'];
type MeetingRow = Schemas['MeetingPage']['items'][number];

const meetingTones: Record<string, BadgeTone> = {
  scheduled: 'information',
  convened: 'warning',
  adjourned: 'primary',
  minutesRecorded: 'primary',
  minutesApproved: 'success',
  cancelled: 'gray',
};

export function MeetingStateBadge({ state }: { state: string }) {
  return <Badge tone={meetingTones[state] ?? 'gray'}>{t(`mstate.${state}` as MessageKey)}</Badge>;
}

/** The agenda item states in which each body decides, as the meeting's agenda offers them. */
export const decidingStates: Record<BodyCode, string> = {
  'civic-council': 'inDeliberation',
  'working-council': 'drafting',
  'steering-committee': 'underReview',
};

export function BodyMeetings({ actor }: { actor: Actor }) {
  const body = actor.body as BodyCode;
  useOrganisation();
  const name = councilOrBodyName(actor.district, body, actor.council);
  const [meetings, setMeetings] = useState<MeetingRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    unwrap(api.GET('/meeting-register', { params: { query: { district: actor.district as DistrictCode, body, limit: 500 } } })).then(
      (page) => setMeetings(page.items),
      (error: unknown) => setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')),
    );
  }, [actor.id]);
  return (
    <section aria-labelledby="meetings-title">
      <h2 class="sec-tit" id="meetings-title">
        {t('meetings.title')} · {name}
      </h2>
      <p>{t('meetings.lead', { body: name })}</p>
      <p>
        <Link href="/roster">{t('meetings.roster')}</Link>
      </p>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {meetings === null ? (
        failure ? null : (
          <Loading />
        )
      ) : meetings.length === 0 ? (
        <p>{t('meetings.none')}</p>
      ) : (
        <Table caption={t('meetings.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('meetings.col.number')}</th>
              <th scope="col">{t('meetings.col.when')}</th>
              <th scope="col">{t('meetings.col.place')}</th>
              <th scope="col">{t('meetings.col.state')}</th>
              <th scope="col">{t('meetings.col.count')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.meeting_id}>
                <td>
                  <Link href={`/meetings/${encodeURIComponent(meeting.meeting_id)}`}>
                    {meeting.held_on.slice(0, 4)} {t('meetings.numberOf', { n: meeting.number })}
                    {meeting.title ? ` ${meeting.title}` : ''}
                  </Link>
                </td>
                <td>
                  <time dateTime={`${meeting.held_on}T${meeting.starts_at}:00+09:00`}>
                    {t('session.when', { date: formatDate(meeting.held_on), time: meeting.starts_at })}
                  </time>
                </td>
                <td>{meeting.place}</td>
                <td>
                  <MeetingStateBadge state={meeting.state} />
                </td>
                <td>{meeting.on_roll_count ? `${meeting.on_roll_count} / ${meeting.present_count ?? 0}` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {meetings !== null ? <ScheduleMeeting actor={actor} next={nextNumber(meetings)} /> : null}
    </section>
  );
}

function nextNumber(meetings: readonly MeetingRow[]): number {
  const year = seoulToday().slice(0, 4);
  return (
    meetings.filter((meeting) => meeting.held_on.startsWith(year)).reduce((highest, meeting) => Math.max(highest, meeting.number), 0) + 1
  );
}

function ScheduleMeeting({ actor, next }: { actor: Actor; next: number }) {
  const body = actor.body as BodyCode;
  const fields: FieldSpec[] = [
    { name: 'number', label: 'form.meeting.number', kind: 'count', required: true, initial: String(next) },
    { name: 'heldOn', label: 'form.schedule.heldOn', kind: 'date', required: true, initial: seoulToday() },
    {
      name: 'startsAt',
      label: 'form.meeting.startsAt',
      kind: 'text',
      required: true,
      hint: 'form.meeting.startsAt.hint',
      initial: '14:00',
    },
    { name: 'place', label: 'form.meeting.place', kind: 'text', required: true },
    { name: 'title', label: 'form.schedule.title', kind: 'text', hint: 'form.schedule.title.hint' },
  ];
  const form = useFormValues(fields);
  const submission = useSubmission([...fields.map((field) => field.name), 'agenda']);
  const [items, setItems] = useState<BoardRow[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  useEffect(() => {
    agendaBoard({ district: actor.district, body, state: decidingStates[body] }, 100, 0).then(
      (page) => setItems(page.items),
      () => setItems([]),
    );
  }, [actor.id]);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const agenda = (items ?? [])
      .filter((item) => chosen.includes(item.item_id))
      .map((item) => ({ itemId: item.item_id, title: item.title }));
    const request: Schemas['ScheduleMeetingDto'] = {
      district: actor.district ?? '',
      body,
      number: Number(form.values.number),
      heldOn: form.values.heldOn!,
      startsAt: form.values.startsAt!.trim(),
      place: form.values.place!.trim(),
      ...(form.values.title?.trim() ? { title: form.values.title.trim() } : {}),
      agenda,
    };
    const answer = await submission.submit((key) =>
      unwrap(api.POST('/meetings', { params: { header: { 'Idempotency-Key': key } }, body: request })),
    );
    // The id as recorded: <district>-<body>-<year>-<N>, with the civic council named in it where the district has several.
    const recorded = (answer as { state?: { meetingId?: unknown } } | null | undefined)?.state?.meetingId;
    const meetingId = typeof recorded === 'string' ? recorded : null;
    if (meetingId !== null) navigate(`/meetings/${encodeURIComponent(meetingId)}`);
  };
  return (
    <form class="gongron-form gongron-panel" aria-labelledby="schedule-title" noValidate onSubmit={onSubmit}>
      <h3 class="sec-tit" id="schedule-title">
        {t('meetings.schedule')}
      </h3>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      <div class="gongron-tally-grid">
        {fields.map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={form.values[spec.name] ?? ''}
            error={submission.state.fieldErrors[spec.name]}
            onInput={(value) => form.setValue(spec.name, value)}
            idPrefix="schedule"
          />
        ))}
      </div>
      <fieldset class="form-group" aria-describedby="schedule-agenda-hint">
        <legend class="form-tit">{t('meetings.agenda')}</legend>
        <p class="form-hint" id="schedule-agenda-hint">
          {t('meetings.agenda.hint')}
        </p>
        {items === null ? (
          <Loading />
        ) : items.length === 0 ? (
          <p>{t('meetings.agenda.none')}</p>
        ) : (
          <div class="krds-form-check-wrap">
            {items.map((item) => (
              <div class="krds-form-check" key={item.item_id}>
                <input
                  type="checkbox"
                  id={`agenda-${item.item_id}`}
                  checked={chosen.includes(item.item_id)}
                  onChange={(event) => {
                    const on = (event.currentTarget as HTMLInputElement).checked;
                    setChosen((previous) => (on ? [...previous, item.item_id] : previous.filter((id) => id !== item.item_id)));
                  }}
                />
                <label for={`agenda-${item.item_id}`}>{item.title}</label>
              </div>
            ))}
          </div>
        )}
      </fieldset>
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {t('meetings.schedule')}
        </button>
      </div>
    </form>
  );
}
