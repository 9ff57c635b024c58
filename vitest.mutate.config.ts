import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/model and src/layout: only the unit tests of
// those two layers (no jsdom, no browser), with the random-input tests cut down (PROPERTY_RUNS) so one mutant's
// run stays short. The full counts still run in `npm test`. The fuzz test is left out: it asks only
// that nothing throws or turns non-finite, and its per-case time limit fails on instrumented code.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/model/**/*.test.ts', 'tests/layout/**/*.test.ts'],
    // The relaxation test lays a 2,500-link chart out three times and counts 650,000 pairs of links: it
    // measures the order's quality, not a mutant's effect, and would run for nearly every mutant.
    exclude: ['tests/model/fuzz.test.ts', 'tests/layout/relaxations.test.ts'],
    env: { PROPERTY_RUNS: '50' },
    // Instrumented code on a busy machine is several times slower; Stryker times out hung mutants itself.
    testTimeout: 60_000,
    // The tests are pure functions of their inputs: sharing modules between test files is safe, and
    // re-importing every module for every file was most of a mutant's run.
    isolate: false,
  },
});
