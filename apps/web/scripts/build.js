/**
 * Builds the web application after the API is compiled (`npm run build`):
 * 1. starts the compiled API on a throwaway SQLite folder and port 0, and takes its own OpenAPI
 *    document from /docs/openapi.json (dist/openapi.json);
 * 2. generates the typed client's schema (apps/web/src/api/schema.d.ts) with openapi-typescript;
 * 3. type-checks the web application against it, so an API change that breaks a page breaks the
 *    build, not the user;
 * 4. bundles it with Vite into dist/web, which the API serves at `/`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = join(root, 'dist');
const schemaFile = join(root, 'apps/web/src/api/schema.d.ts');
const only = process.argv[2];

async function openapiDocument() {
  const { createApp } = await import(pathToFileURL(join(dist, 'apps/api/src/app.js')).href);
  const { loadConfig } = await import(pathToFileURL(join(dist, 'libs/application/src/index.js')).href);
  const { AppLogger } = await import(pathToFileURL(join(dist, 'apps/api/src/logging/app-logger.js')).href);
  const dataDir = mkdtempSync(join(tmpdir(), 'gongron-openapi-'));
  try {
    const config = loadConfig({
      GONGRON_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      GONGRON_RUN_RELAY: 'false',
      GONGRON_RUN_PROJECTIONS: 'false',
      GONGRON_RUN_PROCESS_MANAGERS: 'false',
    });
    const app = await createApp(config, { logger: new AppLogger('silent'), webDir: false });
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address();
      const response = await fetch(`http://127.0.0.1:${port}/docs/openapi.json`);
      if (!response.ok) throw new Error(`GET /docs/openapi.json answered ${response.status}`);
      return await response.json();
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function generateSchema() {
  const document = await openapiDocument();
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document, { alphabetize: true });
  const text = `/**\n * Generated from the API's own OpenAPI document by apps/web/scripts/build.js; do not edit.\n */\n${astToString(ast)}`;
  let previous = '';
  try {
    previous = readFileSync(schemaFile, 'utf8');
  } catch {
    // first generation
  }
  if (previous !== text) writeFileSync(schemaFile, text);
  process.stdout.write(
    `web: ${previous === text ? 'schema.d.ts unchanged' : 'schema.d.ts regenerated'} (${Object.keys(document.paths).length} paths)\n`,
  );
}

function typecheck() {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(root, 'apps/web/tsconfig.json')], {
    stdio: 'inherit',
  });
}

async function bundle() {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'apps/web/vite.config.ts'), logLevel: 'warn' });
  process.stdout.write('web: bundled into dist/web\n');
}

if (!only || only === 'schema') await generateSchema();
if (!only || only === 'typecheck') typecheck();
if (!only || only === 'bundle') await bundle();
