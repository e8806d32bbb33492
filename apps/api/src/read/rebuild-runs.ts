/**
 * The rebuilds this process runs, each under an id, with its progress as it goes: the
 * administrators' page follows one as server-sent events (`progress` with the percentage, then
 * `completed` at 100 or `failed`). A subscriber that comes late gets where the run stands at
 * once, and the end if it is over. Finished runs are kept for a while, then forgotten.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RebuildProgress, RebuildResult } from '@gongron/projections';
import { Observable, type Subscriber } from 'rxjs';

export type RebuildRunState = 'running' | 'completed' | 'failed';

export class RebuildRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: [String] }) projections!: string[];
  @ApiProperty({ enum: ['running', 'completed', 'failed'] }) state!: RebuildRunState;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Whole percent of the log replayed; 100 once completed' }) percent!: number;
  @ApiProperty({ description: 'Events replayed so far' }) processed!: number;
  @ApiProperty({ description: 'Events to replay, as far as the head of the log is known' }) total!: number;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional() finishedAt?: string;
  @ApiPropertyOptional() durationMs?: number;
  @ApiPropertyOptional() eventsPerSecond?: number;
  @ApiPropertyOptional({ description: 'Why it failed' }) error?: string;
}

/** One server-sent event: `event:` is the kind, `data:` the run as it stands. */
export interface RebuildRunEvent {
  readonly type: 'progress' | 'completed' | 'failed';
  readonly data: RebuildRunDto;
  readonly id: string;
}

interface Run {
  snapshot: RebuildRunDto;
  readonly watchers: Set<Subscriber<RebuildRunEvent>>;
  sequence: number;
}

const KEEP_FINISHED = 50;

@Injectable()
export class RebuildRuns {
  private readonly runs = new Map<string, Run>();

  start(projections: readonly string[]): {
    id: string;
    onProgress: (progress: RebuildProgress) => void;
    finish: (outcome: { result?: RebuildResult; error?: unknown }) => void;
  } {
    const id = randomUUID();
    const run: Run = {
      snapshot: {
        id,
        projections: [...projections],
        state: 'running',
        percent: 0,
        processed: 0,
        total: 0,
        startedAt: new Date().toISOString(),
      },
      watchers: new Set(),
      sequence: 0,
    };
    this.runs.set(id, run);
    this.forgetOld();
    return {
      id,
      onProgress: (progress) => {
        const percent = progress.total > 0 ? Math.min(99, Math.floor((progress.processed / progress.total) * 100)) : 0;
        // The percentage never goes back, even when the head of the log moves on meanwhile.
        run.snapshot = {
          ...run.snapshot,
          processed: progress.processed,
          total: progress.total,
          percent: Math.max(run.snapshot.percent, percent),
        };
        this.emit(run, 'progress');
      },
      finish: ({ result, error }) => {
        const finishedAt = new Date().toISOString();
        if (error === undefined && result) {
          run.snapshot = {
            ...run.snapshot,
            state: 'completed',
            percent: 100,
            processed: Math.max(run.snapshot.processed, result.events),
            total: Math.max(run.snapshot.total, result.events),
            finishedAt,
            durationMs: Math.round(result.durationMs),
            eventsPerSecond: Math.round(result.eventsPerSecond),
          };
          this.emit(run, 'completed');
        } else {
          run.snapshot = { ...run.snapshot, state: 'failed', finishedAt, error: error instanceof Error ? error.message : String(error) };
          this.emit(run, 'failed');
        }
        for (const watcher of run.watchers) watcher.complete();
        run.watchers.clear();
      },
    };
  }

  get(id: string): RebuildRunDto | undefined {
    return this.runs.get(id)?.snapshot;
  }

  /** The run's events from now on, starting with where it stands; completes when the run ends. */
  follow(id: string): Observable<RebuildRunEvent> | undefined {
    const run = this.runs.get(id);
    if (!run) return undefined;
    return new Observable<RebuildRunEvent>((subscriber) => {
      const state = run.snapshot.state;
      subscriber.next({ type: state === 'running' ? 'progress' : state, data: run.snapshot, id: String(run.sequence) });
      if (state !== 'running') {
        subscriber.complete();
        return undefined;
      }
      run.watchers.add(subscriber);
      return () => run.watchers.delete(subscriber);
    });
  }

  private emit(run: Run, type: RebuildRunEvent['type']): void {
    run.sequence += 1;
    for (const watcher of run.watchers) watcher.next({ type, data: run.snapshot, id: String(run.sequence) });
  }

  private forgetOld(): void {
    const finished = [...this.runs.entries()].filter(([, r]) => r.snapshot.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.runs.delete(id);
  }
}
