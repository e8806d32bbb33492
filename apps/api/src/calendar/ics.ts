/**
 * An iCalendar (RFC 5545) document of a body's calendar, written with ical-generator: each open
 * deadline as an all-day event on its Korean due day (a DATE value: the whole day wherever the
 * reader is), with a UID derived from the deadline's id, so a client that polls the feed updates
 * the same event instead of adding another, and a DTSTAMP from the moment the deadline was
 * scheduled. Times of day, when an event has one, are written in UTC. The library is loaded when
 * a feed is first asked for.
 */
import { addDays, bodies, districts } from '@gongron/domain';
import type { OpenDeadline } from '../deadlines/open-deadlines.js';

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

export async function calendarDocument(district: string, body: string, deadlines: readonly OpenDeadline[]): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const districtName = districts.find((d) => d.code === district)?.name ?? district;
  const bodyName = bodies.find((b) => b.code === body)?.name ?? body;
  const calendar = ical({
    name: `${districtName} ${bodyName}`,
    description: `${districtName} 미래교육협력지구 ${bodyName}의 기한과 회의`,
    prodId: { company: 'gongron', product: 'calendar', language: 'KO' },
    ttl: 60 * 60,
  });
  calendar.x([{ key: 'X-WR-TIMEZONE', value: 'Asia/Seoul' }]);
  for (const deadline of deadlines) {
    calendar.createEvent({
      id: deadlineUid(deadline.deadlineId),
      allDay: true,
      start: new Date(`${deadline.dueOn}T00:00:00.000Z`),
      end: new Date(`${addDays(deadline.dueOn, 1)}T00:00:00.000Z`),
      stamp: new Date(deadline.scheduledAt),
      summary: summaryOf(deadline),
      description: [`${KIND_LABEL[deadline.kind]} ${deadline.dueOn}`, deadline.overdue ? `기한 경과${deadline.overdueOn ? ` (${deadline.overdueOn} 기록)` : ''}` : `${deadline.daysLeft}일 남음`, deadline.streamId].join('\n'),
      categories: [{ name: KIND_LABEL[deadline.kind] }],
    });
  }
  return calendar.toString();
}
