import { useEffect, useState } from 'preact/hooks';
import { ProblemError, api, unwrap } from '../api/client.js';
import type { DistrictCode } from '../../../../libs/domain/src/catalogs.js';
import { agendaBoard, type BoardRow } from '../api/reads.js';
import { Breadcrumb } from '../app.js';
import { CriticalAlert, Link, Loading, PageTitle, StateBadge, Table } from '../components/ui.js';
import { formatDate, formatDateTime, seoulToday } from '../format.js';
import { agendaStateName, bodyName, districtName, t } from '../i18n.js';
import type { Actor } from '../session.js';

/** The states in which an item waits for a body's secretary to act. */
const waitingFor: Record<string, readonly string[]> = {
  'civic-council': ['proposed', 'inDeliberation'],
  'working-council': ['referred', 'drafting'],
  'steering-committee': ['underReview', 'awaitingFeedback'],
};

interface WaitingAmendment {
  readonly year: number;
  readonly amendmentId: string;
  readonly reason: string;
  readonly proposedOn: string;
  readonly proposedBy: string;
}

/** An official's work: amendments the other party proposed, waiting for this party's consent. */
function OfficialWork({ actor }: { actor: Actor }) {
  const [waiting, setWaiting] = useState<WaitingAmendment[] | null>(null);
  const district = actor.district as DistrictCode;
  useEffect(() => {
    const thisYear = Number(seoulToday().slice(0, 4));
    const years = [thisYear - 1, thisYear, thisYear + 1];
    Promise.all(
      years.map((year) =>
        unwrap(api.GET('/agreements/{district}/{year}', { params: { path: { district, year } } })).then(
          (answer) => {
            const amendments = (answer.state as { amendments?: Array<Omit<WaitingAmendment, 'year'> & { status: string }> }).amendments ?? [];
            return amendments.filter((a) => a.status === 'proposed' && a.proposedBy !== actor.party).map((a) => ({ ...a, year }));
          },
          () => [] as WaitingAmendment[],
        ),
      ),
    ).then((lists) => setWaiting(lists.flat()));
  }, [actor.id]);
  if (waiting === null) return <Loading />;
  if (waiting.length === 0) return <p>{t('work.empty')}</p>;
  return (
    <Table caption={t('work.amendments')}>
      <thead>
        <tr>
          <th scope="col">{t('nav.agreement')}</th>
          <th scope="col">{t('agreement.amend.reason')}</th>
          <th scope="col">{t('item.proposedOn')}</th>
        </tr>
      </thead>
      <tbody>
        {waiting.map((amendment) => (
          <tr key={amendment.amendmentId}>
            <td>
              <Link href={`/agreements/${district}/${amendment.year}`}>{t('agreement.title', { year: amendment.year, district: districtName(district) })}</Link>
            </td>
            <td>{amendment.reason}</td>
            <td>{formatDate(amendment.proposedOn)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function WorkPage({ actor }: { actor: Actor }) {
  const [rows, setRows] = useState<BoardRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (actor.role !== 'secretary') return;
    const states = actor.body ? (waitingFor[actor.body] ?? []) : [];
    const run = async () => {
      const pages = await Promise.all(
        states.map((state) => agendaBoard({ district: actor.district, body: actor.body, state }, 200, 0)),
      );
      setRows(pages.flatMap((page) => page.items).sort((a, b) => a.last_changed_at.localeCompare(b.last_changed_at)));
    };
    run().catch((error: unknown) => setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')));
  }, [actor.id]);
  const scope = [districtName(actor.district), actor.body ? bodyName(actor.body) : actor.party ? t(`party.${actor.party}` as 'party.education-office') : ''].filter(Boolean).join(' ');
  return (
    <>
      <Breadcrumb trail={[{ label: t('work.title') }]} />
      <PageTitle sub={t('work.lead', { scope })}>{t('work.title')}</PageTitle>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {actor.role === 'official' ? (
        <OfficialWork actor={actor} />
      ) : rows === null ? (
        failure ? null : <Loading />
      ) : rows.length === 0 ? (
        <p>{t('work.empty')}</p>
      ) : (
        <Table caption={t('work.title')}>
          <thead>
            <tr>
              <th scope="col">{t('agenda.col.title')}</th>
              <th scope="col">{t('agenda.col.state')}</th>
              <th scope="col">{t('work.waitingSince')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.item_id}>
                <td>
                  <Link href={`/agenda/${encodeURIComponent(row.item_id)}`}>{row.title}</Link>
                </td>
                <td>
                  <StateBadge state={row.state} name={agendaStateName(row.state)} />
                </td>
                <td>{formatDateTime(row.last_changed_at)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
