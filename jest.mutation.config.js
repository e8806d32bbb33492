// The unit tier of the areas under mutation testing (stryker.config.mjs): one jest project,
// no services, and with MUTATION_AREA only the specs of that area, so each mutant runs in seconds.
// The sequencer (jest.mutation.sequencer.js) loads, for each mutant, only the spec files that hold
// a test reaching it.
import config from './jest.config.js';

const unit = config.projects.find((project) => project.displayName === 'unit');
const roots = {
  domain: ['<rootDir>/libs/domain'],
  'event-store': ['<rootDir>/libs/event-store'],
  'read-models': ['<rootDir>/libs/projections'],
};

// Specs that never reach an area's mutated files: each mutant would load them for nothing.
const unrelated = {
  'event-store': ['eventstoredb-mapping\\.unit\\.spec\\.ts$'],
  'read-models': ['query-parsing\\.unit\\.spec\\.ts$', 'row-cache\\.unit\\.spec\\.ts$'],
};

export default {
  ...unit,
  displayName: undefined,
  roots: roots[process.env.MUTATION_AREA] ?? Object.values(roots).flat(),
  testPathIgnorePatterns: ['/node_modules/', ...(unrelated[process.env.MUTATION_AREA] ?? [])],
  testSequencer: '<rootDir>/jest.mutation.sequencer.js',
};
