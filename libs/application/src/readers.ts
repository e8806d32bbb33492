/**
 * The readers that follow the log beside the command path — the projection engine and the
 * Kafka relay — built from the configuration in one place, so the API (embedded mode) and
 * apps/worker (server mode) run exactly the same ones.
 */
import { readFileSync } from 'node:fs';
import type { EventStore } from '@gongron/event-store';
import { KafkaRelay, type KafkaRelayOptions } from '@gongron/messaging';
import { ProjectionEngine, readModelProjections, registerProjectionMetrics } from '@gongron/projections';
import type { Logger as PinoLogger } from 'pino';
import type { GongronConfig, KafkaSecurityConfig } from './config.js';
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
export function createConfiguredRelay(
  config: GongronConfig,
  stores: OpenedStores,
  logger: PinoLogger,
  clientId = config.kafkaClientId,
): KafkaRelay | undefined {
  if (!config.runRelay || config.kafkaBrokers.length === 0) return undefined;
  return new KafkaRelay({
    store: stores.store,
    checkpoints: stores.checkpoints,
    brokers: config.kafkaBrokers,
    clientId,
    topicPrefix: config.kafkaTopicPrefix,
    partitions: config.kafkaTopicPartitions,
    ...kafkaClientSecurity(config.kafkaSecurity),
    logger,
  });
}

/** The configured TLS and SASL as kafkajs takes them, with the PEM and password files read now. */
export function kafkaClientSecurity(security: KafkaSecurityConfig): Pick<KafkaRelayOptions, 'ssl' | 'sasl'> {
  const result: { ssl?: KafkaRelayOptions['ssl']; sasl?: KafkaRelayOptions['sasl'] } = {};
  if (security.tls) {
    const { caFile, certFile, keyFile, rejectUnauthorized } = security.tls;
    result.ssl = {
      rejectUnauthorized,
      ...(caFile ? { ca: [readFileSync(caFile, 'utf8')] } : {}),
      ...(certFile ? { cert: readFileSync(certFile, 'utf8') } : {}),
      ...(keyFile ? { key: readFileSync(keyFile, 'utf8') } : {}),
    };
  }
  if (security.sasl) {
    const { mechanism, username, password, passwordFile } = security.sasl;
    const secret = password ?? readFileSync(passwordFile!, 'utf8').trim();
    // kafkajs types each mechanism as its own member of a union, so the literal is narrowed per case.
    switch (mechanism) {
      case 'plain':
        result.sasl = { mechanism, username, password: secret };
        break;
      case 'scram-sha-256':
        result.sasl = { mechanism, username, password: secret };
        break;
      case 'scram-sha-512':
        result.sasl = { mechanism, username, password: secret };
        break;
    }
  }
  return result;
}
