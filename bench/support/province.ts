/**
 * Realistic generated data for benchmarks: the 31 districts of Gyeonggi-do, Korean agenda
 * titles and opinions, and the real flow of an agenda item through the three bodies. Seeded,
 * so every run of every side appends exactly the same payloads.
 */
import { districts, officeOf, opinionStances, proposerCategories, taskCodes } from '@gongron/domain';
import type { EventToAppend, EventMetadata, JsonObject } from '@gongron/event-store';
import { businessDateOf } from '@gongron/application';
import { seededRandom } from '../../libs/projections/src/testing/history-generator.js';

export interface District {
  readonly code: string;
  readonly name: string;
  readonly office: string;
}

/** The catalog's 31 districts, each with the short name of the office that serves it. */
export const DISTRICTS: readonly District[] = districts.map((d) => ({ code: d.code, name: d.name, office: officeOf(d.code).shortName }));

export const TASK_CODES = taskCodes;
export const PROPOSER_CATEGORIES = proposerCategories;
export const STANCES = opinionStances;
export const SOURCES = ['survey', 'forum', 'meeting', 'online'] as const;

const SUBJECTS = [
  '마을교육공동체',
  '방과후 돌봄',
  '청소년 자치활동',
  '지역 연계 진로체험',
  '학교 밖 배움터',
  '생태환경 교육',
  '디지털 미디어 리터러시',
  '다문화 학생 지원',
  '기초학력 보장',
  '통학로 안전',
  '마을 도서관',
  '공유학교',
  '인공지능 창의융합 교육',
  '지역 역사문화 탐방',
  '학부모 교육 참여',
  '교원 지역 연수',
];
const ACTIONS = ['활성화 방안', '확대 운영', '신설 제안', '지원 체계 구축', '개선 요구', '시범 운영', '예산 증액 요청'];
export const OPINION_TEXTS = [
  '학생들이 직접 참여할 수 있는 구조가 필요합니다.',
  '예산 대비 효과를 먼저 검토해야 한다고 생각합니다.',
  '지역 기관과의 협력이 핵심입니다.',
  '학부모 의견 수렴 절차를 늘려 주세요.',
  '기존 사업과 중복되지 않도록 조정이 필요합니다.',
  '읍·면 지역 학교도 동등하게 참여할 수 있어야 합니다.',
];

export { seededRandom };

export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A UUID (v4 layout) from the seeded generator, so ids repeat across sides of one comparison. */
export function seededUuid(random: () => number): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function agendaTitle(random: () => number, district: District): string {
  return `${district.name} ${pick(random, SUBJECTS)} ${pick(random, ACTIONS)}`;
}

export interface GeneratedEvent {
  readonly streamId: string;
  readonly event: EventToAppend;
}

/**
 * The flow one agenda item takes, as events: proposed → deliberation with opinions → adopted
 * (referred) → drafting → draft revision → tabled for review. `length` cuts it short
 * (most items in a year are somewhere in the middle) or, past the end, adds further opinions.
 */
export class ProvinceGenerator {
  private readonly random: () => number;
  private readonly clockStart = Date.parse('2024-03-04T09:00:00.000Z');
  private tick = 0;

  constructor(seed = 20240304) {
    this.random = seededRandom(seed);
  }

  district(index?: number): District {
    return index === undefined ? pick(this.random, DISTRICTS) : DISTRICTS[index % DISTRICTS.length]!;
  }

  uuid(): string {
    return seededUuid(this.random);
  }

  private metadata(district: District, role: string, body: string): EventMetadata {
    this.tick += 1;
    return {
      actor: { id: `secretary-${district.code}-${body}`, role, district: district.code, body, name: `${district.name} 간사` },
      correlationId: this.uuid(),
      effectiveAt: new Date(this.clockStart + this.tick * 60_000).toISOString(),
    };
  }

  private event(type: string, data: JsonObject, meta: EventMetadata): EventToAppend {
    return { id: this.uuid(), type, data, metadata: meta };
  }

  /** One agenda item's history, `length` events long (at least 1), in the domain's event shapes. */
  agendaItem(district: District, length: number): GeneratedEvent[] {
    const itemId = this.uuid();
    const streamId = `agenda-item:${itemId}`;
    const r = this.random;
    const civic = () => this.metadata(district, 'secretary', 'civic-council');
    const working = () => this.metadata(district, 'secretary', 'working-council');
    const steering = () => this.metadata(district, 'secretary', 'steering-committee');
    const day = () => businessDateOf(new Date(this.clockStart + this.tick * 60_000));
    const meeting = (body: string, title: string) => ({ meetingId: this.uuid(), body, heldOn: day(), title });
    const tally = () => {
      const onRoll = 15 + Math.floor(r() * 10);
      const present = Math.floor(onRoll / 2) + 1 + Math.floor(r() * (onRoll / 2 - 1));
      const votesFor = Math.floor(present / 2) + 1 + Math.floor(r() * (present / 2 - 1));
      const against = Math.floor((present - votesFor) / 2);
      return { onRoll, present, for: votesFor, against, abstain: present - votesFor - against };
    };
    const opinion = () =>
      this.event(
        'OpinionRecorded',
        {
          itemId,
          opinionId: this.uuid(),
          stance: pick(r, STANCES),
          respondentCategory: pick(r, PROPOSER_CATEGORIES),
          text: pick(r, OPINION_TEXTS),
          receivedOn: day(),
        },
        civic(),
      );
    const title = agendaTitle(r, district);
    const taskCode = pick(r, TASK_CODES);
    const flow: EventToAppend[] = [
      this.event(
        'AgendaItemProposed',
        {
          itemId,
          district: district.code,
          title,
          description: `${district.name} ${pick(r, SUBJECTS)}에 대한 주민 제안입니다. ${pick(r, OPINION_TEXTS)}`,
          proposerCategory: pick(r, PROPOSER_CATEGORIES),
          taskCode,
          source: pick(r, SOURCES),
          proposedOn: day(),
          workflowVersion: 1,
        },
        civic(),
      ),
      this.event('DeliberationOpened', { itemId, openedOn: day(), method: pick(r, ['forum', 'survey', 'online']) }, civic()),
    ];
    const opinions = 3 + Math.floor(r() * 4);
    for (let i = 0; i < opinions; i++) flow.push(opinion());
    const revisionId = this.uuid();
    flow.push(
      this.event(
        'AgendaItemAdopted',
        { itemId, meeting: meeting('civic-council', `${district.name} 지역교육협의체 정기회의`), tally: tally(), effectiveAt: day() },
        civic(),
      ),
      this.event('DraftingStarted', { itemId, owner: `${district.office} 교육지원청 담당 장학사`, startedOn: day() }, working()),
      this.event(
        'DraftRevisionSubmitted',
        {
          itemId,
          revisionId,
          title,
          plan: `${district.name} 실행안: ${pick(r, SUBJECTS)} ${pick(r, ACTIONS)}`,
          taskCode,
          budgetRequest: {
            'education-office': (10 + Math.floor(r() * 90)) * 1_000_000,
            'local-government': (10 + Math.floor(r() * 90)) * 1_000_000,
          },
          submittedOn: day(),
        },
        working(),
      ),
      this.event(
        'AgendaItemTabled',
        { itemId, revisionId, meeting: meeting('steering-committee', `${district.name} 지역 운영위원회`), tabledOn: day() },
        steering(),
      ),
    );
    while (flow.length < length) flow.push(opinion());
    return flow.slice(0, Math.max(1, length)).map((event) => ({ streamId, event }));
  }

  /** A single-event command's worth: an item proposed in a district (1 event per new stream). */
  proposal(index: number): GeneratedEvent {
    return this.agendaItem(this.district(index), 1)[0]!;
  }

  /** A 10-event batch for one new stream (proposal through the first opinions and adoption). */
  batch(index: number, size = 10): GeneratedEvent[] {
    return this.agendaItem(this.district(index), size);
  }
}
