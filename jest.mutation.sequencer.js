// The order of the spec files under mutation testing (jest.mutation.config.js), and which of them
// a mutant's run loads. With perTest coverage Stryker runs each mutant with a testNamePattern made
// of the full names of the tests that reach it; jest would still load and transpile every spec file
// of the area and skip the tests that do not match. This sequencer keeps only the spec files that
// hold a test whose full name matches the pattern, by an index of test names per spec file that it
// writes on Stryker's dry run (the run with no pattern and no active mutant) to the file named by
// MUTATION_TEST_NAMES_FILE (stryker.config.mjs sets it). Without that file, with a spec file the
// index does not know, or with a pattern that matches no indexed name, every file is kept, so no
// test that would kill a mutant is ever left out.
import fs from 'node:fs';
import path from 'node:path';
import TestSequencer from '@jest/test-sequencer';

// The environment variable by which Stryker's jest runner names the mutant of a run.
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

/** The index file's content: spec file (relative to the jest rootDir) → full names of its tests. */
function readIndex(file) {
  try {
    const index = JSON.parse(fs.readFileSync(file, 'utf8'));
    return index && typeof index === 'object' ? index : undefined;
  } catch {
    return undefined;
  }
}

export default class MutationSequencer extends TestSequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options.globalConfig;
    this.indexFile = process.env.MUTATION_TEST_NAMES_FILE;
  }

  sort(tests) {
    return super.sort(this.select(tests));
  }

  /** The spec files a run with the global testNamePattern needs; all of them when unsure. */
  select(tests) {
    const pattern = this.globalConfig.testNamePattern;
    if (!pattern || !this.indexFile) return tests;
    const index = readIndex(this.indexFile);
    if (!index) return tests;
    // The same test as jest-circus applies to each test's full name.
    const matches = new RegExp(pattern, 'i');
    const names = (test) => index[path.relative(test.context.config.rootDir, test.path)];
    const kept = tests.filter((test) => {
      const fileNames = names(test);
      return !Array.isArray(fileNames) || fileNames.some((name) => matches.test(name));
    });
    // Only files the index does not know were kept: the pattern names no test the index has seen.
    if (kept.every((test) => !Array.isArray(names(test)))) return tests;
    return kept;
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    if (this.indexFile && !this.globalConfig.testNamePattern && process.env[ACTIVE_MUTANT] === undefined) {
      this.writeIndex(tests, results);
    }
  }

  /** Records the full names of the tests of every spec file of a complete (dry) run. */
  writeIndex(tests, results) {
    const rootDirs = new Map(tests.map((test) => [test.path, test.context.config.rootDir]));
    const index = {};
    for (const suite of results.testResults) {
      const rootDir = rootDirs.get(suite.testFilePath);
      if (!rootDir || suite.testExecError || suite.testResults.length === 0) continue;
      index[path.relative(rootDir, suite.testFilePath)] = suite.testResults.map((test) => test.fullName);
    }
    fs.mkdirSync(path.dirname(this.indexFile), { recursive: true });
    fs.writeFileSync(this.indexFile, `${JSON.stringify(index, null, 2)}\n`);
  }
}
