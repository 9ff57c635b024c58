import { expect } from 'vitest';
import type { DatasetIssue, ValidationResult } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';

// What the CSV tests read from a load: the dataset, the problems, and arrays compared to the 1e-12
// that CSV and JSON must agree to (the loop solved at the defaults: see solved.ts).

export function loaded(result: ValidationResult): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

export function errorsOf(result: ValidationResult): DatasetIssue[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>) {
  expect(actual.length).toBe(expected.length);
  Array.from(actual).forEach((value, i) => expect(Math.abs(value - (expected[i] as number)), `index ${i}`).toBeLessThanOrEqual(1e-12));
}
