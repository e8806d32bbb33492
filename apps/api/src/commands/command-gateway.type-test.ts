/**
 * Compile-time proof that a route builds the domain's own command: `npm run lint`'s tsc checks
 * this file (it is never run). Each `@ts-expect-error` fails the lint when the line below it
 * compiles, so a misspelt command type, a field of another command, a missing field or a code
 * outside the domain's catalog cannot reach the command path.
 */
import type { CommandGateway } from './command-gateway.js';
import type { HttpRequest, HttpResponse } from '../http-types.js';

declare const gateway: CommandGateway;
declare const req: HttpRequest;
declare const res: HttpResponse;

const tally = { for: 9, against: 1, abstain: 1 };

export async function commandsAsTheDomainDeclaresThem(): Promise<void> {
  await gateway.send(req, res, 'AdoptAgendaItem', { itemId: 'item-1', meeting: { meetingId: 'suwon-civic-council-2024-3' }, tally });
  await gateway.send(req, res, 'SignAgreement', { district: 'suwon', year: 2024, signedOn: '2024-03-02', party: 'education-office' });

  // @ts-expect-error a misspelt command type is no command
  await gateway.send(req, res, 'AdoptAgendaltem', { itemId: 'item-1', meeting: { meetingId: 'm' }, tally });

  // @ts-expect-error a field the command does not have (the review decision's, not the adoption's)
  await gateway.send(req, res, 'AdoptAgendaItem', { itemId: 'item-1', meeting: { meetingId: 'm' }, tally, decision: 'approved' });

  // @ts-expect-error a missing field: an adoption carries its tally
  await gateway.send(req, res, 'AdoptAgendaItem', { itemId: 'item-1', meeting: { meetingId: 'm' } });

  // @ts-expect-error a field of the wrong type: the year is a number
  await gateway.send(req, res, 'SignAgreement', { district: 'suwon', year: '2024', signedOn: '2024-03-02' });

  // @ts-expect-error a code outside the domain's catalog: the funders are education-office and local-government
  await gateway.send(req, res, 'SignAgreement', { district: 'suwon', year: 2024, signedOn: '2024-03-02', party: 'city-hall' });
}
