import { expect } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import type { DatasetIssue, ValidationResult } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';

// What the CSV tests read from a load: the dataset, the problems, the loop solved at the defaults,
// and arrays compared to the 1e-12 that CSV and JSON must agree to.

export function loaded(result: ValidationResult): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

export function errorsOf(result: ValidationResult): DatasetIssue[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

export function solved(ds: Dataset) {
  const model = compileModel(ds);
  const result = solveLoop(model, defaultValues(ds.parameters));
  if (result.status !== 'converged') throw new Error('expected a converged loop');
  return { model, result };
}

export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>) {
  expect(actual.length).toBe(expected.length);
  Array.from(actual).forEach((value, i) => expect(Math.abs(value - (expected[i] as number)), `index ${i}`).toBeLessThanOrEqual(1e-12));
}
