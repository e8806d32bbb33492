#!/usr/bin/env node
/**
 * `npm run cli -- <command>`: administration of a Gongron installation — access tokens, demo
 * data, projections and audit. Configuration comes from the same environment variables as the API.
 */
import 'reflect-metadata';
import { ConfigError } from '@gongron/application';
import { gongronProgram } from './program.js';

gongronProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
