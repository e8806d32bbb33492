/**
 * The business clock and the command path in a process of its own, so the spec can run it under
 * other server time zones (`TZ=UTC`, `TZ=America/New_York`):
 * `node --import ../../../projections/test/support/ts-loader.mjs business-clock-child.ts`.
 * Prints one JSON object with what a user would see at the chosen Korean hours.
 */
import { MemoryEventStore } from '@gongron/event-store';
import { BusinessClock, CommandService, businessDateOf, domainCatalog, type Actor, untypedCommand } from '@gongron/application';
import { parseAsOf } from '@gongron/projections';

const civic: Actor = { id: 'tok-civic', role: 'secretary', district: 'suwon', body: 'civic-council' };
const education: Actor = { id: 'tok-edu', role: 'official', district: 'suwon', party: 'education-office' };
const city: Actor = { id: 'tok-city', role: 'official', district: 'suwon', party: 'local-government' };

const instants = {
  kst0330on2December: '2024-12-01T18:30:00.000Z',
  kst2359on28February2025: '2025-02-28T14:59:00.000Z',
  kst2359on29February2024: '2024-02-29T14:59:00.000Z',
  kst0000on1March2024: '2024-02-29T15:00:00.000Z',
  kst0000on1March2025: '2025-02-28T15:00:00.000Z',
};

let current = new Date(instants.kst0330on2December);
const clock = new BusinessClock(() => current);
const store = new MemoryEventStore({ clock: () => current });
const commands = new CommandService(store, domainCatalog);
const at = async (instant: string, actor: Actor, type: string, data: Record<string, unknown>) => {
  current = new Date(instant);
  return commands.execute(untypedCommand({ type, data, metadata: { ...clock.read(), actor } })).then(
    (result) => ({ ok: true as const, result }),
    (error: { code?: string }) => ({ ok: false as const, code: error.code }),
  );
};

const dates = Object.fromEntries(Object.entries(instants).map(([name, instant]) => [name, businessDateOf(instant)]));

const proposal = await at(instants.kst0330on2December, civic, 'ProposeAgendaItem', {
  itemId: 'dawn-item',
  district: 'suwon',
  title: '새벽에 제안된 안건',
  description: '03:30 KST에 제안',
  proposerCategory: 'parent',
});
if (!proposal.ok) throw new Error(`proposal refused: ${proposal.code}`);
const stored = (await store.readStream('agenda-item:dawn-item'))[0]!;
const proposedOn = (stored.data as { proposedOn: string }).proposedOn;
const asOf = {
  seenAsOfItsDate: parseAsOf(proposedOn).getTime() >= Date.parse(stored.recordedAt),
  seenAsOfTheDayBefore: parseAsOf('2024-12-01').getTime() >= Date.parse(stored.recordedAt),
};

const agreement = { district: 'suwon', year: 2024 };
const budget = { 'education-office': 10_000_000, 'local-government': 5_000_000 };
await at('2024-03-04T01:00:00.000Z', education, 'DraftAgreement', agreement);
await at('2024-03-04T01:00:00.000Z', education, 'AddProjectToAgreement', {
  ...agreement,
  projectId: 'p1',
  title: '마을교육',
  taskCode: '2-2',
  budget,
});
await at('2024-03-04T01:00:00.000Z', education, 'SignAgreement', { ...agreement, signedOn: '2024-03-04' });
await at('2024-03-04T01:00:00.000Z', city, 'SignAgreement', { ...agreement, signedOn: '2024-03-04' });
const amend = (amendmentId: string) => ({
  ...agreement,
  amendmentId,
  changes: [{ kind: 'budget', projectId: 'p1', budget }],
  reason: '조정',
});
const lastMinute = await at(instants.kst2359on28February2025, education, 'ProposeAmendment', amend('a-last-minute'));
const midnight = await at(instants.kst0000on1March2025, education, 'ProposeAmendment', amend('a-midnight'));

process.stdout.write(
  `${JSON.stringify({
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    dates,
    proposedOn,
    asOf,
    amendmentAt2359On28February: lastMinute.ok ? 'accepted' : lastMinute.code,
    amendmentAt0000On1March: midnight.ok ? 'accepted' : midnight.code,
  })}\n`,
);
await store.close();
