import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import type { Dataset } from '../../src/model/types';

/** A dataset's model and its loop solved at the defaults, for tests of datasets that settle. */
export function solved(ds: Dataset) {
  const model = compileModel(ds);
  const result = solveLoop(model, defaultValues(ds.parameters));
  if (result.status !== 'converged') throw new Error('expected a converged loop');
  return { model, result };
}
