#!/usr/bin/env node
// `npm run cli` and the other commands that run the built code: a clear sentence instead of
// Node's MODULE_NOT_FOUND stack when `npm run build` has not been run yet.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [, , relative, ...rest] = process.argv;
if (!relative) {
  process.stderr.write('usage: node scripts/run-built.mjs <file under dist/> [arguments]\n');
  process.exit(2);
}
const entry = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'dist', relative);
if (!existsSync(entry)) {
  process.stderr.write(
    `Gongron is not built yet (no dist/${relative}). Run \`npm run build\` first, then try again.\n` +
      '빌드되지 않았습니다. 먼저 `npm run build`를 실행하세요.\n',
  );
  process.exit(1);
}
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(entry).href);
