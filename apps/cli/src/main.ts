#!/usr/bin/env node
/**
 * `npm run cli -- <command>`: administration of a Gongron installation — access tokens, demo
 * data, projections and audit. Configuration comes from the same environment variables as the API.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError } from '@gongron/application';
import { registerAuditCommands } from './audit.command.js';
import { registerDemoCommands } from './demo.command.js';
import { registerProcessManagerCommands } from './process-managers.command.js';
import { registerProjectionCommands } from './projections.command.js';
import { registerTokenCommands } from './tokens.command.js';

const program = new Command()
  .name('gongron')
  .description('Gongron (공론) administration: tokens, demo data, projections, audit')
  .showHelpAfterError();

registerTokenCommands(program);
registerDemoCommands(program);
registerProjectionCommands(program);
registerProcessManagerCommands(program);
registerAuditCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
