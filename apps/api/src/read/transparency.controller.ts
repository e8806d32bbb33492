/**
 * The transparency log over HTTP: the public key and the latest signed checkpoint for anyone,
 * and for auditors the proofs — an event's inclusion (as a bundle the CLI verifies offline),
 * the consistency of two tree sizes — and checkpoints signed on demand.
 */
import { Controller, Get, Header, Inject, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { LogCheckpoints } from '@gongron/application';
import { EVENT_STORE, InvalidArgumentError, type EventStore, type MerkleLog, type ProofBundle } from '@gongron/event-store';
import { invalidQuery, notFound, parseNonNegativeInt } from '@gongron/projections';
import { Public, Roles } from '../access/access.decorators.js';
import { ReadErrorsInterceptor, single } from './read-errors.js';
import { KeepsStoredForm } from '../privacy/personal-data.interceptor.js';

type Q = Record<string, unknown>;

@ApiTags('audit')
@UseInterceptors(ReadErrorsInterceptor)
@Controller()
export class TransparencyController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LogCheckpoints) private readonly checkpoints: LogCheckpoints,
  ) {}

  private merkle(): MerkleLog {
    if (!this.store.merkle) throw notFound('LOG.NO_MERKLE_TREE', "This installation's event store keeps no Merkle tree (EventStoreDB)");
    return this.store.merkle;
  }

  @Public()
  @Get('.well-known/gongron-log-key')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: "The log's public key as a signed-note verifier key: <name>+<key hash>+<base64 Ed25519 key>" })
  publicKey(): string {
    return `${this.checkpoints.key.verifierKey}\n`;
  }

  @Public()
  @Get('transparency/checkpoint')
  @ApiOperation({ summary: 'The latest signed checkpoint of the log (C2SP tlog-checkpoint in a signed note)' })
  async latestCheckpoint() {
    this.merkle();
    const latest = (await this.checkpoints.latest()) ?? (await this.checkpoints.issue());
    return { origin: latest.origin, treeSize: latest.size, rootHash: latest.rootHash, time: latest.time, note: latest.note, key: this.checkpoints.key.verifierKey };
  }

  @ApiBearerAuth()
  @Roles('auditor', 'admin')
  @Post('audit/checkpoints')
  @ApiOperation({ summary: 'Sign a checkpoint of the tree as it is now (the latest one again when the log has not grown)' })
  async issueCheckpoint() {
    this.merkle();
    const signed = await this.checkpoints.issue();
    return { origin: signed.origin, treeSize: signed.size, rootHash: signed.rootHash, time: signed.time, note: signed.note, key: this.checkpoints.key.verifierKey };
  }

  @ApiBearerAuth()
  @Roles('auditor', 'admin')
  @Get('audit/proofs/inclusion')
  @KeepsStoredForm()
  @ApiOperation({ summary: "An event's proof bundle: the event as stored, its inclusion proof and the signed checkpoint it proves against" })
  @ApiQuery({ name: 'position', required: false })
  @ApiQuery({ name: 'eventId', required: false })
  async inclusion(@Query() q: Q): Promise<ProofBundle> {
    const merkle = this.merkle();
    const positionRaw = single(q, 'position');
    const eventId = single(q, 'eventId');
    if ((positionRaw === undefined) === (eventId === undefined)) {
      throw invalidQuery('QUERY.PROOF_SUBJECT', 'position', 'Give exactly one of position or eventId');
    }
    const position = positionRaw !== undefined ? parseNonNegativeInt(positionRaw, 'position') : await merkle.positionOf(eventId!);
    const leaf = position === undefined ? undefined : await merkle.leafByPosition(position);
    const event = position === undefined ? undefined : await merkle.storedEvent(position);
    if (!leaf || !event) throw notFound('QUERY.EVENT_NOT_FOUND', `No event ${positionRaw !== undefined ? `at position ${positionRaw}` : eventId} in the log's tree`);
    const checkpoint = await this.checkpoints.covering(leaf.leafIndex + 1);
    return {
      format: 'gongron-proof-bundle/v1',
      event: { ...event, metadata: { ...event.metadata } },
      leafIndex: leaf.leafIndex,
      inclusionProof: await merkle.inclusionProof(leaf.leafIndex, checkpoint.size),
      checkpoint: checkpoint.note,
    };
  }

  @ApiBearerAuth()
  @Roles('auditor', 'admin')
  @Get('audit/proofs/consistency')
  @ApiOperation({ summary: 'A consistency proof (RFC 9162 §2.1.4) between two tree sizes, with both roots' })
  @ApiQuery({ name: 'from', required: true })
  @ApiQuery({ name: 'to', required: false, description: 'default: the current size' })
  async consistency(@Query() q: Q) {
    const merkle = this.merkle();
    const fromRaw = single(q, 'from');
    if (fromRaw === undefined) throw invalidQuery('QUERY.INVALID_TREE_SIZE', 'from', 'from (a tree size) is required');
    const from = parseNonNegativeInt(fromRaw, 'from');
    const toRaw = single(q, 'to');
    const second = await head(merkle, toRaw === undefined ? undefined : parseNonNegativeInt(toRaw, 'to'), 'to');
    if (from > second.size) throw invalidQuery('QUERY.INVALID_TREE_SIZE', 'from', `from must be at most ${second.size} (got ${from})`);
    const first = await head(merkle, from, 'from');
    return { size1: first.size, root1: first.rootHash, size2: second.size, root2: second.rootHash, proof: await merkle.consistencyProof(first.size, second.size) };
  }
}

async function head(merkle: MerkleLog, size: number | undefined, field: string) {
  try {
    return await merkle.treeHead(size);
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw invalidQuery('QUERY.INVALID_TREE_SIZE', field, error.message);
    throw error;
  }
}
