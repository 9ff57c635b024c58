import type { stressMarks } from './stressMarks';

// The stress test's marks are drawn by code handed over by what runs a stress test (the stress
// panel's chunk, or the export's): a first view, which has none, does without it (the first script's bytes).
let code: typeof stressMarks | undefined;

export function provideStressMarks(marks: typeof stressMarks): void {
  code = marks;
}

/** The marks' code, once handed over (`provideStressMarks`): asked for only with a stress test's outcome to draw. */
export function stressMarksCode(): typeof stressMarks {
  if (!code) throw new Error('no stress marks code');
  return code;
}
