import path from 'node:path';

// Mutation testing of the rules, the log's core and hashing, and the read models against the
// unit tier: `npm run test:mutation` for all three areas, or one of them with
// `MUTATION_AREA=domain|event-store|read-models npm run test:mutation`.
// ts-jest runs ESM, so the jest child processes need --experimental-vm-modules; the jest
// config (jest.mutation.config.js) reads MUTATION_AREA too and runs only that area's specs.
const areas = {
  domain: ['libs/domain/src/**/*.ts', '!libs/domain/src/testing/**', '!libs/domain/src/index.ts'],
  'event-store': ['libs/event-store/src/core.ts', 'libs/event-store/src/hash.ts'],
  'read-models': ['libs/projections/src/read-models/**/*.ts', '!libs/projections/src/read-models/index.ts'],
};
const area = process.env.MUTATION_AREA;
if (area && !areas[area]) throw new Error(`MUTATION_AREA must be one of ${Object.keys(areas).join(', ')} (got ${area})`);
// The dry run writes here which tests each spec file holds, and each mutant's run then loads only
// the spec files with a test that reaches the mutant (jest.mutation.sequencer.js). The jest
// processes run in Stryker's sandbox and inherit this from the environment, so the path is absolute.
process.env.MUTATION_TEST_NAMES_FILE ??= path.resolve(`reports/mutation/${area ?? 'all'}.test-names.json`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  // Each mutant runs only the tests that reach it; mutants in module-level constants (which
  // would need a fresh module load per mutant) are left out, so an area finishes in minutes.
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // One jest worker unless told otherwise (STRYKER_CONCURRENCY), so a run shares a small machine.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // A second run of an area retests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: `reports/mutation/${area ?? 'all'}.incremental.json`,
  mutate: area ? areas[area] : Object.values(areas).flat(),
  ignorePatterns: ['dist', 'coverage', 'reports', '.stryker-tmp', 'apps/web', 'bench', 'docker', '**/*.sqlite*'],
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${area ?? 'all'}.html` },
  jsonReporter: { fileName: `reports/mutation/${area ?? 'all'}.json` },
  thresholds: { high: 85, low: 70, break: null },
  timeoutMS: 20000,
};
