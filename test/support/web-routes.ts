/**
 * The page paths of the web application, read from its router (apps/web/src/router.ts) as text —
 * the router runs in a browser and cannot be imported here — each with an example path it
 * matches, so a test can ask the API and a browser for every page the application has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WebRoute {
  /** The router's name of the page. */
  readonly page: string;
  /** The router's pattern of its path. */
  readonly pattern: RegExp;
  /** A path the pattern matches: each parameter filled with a plausible value. */
  readonly example: string;
}

/** Values for the router's parameter groups, by the group's own text. */
const EXAMPLES: Record<string, string> = {
  '([^/]+)': 'example-1',
  '([a-z]+)': 'osan',
  '(\\d{4})': '2027',
  '(.+)': 'example-1',
};

function exampleOf(source: string): string {
  let path = source.replace(/^\^/, '').replace(/\$$/, '').replaceAll('\\/', '/');
  path = path.replace(/\((?:[^()]|\\\(|\\\))+\)/g, (group) => {
    const known = EXAMPLES[group.replaceAll('/', '\\/')] ?? EXAMPLES[group];
    if (known !== undefined) return known;
    // An alternation of names (agenda-items|projects|agreements): its first name.
    const names = /^\(([a-z-]+(?:\|[a-z-]+)+)\)$/.exec(group);
    if (names) return names[1]!.split('|')[0]!;
    throw new Error(`web-routes: no example value for the group ${group} of /${source}/`);
  });
  if (/[\\^$()[\]|*+?{}]/.test(path)) throw new Error(`web-routes: /${source}/ left ${path}`);
  return path;
}

/** Every route of the web application's router, in its order. */
export function webRoutes(root = process.cwd()): WebRoute[] {
  const text = readFileSync(join(root, 'apps/web/src/router.ts'), 'utf8');
  const table = /const routes[^=]*=\s*\[([\s\S]*?)\n\];/.exec(text);
  if (!table) throw new Error('web-routes: the routes table of apps/web/src/router.ts was not found');
  const routes: WebRoute[] = [];
  for (const [, page, source] of table[1]!.matchAll(/\['([A-Za-z]+)',\s*\/(.+?)\/,\s*\[/g)) {
    const pattern = new RegExp(source!);
    const example = exampleOf(source!);
    if (!pattern.test(example)) throw new Error(`web-routes: the example ${example} does not match /${source}/`);
    routes.push({ page: page!, pattern, example });
  }
  if (routes.length < 10) throw new Error(`web-routes: only ${routes.length} routes read from apps/web/src/router.ts`);
  return routes;
}
