/**
 * A district party as a witness of the log, on its own machine:
 * `witness keygen` makes the party's Ed25519 key pair (the private key in a file of mode 0600,
 * never sent anywhere) and prints the public verifier key to register (POST /transparency/witnesses);
 * `witness cosign` fetches the log's latest checkpoint, checks the log's signature and — against the
 * checkpoint it cosigned last, kept in its --state file — the log's consistency, and only then
 * cosigns (C2SP cosignature/v1) and sends the cosignature. A fork is refused, never cosigned.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { isDistrictCode, isFunder, witnessKeyName } from '@gongron/domain';
import {
  CheckpointError,
  cosignatureLine,
  openCheckpoint,
  parseCheckpointBody,
  parseVerifierKey,
  splitNote,
  verifyConsistency,
  witnessVerifierKey,
} from '@gongron/event-store';

const PRIVATE_KEY_MODE = 0o600;

function keyName(district: string, party: string): string {
  if (!isDistrictCode(district)) throw new CheckpointError(`--district must be one of the 31 district codes (got "${district}")`);
  if (!isFunder(party)) throw new CheckpointError(`--party must be education-office or local-government (got "${party}")`);
  return witnessKeyName(district, party);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Refusals a witness must act on: exit code 3. */
class Refused extends Error {}

export function registerWitnessCommands(program: Command): void {
  const witness = program.command('witness').description('A district party as a witness of the log: its key pair, its cosignatures');

  witness
    .command('keygen')
    .description(
      "Make the party's witness key pair: the private key into a file of mode 0600, the public verifier key printed (register it with POST /transparency/witnesses)",
    )
    .requiredOption('--district <code>', 'the district, e.g. suwon')
    .requiredOption('--party <party>', 'education-office or local-government')
    .requiredOption('--out <file>', 'where the private key goes (never overwritten)')
    .action((options: { district: string; party: string; out: string }) => {
      try {
        const name = keyName(options.district, options.party);
        const { privateKey, publicKey } = generateKeyPairSync('ed25519');
        writeFileSync(options.out, privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), { mode: PRIVATE_KEY_MODE, flag: 'wx' });
        process.stdout.write(`${witnessVerifierKey(name, publicKey)}\n`);
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 2;
      }
    });

  witness
    .command('cosign')
    .description("Check the log's latest checkpoint (its signature, and its consistency with the one cosigned last) and cosign it")
    .requiredOption('--district <code>', 'the district, e.g. suwon')
    .requiredOption('--party <party>', 'education-office or local-government')
    .requiredOption('--key-file <file>', 'the private key made by witness keygen')
    .requiredOption('--api <url>', "the installation's address, e.g. https://gongron.example.kr")
    .requiredOption('--state <file>', 'the checkpoint cosigned last (read, then replaced by the one cosigned now)')
    .option('--log-key <verifierKey>', "the log's public key (default: the one at /.well-known/gongron-log-key)")
    .action(async (options: { district: string; party: string; keyFile: string; api: string; state: string; logKey?: string }) => {
      try {
        const name = keyName(options.district, options.party);
        const privateKey = createPrivateKey(readFileSync(options.keyFile, 'utf8'));
        const publicKey = createPublicKey(privateKey);
        const api = options.api.replace(/\/+$/, '');
        const logKey = options.logKey ?? (await (await fetch(`${api}/.well-known/gongron-log-key`)).text()).trim();
        const latest = await getJson<{ note: string; treeSize: number; rootHash: string }>(`${api}/transparency/checkpoint`);
        let checkpoint;
        try {
          checkpoint = openCheckpoint(latest.note, [parseVerifierKey(logKey)]).checkpoint;
        } catch (error) {
          throw new Refused(`the checkpoint is not signed by the log's key: ${(error as Error).message}`);
        }
        if (existsSync(options.state)) {
          const previous = parseCheckpointBody(splitNote(readFileSync(options.state, 'utf8')).body);
          const proof =
            previous.size <= checkpoint.size
              ? await getJson<{ proof: string[] }>(`${api}/transparency/consistency?from=${previous.size}&to=${checkpoint.size}`)
              : undefined;
          const consistent =
            proof !== undefined &&
            verifyConsistency(
              previous.size,
              checkpoint.size,
              proof.proof.map((hash) => Buffer.from(hash, 'hex')),
              Buffer.from(previous.rootHash, 'hex'),
              Buffer.from(checkpoint.rootHash, 'hex'),
            );
          if (!consistent) {
            throw new Refused(
              `FORK: the log at tree size ${checkpoint.size} (root ${checkpoint.rootHash}) does not extend the checkpoint cosigned last, ` +
                `tree size ${previous.size} (root ${previous.rootHash}); not cosigned`,
            );
          }
        }
        const { body } = splitNote(latest.note);
        const line = cosignatureLine(body, name, privateKey, publicKey, Math.floor(Date.now() / 1000));
        const response = await fetch(`${api}/transparency/checkpoints/${checkpoint.size}/cosignatures`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ cosignature: line }),
        });
        const answer = (await response.json()) as { note?: string; detail?: string; code?: string };
        if (!response.ok)
          throw new Refused(`the log refused the cosignature (${response.status} ${answer.code ?? ''}): ${answer.detail ?? ''}`);
        writeFileSync(options.state, `${body}\n${line}`);
        process.stdout.write(`COSIGNED: tree size ${checkpoint.size}, root ${checkpoint.rootHash}, as ${name}\n`);
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = error instanceof Refused ? 3 : error instanceof CheckpointError ? 2 : 1;
      }
    });
}
