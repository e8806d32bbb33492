/**
 * `npm start`: validated configuration, the API on the configured store, the OpenAPI address,
 * and on the very first start the first administrator token (shown once on a terminal, else
 * written to a 0600 file in the data folder; stored hashed).
 */
import 'reflect-metadata';
import { ConfigError, loadConfig, type GongronConfig } from '@gongron/application';
import { startApi } from './app.js';
import { deliverFirstAdminSecret } from './first-admin-secret.js';

async function main(): Promise<void> {
  let config: GongronConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const running = await startApi(config, { shutdownHooks: true });
  const lines = [
    `Gongron API listening on ${running.url} (store: ${config.store}${config.store === 'sqlite' ? `, ${config.sqliteFile}` : ''})`,
  ];
  if (running.firstAdminToken)
    lines.push(...deliverFirstAdminSecret(running.firstAdminToken, config.dataDir, process.stdout.isTTY === true));
  lines.push(`OpenAPI docs: ${running.url}/docs`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Gongron API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
