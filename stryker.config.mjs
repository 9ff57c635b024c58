// Mutation testing of src/model and src/layout (`npm run mutate`; too slow for `npm test`). Incremental:
// results are kept in tests/mutation/stryker-incremental.json (committed), so a later run only
// tests mutants in code or tests that changed; `npm run mutate -- --force` redoes everything.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    configFile: 'vitest.mutate.config.ts',
    // Only the test files that import the mutated file run for it.
    related: true,
  },
  // Each mutant runs only the tests that reach it. Code a test file runs while it is collected (outside
  // `it`) is counted for no test, so tests build their fixtures inside `it`.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/model/**/*.ts',
    'src/layout/**/*.ts',
    // Types only: nothing to mutate.
    '!src/layout/graph.ts',
  ],
  // Mutants in module-level constants (tables, schemas) need a fresh module load and every test per
  // mutant; they are a poor trade on a 2-core machine, and the constants are checked by the data tests.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  concurrency: 1,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: false },
  // .stryker-tmp*: runs over parts of the code in parallel use a temp dir each (--tempDirName).
  ignorePatterns: ['.stryker-tmp*', 'dist', 'public', 'bench-results', 'coverage', 'test-results', 'tests/e2e', 'tests/components'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
