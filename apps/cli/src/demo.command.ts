/**
 * `demo load`: a living system for a newcomer. Runs the demo scenario through the command path
 * (the same path the API uses) with the process managers running in this process, with a
 * progress bar. Refuses to load twice into the same installation.
 */
import { NestFactory } from '@nestjs/core';
import { type Command } from 'commander';
import cliProgress from 'cli-progress';
import { ApplicationModule, BusinessClock, CommandRefused, CommandService, loadConfig } from '@gongron/application';
import { domainCommand } from '@gongron/domain';
import { demoItemId, demoDistricts, loadDemo, type DemoDriver } from './demo-scenario.js';

export function registerDemoCommands(program: Command): void {
  const demo = program.command('demo').description('demo data');
  demo
    .command('load')
    .description(
      'load a realistic demo (five districts, items in every state, a signed agreement with amendments) through the command path',
    )
    .option('--quiet', 'no progress bar')
    .action(async (options: { quiet?: boolean }) => {
      const config = loadConfig();
      const app = await NestFactory.createApplicationContext(ApplicationModule.forRoot(config, { runProcessManagers: true }), {
        logger: ['error', 'warn'],
      });
      app.enableShutdownHooks();
      try {
        const commands = app.get(CommandService);
        const firstItem = `agenda-item:${demoItemId(demoDistricts[0]!.code, 0)}`;
        const loaded = await commands.load(firstItem).then(
          () => true,
          (error: unknown) => {
            if (error instanceof CommandRefused && error.kind === 'not-found') return false;
            throw error;
          },
        );
        if (loaded) {
          process.stdout.write(`The demo is already loaded in ${config.store === 'sqlite' ? config.sqliteFile : config.store}.\n`);
          return;
        }
        const clock = app.get(BusinessClock);
        const today = clock.today();

        let total = 0;
        await loadDemo({ exec: async () => void (total += 1), waitFor: async () => undefined }, today);

        const bar = options.quiet
          ? undefined
          : new cliProgress.SingleBar(
              { format: 'demo |{bar}| {value}/{total} commands  {step}', hideCursor: true },
              cliProgress.Presets.shades_classic,
            );
        bar?.start(total, 0, { step: '' });
        const started = Date.now();
        const driver: DemoDriver = {
          async exec(actor, type, data) {
            await commands.execute(domainCommand(type, data, { ...clock.read(), actor }));
            bar?.increment(1, { step: type });
          },
          async waitFor(streamId, statuses) {
            const deadline = Date.now() + 30_000;
            for (;;) {
              const current = await commands.load(streamId).catch(() => undefined);
              if (current && statuses.includes(String(current.state.status))) return;
              if (Date.now() > deadline)
                throw new Error(`${streamId} did not reach ${statuses.join(' or ')} in 30 s; are the process managers running?`);
              await new Promise((r) => setTimeout(r, 25));
            }
          },
        };
        await loadDemo(driver, today);
        bar?.stop();
        const items = demoDistricts.reduce((n, d) => n + d.items.length, 0);
        process.stdout.write(
          `Demo loaded: ${demoDistricts.length} districts, ${items} agenda items, ${total} commands in ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
            `Try: GET /agenda-items/${demoItemId('hwaseong', 0)} and GET /agreements/hwaseong/${today.slice(0, 4)}\n`,
        );
      } finally {
        await app.close();
      }
    });
}
