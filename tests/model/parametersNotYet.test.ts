import { describe, expect, it } from 'vitest';
import { compileModel, solveLoop } from '../../src/model/engine';
import { parametersNotYet } from '../../src/model/parametersNotYet';
import { defaultValues } from '../../src/model/defaults';
import { loadDefaultDataset } from './fixtures';

const dataset = loadDefaultDataset();
const at = (date: string) => compileModel(dataset, { date });

describe('sliders of deals not made yet at the date shown', () => {
  it('are those whose every flow had no status yet: the February 2026 round before it was agreed', () => {
    expect([...parametersNotYet(at('2026-01-30'))].sort()).toEqual(['bigtech-vc-openai', 'nvidia-openai', 'softbank-openai']);
    // Agreed on 27 February; the other investors' part closed on 31 March.
    expect([...parametersNotYet(at('2026-02-27'))]).toEqual(['bigtech-vc-openai']);
    expect([...parametersNotYet(at(dataset.meta.asOf))]).toEqual([]);
  });

  it('move nothing on the chart at that date (each of their flows counts 0)', () => {
    const model = at('2026-01-30');
    const values = defaultValues(dataset.parameters);
    const base = solveLoop(model, values);
    for (const id of parametersNotYet(model)) {
      const moved = solveLoop(model, { ...values, [id]: values[id]! * 2 + 1 });
      if (base.status !== 'converged' || moved.status !== 'converged') throw new Error('the default loop converges');
      expect(Array.from(moved.flowValue)).toEqual(Array.from(base.flowValue));
    }
  });
});
