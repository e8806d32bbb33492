/**
 * The meetings of 내 할 일: the secretary's body's meetings that need her — an upcoming one with
 * its Korean day, time and place, one in session, one held whose minutes are to be written or
 * approved — soonest first, each linking to the meeting.
 */
import type { Schemas } from '../api/client.js';
import { Badge, Link, Table } from '../components/ui.js';
import { formatDate } from '../format.js';
import { t, type MessageKey } from '../i18n.js';
import { MeetingStateBadge } from './meetings-list.js';

type WorkMeeting = Schemas['WorkMeetingDto'];

export function WorkMeetings({ meetings }: { meetings: readonly WorkMeeting[] }) {
  return (
    <>
      <h2 class="sec-tit">{t('work.meetings')}</h2>
      {meetings.length === 0 ? (
        <p>{t('work.noMeetings')}</p>
      ) : (
        <Table caption={t('work.meetingsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('meetings.col.number')}</th>
              <th scope="col">{t('meetings.col.when')}</th>
              <th scope="col">{t('meetings.col.place')}</th>
              <th scope="col">{t('work.meetingNeed')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.meetingId}>
                <td>
                  <Link href={`/meetings/${encodeURIComponent(meeting.meetingId)}`}>
                    {meeting.heldOn.slice(0, 4)} {t('meetings.numberOf', { n: meeting.number })}
                    {meeting.title ? ` ${meeting.title}` : ''}
                  </Link>{' '}
                  <MeetingStateBadge state={meeting.state} />
                </td>
                <td>
                  <time dateTime={meeting.startsAtInstant}>
                    {t('session.when', { date: formatDate(meeting.heldOn), time: meeting.startsAt })}
                  </time>
                  {meeting.need === 'convening' && meeting.daysUntil > 0 ? (
                    <>
                      {' '}
                      <Badge tone="gray">{t('work.daysLeft', { n: meeting.daysUntil })}</Badge>
                    </>
                  ) : null}
                </td>
                <td>{meeting.place}</td>
                <td>
                  <Badge tone={meeting.need === 'convening' ? 'information' : 'warning'}>{t(`need.${meeting.need}` as MessageKey)}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
