/**
 * The facts a decision at a meeting depends on, read from other streams before deciding: the
 * roster of the body (who is on roll) and the meeting the decision names (who attended). The
 * domain receives them as `metadata.facts` and checks the tally against them; it reads nothing.
 * They are read once before the decision: an attendance changed in the same instant as a vote is
 * the meeting's own record to correct.
 */
import {
  civicCouncilsOf,
  councilOfRecord,
  defaultOrganisation,
  type DomainCommand,
  isBodyCode,
  isDistrictCode,
  isId,
  meetingStreamId,
  type Organisation,
  rosterStreamId,
} from '@gongron/domain';
import type { CommandPrecondition, StreamFacts } from './agreement-projects.js';

async function rosterOf(facts: StreamFacts, district: unknown, body: unknown, council: string | null) {
  if (!isDistrictCode(district) || !isBodyCode(body)) return null;
  return (await facts.state(rosterStreamId(district, body, council))) ?? null;
}

/**
 * The item's body is the one whose step it is now, and at the civic council the council it was
 * proposed in: its roster and its meetings; a malformed command is the decider's to refuse.
 */
function decisionFacts(organisation: Organisation): CommandPrecondition {
  return async (command: DomainCommand, facts: StreamFacts): Promise<Record<string, unknown> | void> => {
    const data = command.data as { itemId?: unknown; meeting?: { meetingId?: unknown } | null };
    if (!isId(data.itemId)) return;
    const item = await facts.view(`agenda-item:${data.itemId}`);
    if (!item) return;
    const meetingId = typeof data.meeting === 'object' && data.meeting !== null ? data.meeting.meetingId : undefined;
    const meeting = isId(meetingId) ? ((await facts.state(meetingStreamId(meetingId))) ?? null) : null;
    const council =
      isDistrictCode(item.district) && isBodyCode(item.body)
        ? councilOfRecord(organisation, item.district, item.body, typeof item.council === 'string' ? item.council : null)
        : null;
    return { roster: await rosterOf(facts, item.district, item.body, council), meeting, council };
  };
}

async function conveningFacts(command: DomainCommand, facts: StreamFacts): Promise<Record<string, unknown> | void> {
  const meetingId = (command.data as { meetingId?: unknown }).meetingId;
  if (!isId(meetingId)) return;
  const meeting = await facts.state(meetingStreamId(meetingId));
  if (!meeting) return;
  return { roster: await rosterOf(facts, meeting.district, meeting.body, typeof meeting.council === 'string' ? meeting.council : null) };
}

/**
 * The agenda items a meeting's agenda names (scheduled with it, or added later): each item's
 * district and civic council of record, so an item of another district or council is refused.
 */
function agendaFacts(organisation: Organisation): CommandPrecondition {
  return async (command: DomainCommand, facts: StreamFacts): Promise<Record<string, unknown> | void> => {
    const data = command.data as { agenda?: unknown; itemId?: unknown } | null;
    if (typeof data !== 'object' || data === null) return;
    const ids =
      command.type === 'AddAgendaEntry'
        ? [data.itemId]
        : Array.isArray(data.agenda)
          ? data.agenda.map((entry: unknown) =>
              typeof entry === 'object' && entry !== null ? (entry as { itemId?: unknown }).itemId : undefined,
            )
          : [];
    const agendaItems: Record<string, { district: string; council: string | null }> = {};
    const civicCouncilNames: Record<string, Record<string, string>> = {};
    for (const itemId of new Set(ids.filter(isId).slice(0, 100))) {
      const item = await facts.view(`agenda-item:${itemId}`);
      if (!item || !isDistrictCode(item.district)) continue;
      const council = councilOfRecord(organisation, item.district, 'civic-council', typeof item.council === 'string' ? item.council : null);
      agendaItems[itemId] = { district: item.district, council };
      civicCouncilNames[item.district] ??= Object.fromEntries(
        civicCouncilsOf(organisation, item.district).map((candidate, index) => [index === 0 ? '' : candidate.code, candidate.name]),
      );
    }
    return {
      agendaItems,
      civicCouncilNames,
    };
  };
}

/** The facts of decisions at meetings, for the organisation's civic councils (default: one council per district). */
export function meetingPreconditions(organisation: Organisation = defaultOrganisation): Readonly<Record<string, CommandPrecondition>> {
  const decision = decisionFacts(organisation);
  return {
    AdoptAgendaItem: decision,
    DismissAgendaItem: decision,
    RecordReviewDecision: decision,
    ConveneMeeting: conveningFacts,
    ScheduleMeeting: agendaFacts(organisation),
    AddAgendaEntry: agendaFacts(organisation),
  };
}
