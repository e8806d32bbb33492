/**
 * The deadlines of 내 할 일: what the caller's body or party must meet, soonest first, each with
 * its Korean due day and the days left; an overdue one is marked 기한 경과 (and its row stands
 * out) until it is settled.
 */
import type { Schemas } from '../api/client.js';
import { Badge, Link, Table } from '../components/ui.js';
import { formatDate } from '../format.js';
import { t, type MessageKey } from '../i18n.js';

type Deadline = Schemas['WorkDeadlineDto'];

/** Where the deadline's subject is shown: the item, the project or the agreement. */
function subjectHref(deadline: Deadline): string | undefined {
  const [category, id] = [
    deadline.streamId.slice(0, deadline.streamId.indexOf(':')),
    deadline.streamId.slice(deadline.streamId.indexOf(':') + 1),
  ];
  if (category === 'agenda-item') return `/agenda/${encodeURIComponent(id)}`;
  if (category === 'project') return `/projects/${encodeURIComponent(id)}`;
  const agreement = /^([a-z]+)-(\d{4})$/.exec(id);
  return category === 'agreement' && agreement ? `/agreements/${agreement[1]}/${agreement[2]}` : undefined;
}

export function WorkDeadlines({ deadlines }: { deadlines: readonly Deadline[] }) {
  return (
    <>
      <h2 class="sec-tit">{t('work.deadlines')}</h2>
      {deadlines.length === 0 ? (
        <p>{t('work.noDeadlines')}</p>
      ) : (
        <Table caption={t('work.deadlinesCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('work.deadlineKind')}</th>
              <th scope="col">{t('work.deadlineSubject')}</th>
              <th scope="col">{t('work.deadline')}</th>
              <th scope="col">{t('work.deadlineLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((deadline) => {
              const href = subjectHref(deadline);
              const title = deadline.title ?? deadline.streamId;
              return (
                <tr key={deadline.deadlineId} class={deadline.overdue ? 'gongron-overdue' : undefined}>
                  <td>{t(`deadline.${deadline.kind}` as MessageKey)}</td>
                  <td>
                    {href ? <Link href={href}>{title}</Link> : title}
                    {deadline.detail ? <p>{deadline.detail}</p> : null}
                  </td>
                  <td>
                    <time dateTime={deadline.dueOn}>{formatDate(deadline.dueOn)}</time>
                  </td>
                  <td>
                    {deadline.overdue ? (
                      <Badge tone="danger">{t('work.overdue', { n: -deadline.daysLeft })}</Badge>
                    ) : (
                      <Badge tone={deadline.daysLeft <= 7 ? 'warning' : 'gray'}>{t('work.daysLeft', { n: deadline.daysLeft })}</Badge>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
