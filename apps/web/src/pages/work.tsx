import { useEffect, useState } from 'preact/hooks';
import { ProblemError } from '../api/client.js';
import { agendaBoard, type BoardRow } from '../api/reads.js';
import { Breadcrumb } from '../app.js';
import { CriticalAlert, Link, Loading, PageTitle, StateBadge, Table } from '../components/ui.js';
import { formatDateTime } from '../format.js';
import { agendaStateName, bodyName, districtName, t } from '../i18n.js';
import type { Actor } from '../session.js';

/** The states in which an item waits for a body's secretary to act. */
const waitingFor: Record<string, readonly string[]> = {
  'civic-council': ['proposed', 'inDeliberation'],
  'working-council': ['referred', 'drafting'],
  'steering-committee': ['underReview', 'awaitingFeedback'],
};

export function WorkPage({ actor }: { actor: Actor }) {
  const [rows, setRows] = useState<BoardRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
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
      {rows === null ? (
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
