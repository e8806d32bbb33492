/**
 * Hash vectors computed outside this code: each canonical text below was written by hand and
 * its SHA-256 taken with `printf '%s' "$previousHash$canonical" | sha256sum`. The code under
 * test must reproduce both, byte for byte.
 */
import { ChainVerifier } from '../src/core.js';
import { canonicalJson, computeEventHash, type StoredEvent } from '../src/index.js';
import { hashedChain } from './event-store.contract.js';

const proposed = {
  id: '3f6a2c1e-8b4d-4e7a-9c5f-0d1e2f3a4b50',
  type: 'AgendaItemProposed',
  schemaVersion: 1,
  streamId: 'agenda-item:item-1',
  revision: 0,
  recordedAt: '2024-05-10T01:00:00.000Z',
  data: {
    title: '마을 방과후 돌봄',
    itemId: 'item-1',
    district: 'suwon',
    description: '방과후 돌봄 공간 확대',
    proposerCategory: 'parent',
    taskCode: null,
    proposedOn: '2024-05-10',
  },
  metadata: {
    workflowVersion: 1,
    correlationId: 'corr-1',
    causationId: 'cmd-1',
    actor: { role: 'secretary', id: 'secretary-suwon-civic', district: 'suwon', body: 'civic-council' },
    effectiveAt: '2024-05-09T00:00:00.000Z',
  },
};
const PROPOSED_HASH = 'ee56fd9fe661c4e5e2ce109c2b92de815ed4dd3fef37e6bbe344f61aa9b3d7a1';

const adopted = {
  id: '3f6a2c1e-8b4d-4e7a-9c5f-0d1e2f3a4b51',
  type: 'AgendaItemAdopted',
  schemaVersion: 1,
  streamId: 'agenda-item:item-1',
  revision: 1,
  recordedAt: '2024-05-10T02:30:00.000Z',
  data: {
    tally: { present: 7, onRoll: 10, for: 5, against: 1, abstain: 1 },
    itemId: 'item-1',
    votes: [5, 1, 1],
    note: '회의록 "초안"\n첨부',
    meeting: { meetingId: 'm-civic-1', heldOn: '2024-05-09', body: 'civic-council' },
  },
  metadata: {
    correlationId: 'corr-1',
    causationId: 'cmd-2',
    actor: { id: 'secretary-suwon-civic', role: 'secretary', district: 'suwon', body: 'civic-council' },
  },
};
const ADOPTED_HASH = '1ce963af2573fcb8fda7841b9fb1775d143eddebfb268a3589953d075c0c929e';

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('writes Korean text as is and escapes quotes, backslashes and newlines as JSON does', () => {
    expect(canonicalJson({ text: '회의록 "초안"\\\n' })).toBe('{"text":"회의록 \\"초안\\"\\\\\\n"}');
  });

  it('drops undefined members and functions, writes undefined array items and a bare undefined as null, and uses toJSON', () => {
    expect(canonicalJson({ a: undefined, b: () => 1, c: [undefined, 1] })).toBe('{"c":[null,1]}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ at: new Date('2024-05-10T01:00:00Z') })).toBe('{"at":"2024-05-10T01:00:00.000Z"}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson(-0.5)).toBe('-0.5');
  });
});

describe('event hash (hand-computed vectors)', () => {
  it('hashes the first event of a stream over its canonical body, metadata and type included', () => {
    expect(computeEventHash('', proposed)).toBe(PROPOSED_HASH);
  });

  it('chains the next event onto the hash of its predecessor', () => {
    expect(computeEventHash(PROPOSED_HASH, adopted)).toBe(ADOPTED_HASH);
    expect(computeEventHash('', adopted)).not.toBe(ADOPTED_HASH);
  });

  it('gives the same hash when the append passes the canonical text it stored', () => {
    const canonical = { data: canonicalJson(adopted.data), metadata: canonicalJson(adopted.metadata) };
    expect(computeEventHash(PROPOSED_HASH, adopted, canonical)).toBe(ADOPTED_HASH);
  });

  it('changes with every hashed field', () => {
    const changes: Array<Partial<typeof proposed>> = [
      { id: 'evt-item-1-x' },
      { type: 'AgendaItemWithdrawn' },
      { schemaVersion: 2 },
      { streamId: 'agenda-item:item-2' },
      { revision: 1 },
      { recordedAt: '2024-05-10T01:00:00.001Z' },
      { data: { ...proposed.data, title: '마을 방과후 돌봄!' } },
      { metadata: { ...proposed.metadata, effectiveAt: '2024-05-08T00:00:00.000Z' } },
      { metadata: { ...proposed.metadata, actor: { ...proposed.metadata.actor, id: 'someone-else' } } },
    ];
    for (const change of changes) expect(computeEventHash('', { ...proposed, ...change })).not.toBe(PROPOSED_HASH);
  });
});

describe('the stored chain fixture (fixtures/hashed-chain.v1.json)', () => {
  it('holds the vectors above', () => {
    expect(hashedChain.events.map((e) => e.hash)).toEqual([PROPOSED_HASH, ADOPTED_HASH]);
  });

  it('canonicalizes each stored event to the text written by hand and hashes it to the stored hash', () => {
    for (const stored of hashedChain.events) {
      const { id, type, schemaVersion, streamId, revision, recordedAt, data, metadata } = stored;
      expect(canonicalJson({ id, type, schemaVersion, streamId, revision, recordedAt, data, metadata })).toBe(stored.canonical);
      expect(computeEventHash(stored.previousHash, stored)).toBe(stored.hash);
    }
  });

  it('verifies as an intact chain, and breaks where a stored field is changed', () => {
    const events = hashedChain.events.map((e, index) => ({ ...e, position: index + 1 }) as StoredEvent);
    const verifier = new ChainVerifier();
    expect(events.map((e) => verifier.check(e))).toEqual([undefined, undefined]);
    const changed = new ChainVerifier();
    expect(changed.check({ ...events[0]!, metadata: { ...events[0]!.metadata, effectiveAt: '2024-05-01T00:00:00.000Z' } })).toMatchObject({
      streamId: 'agenda-item:item-1',
      revision: 0,
      reason: 'hash-mismatch',
      found: PROPOSED_HASH,
    });
  });
});
