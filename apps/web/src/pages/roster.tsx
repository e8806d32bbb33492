/**
 * 위원 명단: the members of the secretary's body on roll today (name, category, role, term), a
 * form to appoint a member, and for each member a change of term or a departure. Every change is
 * an event of the roster; the members on roll (재적) of a meeting come from here.
 */
import { useEffect, useState } from 'preact/hooks';
import { ProblemError, api, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { Field, ProblemAlert, bodyOf, localErrors, useFormValues, useSubmission, type FieldSpec } from '../components/form.js';
import { CriticalAlert, Link, Loading, PageTitle, Table } from '../components/ui.js';
import { formatDate, seoulToday } from '../format.js';
import { t, type MessageKey } from '../i18n.js';
import { councilOrBodyName, useOrganisation } from '../organisation.js';
import type { Actor } from '../session.js';
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';

type Roster = Schemas['RosterAsOf'];
type Member = Roster['members'][number];
type Category = Schemas['AddMemberDto']['category'];
type Role = NonNullable<Schemas['AddMemberDto']['role']>;
type BodyCode = Schemas['ScheduleMeetingDto']['body'];

/** Every category and role the API takes, each with its label (the record is complete by type). */
export const memberCategoryLabels: Record<Category, MessageKey> = {
  student: 'member.category.student',
  parent: 'member.category.parent',
  teacher: 'member.category.teacher',
  citizen: 'member.category.citizen',
  official: 'member.category.official',
  expert: 'member.category.expert',
  'council-member': 'member.category.council-member',
};
export const memberRoleLabels: Record<Role, MessageKey> = {
  chair: 'member.role.chair',
  'vice-chair': 'member.role.vice-chair',
  member: 'member.role.member',
};

const roleOrder: readonly string[] = ['chair', 'vice-chair', 'member'];
/** The chair first, then the vice-chair, then the members by name (위원2 before 위원10). */
const byRoleThenName = (a: Member, b: Member) =>
  roleOrder.indexOf(a.role ?? 'member') - roleOrder.indexOf(b.role ?? 'member') ||
  (a.name ?? '').localeCompare(b.name ?? '', 'ko', { numeric: true });

const options = (labels: Record<string, MessageKey>) => Object.entries(labels).map(([value, label]) => ({ value, label: t(label) }));

const memberFields = (): FieldSpec[] => [
  { name: 'name', label: 'form.member.name', kind: 'text', required: true },
  {
    name: 'category',
    label: 'form.member.category',
    kind: 'select',
    required: true,
    options: options(memberCategoryLabels),
    initial: 'citizen',
  },
  { name: 'role', label: 'form.member.role', kind: 'select', required: true, options: options(memberRoleLabels), initial: 'member' },
  { name: 'termFrom', label: 'form.member.termFrom', kind: 'date', required: true, initial: seoulToday() },
  { name: 'termUntil', label: 'form.member.termUntil', kind: 'date' },
];

const problemText = (error: unknown) => (error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network'));

export function RosterPage({ actor }: { actor: Actor }) {
  const [roster, setRoster] = useState<Roster | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [changing, setChanging] = useState<{ member: Member; kind: 'term' | 'leave' } | null>(null);
  const district = (actor.district ?? '') as DistrictCode;
  const body = (actor.body ?? 'civic-council') as BodyCode;
  useOrganisation();
  const name = councilOrBodyName(district, body, actor.council);
  const load = () =>
    unwrap(api.GET('/rosters/{district}/{body}', { params: { path: { district, body } } })).then(
      (answer) => {
        setRoster(answer);
        setFailure(null);
      },
      (error: unknown) => setFailure(problemText(error)),
    );
  useEffect(() => {
    void load();
  }, [actor.id]);
  if (actor.role !== 'secretary' || !actor.body)
    return (
      <>
        <Breadcrumb trail={[{ label: t('meetings.title'), href: '/meetings' }, { label: t('roster.title') }]} />
        <PageTitle sub={t('roster.secretariesOnly')}>{t('roster.title')}</PageTitle>
      </>
    );
  return (
    <>
      <Breadcrumb trail={[{ label: t('meetings.title'), href: '/meetings' }, { label: t('roster.title') }]} />
      <PageTitle sub={t('roster.lead', { body: name, n: roster?.on_roll ?? 0 })}>
        {t('roster.title')} · {name}
      </PageTitle>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {roster === null ? (
        failure ? null : (
          <Loading />
        )
      ) : roster.members.length === 0 ? (
        <p>{t('roster.none')}</p>
      ) : (
        <Table caption={t('roster.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('roster.col.name')}</th>
              <th scope="col">{t('roster.col.category')}</th>
              <th scope="col">{t('roster.col.role')}</th>
              <th scope="col">{t('roster.col.term')}</th>
              <th scope="col">{t('roster.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {[...roster.members].sort(byRoleThenName).map((member) => (
              <tr key={member.member_id}>
                <th scope="row">{member.name}</th>
                <td>{t(memberCategoryLabels[member.category as Category] ?? 'common.none')}</td>
                <td>{t(memberRoleLabels[member.role as Role] ?? 'common.none')}</td>
                <td>
                  {member.term_until
                    ? `${formatDate(member.term_from)} ~ ${formatDate(member.term_until)}`
                    : t('roster.termOpen', { from: formatDate(member.term_from) })}
                </td>
                <td>
                  <div class="btn-wrap">
                    <button
                      type="button"
                      class="krds-btn small tertiary"
                      aria-label={`${t('roster.changeTerm')}: ${member.name}`}
                      onClick={() => setChanging({ member, kind: 'term' })}
                    >
                      {t('roster.changeTerm')}
                    </button>
                    <button
                      type="button"
                      class="krds-btn small tertiary"
                      aria-label={`${t('roster.leave')}: ${member.name}`}
                      onClick={() => setChanging({ member, kind: 'leave' })}
                    >
                      {t('roster.leave')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {changing ? (
        <MemberChange
          key={`${changing.member.member_id}-${changing.kind}`}
          district={district}
          body={body}
          member={changing.member}
          kind={changing.kind}
          onDone={() => {
            setChanging(null);
            void load();
          }}
          onCancel={() => setChanging(null)}
        />
      ) : null}
      <AddMember district={district} body={body} onAdded={() => void load()} />
      <p>
        <Link href="/meetings">{t('meetings.title')}</Link>
      </p>
    </>
  );
}

/** The roster read model follows the log: wait until it shows the change just written. */
async function untilRoster(district: DistrictCode, body: BodyCode, done: (roster: Roster) => boolean): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const roster = await unwrap(api.GET('/rosters/{district}/{body}', { params: { path: { district, body } } }));
    if (done(roster)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function AddMember({ district, body, onAdded }: { district: DistrictCode; body: BodyCode; onAdded: () => void }) {
  const fields = memberFields();
  const form = useFormValues(fields);
  const submission = useSubmission(fields.map((field) => field.name));
  const [added, setAdded] = useState<string | null>(null);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setAdded(null);
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const request = bodyOf(fields, form.values) as Schemas['AddMemberDto'];
    const answer = await submission.submit((key) =>
      unwrap(
        api.POST('/rosters/{district}/{body}/members', {
          params: { path: { district, body }, header: { 'Idempotency-Key': key } },
          body: request,
        }),
      ),
    );
    if (!answer) return;
    await untilRoster(district, body, (roster) => roster.members.some((member) => member.name === request.name));
    setAdded(request.name);
    form.setValues({ ...form.values, name: '' });
    onAdded();
  };
  return (
    <form class="gongron-form gongron-panel" aria-labelledby="roster-add-title" noValidate onSubmit={onSubmit}>
      <h2 class="sec-tit" id="roster-add-title">
        {t('roster.add')}
      </h2>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      {added ? <CriticalAlert tone="ok">{t('roster.added', { name: added })}</CriticalAlert> : null}
      <div class="gongron-tally-grid">
        {fields.map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={form.values[spec.name] ?? ''}
            error={submission.state.fieldErrors[spec.name]}
            onInput={(value) => form.setValue(spec.name, value)}
            idPrefix="roster-add"
          />
        ))}
      </div>
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {t('roster.add')}
        </button>
      </div>
    </form>
  );
}

function MemberChange(props: {
  district: DistrictCode;
  body: BodyCode;
  member: Member;
  kind: 'term' | 'leave';
  onDone: () => void;
  onCancel: () => void;
}) {
  const { district, body, member, kind } = props;
  const fields: FieldSpec[] =
    kind === 'term'
      ? [
          { name: 'termFrom', label: 'form.member.termFrom', kind: 'date', required: true, initial: member.term_from },
          { name: 'termUntil', label: 'form.member.termUntil', kind: 'date', initial: member.term_until ?? '' },
        ]
      : [
          { name: 'leftOn', label: 'form.member.leftOn', kind: 'date', required: true, initial: seoulToday() },
          { name: 'reason', label: 'form.member.reason', kind: 'text' },
        ];
  const form = useFormValues(fields);
  const submission = useSubmission(fields.map((field) => field.name));
  const title = kind === 'term' ? t('roster.changeTerm') : t('roster.leave');
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const errors = localErrors(fields, form.values);
    if (Object.keys(errors).length > 0) return submission.setLocal(errors);
    const request = bodyOf(fields, form.values);
    const path = { district, body, memberId: member.member_id };
    const answer = await submission.submit((key) =>
      kind === 'term'
        ? unwrap(
            api.POST('/rosters/{district}/{body}/members/{memberId}/term', {
              params: { path, header: { 'Idempotency-Key': key } },
              body: request as Schemas['ChangeMemberTermDto'],
            }),
          )
        : unwrap(
            api.POST('/rosters/{district}/{body}/members/{memberId}/departure', {
              params: { path, header: { 'Idempotency-Key': key } },
              body: request as Schemas['RemoveMemberDto'],
            }),
          ),
    );
    if (!answer) return;
    await untilRoster(district, body, (roster) => {
      const now = roster.members.find((entry) => entry.member_id === member.member_id);
      return kind === 'leave'
        ? now === undefined || now.left_on !== null
        : now !== undefined && now.term_from === request.termFrom && (now.term_until ?? undefined) === request.termUntil;
    });
    props.onDone();
  };
  return (
    <form class="gongron-form gongron-panel" aria-labelledby="roster-change-title" noValidate onSubmit={onSubmit}>
      <h2 class="sec-tit" id="roster-change-title">
        {title} · {t('roster.changeFor', { name: member.name ?? member.member_id })}
      </h2>
      <ProblemAlert state={submission.state} unplaced={submission.unplaced} />
      <div class="gongron-tally-grid">
        {fields.map((spec) => (
          <Field
            key={spec.name}
            spec={spec}
            value={form.values[spec.name] ?? ''}
            error={submission.state.fieldErrors[spec.name]}
            onInput={(value) => form.setValue(spec.name, value)}
            idPrefix="roster-change"
          />
        ))}
      </div>
      <div class="btn-wrap">
        <button type="submit" class="krds-btn medium primary" disabled={submission.state.busy}>
          {title}
        </button>
        <button type="button" class="krds-btn medium tertiary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
