/**
 * `npm run web:size`: the compressed JavaScript a first load of the item page (/agenda/{id})
 * downloads — the entry script of dist/web/index.html and every chunk it preloads or imports
 * statically (the pages are one bundle, so this is every page's first load) — gzip and brotli.
 * The aim is at most 150 kB; the script exits 1 above it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
const LIMIT = 150 * 1024;
const html = readFileSync(join(web, 'index.html'), 'utf8');
const entries = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
const seen = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const url = queue.shift();
  if (seen.has(url)) continue;
  seen.add(url);
  const code = readFileSync(join(web, url), 'utf8');
  // Static imports of other chunks (dynamic import() chunks are not part of the first load).
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    queue.push(new URL(m[1], `http://x${url}`).pathname);
  }
}
let raw = 0;
let gzip = 0;
let brotli = 0;
for (const url of seen) {
  const bytes = readFileSync(join(web, url));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
  brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  process.stdout.write(`  ${url}: ${(bytes.length / 1024).toFixed(1)} kB\n`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
process.stdout.write(
  `item page first load, JavaScript: ${kb(raw)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (aim ≤ ${kb(LIMIT)} compressed)\n`,
);
if (gzip > LIMIT) {
  process.stderr.write('The item page loads more than 150 kB of compressed JavaScript.\n');
  process.exit(1);
}
