/**
 * Realistic commands for the command path: a civic-council secretary of the item's district
 * proposes an item, opens deliberation and records the opinions gathered at a forum.
 */
import {
  DISTRICTS,
  OPINION_TEXTS,
  PROPOSER_CATEGORIES,
  STANCES,
  TASK_CODES,
  agendaTitle,
  pick,
  seededRandom,
  seededUuid,
  type District,
} from './province.js';

export interface BenchCommand {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: {
    readonly now: string;
    readonly actor: {
      readonly id: string;
      readonly role: 'secretary';
      readonly district: string;
      readonly body: 'civic-council';
      readonly name: string;
    };
    readonly correlationId: string;
  };
}

export function secretaryOf(district: District) {
  return {
    id: `secretary-${district.code}-civic`,
    role: 'secretary' as const,
    district: district.code,
    body: 'civic-council' as const,
    name: `${district.name} 지역교육협의체 간사`,
  };
}

export class CommandGenerator {
  private readonly random: () => number;
  private minute = 0;

  constructor(seed = 4040) {
    this.random = seededRandom(seed);
  }

  private meta(district: District) {
    this.minute += 1;
    return {
      now: new Date(Date.parse('2024-04-01T00:00:00.000Z') + this.minute * 60_000).toISOString(),
      actor: secretaryOf(district),
      correlationId: seededUuid(this.random),
    };
  }

  newItemId(): string {
    return seededUuid(this.random);
  }

  propose(itemId: string, district: District): BenchCommand {
    const r = this.random;
    return {
      type: 'ProposeAgendaItem',
      data: {
        itemId,
        district: district.code,
        title: agendaTitle(r, district),
        description: `${district.name} 학부모와 학생이 함께 제안한 안건입니다. ${pick(r, OPINION_TEXTS)}`,
        proposerCategory: pick(r, PROPOSER_CATEGORIES),
        taskCode: pick(r, TASK_CODES),
        source: pick(r, ['survey', 'forum']),
      },
      metadata: this.meta(district),
    };
  }

  openDeliberation(itemId: string, district: District): BenchCommand {
    return { type: 'OpenDeliberation', data: { itemId, method: 'forum' }, metadata: this.meta(district) };
  }

  opinion(itemId: string, district: District): BenchCommand {
    const r = this.random;
    return {
      type: 'RecordOpinion',
      data: {
        itemId,
        opinionId: seededUuid(r),
        stance: pick(r, STANCES),
        respondentCategory: pick(r, PROPOSER_CATEGORIES),
        text: pick(r, OPINION_TEXTS),
      },
      metadata: this.meta(district),
    };
  }

  /** The opinion as the HTTP body (the route names the item; the token names the actor). */
  opinionBody(): Record<string, unknown> {
    const r = this.random;
    return {
      opinionId: seededUuid(r),
      stance: pick(r, STANCES),
      respondentCategory: pick(r, PROPOSER_CATEGORIES),
      text: pick(r, OPINION_TEXTS),
    };
  }

  district(index: number): District {
    return DISTRICTS[index % DISTRICTS.length]!;
  }
}
