/**
 * Layer rules, as the architecture draws them: the domain is pure; the event store is a port
 * that knows no other layer; projections and messaging stand on the domain and the event store;
 * the application stands on all four; the apps stand on the libraries and never on each other
 * (the web app talks to the API over HTTP only). Across libraries, and from `test/` and
 * `bench/`, a library is reached through its public entry (`libs/<name>/src/index.ts`, the
 * `@gongron/<name>` alias) or its declared testing entry (`libs/<name>/src/testing/`), never
 * through its other files.
 */
const LIBS = ['domain', 'event-store', 'projections', 'messaging', 'application'];

/** Everything of library `name` except its public and testing entries. */
const internalsOf = (name) => `^libs/${name}/src/(?!index\\.ts$|testing/)`;

const noReachingIn = LIBS.map((name) => ({
  name: `${name}-through-its-entry`,
  comment: `Outside libs/${name}, use @gongron/${name} (or libs/${name}/src/testing/ in tests and benchmarks), not its internals.`,
  severity: 'error',
  from: { path: '^(apps|libs|test|bench)/', pathNot: `^libs/${name}/|^apps/web/` },
  to: { path: internalsOf(name) },
}));

/** The libraries (src only) a library's code may use; its own tests may use any public entry. */
const layers = {
  'event-store': [],
  projections: ['domain', 'event-store'],
  messaging: ['domain', 'event-store'],
  application: ['domain', 'event-store', 'projections', 'messaging'],
};

const layerRules = Object.entries(layers)
  .map(([name, allowed]) => ({ name, allowed, forbidden: LIBS.filter((lib) => lib !== name && !allowed.includes(lib)) }))
  .filter(({ forbidden }) => forbidden.length > 0)
  .map(({ name, allowed, forbidden }) => ({
    name: `${name}-layer`,
    comment: `libs/${name} may use ${allowed.length ? allowed.join(', ') : 'no other library'}.`,
    severity: 'error',
    from: { path: `^libs/${name}/src/`, pathNot: '\\.spec\\.ts$' },
    to: { path: `^libs/(${forbidden.join('|')})/` },
  }));

module.exports = {
  forbidden: [
    ...noReachingIn,
    ...layerRules,
    {
      name: 'testing-entries-stay-in-tests',
      comment: 'A testing entry (fakes, generators) serves tests and benchmarks, never the product.',
      severity: 'error',
      from: { path: '^(apps|libs/[^/]+/src)/', pathNot: '\\.spec\\.ts$|/testing/' },
      to: { path: '^libs/(?!domain/)[^/]+/src/testing/' },
    },
    {
      name: 'apps-do-not-import-each-other',
      comment: 'Each app stands on the libraries alone; what two apps share belongs in a library.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'web-talks-http-only',
      comment:
        "The web app reaches the API over HTTP; of the libraries it may read only the domain's catalogues and state names (browser-safe, no XState).",
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^libs/', pathNot: '^libs/domain/src/(catalogs|state-names|operating-year)\\.ts$' },
    },
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds the rules of the councils as pure code: no Nest, no drivers, no I/O, no other layer.',
      severity: 'error',
      from: { path: '^libs/domain/src', pathNot: '\\.spec\\.ts$' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '(^node_modules/(@nestjs|kafkajs|pg|better-sqlite3|@eventstore|kysely|pino|prom-client)|^libs/(event-store|projections|messaging|application)|^apps/)',
      },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '^libs/domain/src', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-only-xstate',
      comment: 'The only package libs/domain may use is xstate.',
      severity: 'error',
      from: { path: '^libs/domain/src', pathNot: '\\.spec\\.ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'unknown', 'undetermined'],
        pathNot: '^node_modules/xstate/',
      },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/|^apps/web/src/api/schema\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
