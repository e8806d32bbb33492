/**
 * An iCalendar (RFC 5545) document of a body's calendar, written with ical-generator: each open
 * deadline as an all-day event on its Korean due day (a DATE value: the whole day wherever the
 * reader is), and each meeting of the body as a timed event in Asia/Seoul (DTSTART;TZID=Asia/Seoul
 * at its Korean starting time, whatever the server's zone; the end once it has adjourned), with
 * its place as LOCATION and its agenda in the description; a cancelled meeting stays, marked
 * STATUS:CANCELLED, so a subscribed calendar removes it. UIDs derive from the deadline's or the
 * meeting's id, so a client that polls the feed updates the same event instead of adding another.
 * The library is loaded when a feed is first asked for.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, bodies, districts } from '@gongron/domain';
import type { OpenDeadline } from '../deadlines/open-deadlines.js';
import type { BodyMeeting } from '../meetings/open-meetings.js';

const SEOUL = 'Asia/Seoul';

/**
 * The VTIMEZONE of Asia/Seoul: KST, UTC+9, since the end of daylight saving time on 9 October
 * 1988 (no change since), so every meeting the engine records falls in this one observance.
 */
function seoulTimezone(): string {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${SEOUL}`,
    'BEGIN:STANDARD',
    'DTSTART:19881009T030000',
    'TZOFFSETFROM:+1000',
    'TZOFFSETTO:+0900',
    'TZNAME:KST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

/** The UID of a meeting's event: stable across feeds, polls and changes to the meeting. */
export function meetingUid(meetingId: string): string {
  return `meeting.${meetingId}@gongron`;
}

const MEETING_STATE_LABEL: Readonly<Record<BodyMeeting['state'], string>> = {
  none: '',
  scheduled: '개최 예정',
  convened: '회의 중',
  adjourned: '폐회',
  minutesRecorded: '회의록 작성',
  minutesApproved: '회의록 승인',
  cancelled: '취소',
};

const KIND_LABEL: Readonly<Record<OpenDeadline['kind'], string>> = {
  review: '심의 기한',
  condition: '조건 이행 기한',
  evaluation: '평가 기한',
  'agreement-expiry': '부속합의서 기간 만료',
};

/** The UID of a deadline's event: stable across feeds and answers. */
export function deadlineUid(deadlineId: string): string {
  return `deadline.${deadlineId}@gongron`;
}

function summaryOf(deadline: OpenDeadline): string {
  const subject = [deadline.title, deadline.detail].filter((part) => part !== null && part !== '').join(' — ');
  return `${deadline.overdue ? '[기한 경과] ' : ''}${KIND_LABEL[deadline.kind]}${subject ? `: ${subject}` : ''}`;
}

function meetingDescription(meeting: BodyMeeting): string {
  const lines = [`${MEETING_STATE_LABEL[meeting.state]} · ${meeting.heldOn} ${meeting.startsAt} (KST) · ${meeting.place}`];
  if (meeting.cancellationReason !== null) lines.push(`취소 사유: ${meeting.cancellationReason}`);
  lines.push(meeting.agenda.length === 0 ? '안건 없음' : '안건');
  meeting.agenda.forEach((entry, index) => lines.push(`${index + 1}. ${entry.title}`));
  return lines.join('\n');
}

export async function calendarDocument(
  district: string,
  body: string,
  deadlines: readonly OpenDeadline[],
  meetings: readonly BodyMeeting[] = [],
): Promise<string> {
  const { default: ical, ICalEventStatus } = await import('ical-generator');
  const districtName = districts.find((d) => d.code === district)?.name ?? district;
  const bodyName = bodies.find((b) => b.code === body)?.name ?? body;
  const calendar = ical({
    name: `${districtName} ${bodyName}`,
    description: `${districtName} 미래교육협력지구 ${bodyName}의 기한과 회의`,
    prodId: { company: 'gongron', product: 'calendar', language: 'KO' },
    ttl: 60 * 60,
  });
  calendar.x([{ key: 'X-WR-TIMEZONE', value: SEOUL }]);
  // The VTIMEZONE only: the calendar's own zone stays unset so the all-day and UTC values keep their forms.
  calendar.timezone({ name: null, generator: (zone) => (zone === SEOUL ? seoulTimezone() : null) });
  for (const meeting of meetings) {
    const name = `제${meeting.number}차 ${bodyName} 회의${meeting.title ? ` — ${meeting.title}` : ''}`;
    calendar.createEvent({
      id: meetingUid(meeting.meetingId),
      start: new TZDate(meeting.startsAtInstant, SEOUL),
      // Its end is known once it adjourned (a meeting recorded before its scheduled time has none).
      ...(meeting.adjournedAt !== null && Date.parse(meeting.adjournedAt) > Date.parse(meeting.startsAtInstant)
        ? { end: new TZDate(meeting.adjournedAt, SEOUL) }
        : {}),
      timezone: SEOUL,
      stamp: new Date(meeting.lastChangedAt),
      summary: meeting.state === 'cancelled' ? `[취소] ${name}` : name,
      location: meeting.place,
      description: meetingDescription(meeting),
      status: meeting.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: '회의' }],
    });
  }
  for (const deadline of deadlines) {
    calendar.createEvent({
      id: deadlineUid(deadline.deadlineId),
      allDay: true,
      start: new Date(`${deadline.dueOn}T00:00:00.000Z`),
      end: new Date(`${addDays(deadline.dueOn, 1)}T00:00:00.000Z`),
      stamp: new Date(deadline.scheduledAt),
      summary: summaryOf(deadline),
      description: [
        `${KIND_LABEL[deadline.kind]} ${deadline.dueOn}`,
        deadline.overdue ? `기한 경과${deadline.overdueOn ? ` (${deadline.overdueOn} 기록)` : ''}` : `${deadline.daysLeft}일 남음`,
        deadline.streamId,
      ].join('\n'),
      categories: [{ name: KIND_LABEL[deadline.kind] }],
    });
  }
  return calendar.toString();
}
