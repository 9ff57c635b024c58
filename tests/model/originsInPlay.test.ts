// Which origins the legend names: those that can put money in at the model's moment, and no other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, solveLoop } from '../../src/model/engine';
import { originsInPlay } from '../../src/model/originsInPlay';
import { momentDate, modelYears } from '../../src/model/resolveMoment';
import type { ParamValues } from '../../src/model/types';
import { amountFlow, dataset, entity, loadDefaultDataset, parameter, shareFlow } from './fixtures';

const runs = Number(process.env.PROPERTY_RUNS ?? 100);
const ds = loadDefaultDataset();

const named = (year: number) => {
  const model = compileModel(ds, { year });
  const inPlay = originsInPlay(model);
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

  it('keeps an origin whose deal is at 0 by default but a slider can raise', () => {
    const d = dataset({
      entities: [entity('fund', 'source'), entity('lab', 'startup'), entity('cloud', 'cloud')],
      flows: [amountFlow('fund', 'lab', { param: 'tranche' }), shareFlow('lab', 'cloud', 1)],
      parameters: [parameter('tranche', 0, 10, 0, 'amount')],
    });
    expect(originsInPlay(compileModel(d))).toEqual([true]);
    const fixed = dataset({ ...d, parameters: [parameter('tranche', 0, 0, 0, 'amount')] });
    expect(originsInPlay(compileModel(fixed))).toEqual([false]);
  });

  it('never leaves out an origin that carries money at some slider setting (every year of the default dataset)', () => {
    for (const year of modelYears(ds.meta)) {
      const model = compileModel(ds, { year, date: momentDate(ds, undefined) });
      const inPlay = originsInPlay(model);
      const { parameters } = model.dataset;
      const values = fc.record(Object.fromEntries(parameters.map((p) => [p.id, fc.double({ min: p.min, max: p.max, noNaN: true })])));
      fc.assert(
        fc.property(values, (v: ParamValues) => {
          const result = solveLoop(model, v);
          if (result.status !== 'converged') return;
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
  });
});
