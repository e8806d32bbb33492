/**
 * Given/when/then specifications for read models, in the style of Emmett's projection specs:
 *
 *   const spec = ProjectionSpecification.for(budgetLedgerProjection);
 *   await spec.given([created]).when([cancelled]).then({ rm_budget_ledger: [row, row] });
 *
 * The given events and then the when events are projected through the projection's own
 * handlers into an in-memory copy of its tables; `then` compares every named table with the
 * rows written by hand, each listing every column, in primary-key order. The projected rows
 * go through the SQL encoding first, so they read as a reader of the table sees them.
 */
import type { ActorRef, StoredEvent } from '@gongron/event-store';
import { decodeRow, encodeRow, replayInMemory, type Projection, type Row, type TableDefinition } from '../../src/index.js';

export type ExpectedTables = Readonly<Record<string, readonly Row[]>>;

export interface ProjectionThen {
  /** The named tables hold exactly these rows after the when events (other tables are not compared). */
  then(expected: ExpectedTables): Promise<void>;
  /** The when events change no row of any table. */
  thenNothingChanged(): Promise<void>;
}

export class ProjectionSpecification {
  private constructor(private readonly projection: Projection) {}

  static for(projection: Projection): ProjectionSpecification {
    return new ProjectionSpecification(projection);
  }

  given(events: readonly StoredEvent[]): { when(events: readonly StoredEvent[]): ProjectionThen } {
    return {
      when: (whenEvents) => ({
        then: async (expected) => {
          const tables = await this.tables([...events, ...whenEvents]);
          for (const name of Object.keys(expected)) {
            if (!tables[name]) throw new Error(`${this.projection.name} has no table ${name}`);
          }
          const actual = Object.fromEntries(Object.keys(expected).map((name) => [name, tables[name]]));
          const wanted = Object.fromEntries(
            Object.entries(expected).map(([name, rows]) => [
              name,
              this.sorted(
                name,
                rows.map((row) => this.written(name, row)),
              ),
            ]),
          );
          expect(actual).toEqual(wanted);
        },
        thenNothingChanged: async () => {
          expect(await this.tables([...events, ...whenEvents])).toEqual(await this.tables(events));
        },
      }),
    };
  }

  private async tables(events: readonly StoredEvent[]): Promise<Record<string, Row[]>> {
    const replayed = await replayInMemory(this.projection, events);
    // Through the SQL encoding and back: the rows as a reader of the table sees them.
    return Object.fromEntries(
      this.projection.tables.map((table) => [
        table.name,
        this.sorted(
          table.name,
          (replayed.get(table.name) ?? []).map((row) => decodeRow(table, encodeRow(table, row))),
        ),
      ]),
    );
  }

  private table(name: string): TableDefinition {
    const table = this.projection.tables.find((t) => t.name === name);
    if (!table) throw new Error(`${this.projection.name} has no table ${name}`);
    return table;
  }

  /** An expected row must name every column of its table, and nothing else. */
  private written(name: string, row: Row): Row {
    const columns = this.table(name).columns.map((c) => c.name);
    const missing = columns.filter((column) => !(column in row));
    const unknown = Object.keys(row).filter((column) => !columns.includes(column));
    if (missing.length > 0 || unknown.length > 0) {
      throw new Error(
        `An expected row of ${name} must list every column: missing ${missing.join(', ') || 'none'}, unknown ${unknown.join(', ') || 'none'}`,
      );
    }
    return row;
  }

  private sorted(name: string, rows: Row[]): Row[] {
    const { primaryKey } = this.table(name);
    const key = (row: Row) => JSON.stringify(primaryKey.map((column) => row[column]));
    return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
}

/**
 * Stored events for one spec, numbered from 1: the event at position n is recorded at
 * 2024-03-01T09:nn:00.000Z, so expected rows can name its time literally. Each spec makes its own.
 */
export function storedEvents(
  actor: ActorRef = { id: 'tok-1', role: 'secretary', district: 'suwon', body: 'civic-council', name: '김민지' },
) {
  let position = 0;
  const revisions = new Map<string, number>();
  return (streamId: string, type: string, data: Record<string, unknown>, metadata: Record<string, unknown> = {}): StoredEvent => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    position++;
    if (position > 59) throw new Error('storedEvents numbers at most 59 events per spec');
    return {
      id: `e${position}`,
      type,
      schemaVersion: 1,
      streamId,
      revision,
      position,
      recordedAt: `2024-03-01T09:${String(position).padStart(2, '0')}:00.000Z`,
      data,
      metadata: { actor, ...metadata },
      hash: `h${position}`,
      previousHash: revision === 0 ? '' : `h${position - 1}`,
    };
  };
}
