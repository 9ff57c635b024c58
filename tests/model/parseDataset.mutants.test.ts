import { describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES } from '../../src/model/limits';
import { lineAndColumn, sizeProblem } from '../../src/model/parseDataset';

describe('parseDataset helpers (mutants)', () => {
  it('puts an offset on a newline at the end of its own line', () => {
    expect(lineAndColumn('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
  });

  it('takes a text of exactly the byte limit and refuses one byte more', () => {
    expect(sizeProblem('x'.repeat(MAX_DATASET_BYTES))).toBeUndefined();
    expect(sizeProblem('x'.repeat(MAX_DATASET_BYTES + 1))).toEqual({
      path: { whole: 'file' },
      code: 'file-too-large',
      params: { bytes: MAX_DATASET_BYTES + 1, limitBytes: MAX_DATASET_BYTES },
    });
  });
});
