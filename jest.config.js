// Test tiers are named by file: *.unit.spec.ts (pure code), *.int.spec.ts (real SQLite,
// PostgreSQL, Kafka), *.e2e.spec.ts (the apps over real HTTP).
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];
const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@gongron/(domain|event-store|projections|messaging|application)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/bench'],
};
export default {
  // Each suite runs in a worker process that is replaced once it holds more than this after a
  // suite: run in one process, the modules every suite loads pile up until the heap is spent.
  workerIdleMemoryLimit: '1536MB',
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.unit.spec.ts'] },
    { ...base, displayName: 'int', testMatch: ['**/*.int.spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['**/*.e2e.spec.ts'] },
  ],
};
