/**
 * The port's position for an EventStoreDB event is its log position. Every event Gongron writes
 * over gRPC is its own commit: v24.10's StorageWriterService flags each prepare of a write
 * `IsCommitted` (`Services/Storage/StorageWriterService.cs`), and both `$all` reads
 * (`Services/Storage/ReaderIndex/AllReader.cs`, `TFPos(prepare.LogPosition, prepare.LogPosition)`)
 * and stream reads (`Data/ResolvedEvent.cs`, `IsSelfCommitted`) report commit = prepare = the
 * event's own log position. So one number names the event, and a subscription resumes from
 * `{ commit: p, prepare: p }` exactly where it stopped.
 */
import type { Position } from '@eventstore/db-client';
import { StoreUnavailableError } from '../errors.js';

export function portPosition(position: Position | undefined, what: string): number {
  if (!position) {
    throw new StoreUnavailableError(
      `EventStoreDB reported no log position for ${what}; Gongron needs a server that reports them on every read (22.6 or later)`,
    );
  }
  if (position.prepare > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new StoreUnavailableError(
      `EventStoreDB log position ${position.prepare} of ${what} is beyond 2^53 and cannot be a port position`,
    );
  }
  return Number(position.prepare);
}

export function logPosition(position: number): Position {
  return { commit: BigInt(position), prepare: BigInt(position) };
}
