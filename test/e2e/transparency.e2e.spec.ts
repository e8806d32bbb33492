/**
 * The transparency log over HTTP, as an auditor and a citizen use it: the published key, the
 * signed checkpoint, an event's proof bundle verified offline by `cli audit verify-proof` with
 * nothing but that key (and refused after a one-bit change), and consistency between two sizes.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { verifyConsistency, verifyProofBundle } from '@gongron/event-store';
import { registerAuditCommands } from '../../apps/cli/src/audit.command.js';
import { startTestApi, type TestApi } from './api-support.js';

async function verifyProofCli(args: string[]): Promise<{ exitCode: number; out: string }> {
  const program = new Command().exitOverride();
  registerAuditCommands(program);
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'cli', 'audit', 'verify-proof', ...args]);
    return { exitCode: Number(process.exitCode ?? 0), out };
  } finally {
    process.stdout.write = write;
    process.exitCode = before;
  }
}

describe('API: the transparency log', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ GONGRON_CHECKPOINT_INTERVAL_SECONDS: '0' });
  }, 60_000);
  afterAll(async () => {
    await api.close();
  }, 30_000);

  it('publishes its key and signs checkpoints whose bundles the CLI verifies offline, refusing a flipped bit', async () => {
    const key = await api.call('GET', '/.well-known/gongron-log-key');
    expect(key.status).toBe(200);
    const verifierKey = String(key.body).trim();
    expect(verifierKey).toMatch(/^gongron\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{43}=?/);
    expect(statSync(join(api.dataDir, 'log-signing-key.pem')).mode & 0o777).toBe(0o600);

    const civic = await api.token({ role: 'secretary', district: 'suwon', body: 'civic-council' });
    const auditor = await api.token({ role: 'auditor' });
    const proposed = await api.call('POST', '/agenda-items', {
      token: civic,
      body: { district: 'suwon', title: '통학로 안전', description: '등굣길', proposerCategory: 'parent' },
    });
    expect(proposed.status).toBe(201);
    const receipt = proposed.body.events[0].receipt;
    const first = await api.call('POST', '/audit/checkpoints', { token: auditor });
    expect(first.status).toBe(201);
    expect(first.body.note).toMatch(
      new RegExp(`^gongron/log\\n${first.body.treeSize}\\n[A-Za-z0-9+/]{43}=\\ntime [^\\n]+\\n\\n\u2014 gongron/log [A-Za-z0-9+/=]+\\n$`),
    );
    expect((await api.call('GET', '/transparency/checkpoint')).body.note).toBe(first.body.note);

    const bundle = await api.call('GET', `/audit/proofs/inclusion?eventId=${proposed.body.events[0].id as string}`, { token: auditor });
    expect(bundle.status).toBe(200);
    expect(bundle.body.leafIndex).toBe(receipt.leafIndex);
    expect(verifyProofBundle(bundle.body, [verifierKey])).toMatchObject({ ok: true, leafHash: receipt.leafHash });
    const file = join(api.dataDir, 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle.body));
    const verified = await verifyProofCli([file, '--key', verifierKey]);
    expect(verified).toMatchObject({
      exitCode: 0,
      out: expect.stringMatching(/^OK: event .* is in the log of gongron\/log at tree size \d+/),
    });
    const text = JSON.stringify(bundle.body);
    const at = text.indexOf('통학로 안전');
    const flipped = Buffer.from(text);
    flipped[at + Buffer.byteLength(text.slice(0, at)) - at]! ^= 1;
    writeFileSync(file, flipped);
    expect(await verifyProofCli([file, '--key', verifierKey])).toMatchObject({
      exitCode: 3,
      out: expect.stringMatching(/^REFUSED at event-hash/),
    });

    // The log grows; the older checkpoint's tree is consistent with the newer one.
    await api.call('POST', `/agenda-items/${proposed.body.state.itemId as string}/deliberation`, {
      token: civic,
      body: { method: '토론회' },
    });
    const second = await api.call('POST', '/audit/checkpoints', { token: auditor });
    expect(second.body.treeSize).toBeGreaterThan(first.body.treeSize);
    const consistency = await api.call(
      'GET',
      `/audit/proofs/consistency?from=${first.body.treeSize as number}&to=${second.body.treeSize as number}`,
      { token: auditor },
    );
    expect(consistency.body).toMatchObject({
      size1: first.body.treeSize,
      root1: first.body.rootHash,
      size2: second.body.treeSize,
      root2: second.body.rootHash,
    });
    const hex = (h: string) => Buffer.from(h, 'hex');
    expect(
      verifyConsistency(
        first.body.treeSize,
        second.body.treeSize,
        consistency.body.proof.map(hex),
        hex(first.body.rootHash),
        hex(second.body.rootHash),
      ),
    ).toBe(true);
  }, 60_000);

  it('answers unknown events with 404, bad questions with 400 naming the field, and strangers with 401', async () => {
    const auditor = await api.token({ role: 'auditor' });
    expect(await api.call('GET', '/audit/proofs/inclusion?position=999999', { token: auditor })).toMatchObject({
      status: 404,
      body: { code: 'QUERY.EVENT_NOT_FOUND' },
    });
    expect(await api.call('GET', '/audit/proofs/inclusion?position=1&eventId=x', { token: auditor })).toMatchObject({
      status: 400,
      body: { code: 'QUERY.PROOF_SUBJECT' },
    });
    expect(await api.call('GET', '/audit/proofs/consistency?from=999999', { token: auditor })).toMatchObject({
      status: 400,
      body: { code: 'QUERY.INVALID_TREE_SIZE' },
    });
    expect((await api.call('GET', '/audit/proofs/inclusion?position=1')).status).toBe(401);
  });
});
