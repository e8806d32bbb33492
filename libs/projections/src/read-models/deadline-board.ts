/**
 * Deadline board: every open deadline of every district — a review awaiting its decision, a
 * condition of a conditional approval, an evaluation after completion, an agreement's expiry —
 * with whom it waits on and when it falls due, kept until the deadline is settled. A deadline
 * that fired (`ReviewOverdue`, `ConditionOverdue`, `EvaluationOverdue`) stays, marked overdue,
 * until the decision, fulfilment, waiver or evaluation settles it; an agreement leaves the board
 * when it expires.
 *
 * Which deadlines exist and what settles them comes from the domain's `deadlineChanges`, the
 * same rules the scheduler follows. Review and evaluation periods are the installation's
 * configuration, not facts of the log: the board keeps the day such a period starts
 * (`starts_on`) and the reader adds the configured days, so a changed period needs no rebuild.
 */
import {
  type Deadline,
  type DeadlineChanges,
  type DeadlineKind,
  type DistrictCode,
  deadlineChanges,
  deadlineEventTypes,
  districtOfCause,
} from '@gongron/domain';
import type { StoredEvent } from '@gongron/event-store';
import type { Operation, Projection, ProjectionLookup, Row } from '../projection.js';
import { num, obj, str } from './event-data.js';

export const DEADLINE_BOARD = 'rm_deadline_board';
export const DEADLINE_SUBJECTS = 'rm_deadline_subjects';

/** Kinds whose due day is a configured number of days after `starts_on`. */
export const PERIOD_DEADLINE_KINDS: readonly DeadlineKind[] = ['review', 'evaluation'];

/** Who must act before the deadline: a body's secretary, the officials of the district, or both. */
export const DEADLINE_AUDIENCE: Readonly<Record<DeadlineKind, { readonly body: string | null; readonly officials: boolean }>> = {
  review: { body: 'steering-committee', officials: false },
  condition: { body: 'steering-committee', officials: true },
  evaluation: { body: null, officials: true },
  'agreement-expiry': { body: null, officials: true },
};

const FIRING_TYPES = new Set(['ReviewOverdue', 'ConditionOverdue', 'EvaluationOverdue']);

/** Periods of zero days: a scheduled deadline's due day is then the day its period starts. */
const START_OF_PERIOD = { reviewDays: () => 0, evaluationDays: () => 0 };

export const deadlineBoardProjection: Projection = {
  name: 'deadline-board',
  version: 1,
  description: 'Open deadlines per district: reviews, conditions, evaluations and agreement expiries, due day and overdue',
  handles: deadlineEventTypes,
  tables: [
    {
      name: DEADLINE_BOARD,
      primaryKey: ['deadline_id'],
      columns: [
        { name: 'deadline_id', type: 'text' },
        { name: 'kind', type: 'text', nullable: false },
        { name: 'stream_id', type: 'text', nullable: false },
        { name: 'district', type: 'text' },
        { name: 'body', type: 'text' },
        { name: 'officials', type: 'integer', nullable: false },
        { name: 'title', type: 'text' },
        { name: 'detail', type: 'text' },
        { name: 'starts_on', type: 'text' },
        { name: 'due_on', type: 'text' },
        { name: 'overdue_on', type: 'text' },
        { name: 'scheduled_at', type: 'text', nullable: false },
        { name: 'position', type: 'integer', nullable: false },
      ],
      indexes: [['district', 'body'], ['district', 'officials'], ['stream_id']],
    },
    {
      name: DEADLINE_SUBJECTS,
      primaryKey: ['stream_id'],
      columns: [
        { name: 'stream_id', type: 'text' },
        { name: 'district', type: 'text' },
        { name: 'title', type: 'text' },
        { name: 'open', type: 'json', nullable: false },
      ],
    },
  ],
  project: projectDeadlineBoard,
};

interface OpenDeadline {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly streamId: string;
}

function subjectTitle(event: StoredEvent): string | null {
  if (event.type === 'AgreementDrafted') return `${String(num(event.data.year) ?? '')} 부속합의서`;
  return str(event.data.title);
}

/** The text of each condition a project was created with, by id. */
function conditionTexts(event: StoredEvent): Map<string, string> {
  const texts = new Map<string, string>();
  if (event.type !== 'ProjectCreated' || !Array.isArray(event.data.conditions)) return texts;
  for (const condition of event.data.conditions) {
    const c = obj(condition);
    const id = str(c.conditionId);
    const text = str(c.text);
    if (id !== null && text !== null) texts.set(id, text);
  }
  return texts;
}

async function subjectOf(lookup: ProjectionLookup, streamId: string): Promise<Row | undefined> {
  return lookup.get(DEADLINE_SUBJECTS, { stream_id: streamId });
}

interface Subject {
  row: Row | undefined;
  open: OpenDeadline[];
}

/**
 * What one event does to the board: the subjects it touches (its own stream and every stream a
 * deadline is on, each read once) and the operations it makes, in order.
 */
class BoardChange {
  readonly operations: Operation[] = [];
  private readonly subjects = new Map<string, Subject>();

  constructor(
    private readonly event: StoredEvent,
    private readonly own: Row | undefined,
    private readonly lookup: ProjectionLookup,
  ) {}

  async touch(streamId: string): Promise<Subject> {
    let entry = this.subjects.get(streamId);
    if (!entry) {
      const row = streamId === this.event.streamId ? this.own : await subjectOf(this.lookup, streamId);
      entry = { row, open: Array.isArray(row?.open) ? [...(row.open as OpenDeadline[])] : [] };
      this.subjects.set(streamId, entry);
    }
    return entry;
  }

  remove(entry: Subject, id: string): void {
    entry.open = entry.open.filter((d) => d.id !== id);
    this.operations.push({ op: 'delete', table: DEADLINE_BOARD, key: { deadline_id: id } });
  }

  /** Each touched subject's row, written back with its open deadlines. */
  writeSubjects(): void {
    for (const [streamId, entry] of this.subjects) {
      if (entry.row === undefined && entry.open.length === 0) continue;
      this.operations.push({
        op: 'upsert',
        table: DEADLINE_SUBJECTS,
        key: { stream_id: streamId },
        values: { district: str(entry.row?.district), title: str(entry.row?.title), open: entry.open },
      });
    }
  }
}

/** Settled deadlines leave the board; a deadline that fired stays, marked overdue. */
async function settle(board: BoardChange, subject: Subject, event: StoredEvent, changes: DeadlineChanges): Promise<void> {
  for (const settled of changes.settledKinds) {
    const entry = await board.touch(settled.streamId);
    for (const open of entry.open.filter((d) => d.kind === settled.kind)) board.remove(entry, open.id);
  }
  for (const id of changes.settledIds) {
    if (!FIRING_TYPES.has(event.type)) {
      board.remove(subject, id);
      continue;
    }
    board.operations.push({
      op: 'update',
      table: DEADLINE_BOARD,
      key: { deadline_id: id },
      values: {
        due_on: str(event.data.dueOn),
        overdue_on: str(event.data.overdueOn) ?? event.recordedAt.slice(0, 10),
        position: event.position,
      },
    });
  }
}

/** Every newly scheduled deadline goes on the board and into its subject's open list. */
async function schedule(board: BoardChange, event: StoredEvent, scheduled: readonly Deadline[], title: string | null): Promise<void> {
  const texts = conditionTexts(event);
  for (const deadline of scheduled) {
    const entry = await board.touch(deadline.streamId);
    const periodic = PERIOD_DEADLINE_KINDS.includes(deadline.kind);
    const audience = DEADLINE_AUDIENCE[deadline.kind];
    const conditionId = deadline.kind === 'condition' ? str(obj(deadline.fire.data).conditionId) : null;
    entry.open = [
      ...entry.open.filter((d) => d.id !== deadline.deadlineId),
      { id: deadline.deadlineId, kind: deadline.kind, streamId: deadline.streamId },
    ];
    board.operations.push({
      op: 'upsert',
      table: DEADLINE_BOARD,
      key: { deadline_id: deadline.deadlineId },
      values: {
        kind: deadline.kind,
        stream_id: deadline.streamId,
        district: deadline.district ?? str(entry.row?.district),
        body: audience.body,
        officials: audience.officials ? 1 : 0,
        title: str(entry.row?.title) ?? title,
        detail: conditionId !== null ? (texts.get(conditionId) ?? null) : null,
        starts_on: periodic ? deadline.dueOn : null,
        due_on: periodic ? null : deadline.dueOn,
        overdue_on: null,
        scheduled_at: event.recordedAt,
        position: event.position,
      },
    });
  }
}

export async function projectDeadlineBoard(event: StoredEvent, lookup: ProjectionLookup): Promise<Operation[]> {
  const cause = { id: event.id, type: event.type, streamId: event.streamId, data: event.data };
  const own = await subjectOf(lookup, event.streamId);
  const firstDistrict = districtOfCause(cause);
  const district = firstDistrict ?? (str(own?.district) as DistrictCode | null) ?? null;
  const changes = deadlineChanges(cause, district, START_OF_PERIOD);

  const board = new BoardChange(event, own, lookup);
  const subject = await board.touch(event.streamId);
  const title = subjectTitle(event);
  if (firstDistrict !== undefined || title !== null) {
    subject.row = {
      ...(subject.row ?? {}),
      district: firstDistrict ?? subject.row?.district ?? null,
      title: title ?? subject.row?.title ?? null,
    };
  }
  await settle(board, subject, event, changes);
  await schedule(board, event, changes.scheduled, title);
  board.writeSubjects();
  return board.operations;
}
