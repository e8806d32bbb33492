/**
 * The facts a decision at a meeting depends on, read from other streams before deciding: the
 * roster of the body (who is on roll) and the meeting the decision names (who attended). The
 * domain receives them as `metadata.facts` and checks the tally against them; it reads nothing.
 * They are read once before the decision: an attendance changed in the same instant as a vote is
 * the meeting's own record to correct.
 */
import { type DomainCommand, isBodyCode, isDistrictCode, isId, meetingStreamId, rosterStreamId } from '@gongron/domain';
import type { CommandPrecondition, StreamFacts } from './agreement-projects.js';

async function rosterOf(facts: StreamFacts, district: unknown, body: unknown) {
  if (!isDistrictCode(district) || !isBodyCode(body)) return null;
  return (await facts.state(rosterStreamId(district, body))) ?? null;
}

/** The item's body is the one whose step it is now; a malformed command is the decider's to refuse. */
async function decisionFacts(command: DomainCommand, facts: StreamFacts): Promise<Record<string, unknown> | void> {
  const data = command.data as { itemId?: unknown; meeting?: { meetingId?: unknown } | null };
  if (!isId(data.itemId)) return;
  const item = await facts.view(`agenda-item:${data.itemId}`);
  if (!item) return;
  const meetingId = typeof data.meeting === 'object' && data.meeting !== null ? data.meeting.meetingId : undefined;
  const meeting = isId(meetingId) ? ((await facts.state(meetingStreamId(meetingId))) ?? null) : null;
  return { roster: await rosterOf(facts, item.district, item.body), meeting };
}

async function conveningFacts(command: DomainCommand, facts: StreamFacts): Promise<Record<string, unknown> | void> {
  const meetingId = (command.data as { meetingId?: unknown }).meetingId;
  if (!isId(meetingId)) return;
  const meeting = await facts.state(meetingStreamId(meetingId));
  if (!meeting) return;
  return { roster: await rosterOf(facts, meeting.district, meeting.body) };
}

export const meetingPreconditions: Readonly<Record<string, CommandPrecondition>> = {
  AdoptAgendaItem: decisionFacts,
  DismissAgendaItem: decisionFacts,
  RecordReviewDecision: decisionFacts,
  ConveneMeeting: conveningFacts,
};
