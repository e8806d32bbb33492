/**
 * An Atom 1.0 feed (RFC 4287) of a district's decisions, newest first: one entry per decision,
 * its id the decision event's id (a UUID, so readers never see an entry twice), its content the
 * body, the outcome and the tally — never who recorded it.
 */
import { bodies, districtOf, type DistrictCode } from '@gongron/domain';
import { formatKoreanDate } from './agreement-text.js';
import type { AsOf, PublicDecision } from './public-views.js';

export const decisionOutcomeNames: Readonly<Record<string, { ko: string; en: string }>> = {
  adopted: { ko: '의제 채택', en: 'Adopted as an agenda item' },
  dismissed: { ko: '기각', en: 'Dismissed' },
  approved: { ko: '가결', en: 'Approved' },
  conditionallyApproved: { ko: '조건부 가결', en: 'Approved with conditions' },
  revisionRequested: { ko: '보완 요구', en: 'Revision requested' },
  rejected: { ko: '부결', en: 'Rejected' },
  deferred: { ko: '보류', en: 'Deferred' },
  feedback: { ko: '환류 결과 등록', en: 'Feedback recorded' },
};

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function tallyText(decision: PublicDecision): string | null {
  const { onRoll, present, for: yes, against, abstain } = decision.tally;
  if (onRoll === null && present === null && yes === null) return null;
  return `재적 ${onRoll ?? '-'} · 출석 ${present ?? '-'} · 찬성 ${yes ?? '-'} · 반대 ${against ?? '-'} · 기권 ${abstain ?? '-'}`;
}

export function decisionsFeed(options: {
  district: DistrictCode;
  origin: string;
  decisions: readonly PublicDecision[];
  asOf: AsOf;
}): string {
  const { district, origin, decisions, asOf } = options;
  const name = districtOf(district).name;
  const self = `${origin}/public/districts/${district}/decisions.atom`;
  const page = `${origin}/districts/${district}`;
  const updated =
    decisions
      .map((decision) => decision.recordedAt)
      .sort()
      .at(-1) ??
    asOf.updatedAt ??
    new Date(0).toISOString();
  const entries = decisions.map((decision) => {
    const outcome = decisionOutcomeNames[decision.decision]?.ko ?? decision.decision;
    const body = bodies.find((candidate) => candidate.code === decision.body)?.name ?? decision.body;
    const tally = tallyText(decision);
    const summary = `${formatKoreanDate(decision.decidedOn)} ${body}: ${outcome}${tally ? ` (${tally})` : ''}${decision.taskCode ? ` · 추진과제 ${decision.taskCode}` : ''}`;
    return [
      '  <entry>',
      `    <id>urn:uuid:${escape(decision.eventId)}</id>`,
      `    <title type="text">[${escape(outcome)}] ${escape(decision.itemTitle)}</title>`,
      `    <updated>${escape(new Date(decision.recordedAt).toISOString())}</updated>`,
      `    <published>${escape(decision.decidedOn)}T00:00:00+09:00</published>`,
      `    <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
      `    <category term="${escape(decision.decision)}" label="${escape(outcome)}"/>`,
      `    <summary type="text">${escape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">',
    `  <id>${escape(self)}</id>`,
    `  <title type="text">${escape(`${name} 미래교육협력지구 의결 사항`)}</title>`,
    `  <subtitle type="text">${escape(`${name} 세 회의체의 새 의결 (기록 위치 ${asOf.position}까지 반영)`)}</subtitle>`,
    `  <updated>${escape(new Date(updated).toISOString())}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
    '  <author><name>경기도교육청 미래교육협력지구</name></author>',
    '  <generator>Gongron</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
