/**
 * The readers that follow the log beside the command path — the projection engine and the
 * Kafka relay — built from the configuration in one place, so the API (embedded mode) and
 * apps/worker (server mode) run exactly the same ones.
 */
import type { EventStore } from '@gongron/event-store';
import { KafkaRelay } from '@gongron/messaging';
import { ProjectionEngine, readModelProjections, registerProjectionMetrics } from '@gongron/projections';
import type { Logger as PinoLogger } from 'pino';
import type { GongronConfig } from './config.js';
import type { SqlDatabase } from './sql-database.js';
import type { OpenedStores } from './stores.js';

export function createReadModelEngine(store: EventStore, database: SqlDatabase, onError: (message: string) => void): ProjectionEngine {
  return new ProjectionEngine({
    database,
    store,
    projections: readModelProjections,
    onError: (error) => onError(`projection runner: ${error instanceof Error ? error.message : String(error)}`),
  });
}

/**
 * Prepares the read models (tables, views, checkpoints), exposes their status as metrics and,
 * when the configuration says so, starts following the log.
 */
export async function startReadModels(engine: ProjectionEngine, config: GongronConfig, log: (message: string) => void): Promise<void> {
  await engine.prepare();
  registerProjectionMetrics(() => engine.status());
  if (!config.runProjections) return;
  await engine.start();
  log(`projections running: ${readModelProjections.map((p) => p.name).join(', ')}`);
}

/** The relay this process should run, or undefined when no brokers are set or it is switched off. */
export function createConfiguredRelay(config: GongronConfig, stores: OpenedStores, logger: PinoLogger, clientId = config.kafkaClientId): KafkaRelay | undefined {
  if (!config.runRelay || config.kafkaBrokers.length === 0) return undefined;
  return new KafkaRelay({
    store: stores.store,
    checkpoints: stores.checkpoints,
    brokers: config.kafkaBrokers,
    clientId,
    topicPrefix: config.kafkaTopicPrefix,
    partitions: config.kafkaTopicPartitions,
    logger,
  });
}
