import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop, type LoopResult } from '../../src/model/engine';
import { loadSteps, solveLoopOnce } from '../../src/model/solveCache';
import { isRetired } from '../../src/model/solveStep';

/** An amount slider of a generated dataset dragged over `count` positions: each position's result. */
function drag(count: number, model = compileModel(generateDataset(60, 240))): { results: LoopResult[]; fresh: LoopResult[] } {
  const slider = model.dataset.parameters.find((p) => p.unit === 'amount')!;
  const results: LoopResult[] = [];
  const fresh: LoopResult[] = [];
  for (let i = 0; i < count; i++) {
    const values = {
      ...defaultValues(model.dataset.parameters),
      [slider.id]: slider.min + ((i + 1) / (count + 1)) * (slider.max - slider.min),
    };
    results.push(solveLoopOnce(model, values));
    fresh.push(solveLoop(model, values));
  }
  return { results, fresh };
}

describe('solveLoopOnce', () => {
  it('solves every slider state in full until the step code is loaded, then steps from the last solve', async () => {
    const before = drag(6);
    // Full solves: the very numbers of a fresh one, and none of their arrays lent to a later step.
    before.results.forEach((result, i) => expect(result).toEqual(before.fresh[i]));
    expect(before.results.some(isRetired)).toBe(false);
    await loadSteps();
    const after = drag(6);
    // Steps: the first position's full solve is what later ones add to; older steps lent their
    // arrays to later ones (which a full solve never does); the latest ones keep theirs.
    expect(after.results.map(isRetired)).toEqual([false, true, true, false, false, false]);
    // The same money on every flow as a fresh solve.
    const flows = (result: LoopResult | undefined) => (result?.status === 'converged' ? [...result.flowValue] : []);
    after.results.forEach((result, i) => expect(flows(result)).toEqual(flows(after.fresh[i])));
  });
});
