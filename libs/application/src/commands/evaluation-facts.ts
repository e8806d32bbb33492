/**
 * A district's self-evaluation names projects and agenda items, and a report kept in the
 * attachment store. The decider sees only its own stream, so the command path reads the named
 * projects' and items' streams and hands over where each belongs (`metadata.facts.linked`); and a
 * report the store does not hold for the district is refused before deciding (422 naming it), so
 * no evaluation points at a document nobody can open.
 */
import { agendaItemStreamId, isDistrictCode, isId, type LinkedRecord, projectStreamId } from '@gongron/domain';
import { type AttachmentStore, SHA256_PATTERN } from '../attachments/attachment-store.js';
import type { CommandPrecondition, StreamFacts } from './agreement-projects.js';
import { CommandRefused } from './command-refused.js';

const linkedIds = (indicators: unknown, key: 'projectIds' | 'agendaItemIds'): string[] =>
  Array.isArray(indicators)
    ? [
        ...new Set(
          indicators.flatMap((indicator: unknown) => {
            const ids = (indicator as Record<string, unknown> | null)?.[key];
            return Array.isArray(ids) ? ids.filter(isId) : [];
          }),
        ),
      ]
    : [];

async function linkedRecords(ids: readonly string[], facts: StreamFacts, streamOf: (id: string) => string, withYear: boolean) {
  const records: Record<string, LinkedRecord | null> = {};
  for (const id of ids) {
    const view = await facts.view(streamOf(id));
    records[id] =
      view && isDistrictCode(view.district)
        ? { district: view.district, year: withYear && typeof view.year === 'number' ? view.year : null }
        : null;
  }
  return records;
}

export function districtEvaluationPreconditions(store?: Pick<AttachmentStore, 'has'>): Readonly<Record<string, CommandPrecondition>> {
  const precondition: CommandPrecondition = async (command, facts) => {
    const data = command.data as { district?: unknown; indicators?: unknown; report?: unknown };
    const { sha256, name } = (data.report ?? {}) as { sha256?: unknown; name?: unknown };
    // A malformed command is the decider's to refuse, with its own field names.
    if (store !== undefined && isDistrictCode(data.district) && typeof sha256 === 'string' && SHA256_PATTERN.test(sha256)) {
      if (!(await store.has(sha256, data.district))) {
        throw new CommandRefused(
          'rule',
          'DISTRICT_EVALUATION.REPORT_UNKNOWN',
          `No file ${sha256} (${String(name)}) is stored for ${data.district}; upload the report first.`,
          { field: 'data.report.sha256', details: { sha256, name: typeof name === 'string' ? name : null } },
        );
      }
    }
    return {
      linked: {
        projects: await linkedRecords(linkedIds(data.indicators, 'projectIds'), facts, projectStreamId, true),
        agendaItems: await linkedRecords(linkedIds(data.indicators, 'agendaItemIds'), facts, agendaItemStreamId, false),
      },
    };
  };
  return { RecordDistrictEvaluation: precondition, CorrectDistrictEvaluation: precondition };
}
