/**
 * `audit verify` recomputes every hash chain and names the first broken link;
 * `audit export` writes a stream's or a district's history as JSON Lines or CSV, streamed.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { StoredEvent } from '@gongron/event-store';
import { exportEvents, exportLines, type ExportFormat } from '@gongron/projections';
import { resolveDistrict } from './district.js';
import { openReadSide } from './projections.command.js';

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Audit: verify hash chains, export histories');

  audit
    .command('verify')
    .description('Recompute every hash chain (or one stream) and name the first broken link')
    .option('--stream <streamId>', 'verify one stream only')
    .option('--json', 'print the result as JSON')
    .option('--no-progress', 'no progress bar')
    .action(async (options: { stream?: string; json?: boolean; progress: boolean }) => {
      const side = await openReadSide();
      try {
        let result;
        if (options.stream) {
          result = await side.store.verifyStream(options.stream);
        } else {
          const head = await side.store.headPosition();
          const bar = new cliProgress.SingleBar({ format: 'verify |{bar}| {value}/{total} events | ETA {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic);
          if (options.progress) bar.start(Math.max(head, 1), 0);
          result = await side.store.verifyAll((checked) => options.progress && bar.update(Math.min(checked, head)));
          if (options.progress) bar.stop();
        }
        if (options.json) {
          process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        } else if (result.ok) {
          process.stdout.write(`OK: ${result.eventsChecked} events in ${result.streamsChecked} streams, every hash chain intact\n`);
        } else {
          const link = result.brokenLink!;
          process.stdout.write(
            [
              `BROKEN: ${link.reason}`,
              `  stream:   ${link.streamId}`,
              `  revision: ${link.revision} (position ${link.position}, event ${link.eventId})`,
              `  expected: ${link.expected}`,
              `  found:    ${link.found}`,
            ].join('\n') + '\n',
          );
        }
        if (!result.ok) process.exitCode = 3;
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      } finally {
        await side.close();
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
        for await (const chunk of exportLines(counted(exportEvents(side.store, scope)), options.format)) await write(out, chunk);
        if (options.out) {
          out.end();
          await once(out, 'finish');
        }
        if (exported === 0) {
          // An empty export is almost always a wrong id or district; a script must notice it.
          if (options.out) await rm(options.out, { force: true });
          process.stderr.write(`No events match ${options.stream ? `--stream ${options.stream}` : `--district ${district}`}; nothing was exported.\n`);
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
