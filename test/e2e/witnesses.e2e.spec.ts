/**
 * Witnesses of the log, end to end on SQLite: suwon's education office and local government make
 * their key pairs with the CLI, register the public keys (an event each), cosign a checkpoint with
 * `cli witness cosign`; the checkpoint shows both cosignatures. Then the log is forked — an event
 * before the cosigned size re-sealed in the database and the tree rebuilt — and the fork is named:
 * no new checkpoint is signed, verification names the cosigned checkpoint, and the witness's own
 * saved copy catches the rewrite offline.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore, witnessVerifierKey } from '@gongron/event-store';
import { GeneratedClock, appendHistory } from '../../libs/projections/src/testing/history-generator.js';
import { CLI_MAIN, runToEnd } from '../support/child-processes.js';
import { runCliInProcess } from '../support/cli-in-process.js';
import { dropAppendOnlyTriggers, resealStream, retreeSqlite, storedEvents } from '../support/retree.js';
import { startTestApi } from './api-support.js';

const cli = (args: readonly string[], env: Record<string, string> = {}) =>
  runToEnd(CLI_MAIN, args, {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LOG_LEVEL: 'silent',
    GONGRON_RUN_RELAY: 'false',
    ...env,
  });
/** The education office's witness runs the CLI's commands in this process, the local government's as its own process. */
const witnessCli = (party: string) =>
  party === 'education-office'
    ? (args: readonly string[]) => runCliInProcess(args, { LOG_LEVEL: 'silent', GONGRON_RUN_RELAY: 'false' })
    : cli;

describe('witnesses from the two parties', () => {
  it('register keys made on their side, cosign a checkpoint, and the fork of the log after it is detected and named', async () => {
    const api = await startTestApi({ GONGRON_RUN_PROCESS_MANAGERS: 'false', GONGRON_CHECKPOINT_INTERVAL_SECONDS: '0' });
    const home = mkdtempSync(join(tmpdir(), 'gongron-witness-'));
    try {
      const store = api.running.app.get<EventStore>(EVENT_STORE);
      await appendHistory(store, { events: 150, seed: 5, concurrentStories: 4 }, new GeneratedClock(new Date('2024-03-01T00:00:00Z')));
      const auditor = await api.token({ role: 'auditor', name: '감사 담당' });
      const parties = ['education-office', 'local-government'] as const;
      const keys: Record<string, { file: string; state: string; verifierKey: string }> = {};
      for (const party of parties) {
        const file = join(home, `${party}.pem`);
        const run = witnessCli(party);
        // A district or party it does not know is refused, naming the option, and no key is made.
        const badDistrict = await run(['witness', 'keygen', '--district', 'atlantis', '--party', party, '--out', file]);
        expect(badDistrict).toMatchObject({ code: 2, stdout: '' });
        expect(badDistrict.stderr).toContain('--district must be one of the 31 district codes (got "atlantis")');
        const badParty = await run(['witness', 'keygen', '--district', 'suwon', '--party', 'mayor', '--out', file]);
        expect(badParty).toMatchObject({ code: 2, stdout: '' });
        expect(badParty.stderr).toContain('--party must be education-office or local-government (got "mayor")');
        const made = await run(['witness', 'keygen', '--district', 'suwon', '--party', party, '--out', file]);
        expect(made.code).toBe(0);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        // The key file is never overwritten.
        const pem = readFileSync(file, 'utf8');
        const twice = await run(['witness', 'keygen', '--district', 'suwon', '--party', party, '--out', file]);
        expect(twice).toMatchObject({ code: 2, stdout: '' });
        expect(twice.stderr).toContain('EEXIST');
        expect(readFileSync(file, 'utf8')).toBe(pem);
        const verifierKey = made.stdout.trim();
        expect(verifierKey).toMatch(new RegExp(`^suwon\\.${party}\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]+=*$`));
        keys[party] = { file, state: join(home, `${party}.checkpoint`), verifierKey };
        // The party's own official registers it; the other party's cannot.
        const official = await api.token({ role: 'official', district: 'suwon', party, name: '담당' });
        const other = await api.token({
          role: 'official',
          district: 'suwon',
          party: party === 'education-office' ? 'local-government' : 'education-office',
          name: '담당',
        });
        const refused = await api.call('POST', '/transparency/witnesses', {
          token: other,
          body: { district: 'suwon', party, verifierKey },
        });
        expect(refused.status).toBe(403);
        expect(refused.body).toMatchObject({ code: 'WITNESS.OTHER_PARTY' });
        const wrongName = await api.call('POST', '/transparency/witnesses', {
          token: official,
          body: { district: 'suwon', party: party, verifierKey: verifierKey.replace('suwon.', 'osan.') },
        });
        expect(wrongName.status).toBe(400);
        const registered = await api.call('POST', '/transparency/witnesses', {
          token: official,
          body: { district: 'suwon', party, verifierKey },
        });
        expect(registered.status).toBe(201);
        // The registration is an event with the public key only.
        const [event] = await store.readStream(`witness:suwon.${party}`);
        expect(event).toMatchObject({
          type: 'WitnessKeyRegistered',
          data: { district: 'suwon', party, keyName: `suwon.${party}`, verifierKey },
        });
        expect(JSON.stringify(event)).not.toContain('PRIVATE');
      }
      expect((await api.call('GET', '/transparency/witnesses')).body).toHaveLength(2);

      const issued = await api.call('POST', '/audit/checkpoints', { token: auditor });
      expect(issued.status).toBe(201);
      const size = issued.body.treeSize as number;
      const cosignArgs = (party: string, state: string) => [
        'witness',
        'cosign',
        '--district',
        'suwon',
        '--party',
        party,
        '--key-file',
        keys[party]!.file,
        '--api',
        api.url,
        '--state',
        state,
      ];
      // A checkpoint the witness cannot verify with the log key it was given is refused, not cosigned.
      const logKey = (await (await fetch(`${api.url}/.well-known/gongron-log-key`)).text()).trim();
      const stranger = witnessVerifierKey(logKey.split('+')[0]!, generateKeyPairSync('ed25519').publicKey);
      for (const party of parties) {
        const refused = await witnessCli(party)([...cosignArgs(party, keys[party]!.state), '--log-key', stranger]);
        expect(refused.code).toBe(3);
        expect(refused.stderr).toMatch(/^the checkpoint is not signed by the log's key/);
      }
      expect((await api.call('GET', `/transparency/checkpoints/${size}`)).body.cosignatures).toEqual([]);
      for (const party of parties) {
        const cosigned = await witnessCli(party)(cosignArgs(party, keys[party]!.state));
        expect(cosigned.stderr).toBe('');
        expect(cosigned.stdout).toBe(`COSIGNED: tree size ${size}, root ${issued.body.rootHash}, as suwon.${party}\n`);
      }
      // A witness whose saved checkpoint has another root at the same size sees a fork and sends nothing.
      for (const party of parties) {
        const forgedState = join(home, `${party}.forged.checkpoint`);
        const [origin, treeSize, , ...rest] = readFileSync(keys[party]!.state, 'utf8').split('\n');
        writeFileSync(forgedState, [origin, treeSize, Buffer.alloc(32, 7).toString('base64'), ...rest].join('\n'));
        const forked = await witnessCli(party)(cosignArgs(party, forgedState));
        expect(forked.code).toBe(3);
        expect(forked.stderr).toMatch(new RegExp(`^FORK: the log at tree size ${size} \\(root ${issued.body.rootHash}\\) does not extend`));
      }
      const shown = await api.call('GET', `/transparency/checkpoints/${size}`);
      expect(shown.body.cosignatures.map((c: { witness: string }) => c.witness)).toEqual([
        'suwon.education-office',
        'suwon.local-government',
      ]);
      expect((shown.body.note as string).match(/^\u2014 /gm)).toHaveLength(3);
      // A forged cosignature is refused, naming the field.
      const forged = await api.call('POST', `/transparency/checkpoints/${size}/cosignatures`, {
        body: { cosignature: `\u2014 suwon.education-office ${Buffer.alloc(76, 1).toString('base64')}` },
      });
      expect(forged.status).toBe(422);
      expect(forged.body).toMatchObject({ code: 'LOG.COSIGNATURE_INVALID', field: 'cosignature' });
      // The proof bundle's checkpoint carries the cosignatures.
      const bundle = await api.call('GET', '/audit/proofs/inclusion?position=3', { token: auditor });
      expect(bundle.body.checkpoint).toContain('\u2014 suwon.local-government ');

      // The log grows honestly: the next checkpoint extends the cosigned one.
      const official = await api.token({ role: 'official', district: 'suwon', party: 'education-office', name: '담당' });
      const again = () =>
        api.call('POST', '/transparency/witnesses', {
          token: official,
          body: { district: 'suwon', party: 'education-office', verifierKey: keys['education-office']!.verifierKey },
        });
      expect((await again()).status).toBe(201);
      const later = await api.call('POST', '/audit/checkpoints', { token: auditor });
      expect(later.status).toBe(201);
      expect(later.body.treeSize).toBeGreaterThan(size);

      // The list of checkpoints, newest first, shows who cosigned each; older ones come by `before`.
      const listed = await api.call('GET', '/transparency/checkpoints?limit=1');
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((c: { treeSize: number }) => c.treeSize)).toEqual([later.body.treeSize]);
      expect(listed.body.items[0].cosignatures).toEqual([]);
      expect(listed.body.next).toBe(later.body.treeSize);
      const older = await api.call('GET', `/transparency/checkpoints?limit=1&before=${listed.body.next}`);
      expect(older.body.items.map((c: { treeSize: number }) => c.treeSize)).toEqual([size]);
      expect(older.body.items[0].cosignatures.map((c: { party: string; district: string }) => `${c.district} ${c.party}`)).toEqual([
        'suwon education-office',
        'suwon local-government',
      ]);
      expect(older.body.next).toBeNull();
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['before=abc', 'before'],
      ] as const) {
        const refused = await api.call('GET', `/transparency/checkpoints?${query}`);
        expect(refused.status).toBe(400);
        expect(refused.body).toMatchObject({ field });
      }

      // The fork: an event before the cosigned size re-sealed with the project's hash function, the tree rebuilt.
      const raw = new Database(join(api.dataDir, 'gongron.sqlite'));
      dropAppendOnlyTriggers(raw);
      const rows = storedEvents(raw);
      const target = rows.find((row) => row.position > 40 && row.data.includes('"district":"'))!;
      resealStream(raw, rows, target, target.data.replace('"district":"', '"district":"x'));
      retreeSqlite(raw);
      raw.close();

      expect((await again()).status).toBe(201);
      const refusedCheckpoint = await api.call('POST', '/audit/checkpoints', { token: auditor });
      expect(refusedCheckpoint.status).toBe(409);
      expect(refusedCheckpoint.body).toMatchObject({
        code: 'LOG.FORK_DETECTED',
        cosignedSize: size,
        cosignedRoot: issued.body.rootHash,
        witnesses: 'suwon.education-office, suwon.local-government',
      });
      const verified = await api.call('GET', '/audit/verify', { token: auditor });
      expect(verified.body).toMatchObject({ ok: false, brokenLink: { reason: 'checkpoint-mismatch', expected: issued.body.rootHash } });
      expect(verified.body.brokenLink.detail).toContain('cosigned by suwon.education-office, suwon.local-government');
      // The witness's saved copy catches the rewrite offline, with nothing but the witness's key.
      const offline = await cli(
        [
          'audit',
          'verify',
          '--no-progress',
          '--checkpoint',
          keys['local-government']!.state,
          '--key',
          keys['local-government']!.verifierKey,
        ],
        {
          GONGRON_DATA_DIR: api.dataDir,
        },
      );
      expect(offline.code).toBe(3);
      expect(offline.stdout).toMatch(/^BROKEN: checkpoint-mismatch\n/);
      expect(offline.stdout).toContain('signed by suwon.local-government (cosigned)');
    } finally {
      await api.close();
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});
