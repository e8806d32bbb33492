/**
 * Agenda board: one row per agenda item with where it stands (district × body × state),
 * its title, proposer category, task and last change, and the civic council it was proposed in.
 */
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection } from '../projection.js';
import { agendaItemEventTypes, agendaStateAfter, bodyOfState } from './agenda-states.js';
import { effectiveAt, entityId, goalOf, str } from './event-data.js';

export const AGENDA_BOARD = 'rm_agenda_board';

export const agendaBoardProjection: Projection = {
  name: 'agenda-board',
  version: 2,
  description: 'Agenda items per district, body and state (title, proposer category, task, last change, civic council)',
  handles: agendaItemEventTypes,
  tables: [
    {
      name: AGENDA_BOARD,
      primaryKey: ['item_id'],
      columns: [
        { name: 'item_id', type: 'text' },
        { name: 'district', type: 'text', nullable: false },
        { name: 'body', type: 'text', nullable: false },
        { name: 'state', type: 'text', nullable: false },
        { name: 'title', type: 'text', nullable: false },
        // The civic council it was proposed in, as the proposal names it (null: none named, the district's default).
        { name: 'council', type: 'text' },
        { name: 'proposer_category', type: 'text' },
        { name: 'task_code', type: 'text' },
        { name: 'goal', type: 'integer' },
        { name: 'source', type: 'text' },
        { name: 'proposed_on', type: 'text' },
        { name: 'project_id', type: 'text' },
        { name: 'opinions', type: 'integer', nullable: false },
        { name: 'deferrals', type: 'integer', nullable: false },
        { name: 'last_event_type', type: 'text', nullable: false },
        { name: 'last_changed_at', type: 'text', nullable: false },
        { name: 'last_effective_at', type: 'text', nullable: false },
        { name: 'revision', type: 'integer', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['district', 'body', 'state'], ['district', 'state'], ['task_code'], ['last_changed_at']],
    },
  ],
  project: projectAgendaBoard,
};

export function projectAgendaBoard(event: StoredEvent): Operation[] {
  const key = { item_id: entityId(event) };
  const last = {
    last_event_type: event.type,
    last_changed_at: event.recordedAt,
    last_effective_at: effectiveAt(event),
    revision: event.revision,
    position: event.position,
  };
  const data = event.data;
  if (event.type === 'AgendaItemProposed') {
    const taskCode = str(data.taskCode);
    return [
      {
        op: 'upsert',
        table: AGENDA_BOARD,
        key,
        values: {
          district: str(data.district) ?? '',
          body: bodyOfState.proposed,
          state: 'proposed',
          title: str(data.title) ?? '',
          council: str(data.council),
          proposer_category: str(data.proposerCategory),
          task_code: taskCode,
          goal: goalOf(taskCode),
          source: str(data.source),
          proposed_on: str(data.proposedOn) ?? event.recordedAt.slice(0, 10),
          project_id: null,
          opinions: 0,
          deferrals: 0,
          ...last,
        },
      },
    ];
  }
  if (event.type === 'OpinionRecorded') return [{ op: 'increment', table: AGENDA_BOARD, key, by: { opinions: 1 }, values: last }];
  if (event.type === 'AgendaItemDeferred') return [{ op: 'increment', table: AGENDA_BOARD, key, by: { deferrals: 1 }, values: last }];
  const values: Record<string, unknown> = { ...last };
  const state = agendaStateAfter(event);
  if (state) {
    values.state = state;
    values.body = bodyOfState[state];
  }
  if (event.type === 'DraftRevisionSubmitted') {
    const taskCode = str(data.taskCode);
    if (taskCode) {
      values.task_code = taskCode;
      values.goal = goalOf(taskCode);
    }
  }
  if (event.type === 'ProjectLinked') values.project_id = str(data.projectId);
  return [{ op: 'update', table: AGENDA_BOARD, key, values }];
}
