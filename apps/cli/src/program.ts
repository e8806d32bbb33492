/**
 * The `gongron` command tree: every administration command, registered once. `main.ts` runs it
 * on the process's arguments; the CLI tests run the same tree in their own process.
 */
import { Command } from 'commander';
import { registerAuditCommands } from './audit.command.js';
import { registerDemoCommands } from './demo.command.js';
import { registerProcessManagerCommands } from './process-managers.command.js';
import { registerProjectionCommands } from './projections.command.js';
import { registerTokenCommands } from './tokens.command.js';
import { registerPrivacyCommands } from './privacy.command.js';
import { registerWitnessCommands } from './witness.command.js';

export function gongronProgram(): Command {
  const program = new Command()
    .name('gongron')
    .description('Gongron (공론) administration: tokens, demo data, projections, audit, personal data, witnesses')
    .showHelpAfterError();
  registerTokenCommands(program);
  registerDemoCommands(program);
  registerProjectionCommands(program);
  registerProcessManagerCommands(program);
  registerAuditCommands(program);
  registerPrivacyCommands(program);
  registerWitnessCommands(program);
  return program;
}
