/**
 * A civic council secretary keeps their own council's roster and meetings. Before a roster or a
 * meeting stream is chosen, the command names the council it is for: the one it names, else the
 * secretary's own (from the token); the district's default (first) council is named by no code,
 * so its streams keep the ids they had before a district had several councils.
 */
import { councilOfRecord, type DomainCommand, isBodyCode, isDistrictCode, type Organisation } from '@gongron/domain';

const councilCommands: ReadonlySet<string> = new Set([
  'AddMember',
  'ChangeMemberTerm',
  'ChangeMemberRole',
  'RemoveMember',
  'ScheduleMeeting',
]);

export function withCouncilOfRecord(command: DomainCommand, organisation: Organisation): DomainCommand {
  if (!councilCommands.has(command.type)) return command;
  const data = command.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null) return command;
  const { district, body } = data;
  if (!isDistrictCode(district) || body !== 'civic-council' || !isBodyCode(body)) return command;
  const actor = command.metadata.actor;
  const named =
    data.council ?? (actor.role === 'secretary' && actor.body === body && actor.district === district ? actor.council : undefined);
  // A council that is no code is the decider's to refuse, naming the field.
  if (named !== undefined && named !== null && typeof named !== 'string') return command;
  const council = councilOfRecord(organisation, district, body, named);
  const { council: _given, ...rest } = data;
  return { ...command, data: council === null ? rest : { ...rest, council } } as DomainCommand;
}
