import type { EventMetadata, JsonObject } from './event-store.js';
import type { PersonalFieldLocator } from './personal-data/protect.js';

/** How the application tells the store which event types exist and how old shapes become current. */
export interface EventUpcaster {
  readonly type: string;
  /** The stored schema version this upcaster reads; it produces fromVersion + 1. */
  readonly fromVersion: number;
  upcast(data: JsonObject, metadata: EventMetadata): JsonObject;
}

export interface EventTypeRegistry {
  /** Every known event type with its current schema version. */
  readonly types: Readonly<Record<string, { readonly schemaVersion: number }>>;
  readonly upcasters: readonly EventUpcaster[];
  /**
   * Which values of an event are personal data: given, the SQLite and PostgreSQL stores encrypt
   * them per data subject at append (keys in their key table, same transaction), and values
   * recorded before are read in the legacy envelope (personal-data/envelope.ts).
   */
  readonly personalData?: PersonalFieldLocator;
}

/** A registry indexed for the hot paths (append validation, upcasting on read). */
export class CompiledRegistry {
  private readonly currentVersions = new Map<string, number>();
  private readonly steps = new Map<string, EventUpcaster>();

  constructor(readonly source: EventTypeRegistry | undefined) {
    if (!source) return;
    for (const [type, { schemaVersion }] of Object.entries(source.types)) {
      if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
        throw new TypeError(`Event type registry: "${type}" has schemaVersion ${String(schemaVersion)}; it must be an integer ≥ 1`);
      }
      this.currentVersions.set(type, schemaVersion);
    }
    for (const upcaster of source.upcasters) {
      const key = `${upcaster.type}@${upcaster.fromVersion}`;
      if (this.steps.has(key)) {
        throw new TypeError(`Event type registry: two upcasters for "${upcaster.type}" from version ${upcaster.fromVersion}`);
      }
      this.steps.set(key, upcaster);
    }
  }

  /** Whether any stored shape can differ from the current one: reads skip upcasting otherwise. */
  get upcasts(): boolean {
    return this.steps.size > 0;
  }

  /** The personal-data locator, when the application names personal fields. */
  get personalData(): PersonalFieldLocator | undefined {
    return this.source?.personalData;
  }

  get restricts(): boolean {
    return this.source !== undefined;
  }

  isKnown(type: string): boolean {
    return !this.source || this.currentVersions.has(type);
  }

  currentVersion(type: string): number | undefined {
    return this.currentVersions.get(type);
  }

  /** Brings stored data up to the type's current version, one step at a time. */
  upcast(type: string, schemaVersion: number, data: JsonObject, metadata: EventMetadata): { schemaVersion: number; data: JsonObject } {
    const target = this.currentVersions.get(type);
    if (target === undefined || schemaVersion >= target) return { schemaVersion, data };
    let version = schemaVersion;
    let current = data;
    while (version < target) {
      const step = this.steps.get(`${type}@${version}`);
      if (!step) break;
      current = step.upcast(current, metadata);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}
