/**
 * `audit verify` recomputes every hash chain and every leaf of the log's Merkle tree, holds the
 * events against the stored tree, the stream heads, the installation's signed checkpoints and the
 * saved checkpoint files given (--checkpoint), and folds every stream, naming the first bad
 * position and every stream that no longer folds (exit code 3 for either);
 * `audit export` writes a stream's or a district's history as JSON Lines or CSV, streamed.
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { LogCheckpoints, loadLogSigningKey, SavedCheckpointRefusal, trustSavedCheckpoint, WitnessRegistry } from '@gongron/application';
import {
  CheckpointError,
  parseVerifierKey,
  parseWitnessKey,
  type Verifier,
  type Witness,
  revealPersonalText,
  verifyProofBundle,
  type EventStore,
  type StoredEvent,
  type TrustedCheckpoint,
  type VerifyOptions,
} from '@gongron/event-store';
import {
  type ExportFormat,
  type HistoryVerification,
  type VerifyPhase,
  exportEvents,
  exportLines,
  verifyHistory,
  verifyStreamHistory,
} from '@gongron/projections';
import { resolveDistrict } from './district.js';
import { openReadSide, type ReadSide } from './projections.command.js';

/** Both passes over the log with a bar each: the hash chains, then the folds. */
async function verifyWithProgress(store: EventStore, progress: boolean, options: VerifyOptions): Promise<HistoryVerification> {
  const head = await store.headPosition();
  const bars: Partial<Record<VerifyPhase, cliProgress.SingleBar>> = {};
  const result = await verifyHistory(
    store,
    (phase, checked) => {
      if (!progress) return;
      let bar = bars[phase];
      if (!bar) {
        for (const other of Object.values(bars)) other.stop();
        const label = phase === 'hash-chains' ? 'hash chains' : 'folds      ';
        bar = new cliProgress.SingleBar(
          { format: `verify ${label} |{bar}| {value}/{total} events | ETA {eta_formatted}`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(head, 1), 0);
        bars[phase] = bar;
      }
      bar.update(Math.min(checked, head));
    },
    options,
  );
  for (const bar of Object.values(bars)) bar.stop();
  return result;
}

export function describeVerification(result: HistoryVerification): string {
  const lines: string[] = [];
  const held = result.checkpoints ?? [];
  if (result.ok) {
    lines.push(
      `OK: ${result.eventsChecked} events in ${result.streamsChecked} streams, every hash chain intact` +
        (result.leavesChecked === undefined ? '' : `, every leaf of the tree matches (${result.leavesChecked})`) +
        (held.length > 0 ? `, the log gives the root of ${held.length} trusted checkpoint(s)` : '') +
        ', every stream folds',
    );
  }
  const link = result.brokenLink;
  if (link) {
    lines.push(`BROKEN: ${link.reason}`);
    if (link.streamId !== undefined) lines.push(`  stream:   ${link.streamId}`, `  revision: ${link.revision} (event ${link.eventId})`);
    lines.push(
      `  position: ${link.position}${link.leafIndex === undefined ? '' : ` (leaf ${link.leafIndex})`}`,
      `  expected: ${link.expected}`,
      `  found:    ${link.found}`,
    );
    if (link.detail) lines.push(`  ${link.detail}`);
  }
  if (result.unfoldableStreams > 0) {
    lines.push(`DOES NOT FOLD: ${result.unfoldableStreams} stream(s) whose stored history today's rules can no longer fold`);
    for (const stream of result.unfoldable) {
      lines.push(
        `  stream:   ${stream.streamId}`,
        `  revision: ${stream.revision} (event ${stream.eventId}, ${stream.eventType}${stream.cause ? `, ${stream.cause}` : ''})`,
      );
    }
    if (result.unfoldable.length < result.unfoldableStreams)
      lines.push(`  … and ${result.unfoldableStreams - result.unfoldable.length} more`);
  }
  return `${lines.join('\n')}\n`;
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/**
 * The checkpoints verification trusts: saved files whose signature holds under the given keys
 * (or the installation's log key), and the installation's own signed ones. A saved file whose
 * signature does not hold is refused, not skipped: the auditor meant it to count.
 */
async function trustedCheckpoints(
  side: ReadSide,
  options: { checkpoint?: string[]; key?: string[]; keyFile?: string },
): Promise<{ saved: TrustedCheckpoint[]; installation: TrustedCheckpoint[] }> {
  if (!side.store.merkle) return { saved: [], installation: [] };
  const settings = side.config.transparency;
  // Verifying never makes a key: an installation without one has signed nothing.
  const log =
    settings.signingKeyPem !== undefined || existsSync(settings.signingKeyFile)
      ? new LogCheckpoints(side.store, side.sql, loadLogSigningKey(settings), undefined, new WitnessRegistry(side.store))
      : undefined;
  const given = [
    ...(options.key ?? []),
    ...(options.keyFile
      ? readFileSync(options.keyFile, 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
      : []),
  ];
  const keys = given.length > 0 ? given : log ? [log.key.verifierKey] : [];
  if ((options.checkpoint ?? []).length > 0 && keys.length === 0)
    throw new CheckpointError('give the key the saved checkpoints are signed with (--key or --key-file): this installation has no log key');
  // A key is the log's (a signed note) or a witness's (a cosignature/v1 key, its saved cosigned checkpoint).
  const logKeys: Verifier[] = [];
  const witnessKeys: Witness[] = [];
  for (const key of keys) {
    try {
      logKeys.push(parseVerifierKey(key));
    } catch {
      witnessKeys.push(parseWitnessKey(key));
    }
  }
  const saved = (options.checkpoint ?? []).map((file) =>
    trustSavedCheckpoint(readFileSync(file, 'utf8'), { log: logKeys, witnesses: witnessKeys }, file),
  );
  return { saved, installation: log ? await log.trusted() : [] };
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Audit: verify hash chains, export histories');

  audit
    .command('verify')
    .description(
      'Recompute every hash chain and fold every stream (or one stream); name the first broken link and the streams that no longer fold',
    )
    .option('--stream <streamId>', 'verify one stream only')
    .option('--checkpoint <file...>', 'a saved signed checkpoint (GET /transparency/checkpoint, the note): the log must give its root')
    .option('--key <verifierKey...>', "the key a saved checkpoint is signed with (default: this installation's log key)")
    .option('--key-file <file>', 'a file with one public key per line')
    .option('--json', 'print the result as JSON')
    .option('--no-progress', 'no progress bar')
    .action(
      async (options: { stream?: string; checkpoint?: string[]; key?: string[]; keyFile?: string; json?: boolean; progress: boolean }) => {
        const side = await openReadSide();
        try {
          const trusted = await trustedCheckpoints(side, options);
          const result = options.stream
            ? await verifyStreamHistory(side.store, options.stream, { checkpoints: [...trusted.saved, ...trusted.installation.slice(-1)] })
            : await verifyWithProgress(side.store, options.progress, { checkpoints: [...trusted.saved, ...trusted.installation] });
          process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : describeVerification(result));
          if (!result.ok) process.exitCode = 3;
        } catch (error) {
          process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
          process.exitCode =
            error instanceof CheckpointError ||
            error instanceof SavedCheckpointRefusal ||
            (error as { code?: unknown }).code === 'STREAM.NOT_FOUND'
              ? 2
              : 1;
        } finally {
          await side.close();
        }
      },
    );

  audit
    .command('verify-proof')
    .description(
      "Verify a proof bundle offline (GET /audit/proofs/inclusion): the event's hash, the checkpoint's signature, the inclusion proof",
    )
    .argument('<bundle>', 'the bundle, a JSON file')
    .option('--key <verifierKey...>', 'a public key as "<name>+<key hash>+<base64 key>" (GET /.well-known/gongron-log-key)')
    .option('--key-file <file>', 'a file with one public key per line')
    .action((file: string, options: { key?: string[]; keyFile?: string }) => {
      let keys: string[];
      let bundle: unknown;
      try {
        keys = [
          ...(options.key ?? []),
          ...(options.keyFile
            ? readFileSync(options.keyFile, 'utf8')
                .split('\n')
                .filter((line) => line.trim() !== '')
            : []),
        ];
        if (keys.length === 0) throw new Error('Give the public key with --key or --key-file');
        bundle = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const verdict = verifyProofBundle(bundle, keys);
      if (verdict.ok) {
        const event = (bundle as { event: StoredEvent }).event;
        process.stdout.write(
          `OK: event ${event.id} (${event.streamId} revision ${event.revision}, position ${event.position}) is in the log of ${verdict.checkpoint.origin} ` +
            `at tree size ${verdict.checkpoint.size}, root ${verdict.checkpoint.rootHash}, signed by ${verdict.signedBy.join(', ')}\n`,
        );
      } else {
        process.stdout.write(`REFUSED at ${verdict.step}: ${verdict.reason}\n`);
        process.exitCode = 3;
      }
    });

  audit
    .command('export')
    .description("Export a stream's or a district's whole history (JSON Lines, or CSV in UTF-8 with BOM for Excel)")
    .option('--stream <streamId>', 'one stream, e.g. agenda-item:<id>')
    .option('--district <district>', 'every stream of a district: its code or Korean name, e.g. suwon or 수원')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { stream?: string; district?: string; format: ExportFormat; out?: string }) => {
      if (Boolean(options.stream) === Boolean(options.district)) {
        process.stderr.write('Give exactly one of --stream <streamId> or --district <code>\n');
        process.exitCode = 2;
        return;
      }
      let district: string | undefined;
      try {
        district = options.district === undefined ? undefined : resolveDistrict(options.district);
      } catch (error) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      const side = await openReadSide();
      const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
      try {
        const scope = options.stream ? { stream: options.stream } : { district: district! };
        let exported = 0;
        const counted = async function* (events: AsyncIterable<StoredEvent>) {
          for await (const event of events) {
            exported += 1;
            yield event;
          }
        };
        // The CLI exports as an auditor: every personal value still readable, [삭제됨] where erased.
        for await (const chunk of exportLines(counted(exportEvents(side.store, scope)), options.format)) {
          await write(out, await revealPersonalText(chunk, side.store.subjectKeys, { mayRead: () => true }));
        }
        if (options.out) {
          out.end();
          await once(out, 'finish');
        }
        if (exported === 0) {
          // An empty export is almost always a wrong id or district; a script must notice it.
          if (options.out) await rm(options.out, { force: true });
          process.stderr.write(
            `No events match ${options.stream ? `--stream ${options.stream}` : `--district ${district}`}; nothing was exported.\n`,
          );
          process.exitCode = 4;
        }
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      } finally {
        await side.close();
      }
    });
}
