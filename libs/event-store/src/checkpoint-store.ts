import { InvalidArgumentError } from './core.js';

/**
 * Where a reader of the log (the Kafka relay, a process manager) remembers the last position
 * it finished. Projections keep theirs beside their read models instead.
 */
export interface CheckpointStore {
  /** The saved position, 0 when nothing was saved under that name. */
  load(name: string): Promise<number>;
  save(name: string, position: number): Promise<void>;
  close(): Promise<void>;
}

export const CHECKPOINT_STORE = Symbol.for('gongron.CheckpointStore');

export function validateCheckpoint(name: unknown, position?: unknown): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) {
    throw new InvalidArgumentError('name', 'must be a non-empty string of at most 200 characters');
  }
  if (position !== undefined && (typeof position !== 'number' || !Number.isInteger(position) || position < 0)) {
    throw new InvalidArgumentError('position', `must be an integer ≥ 0 (got ${String(position)})`);
  }
}

export class MemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();

  async load(name: string): Promise<number> {
    validateCheckpoint(name);
    return this.positions.get(name) ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    validateCheckpoint(name, position);
    this.positions.set(name, position);
  }

  async close(): Promise<void> {}
}
