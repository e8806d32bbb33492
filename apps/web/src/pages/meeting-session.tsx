/**
 * One meeting (회의), step by step as the domain records it: scheduled → convened with the members
 * ticked present from the roster of the meeting day (on roll = that roster) → the decision on each
 * agenda item, its tally checked by the API against the meeting (a refusal lands under its field,
 * in Korean first) → adjourned → minutes with attachments (uploaded, kept by SHA-256, downloadable)
 * → minutes approved.
 */
import { useEffect, useState } from 'preact/hooks';
import { agendaActions } from '../actions.js';
import { ProblemError, api, commandHeaders, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { Field, ProblemAlert, VoteRule, bodyOf, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { Badge, CriticalAlert, Link, Loading, PageTitle, Table } from '../components/ui.js';
import { formatDate } from '../format.js';
import { t, type MessageKey } from '../i18n.js';
import { councilOrBodyName, useOrganisation } from '../organisation.js';
import type { Actor } from '../session.js';
import { MeetingStateBadge } from './meetings-list.js';
import { memberCategoryLabels, memberRoleLabels } from './roster.js';

type Stream = Schemas['MeetingStream'];
type Meeting = Stream['state'];
type Detail = Schemas['MeetingDetail'];
type Decision = Detail['decisions'][number];
type Attachment = Schemas['MinutesAttachmentDto'];
type BodyCode = Schemas['ScheduleMeetingDto']['body'];

const problemText = (error: unknown) => (error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network'));

export function MeetingSession({ id, actor }: { id: string; actor: Actor }) {
  const [stream, setStream] = useState<Stream | null>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  /** Reads the meeting from the log, then its read model once it has caught up with that state. */
  const load = async () => {
    try {
      const current = await unwrap(api.GET('/meetings/{id}', { params: { path: { id } } }));
      setStream(current);
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const read = await unwrap(api.GET('/meeting-register/{meetingId}', { params: { path: { meetingId: id } } })).catch(() => null);
        if (read && read.state === current.state.status && (read.agenda as unknown[]).length === current.state.agenda.length) {
          setDetail(read);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      setFailure(null);
    } catch (error) {
      setFailure(problemText(error));
    }
  };
  useEffect(() => {
    void load();
  }, [id]);

  useOrganisation();
  const meeting = stream?.state;
  const title = meeting
    ? `${meeting.year ?? ''} ${t('meetings.numberOf', { n: meeting.number ?? 0 })} ${councilOrBodyName(meeting.district, meeting.body, meeting.council)}`
    : t('meetings.title');
  return (
    <>
      <Breadcrumb trail={[{ label: t('meetings.title'), href: '/meetings' }, { label: title }]} />
      <PageTitle sub={meeting ? <MeetingFacts meeting={meeting} /> : undefined}>{title}</PageTitle>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {stream === null || meeting === undefined ? (
        failure ? null : (
          <Loading />
        )
      ) : (
        <>
          {meeting.status === 'scheduled' ? <Convene stream={stream} onDone={load} /> : null}
          {meeting.status !== 'scheduled' && meeting.status !== 'cancelled' && detail ? <Attendance detail={detail} /> : null}
          {(meeting.status === 'convened' || meeting.status === 'adjourned') && detail ? (
            <Decisions actor={actor} meeting={meeting} detail={detail} onDone={load} />
          ) : null}
          {meeting.status === 'convened' ? <Adjourn stream={stream} onDone={load} /> : null}
          {meeting.status === 'adjourned' ? <RecordMinutes stream={stream} onDone={load} /> : null}
          {meeting.minutes ? <Minutes stream={stream} onDone={load} /> : null}
        </>
      )}
      <p>
        <Link href="/meetings">{t('meetings.title')}</Link>
      </p>
    </>
  );
}

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  return (
    <>
      <time dateTime={meeting.startsAtInstant ?? undefined}>
        {t('session.when', { date: formatDate(meeting.heldOn), time: meeting.startsAt ?? '' })}
      </time>{' '}
      · {meeting.place} <MeetingStateBadge state={meeting.status} />
      {meeting.onRollCount > 0 ? (
        <>
          {' '}
          · {t('session.onRollPresent', { onRoll: meeting.onRollCount, present: meeting.presentCount })}{' '}
          <Badge tone={meeting.quorate ? 'success' : 'danger'}>{meeting.quorate ? t('session.quorate') : t('session.notQuorate')}</Badge>
        </>
      ) : null}
    </>
  );
}

function Convene({ stream, onDone }: { stream: Stream; onDone: () => Promise<void> }) {
  const meeting = stream.state;
  const [roster, setRoster] = useState<Schemas['RosterAsOf'] | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const submission = useSubmission<unknown>(['attending']);
  useEffect(() => {
    unwrap(
      api.GET('/rosters/{district}/{body}', {
        params: {
          path: { district: meeting.district!, body: meeting.body as BodyCode },
          // The roll of the meeting's own civic council.
          query: { on: meeting.heldOn ?? undefined, ...(meeting.council ? { council: meeting.council } : {}) },
        },
      }),
    ).then(setRoster, () =>
      setRoster({
        district: meeting.district!,
        body: meeting.body!,
        council: meeting.council ?? null,
        date: meeting.heldOn ?? '',
        on_roll: 0,
        members: [],
      }),
    );
  }, [stream.streamId]);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const answer = await submission.submit((key) =>
      unwrap(
        api.POST('/meetings/{id}/convening', {
          params: { path: { id: meeting.meetingId! }, header: commandHeaders(stream.revision, key) },
          body: { attending: ticked },
        }),
      ),
    );
    if (answer) await onDone();
  };
  return (
    <form class="gongron-form gongron-panel" aria-labelledby="convene-title" noValidate onSubmit={onSubmit}>
      <h2 class="sec-tit" id="convene-title">
        {t('session.convene')}
      </h2>
      <p>{t('session.convene.lead')}</p>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      {roster === null ? (
        <Loading />
      ) : (
        <fieldset class="form-group">
          <legend class="form-tit">{t('session.onRollPresent', { onRoll: roster.on_roll, present: ticked.length })}</legend>
          <div class="krds-form-check-wrap gongron-attendance">
            {roster.members.map((member) => (
              <div class="krds-form-check" key={member.member_id}>
                <input
                  type="checkbox"
                  id={`present-${member.member_id}`}
                  checked={ticked.includes(member.member_id)}
                  onChange={(event) => {
                    const on = (event.currentTarget as HTMLInputElement).checked;
                    setTicked((previous) =>
                      on ? [...previous, member.member_id] : previous.filter((memberId) => memberId !== member.member_id),
                    );
                  }}
                />
                <label for={`present-${member.member_id}`}>{member.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {t('session.convene.submit', { n: ticked.length })}
        </button>
      </div>
    </form>
  );
}

function Attendance({ detail }: { detail: Detail }) {
  return (
    <Table caption={t('session.attendanceCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('roster.col.name')}</th>
          <th scope="col">{t('roster.col.category')}</th>
          <th scope="col">{t('roster.col.role')}</th>
          <th scope="col">{t('session.attendance')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.attendance.map((entry) => (
          <tr key={entry.member_id}>
            <th scope="row">{entry.name ?? entry.member_id}</th>
            <td>{entry.category ? t(memberCategoryLabels[entry.category as keyof typeof memberCategoryLabels] ?? 'common.none') : ''}</td>
            <td>{entry.role ? t(memberRoleLabels[entry.role as keyof typeof memberRoleLabels] ?? 'common.none') : ''}</td>
            <td>
              {entry.present ? <Badge tone="success">{t('session.present')}</Badge> : <Badge tone="gray">{t('session.absent')}</Badge>}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The bodies whose decisions carry a tally: the civic council adopts, the steering committee reviews. */
const decisionOf: Partial<Record<BodyCode, string>> = { 'civic-council': 'AdoptAgendaItem', 'steering-committee': 'RecordReviewDecision' };

function Decisions({ actor, meeting, detail, onDone }: { actor: Actor; meeting: Meeting; detail: Detail; onDone: () => Promise<void> }) {
  const action = meeting.body ? decisionOf[meeting.body] : undefined;
  const decided = new Map<string, Decision>(detail.decisions.map((decision) => [decision.item_id, decision]));
  return (
    <section aria-labelledby="decisions-title">
      <h2 class="sec-tit" id="decisions-title">
        {t('session.decisions')}
      </h2>
      <ol class="gongron-queue">
        {meeting.agenda.map((entry, index) => {
          const decision = entry.itemId ? decided.get(entry.itemId) : undefined;
          return (
            <li key={entry.itemId ?? `matter-${index}`}>
              {entry.itemId ? <Link href={`/agenda/${encodeURIComponent(entry.itemId)}`}>{entry.title}</Link> : entry.title}{' '}
              {entry.itemId === null ? <Badge tone="gray">{t('session.otherMatter')}</Badge> : null}
              {decision ? (
                <Badge tone="success">
                  {t('session.decided', {
                    kind: t(decision.kind === 'adoption' ? 'action.AdoptAgendaItem' : (`decision.${decision.decision}` as MessageKey)),
                  })}{' '}
                  · {decision.votes_for ?? 0}/{decision.votes_against ?? 0}/{decision.abstain ?? 0}
                </Badge>
              ) : null}
              {entry.itemId && !decision && action && actor.body === meeting.body ? (
                <DecisionForm itemId={entry.itemId} title={entry.title} action={action} meeting={meeting} onDone={onDone} />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function DecisionForm({
  itemId,
  title,
  action,
  meeting,
  onDone,
}: {
  itemId: string;
  title: string;
  action: string;
  meeting: Meeting;
  onDone: () => Promise<void>;
}) {
  const review = action === 'RecordReviewDecision';
  const [choice, setChoice] = useState('approved');
  const fields: FieldSpec[] = [
    { name: 'tally.present', label: 'vote.present', kind: 'count', required: true, initial: String(meeting.presentCount) },
    { name: 'tally.for', label: 'vote.for', kind: 'count', required: true },
    { name: 'tally.against', label: 'vote.against', kind: 'count', required: true, initial: '0' },
    { name: 'tally.abstain', label: 'vote.abstain', kind: 'count', required: true, initial: '0' },
    {
      name: 'conditions',
      label: 'form.conditions',
      kind: 'lines',
      required: true,
      when: () => review && choice === 'conditionallyApproved',
    },
    { name: 'feedback', label: 'form.feedback', kind: 'textarea', required: true, when: () => review && choice === 'revisionRequested' },
  ];
  const form = useFormValues(fields);
  const submission = useSubmission(fields.map((field) => field.name));
  const prefix = `decision-${itemId}`;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const visible = fields.filter((field) => !field.when || field.when(form.values));
    const errors = localErrors(visible, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const item = await unwrap(api.GET('/agenda-items/{id}', { params: { path: { id: itemId } } }));
    const body: Record<string, unknown> = { ...bodyOf(visible, form.values), meeting: { meetingId: meeting.meetingId } };
    if (review) body.decision = choice;
    const answer = await submission.submit((key) => agendaActions[action]!.send(itemId, body, item.revision, key));
    if (answer) await onDone();
  };
  return (
    <form
      class="gongron-form gongron-panel gongron-meeting-item"
      noValidate
      onSubmit={onSubmit}
      aria-label={`${t(`action.${action}` as MessageKey)}: ${title}`}
    >
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      {review ? (
        <fieldset class="form-group gongron-radio-group">
          <legend class="form-tit">{t('form.decision')}</legend>
          <div class="krds-form-check-wrap">
            {(['approved', 'conditionallyApproved', 'revisionRequested', 'rejected'] as const).map((value) => (
              <div class="krds-form-check" key={value}>
                <input
                  type="radio"
                  id={`${prefix}-${value}`}
                  name={`${prefix}-choice`}
                  value={value}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                />
                <label for={`${prefix}-${value}`}>{t(`decision.${value}` as MessageKey)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <p class="gongron-meta">{t('session.onRollPresent', { onRoll: meeting.onRollCount, present: meeting.presentCount })}</p>
      <div class="gongron-tally-grid">
        {fields
          .filter((field) => !field.when || field.when(form.values))
          .map((spec) => (
            <Field
              key={spec.name}
              spec={spec}
              value={form.values[spec.name] ?? ''}
              error={submission.state.fieldErrors[spec.name]}
              onInput={(value) => form.setValue(spec.name, value)}
              idPrefix={prefix}
            />
          ))}
      </div>
      <VoteRule values={{ ...form.values, 'tally.onRoll': String(meeting.onRollCount) }} id={`${prefix}-rule`} />
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {t('action.submit', { action: t(`action.${action}` as MessageKey) })}
        </button>
      </div>
    </form>
  );
}

function Adjourn({ stream, onDone }: { stream: Stream; onDone: () => Promise<void> }) {
  const submission = useSubmission<unknown>([]);
  return (
    <div class="gongron-panel">
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      <div class="btn-wrap">
        <button
          type="button"
          class="krds-btn medium secondary"
          disabled={submission.state.busy}
          onClick={async () => {
            const answer = await submission.submit((key) =>
              unwrap(
                api.POST('/meetings/{id}/adjournment', {
                  params: { path: { id: stream.state.meetingId! }, header: commandHeaders(stream.revision, key) },
                }),
              ),
            );
            if (answer) await onDone();
          }}
        >
          {t('session.adjourn')}
        </button>
      </div>
    </div>
  );
}

async function upload(file: File): Promise<Attachment> {
  const answer = await unwrap(
    api.POST('/attachments', {
      params: { query: { name: file.name } },
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    }),
  );
  return { sha256: answer.sha256, name: file.name, mediaType: answer.mediaType, size: answer.size };
}

function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  return (
    <ul class="krds-structured-list gongron-cards">
      {attachments.map((file) => (
        <li key={file.sha256} class="structured-item">
          <a href={`/attachments/${file.sha256}`} download={file.name}>
            {t('session.download')}: {file.name}
          </a>{' '}
          ({Math.ceil(file.size / 1024)} KB)
          <p>
            {t('session.minutes.hash')}: <code class="gongron-hash">{file.sha256}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}

function RecordMinutes({ stream, onDone }: { stream: Stream; onDone: () => Promise<void> }) {
  const fields: FieldSpec[] = [{ name: 'text', label: 'session.minutes.text', kind: 'textarea', required: true }];
  const form = useFormValues(fields);
  const submission = useSubmission(['text', 'attachments']);
  const [files, setFiles] = useState<Attachment[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadFailure, setUploadFailure] = useState<string | null>(null);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const answer = await submission.submit((key) =>
      unwrap(
        api.POST('/meetings/{id}/minutes', {
          params: { path: { id: stream.state.meetingId! }, header: commandHeaders(stream.revision, key) },
          body: { text: form.values.text!, attachments: files },
        }),
      ),
    );
    if (answer) await onDone();
  };
  return (
    <form class="gongron-form gongron-panel" aria-labelledby="minutes-title" noValidate onSubmit={onSubmit}>
      <h2 class="sec-tit" id="minutes-title">
        {t('session.minutes')}
      </h2>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      <Field
        spec={fields[0]!}
        value={form.values.text ?? ''}
        error={submission.state.fieldErrors.text}
        onInput={(value) => form.setValue('text', value)}
        idPrefix="minutes"
      />
      <div class="form-group">
        <div class="form-tit">
          <label for="minutes-file">{t('session.minutes.file')}</label>
        </div>
        <div class={`form-conts${uploadFailure ? ' is-error' : ''}`}>
          <input
            type="file"
            id="minutes-file"
            class="krds-input"
            accept=".pdf,.hwp,.hwpx,image/png,image/jpeg,image/gif,image/webp,application/pdf"
            aria-describedby={uploadFailure ? 'minutes-file-error' : undefined}
            onChange={async (event) => {
              const input = event.currentTarget as HTMLInputElement;
              const chosen = [...(input.files ?? [])];
              setUploading(true);
              setUploadFailure(null);
              try {
                for (const file of chosen) {
                  const stored = await upload(file);
                  setFiles((previous) => (previous.some((entry) => entry.sha256 === stored.sha256) ? previous : [...previous, stored]));
                }
                input.value = '';
              } catch (error) {
                setUploadFailure(problemText(error));
              } finally {
                setUploading(false);
              }
            }}
          />
        </div>
        {uploadFailure ? (
          <p class="form-hint-invalid" id="minutes-file-error">
            {uploadFailure}
          </p>
        ) : null}
        {uploading ? <p aria-live="polite">{t('session.uploading')}</p> : null}
      </div>
      {files.length > 0 ? (
        <>
          <h3 class="sec-tit">{t('session.minutes.uploaded')}</h3>
          <AttachmentList attachments={files} />
        </>
      ) : null}
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy || uploading}>
          {t('session.minutes.record')}
        </button>
      </div>
    </form>
  );
}

function Minutes({ stream, onDone }: { stream: Stream; onDone: () => Promise<void> }) {
  const minutes = stream.state.minutes!;
  const submission = useSubmission<unknown>([]);
  return (
    <section class="gongron-panel" aria-labelledby="minutes-record-title">
      <h2 class="sec-tit" id="minutes-record-title">
        {t('session.minutes')} · {formatDate(minutes.recordedOn)}
      </h2>
      <p class="gongron-minutes">{minutes.text}</p>
      <AttachmentList attachments={minutes.attachments} />
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      {stream.state.minutesApprovedOn ? (
        <CriticalAlert tone="ok">{t('session.minutes.approvedOn', { date: formatDate(stream.state.minutesApprovedOn) })}</CriticalAlert>
      ) : (
        <div class="btn-wrap">
          <button
            type="button"
            class="krds-btn medium primary"
            disabled={submission.state.busy}
            onClick={async () => {
              const answer = await submission.submit((key) =>
                unwrap(
                  api.POST('/meetings/{id}/minutes/approval', {
                    params: { path: { id: stream.state.meetingId! }, header: commandHeaders(stream.revision, key) },
                    body: {},
                  }),
                ),
              );
              if (answer) await onDone();
            }}
          >
            {t('session.minutes.approve')}
          </button>
        </div>
      )}
    </section>
  );
}
