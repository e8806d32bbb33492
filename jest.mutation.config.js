// The unit tier of the areas under mutation testing (stryker.config.mjs): one jest project,
// no services, and with MUTATION_AREA only the specs of that area, so each mutant runs in seconds.
import config from './jest.config.js';

const unit = config.projects.find((project) => project.displayName === 'unit');
const roots = {
  domain: ['<rootDir>/libs/domain'],
  'event-store': ['<rootDir>/libs/event-store'],
  'read-models': ['<rootDir>/libs/projections'],
};

export default {
  ...unit,
  displayName: undefined,
  roots: roots[process.env.MUTATION_AREA] ?? Object.values(roots).flat(),
};
