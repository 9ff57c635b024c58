// Which origins the legend names: those that put money in at the settings shown, and no other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues, scenarioValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { originsInPlay } from '../../src/model/originsInPlay';
import { momentDate, modelYears } from '../../src/model/resolveMoment';
import type { ParamValues } from '../../src/model/types';
import { loadDefaultDataset } from './fixtures';

const runs = Number(process.env.PROPERTY_RUNS ?? 100);
const ds = loadDefaultDataset();

const named = (year: number, scenario: string | null = null) => {
  const model = compileModel(ds, { year, date: momentDate(ds, scenario) });
  const inPlay = originsInPlay(model, solveLoop(model, scenarioValues(ds, scenario)!).coefficients);
  return model.structure.origins.filter((_, o) => inPlay[o]);
};

describe('originsInPlay', () => {
  it('leaves out the default dataset’s origins that put nothing in in 2026, and takes them back in the year they do', () => {
    expect(named(2026)).not.toContain('alphabet');
    expect(named(2026)).not.toContain('openai-reserves');
    expect(named(2026)).toEqual(expect.arrayContaining(['nvidia', 'microsoft', 'amazon', 'softbank', 'customers', 'meta', 'lenders']));
    expect(named(2027)).toContain('openai-reserves');
    expect(named(2025)).toContain('alphabet');
  });

  it('names only the customers in the linear economy, where investors and lenders put nothing in', () => {
    expect(named(2026, 'linear-economy')).toEqual(['customers', 'meta']);
  });

  it('never leaves out an origin that carries money, at any slider setting (every year of the default dataset)', () => {
    for (const year of modelYears(ds.meta)) {
      const model = compileModel(ds, { year });
      const { parameters } = model.dataset;
      const values = fc.record(Object.fromEntries(parameters.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })])));
      fc.assert(
        fc.property(values, (v: ParamValues) => {
          const result = solveLoop(model, v);
          if (result.status !== 'converged') return;
          const inPlay = originsInPlay(model, result.coefficients);
          model.structure.origins.forEach((id, o) => {
            if (inPlay[o]) return;
            let carried = 0;
            for (let f = 0; f < model.structure.flowCount; f++) carried += result.flowByOrigin.get(f, o);
            expect(carried, `${id} in ${year}`).toBeLessThan(1e-9);
          });
        }),
        { numRuns: runs },
      );
    }
    // Every slider at its default, every origin that is named carries money there.
    const model = compileModel(ds, { year: 2026 });
    const result = solveLoop(model, defaultValues(ds.parameters));
    if (result.status !== 'converged') throw new Error('diverges');
    const inPlay = originsInPlay(model, result.coefficients);
    model.structure.origins.forEach((id, o) => {
      if (!inPlay[o]) return;
      let carried = 0;
      for (let f = 0; f < model.structure.flowCount; f++) carried += result.flowByOrigin.get(f, o);
      expect(carried, id).toBeGreaterThan(0);
    });
  });
});
