/**
 * The transparency log over HTTP: the public key and the latest signed checkpoint for anyone,
 * and for auditors the proofs — an event's inclusion (as a bundle the CLI verifies offline),
 * the consistency of two tree sizes — and checkpoints signed on demand.
 */
import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Actor, CosignatureRefusal, LogCheckpoints, LogForkError, WitnessRefusal, WitnessRegistry } from '@gongron/application';
import { EVENT_STORE, InvalidArgumentError, type EventStore, type MerkleLog, type ProofBundle } from '@gongron/event-store';
import { invalidQuery, notFound, parseNonNegativeInt, parsePage } from '@gongron/projections';
import { Public, Roles } from '../access/access.decorators.js';
import { CurrentActor } from '../access/current-actor.decorator.js';
import { ApiProblem } from '../problem/api-problem.js';
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
    @Inject(WitnessRegistry) private readonly witnesses: WitnessRegistry,
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
    return {
      origin: latest.origin,
      treeSize: latest.size,
      rootHash: latest.rootHash,
      time: latest.time,
      note: latest.note,
      key: this.checkpoints.key.verifierKey,
    };
  }

  @ApiBearerAuth()
  @Roles('auditor', 'admin')
  @Post('audit/checkpoints')
  @ApiOperation({ summary: 'Sign a checkpoint of the tree as it is now (the latest one again when the log has not grown)' })
  async issueCheckpoint() {
    this.merkle();
    const signed = await this.checkpoints.issue().catch(refused);
    return {
      origin: signed.origin,
      treeSize: signed.size,
      rootHash: signed.rootHash,
      time: signed.time,
      note: signed.note,
      key: this.checkpoints.key.verifierKey,
    };
  }

  @ApiBearerAuth()
  @Roles('auditor', 'admin')
  @Get('audit/proofs/inclusion')
  @KeepsStoredForm()
  @ApiOperation({
    summary: "An event's proof bundle: the event as stored, its inclusion proof and the signed checkpoint it proves against",
  })
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
    if (!leaf || !event)
      throw notFound(
        'QUERY.EVENT_NOT_FOUND',
        `No event ${positionRaw !== undefined ? `at position ${positionRaw}` : eventId} in the log's tree`,
      );
    const checkpoint = await this.checkpoints.covering(leaf.leafIndex + 1).catch(refused);
    // The note carries the witnesses' cosignatures beside the log's signature.
    const cosigned = await this.checkpoints.cosigned(checkpoint.size);
    return {
      format: 'gongron-proof-bundle/v1',
      event: { ...event, metadata: { ...event.metadata } },
      leafIndex: leaf.leafIndex,
      inclusionProof: await merkle.inclusionProof(leaf.leafIndex, checkpoint.size),
      checkpoint: cosigned?.note ?? checkpoint.note,
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
    return {
      size1: first.size,
      root1: first.rootHash,
      size2: second.size,
      root2: second.rootHash,
      proof: await merkle.consistencyProof(first.size, second.size),
    };
  }

  @Public()
  @Get('transparency/witnesses')
  @ApiOperation({
    summary: "The witnesses' registered keys: each district's education office and local government (cosignature/v1 verifier keys)",
  })
  async registeredWitnesses() {
    return (await this.witnesses.registered()).map((w) => ({
      district: w.district,
      party: w.party,
      keyName: w.name,
      verifierKey: w.verifierKey,
      registeredOn: w.registeredOn,
      position: w.position,
    }));
  }

  @ApiBearerAuth()
  @Roles('official', 'admin')
  @Post('transparency/witnesses')
  @ApiOperation({
    summary:
      "Register a district party's witness public key (made by `cli witness keygen`; the server never sees the private key). Officials register their own district's and party's",
  })
  async registerWitness(@Body() body: Record<string, unknown>, @CurrentActor() actor: Actor) {
    const registered = await this.witnesses
      .register({ district: body?.district, party: body?.party, verifierKey: body?.verifierKey }, actor)
      .catch(refused);
    return {
      district: registered.district,
      party: registered.party,
      keyName: registered.name,
      verifierKey: registered.verifierKey,
      registeredOn: registered.registeredOn,
      position: registered.position,
    };
  }

  @Public()
  @Get('transparency/checkpoints')
  @ApiOperation({
    summary:
      'The checkpoints the log signed, newest first, each with the cosignatures of its witnesses; `next` is the `before` of the next page',
  })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 500, default 50' })
  @ApiQuery({ name: 'before', required: false, description: 'only checkpoints of a smaller tree size' })
  async checkpointList(@Query() q: Q) {
    this.merkle();
    const { limit } = parsePage(single(q, 'limit'), undefined);
    const beforeRaw = single(q, 'before');
    const before = beforeRaw === undefined || beforeRaw === '' ? undefined : parseNonNegativeInt(beforeRaw, 'before');
    const found = await this.checkpoints.list(limit + 1, before);
    const items = found.slice(0, limit).map((checkpoint) => view(checkpoint, this.checkpoints.key.verifierKey));
    return { items, next: found.length > limit ? items[items.length - 1]!.treeSize : null };
  }

  @Public()
  @Get('transparency/checkpoints/:size')
  @ApiOperation({ summary: 'A checkpoint the log signed, with the cosignatures of its witnesses (in the note and listed)' })
  async checkpointAt(@Param('size') sizeRaw: string) {
    this.merkle();
    const size = parseNonNegativeInt(sizeRaw, 'size');
    const cosigned = await this.checkpoints.cosigned(size);
    if (!cosigned) throw notFound('LOG.CHECKPOINT_NOT_FOUND', `No checkpoint of tree size ${size} was issued`);
    return view(cosigned, this.checkpoints.key.verifierKey);
  }

  @Public()
  @Post('transparency/checkpoints/:size/cosignatures')
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Add a witness's cosignature (C2SP cosignature/v1 line, made by `cli witness cosign`) to a checkpoint; its signature under a registered witness key is the credential",
  })
  async cosign(@Param('size') sizeRaw: string, @Body() body: Record<string, unknown>) {
    this.merkle();
    const size = parseNonNegativeInt(sizeRaw, 'size');
    const line = body?.cosignature;
    if (typeof line !== 'string' || line.length === 0 || line.length > 1000) {
      throw ApiProblem.badRequest('LOG.COSIGNATURE_INVALID', 'cosignature must be one cosignature/v1 signature line', {
        field: 'cosignature',
      });
    }
    return view(await this.checkpoints.cosign(size, line).catch(refused), this.checkpoints.key.verifierKey);
  }

  @Public()
  @Get('transparency/consistency')
  @ApiOperation({ summary: 'A consistency proof (RFC 9162 §2.1.4) between two tree sizes, for witnesses: hashes only' })
  @ApiQuery({ name: 'from', required: true })
  @ApiQuery({ name: 'to', required: false })
  async publicConsistency(@Query() q: Q) {
    return this.consistency(q);
  }
}

function view(
  checkpoint: { origin: string; size: number; rootHash: string; time?: string; note: string; cosignatures: readonly object[] },
  key: string,
) {
  return {
    origin: checkpoint.origin,
    treeSize: checkpoint.size,
    rootHash: checkpoint.rootHash,
    time: checkpoint.time,
    note: checkpoint.note,
    key,
    cosignatures: checkpoint.cosignatures,
  };
}

/** The transparency refusals as problem bodies, naming the field or rule. */
function refused(error: unknown): never {
  if (error instanceof LogForkError) {
    throw new ApiProblem(409, error.code, error.message, {
      cosignedSize: error.cosignedSize,
      cosignedRoot: error.cosignedRoot,
      treeSize: error.head.size,
      rootHash: error.head.rootHash,
      witnesses: error.witnesses,
    });
  }
  if (error instanceof WitnessRefusal) {
    throw error.kind === 'forbidden'
      ? ApiProblem.forbidden(error.code, error.message, { field: error.field })
      : ApiProblem.badRequest(error.code, error.message, { field: error.field });
  }
  if (error instanceof CosignatureRefusal) {
    throw error.kind === 'not-found'
      ? ApiProblem.notFound(error.code, error.message)
      : new ApiProblem(422, error.code, error.message, { field: error.field });
  }
  throw error;
}

async function head(merkle: MerkleLog, size: number | undefined, field: string) {
  try {
    return await merkle.treeHead(size);
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw invalidQuery('QUERY.INVALID_TREE_SIZE', field, error.message);
    throw error;
  }
}
