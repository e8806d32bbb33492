/**
 * Real commands through the application's one command path (CommandService with the domain's
 * workflows): what the relay publishes in these suites is what the product writes.
 */
import { randomUUID } from 'node:crypto';
import type { EventStore } from '@gongron/event-store';
import { CommandService, domainCatalog, type Actor, untypedCommand } from '@gongron/application';

const district = 'suwon';
const civic: Actor = { id: 'tok-civic', role: 'secretary', district, body: 'civic-council', name: '민관학 간사' };
const working: Actor = { id: 'tok-working', role: 'secretary', district, body: 'working-council', name: '지역협의체 간사' };
const steering: Actor = { id: 'tok-steering', role: 'secretary', district, body: 'steering-committee', name: '운영위원회 간사' };
const tally = { onRoll: 15, present: 12, for: 10, against: 1, abstain: 1 };

/** The steps of one agenda item from proposal to approval, in workflow order. */
export function agendaItemLifecycle(itemId: string): { type: string; data: Record<string, unknown>; actor: Actor }[] {
  return [
    {
      type: 'ProposeAgendaItem',
      actor: civic,
      data: {
        itemId,
        district,
        title: `통학로 안전 개선 ${itemId}`,
        description: '학교 앞 통학로에 보행 안전 시설이 필요합니다.',
        proposerCategory: 'parent',
        taskCode: '2-2',
        source: 'survey',
      },
    },
    { type: 'OpenDeliberation', actor: civic, data: { itemId, method: 'forum' } },
    {
      type: 'RecordOpinion',
      actor: civic,
      data: { itemId, opinionId: randomUUID(), stance: 'support', respondentCategory: 'student', text: '찬성합니다.' },
    },
    {
      type: 'AdoptAgendaItem',
      actor: civic,
      data: { itemId, meeting: { heldOn: '2024-03-05', body: 'civic-council', title: '3월 정기회의' }, tally },
    },
    { type: 'StartDrafting', actor: working, data: { itemId, owner: '김담당' } },
    {
      type: 'SubmitDraftRevision',
      actor: working,
      data: {
        itemId,
        revisionId: randomUUID(),
        plan: '통학로 보행 안전 시설 설치와 안전 교육',
        taskCode: '2-2',
        budgetRequest: { 'education-office': 30_000_000, 'local-government': 20_000_000 },
      },
    },
    { type: 'TableForReview', actor: working, data: { itemId, meeting: { heldOn: '2024-04-10', body: 'steering-committee' } } },
    {
      type: 'RecordReviewDecision',
      actor: steering,
      data: { itemId, decision: 'approved', meeting: { heldOn: '2024-04-10', body: 'steering-committee' }, tally },
    },
  ];
}

export function recordOpinion(itemId: string): { type: string; data: Record<string, unknown>; actor: Actor } {
  return {
    type: 'RecordOpinion',
    actor: civic,
    data: { itemId, opinionId: randomUUID(), stance: 'neutral', respondentCategory: 'citizen', text: '의견 있습니다.' },
  };
}

export function commandService(store: EventStore): CommandService {
  return new CommandService(store, domainCatalog);
}

export async function execute(service: CommandService, step: { type: string; data: Record<string, unknown>; actor: Actor }) {
  return service.execute(
    untypedCommand({
      type: step.type,
      data: step.data,
      metadata: { now: new Date().toISOString(), actor: step.actor, correlationId: randomUUID() },
    }),
  );
}
