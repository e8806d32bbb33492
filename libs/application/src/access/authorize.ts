/**
 * Access rules: whether an actor may issue a command whose scope the workflow computed.
 * Secretaries act in their own district and only in the body whose step it is (at an item's
 * proposal stage, only in the civic council it is before); officials act
 * for their own district and, where the command names one, their own party; process-manager
 * commands are the system's alone; the province office (도교육청) records the province-wide
 * evaluation, which is its own alone, and no step of a district.
 */
import { CommandRefused } from '../commands/command-refused.js';
import {
  type Actor,
  civicCouncilRules,
  type CommandScope,
  defaultOrganisation,
  type DomainError,
  type Organisation,
} from '@gongron/domain';

function refused(error: DomainError): CommandRefused {
  return new CommandRefused(error.kind === 'invalid' ? 'invalid' : 'forbidden', error.code, error.message, {
    ...(error.field !== undefined ? { field: error.field } : {}),
    ...(error.details !== undefined ? { details: error.details } : {}),
  });
}

type ScopeOf<K extends CommandScope['kind']> = Extract<CommandScope, { kind: K }>;

function authorizeSystem(actor: Actor): void {
  if (actor.role !== 'system' && actor.role !== 'admin') {
    throw new CommandRefused('forbidden', 'ACCESS.SYSTEM_ONLY', 'Only the process managers (or an administrator) issue this command.');
  }
}

function authorizeProvince(actor: Actor): void {
  if (actor.role !== 'province') {
    throw new CommandRefused(
      'forbidden',
      'ACCESS.PROVINCE_ONLY',
      `Only the province office records this; the token is a ${actor.role} token.`,
    );
  }
}

function authorizeSecretary(actor: Actor, scope: ScopeOf<'secretary'>, organisation: Organisation): void {
  if (actor.role !== 'secretary') {
    throw new CommandRefused(
      'forbidden',
      'ACCESS.SECRETARY_ONLY',
      `Only a council secretary may do this; the token is a ${actor.role} token.`,
    );
  }
  if (actor.district !== scope.district) {
    throw new CommandRefused(
      'forbidden',
      'ACCESS.OTHER_DISTRICT',
      `This belongs to district ${scope.district}; the secretary acts for ${actor.district ?? 'no district'}.`,
      {
        field: 'district',
      },
    );
  }
  if (actor.body !== scope.body) {
    throw new CommandRefused(
      'forbidden',
      'ACCESS.OTHER_BODY',
      `This step belongs to the ${scope.body}; the secretary acts for the ${actor.body ?? 'no body'}.`,
      {
        field: 'body',
      },
    );
  }
  if (scope.council !== undefined) {
    // A district with several civic councils: the item is before one of them, and only its secretary acts.
    const facts = {
      district: scope.district,
      itemCouncil: scope.council,
      council: actor.council,
      ...(scope.councilSubject !== undefined ? { subject: scope.councilSubject } : {}),
    };
    const broken = civicCouncilRules.knownCouncil.refusal(organisation, facts) ?? civicCouncilRules.ownCouncil.refusal(organisation, facts);
    if (broken !== undefined) throw refused(broken);
  }
}

function authorizeOfficial(actor: Actor, scope: ScopeOf<'official'>): void {
  if (actor.role !== 'official') {
    throw new CommandRefused(
      'forbidden',
      'ACCESS.OFFICIAL_ONLY',
      `Only an official of the two parties may do this; the token is a ${actor.role} token.`,
    );
  }
  if (actor.district !== scope.district) {
    throw new CommandRefused(
      'forbidden',
      'ACCESS.OTHER_DISTRICT',
      `This belongs to district ${scope.district}; the official acts for ${actor.district ?? 'no district'}.`,
      {
        field: 'district',
      },
    );
  }
  if (scope.party !== undefined && actor.party !== scope.party) {
    throw new CommandRefused(
      'forbidden',
      'ACCESS.OTHER_PARTY',
      `This is for the ${scope.party} party; the official acts for ${actor.party ?? 'no party'}.`,
      {
        field: 'party',
      },
    );
  }
}

export function authorize(actor: Actor, scope: CommandScope, organisation: Organisation = defaultOrganisation): void {
  switch (scope.kind) {
    case 'system':
      return authorizeSystem(actor);
    case 'province':
      return authorizeProvince(actor);
    case 'secretary':
      return authorizeSecretary(actor, scope, organisation);
    case 'official':
      return authorizeOfficial(actor, scope);
  }
}
