/**
 * The wording of the 부속합의서 form (the plan's appendix), filled in for one district and year:
 * one declaration that the PDF prints and the printable page shows, so the two never differ.
 */
import { districtOf, type Funder } from '@gongron/domain';
import type { AgreementForm } from './public-views.js';

const group = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 3 });

/** Integer won as 천원, the form's unit (exact: decimals where the amount has them). */
export function thousandWon(won: number): string {
  return group.format(won / 1000);
}

/** A Korean business date 'YYYY-MM-DD' as `2024년 3월 4일`. */
export function formatKoreanDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${year}년 ${month}월 ${day}일`;
}

/** An instant as `2024년 3월 4일 14:05 (KST)`. */
export function formatKoreanInstant(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${formatKoreanDate(`${get('year')}-${get('month')}-${get('day')}`)} ${get('hour')}:${get('minute')} (KST)`;
}

const partyName: Record<Funder, string> = { 'education-office': '교육청', 'local-government': '지자체' };

export interface AgreementArticles {
  readonly title: string;
  readonly preamble: string;
  readonly article1: string;
  readonly article2: string;
  readonly amendments: readonly string[];
  readonly noAmendments: string;
  readonly article3: string;
  readonly term: string;
  readonly asOf: string;
}

export function agreementArticles(form: AgreementForm): AgreementArticles {
  const district = districtOf(form.district);
  const office = form.parties['education-office'].institution;
  const amendments = form.amendments
    .filter((amendment) => amendment.status === 'consented')
    .map((amendment) => {
      const what = amendment.changes
        .map((change) => {
          const name = change.title ?? change.projectId;
          if (change.kind === 'withdraw') return `${name} 제외`;
          const budget = change.budget
            ? ` (교육청 ${thousandWon(change.budget['education-office'])}천원, 지자체 ${thousandWon(change.budget['local-government'])}천원)`
            : '';
          return change.kind === 'add' ? `${name} 추가${budget}` : `${name} 예산 변경${budget}`;
        })
        .join(', ');
      return `${formatKoreanDate(amendment.decidedOn ?? amendment.proposedOn)} 변경 (${partyName[amendment.proposedBy as Funder] ?? amendment.proposedBy} 제안, 상대 기관 동의): ${what}`;
    });
  const until = form.inForceUntil ? formatKoreanDate(form.inForceUntil) : `${form.year + 1}년 2월 말일`;
  return {
    title: `${form.year}년 ${district.name} 미래교육협력지구 부속합의서`,
    preamble: `${office}(이하 "교육청"이라 한다)과 ${district.name}(이하 "지자체"라 한다)는 미래교육협력지구 업무협약에 따라 ${form.year}년 미래교육협력지구 운영에 필요한 사항을 다음과 같이 합의한다.`,
    article1: '제1조(사업 내용) 미래교육협력지구 운영을 위한 세부사업과 예산은 다음과 같다.',
    article2: '제2조(변경) 제1조의 세부사업과 예산은 어느 한쪽 기관의 제안과 상대 기관의 동의로 변경하며, 변경 내역은 다음과 같다.',
    amendments,
    noAmendments: '변경 내역 없음',
    article3: '제3조(효력) 이 합의서는 양 기관의 장이 서명한 날부터 효력이 발생하며, 다음 해 2월 말일까지 유효하다.',
    term: form.inForceFrom
      ? `효력 기간: ${formatKoreanDate(form.inForceFrom)} ~ ${until}`
      : `효력 기간: 양 기관 서명일 ~ ${until} (서명 전)`,
    asOf: `기록 위치 ${form.asOf.position}까지 반영${form.asOf.updatedAt ? ` · ${formatKoreanInstant(form.asOf.updatedAt)} 기준` : ''}`,
  };
}
