/**
 * The facts a decision at a meeting depends on, read from other streams before deciding: the
 * roster of the body (who is on roll) and the meeting the decision names (who attended). The
 * domain receives them as `metadata.facts` and checks the tally against them; it reads nothing.
 * They are read once before the decision: an attendance changed in the same instant as a vote is
 * the meeting's own record to correct.
 */
import { isBodyCode, isDistrictCode, meetingStreamId, rosterStreamId } from '@gongron/domain';
import type { CommandPrecondition, StreamFacts } from './agreement-projects.js';
import type { DomainCommandLike } from './workflow-port.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,159}$/;

async function rosterOf(facts: StreamFacts, district: unknown, body: unknown) {
  if (!isDistrictCode(district) || !isBodyCode(body)) return null;
  return (await facts.state(rosterStreamId(district, body))) ?? null;
}

/** The item's body is the one whose step it is now; a malformed command is the decider's to refuse. */
async function decisionFacts(command: DomainCommandLike, facts: StreamFacts): Promise<Record<string, unknown> | void> {
  const data = command.data as { itemId?: unknown; meeting?: { meetingId?: unknown } | null };
  if (typeof data.itemId !== 'string' || !ID.test(data.itemId)) return;
  const item = await facts.view(`agenda-item:${data.itemId}`);
  if (!item) return;
  const meetingId = typeof data.meeting === 'object' && data.meeting !== null ? data.meeting.meetingId : undefined;
  const meeting = typeof meetingId === 'string' && ID.test(meetingId) ? ((await facts.state(meetingStreamId(meetingId))) ?? null) : null;
  return { roster: await rosterOf(facts, item.district, item.body), meeting };
}

async function conveningFacts(command: DomainCommandLike, facts: StreamFacts): Promise<Record<string, unknown> | void> {
  const meetingId = (command.data as { meetingId?: unknown }).meetingId;
  if (typeof meetingId !== 'string' || !ID.test(meetingId)) return;
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
