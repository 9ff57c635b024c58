import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { solveLoopShared } from '../../src/model/sharedSolve';
import type { ParamValues } from '../../src/model/types';
import { loadDefaultDataset } from './fixtures';

const runs = Number(process.env.PROPERTY_RUNS ?? 50);

describe('solveLoopShared', { timeout: 120_000 }, () => {
  it('answers the same slider values, in another object, with the same solve', () => {
    const model = compileModel(loadDefaultDataset());
    const first = solveLoopShared(model, defaultValues(model.dataset.parameters));
    expect(solveLoopShared(model, defaultValues(model.dataset.parameters))).toBe(first);
  });

  it("solves afresh when any slider's value differs, or the model does", () => {
    const source = loadDefaultDataset();
    const model = compileModel(source);
    const values = defaultValues(model.dataset.parameters);
    const first = solveLoopShared(model, values);
    const [slider] = model.dataset.parameters;
    const moved: ParamValues = { ...values, [slider!.id]: slider!.min };
    expect(solveLoopShared(model, moved)).not.toBe(first);
    // A slider missing, or one more, is another state too.
    const { [slider!.id]: _, ...fewer } = values;
    expect(solveLoopShared(model, fewer)).not.toBe(solveLoopShared(model, values));
    expect(solveLoopShared(model, { ...values, extra: 1 })).not.toBe(solveLoopShared(model, values));
    const other = compileModel(structuredClone(source));
    expect(solveLoopShared(other, values)).not.toBe(solveLoopShared(model, values));
  });

  it('equals solveLoop, field for field, after any sequence of slider moves', () => {
    const model = compileModel(loadDefaultDataset());
    const { parameters } = model.dataset;
    const move = fc.record({ slider: fc.nat(), at: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })) });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 8 }), (moves) => {
        let values = defaultValues(parameters);
        for (const { slider, at } of moves) {
          const p = parameters[slider % parameters.length]!;
          values = { ...values, [p.id]: p.min + at * (p.max - p.min) };
          // Twice, each time in a new object: the second call answers from what the first kept.
          for (let i = 0; i < 2; i++) expect(solveLoopShared(model, { ...values })).toStrictEqual(solveLoop(model, values));
        }
      }),
      { numRuns: runs },
    );
  });
});
