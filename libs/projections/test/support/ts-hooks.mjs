// Node module hooks that run the TypeScript sources directly (transpile only), resolving the
// @gongron/* aliases and `.js` imports of `.ts` files — so tests can start a real child process
// (to kill it with SIGKILL) without a build. Transpiled files are kept in a cache under the
// system's temporary folder, keyed by their source, so restarted processes start quickly.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../../', import.meta.url);
const aliases = new Map(
  ['domain', 'event-store', 'projections', 'messaging', 'application'].map((name) => [
    `@gongron/${name}`,
    new URL(`libs/${name}/src/index.ts`, root).href,
  ]),
);
const compilerVersion = JSON.parse(readFileSync(new URL('node_modules/typescript/package.json', root), 'utf8')).version;
const cacheDir = join(tmpdir(), `gongron-ts-cache-${compilerVersion}`);
// TypeScript itself takes a second to load: only a file missing from the cache needs it.
let compiler;
mkdirSync(cacheDir, { recursive: true });

export async function resolve(specifier, context, next) {
  const alias = aliases.get(specifier);
  if (alias) return { url: alias, shortCircuit: true };
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const source = await readFile(fileName, 'utf8');
  const cached = join(cacheDir, `${createHash('sha256').update(fileName).update('\0').update(source).digest('hex')}.js`);
  if (existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  compiler ??= (await import('typescript')).default;
  const ts = compiler;
  const output = ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
    },
  });
  // Written aside and renamed, so a process starting at the same moment never reads half a file.
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, output.outputText);
  renameSync(partial, cached);
  return { format: 'module', source: output.outputText, shortCircuit: true };
}
