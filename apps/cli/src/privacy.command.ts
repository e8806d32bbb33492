/**
 * `privacy erase --subject <subject>` destroys a data subject's key (crypto-shredding) and records
 * the erasure in the log; `privacy sweep` erases every subject past its category's retention
 * (GONGRON_RETENTION_DAYS); `privacy show --subject` says what the key table knows of a subject.
 * Subjects are named as the store names them: `member:<district>-<body>/<memberId>`,
 * `opinion:<itemId>/<opinionId>`, `signatory:<agreementId>/<party>`, `actor:<token id>`,
 * `drafting-owner:<itemId>`.
 */
import type { Command } from 'commander';
import { type Actor, eraseSubject, loadConfig, sweepRetention } from '@gongron/application';
import { openReadSide } from './projections.command.js';

const CLI_ACTOR: Actor = { id: 'cli:privacy', role: 'admin' };

export function registerPrivacyCommands(program: Command): void {
  const privacy = program.command('privacy').description('Personal data: erase a data subject, sweep what is past its retention');

  privacy
    .command('erase')
    .description("Destroy a data subject's key: its values read as [삭제됨] everywhere; the log and its proofs stay valid")
    .requiredOption('--subject <subject>', 'e.g. member:suwon-civic-council/m-7 or opinion:<itemId>/<opinionId>')
    .option('--reason <reason>', 'request (the person asked) or retention', 'request')
    .action(async (options: { subject: string; reason: string }) => {
      if (options.reason !== 'request' && options.reason !== 'retention') {
        process.stderr.write('--reason must be request or retention\n');
        process.exitCode = 2;
        return;
      }
      const side = await openReadSide();
      try {
        const result = await eraseSubject(side.store, options.subject, options.reason, CLI_ACTOR, new Date());
        process.stdout.write(
          result.destroyed
            ? `ERASED: ${result.subject} — its key is destroyed; the erasure is recorded at position ${result.position}\n`
            : `ERASED: ${result.subject} had no key left (never written, or erased before); the erasure is recorded at position ${result.position}\n`,
        );
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      } finally {
        await side.close();
      }
    });

  privacy
    .command('sweep')
    .description('Erase every data subject whose category is past its retention period (GONGRON_RETENTION_DAYS)')
    .action(async () => {
      const config = loadConfig();
      const side = await openReadSide();
      try {
        const erased = await sweepRetention(side.store, config.retentionDays, CLI_ACTOR, new Date());
        for (const result of erased)
          process.stdout.write(`ERASED: ${result.subject} (retention), recorded at position ${result.position}\n`);
        process.stdout.write(`${erased.length} data subject(s) erased\n`);
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      } finally {
        await side.close();
      }
    });

  privacy
    .command('show')
    .description('What the key table knows of a data subject (never its values)')
    .requiredOption('--subject <subject>')
    .action(async (options: { subject: string }) => {
      const side = await openReadSide();
      try {
        const found = await side.store.subjectKeys?.describe(options.subject);
        if (!found) {
          process.stdout.write(`${options.subject}: no values recorded\n`);
          process.exitCode = 4;
          return;
        }
        process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      } finally {
        await side.close();
      }
    });
}
