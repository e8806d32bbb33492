/**
 * 내 할 일, from GET /work: for a secretary, the items of her district and body waiting for her
 * body's step (what has waited longest first) and her body's meetings that need her; for an official, the agreements to sign, the
 * amendments the other party proposed and the projects with their party's budget.
 */
import { useEffect, useState } from 'preact/hooks';
import { ProblemError, api, unwrap, type Schemas } from '../api/client.js';
import { Breadcrumb } from '../app.js';
import { BudgetTable } from '../components/budget.js';
import { CriticalAlert, Link, Loading, PageTitle, StateBadge, Table } from '../components/ui.js';
import { formatDate, formatDateTime } from '../format.js';
import { agendaStateName, agreementStateName, bodyName, districtName, funderName, t, type MessageKey } from '../i18n.js';
import type { Actor } from '../session.js';
import { WorkDeadlines } from './work-deadlines.js';
import { WorkMeetings } from './work-meetings.js';

type Work = Schemas['WorkDto'];

export function WorkPage({ actor }: { actor: Actor }) {
  const [work, setWork] = useState<Work | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    unwrap(api.GET('/work')).then(setWork, (error: unknown) =>
      setFailure(error instanceof ProblemError ? (error.problem.detail ?? error.problem.code) : t('error.network')),
    );
  }, [actor.id]);
  const scope = [
    districtName(actor.district),
    actor.body ? bodyName(actor.body) : actor.party ? t(`party.${actor.party}` as MessageKey) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const year = (agreementId: string) => Number(agreementId.slice(-4));
  return (
    <>
      <Breadcrumb trail={[{ label: t('work.title') }]} />
      <PageTitle sub={scope ? t('work.lead', { scope }) : t('work.lead.all')}>{t('work.title')}</PageTitle>
      {failure ? <CriticalAlert tone="danger">{failure}</CriticalAlert> : null}
      {work === null ? (
        failure ? null : (
          <Loading />
        )
      ) : actor.role === 'official' ? (
        <>
          <WorkDeadlines deadlines={work.deadlines} />
          <h2 class="sec-tit">{t('work.toSign')}</h2>
          {work.agreementsToSign.length === 0 ? (
            <p>{t('work.empty')}</p>
          ) : (
            <ul class="krds-structured-list gongron-cards">
              {work.agreementsToSign.map((agreement) => (
                <li key={agreement.agreementId} class="structured-item">
                  <Link href={`/agreements/${actor.district}/${agreement.year}`}>
                    {t('agreement.title', { year: agreement.year, district: districtName(actor.district) })}
                  </Link>{' '}
                  <StateBadge state={agreement.state} name={agreementStateName(agreement.state)} />
                  {agreement.otherPartySignedOn ? <p>{t('work.otherSigned', { date: formatDate(agreement.otherPartySignedOn) })}</p> : null}
                </li>
              ))}
            </ul>
          )}
          <h2 class="sec-tit">{t('work.amendments')}</h2>
          {work.amendmentsAwaitingConsent.length === 0 ? (
            <p>{t('work.empty')}</p>
          ) : (
            <Table caption={t('work.amendments')}>
              <thead>
                <tr>
                  <th scope="col">{t('nav.agreement')}</th>
                  <th scope="col">{t('agreement.amend.reason')}</th>
                  <th scope="col">{t('item.proposedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {work.amendmentsAwaitingConsent.map((amendment) => (
                  <tr key={amendment.amendmentId}>
                    <td>
                      <Link href={`/agreements/${actor.district}/${year(amendment.agreementId)}`}>
                        {t('agreement.title', { year: year(amendment.agreementId), district: districtName(actor.district) })}
                      </Link>
                    </td>
                    <td>
                      {funderName(amendment.proposedBy)}: {amendment.reason ?? ''}
                    </td>
                    <td>{formatDate(amendment.proposedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <h2 class="sec-tit">{t('projects.title')}</h2>
          {work.projects.length === 0 ? (
            <p>{t('projects.empty')}</p>
          ) : (
            <BudgetTable
              caption={t('work.projects')}
              linked
              projects={work.projects.map((project) => ({
                projectId: project.projectId,
                title: project.title,
                state: project.state,
                lines: [project],
              }))}
            />
          )}
        </>
      ) : (
        <>
          <WorkDeadlines deadlines={work.deadlines} />
          <WorkMeetings meetings={work.meetings} />
          <h2 class="sec-tit">{t('work.items')}</h2>
          {work.items.length === 0 ? <p>{t('work.empty')}</p> : <SecretaryItems work={work} />}
        </>
      )}
    </>
  );
}

function SecretaryItems({ work }: { work: Work }) {
  return (
    <>
      <p class="gongron-count">{t('common.total', { n: work.itemsTotal })}</p>
      <Table caption={t('work.title')}>
        <thead>
          <tr>
            <th scope="col">{t('agenda.col.title')}</th>
            <th scope="col">{t('agenda.col.state')}</th>
            <th scope="col">{t('work.waitingSince')}</th>
          </tr>
        </thead>
        <tbody>
          {work.items.map((row) => (
            <tr key={row.itemId}>
              <td>
                <Link href={`/agenda/${encodeURIComponent(row.itemId)}`}>{row.title}</Link>
              </td>
              <td>
                <StateBadge state={row.state} name={agendaStateName(row.state)} />
              </td>
              <td>{formatDateTime(row.lastChangedAt)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
