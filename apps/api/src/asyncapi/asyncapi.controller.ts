/**
 * `/asyncapi.json`: the AsyncAPI 3 document of the Kafka feed — every topic, every event payload
 * (schemas generated from the domain's event types) and the CloudEvents headers — for the teams
 * that build downstream consumers. Public: it describes shapes, never data.
 */
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { GONGRON_CONFIG, type GongronConfig } from '@gongron/application';
import { buildAsyncApiDocument } from '@gongron/messaging';
import { Public } from '../access/access.decorators.js';

@ApiTags('events')
@Controller('asyncapi.json')
export class AsyncApiController {
  private readonly document: Record<string, unknown>;

  constructor(@Inject(GONGRON_CONFIG) config: GongronConfig) {
    this.document = buildAsyncApiDocument({
      topicPrefix: config.kafkaTopicPrefix,
      brokers: config.kafkaBrokers,
      partitions: config.kafkaTopicPartitions,
      security: {
        tls: config.kafkaSecurity.tls !== undefined,
        ...(config.kafkaSecurity.sasl ? { saslMechanism: config.kafkaSecurity.sasl.mechanism } : {}),
      },
    });
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'The AsyncAPI 3 document of the Kafka topics and event payloads' })
  get(): Record<string, unknown> {
    return this.document;
  }
}
