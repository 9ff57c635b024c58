import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop, type CompiledModel, type LoopResult } from '../../src/model/engine';
import { loadSteps, solveLoopOnce } from '../../src/model/solveCache';
import { isRetired, KEPT_STEPS, prepareSteps, solveLoopStep } from '../../src/model/solveStep';
import type { Dataset, Expr, Flow, ParamValues } from '../../src/model/types';
import { validDataset } from './arbitraries';
import { amountFlow, dataset, entity, loadDefaultDataset, parameter, shareFlow } from './fixtures';
import { expectLargestOrigins } from './largestOrigins';
import { flowRows } from './flowRows';

const runs = Number(process.env.PROPERTY_RUNS ?? 150);

// solveLoopOnce steps once the step's code is loaded, as the page loads it beside the dataset.
beforeAll(() => loadSteps());

/** Every field of a result the page reads, as plain numbers. */
function fields(result: LoopResult): Record<string, number[]> {
  const common = {
    gain: [result.gain],
    injected: [result.injected],
    shares: [...result.coefficients.shares],
    amounts: [...result.coefficients.amounts],
  };
  if (result.status === 'divergent') return common;
  const { flowValue, flowByOrigin, inflow, inflowByOrigin, absorbed, unpaid } = result;
  return {
    ...common,
    flowValue: [...flowValue],
    flowByOrigin: [...flowRows({ flowValue, flowByOrigin })],
    inflow: [...inflow],
    inflowByOrigin: [...inflowByOrigin],
    absorbed: [...absorbed],
    unpaid: [...unpaid],
  };
}

/** The step's result equals a full solve of the same sliders, every number to 1e-9, and 0 where it is 0. */
function expectSameAsFullSolve(model: CompiledModel, values: ParamValues): void {
  const step = solveLoopStep(model, values);
  const full = solveLoop(model, values);
  expect(step.status).toBe(full.status);
  // Found from the step's own split (added to an anchor, or solved into a retired step's arrays).
  if (step.status === 'converged') expectLargestOrigins(step, model.structure.origins.length);
  const expected = fields(full);
  // As in the engine's properties: to 1e-9 of the money injected (or of 1, when that is less).
  const scale = Math.max(1, Math.abs(full.injected));
  for (const [name, actual] of Object.entries(fields(step))) {
    const want = expected[name]!;
    expect(actual.length, name).toBe(want.length);
    actual.forEach((x, i) => {
      // Exactly 0 where the full solve has no money: a chart would otherwise draw a hairline.
      const off = want[i] === 0 ? x !== 0 : Math.abs(x - want[i]!) > 1e-9 * scale;
      if (off) expect.fail(`${name}[${i}]: ${x}, full solve ${want[i]}`);
    });
  }
}

/** A slider dragged through some positions (fractions of its range; 0 and 1 are its ends). */
const drag = fc.record({
  slider: fc.nat(),
  positions: fc.array(fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }),
});

/** Drags the sliders in turn, checking every step against a full solve. */
function dragAndCheck(model: CompiledModel, drags: { slider: number; positions: number[] }[]): void {
  const { parameters } = model.dataset;
  let values = defaultValues(parameters);
  expectSameAsFullSolve(model, values);
  for (const { slider, positions } of drags) {
    const p = parameters[slider % parameters.length]!;
    for (const at of positions) {
      values = { ...values, [p.id]: p.min + at * (p.max - p.min) };
      expectSameAsFullSolve(model, values);
    }
  }
}

/**
 * A random loop with sliders: one amount slider per source (the amount itself, half of it, or 10
 * more than it), and one share slider per inner entity scaling the shares it passes on. Without
 * reinvestment most amount steps are solved linearly; with it, most solve in full.
 */
const slidersDataset = fc
  .record({
    base: validDataset,
    form: fc.array(fc.constantFrom('plain', 'half', 'plus'), { minLength: 3, maxLength: 3 }),
    reinvest: fc.boolean(),
  })
  .map(({ base, form, reinvest }): Dataset => {
    const parameters: Dataset['parameters'] = [];
    const flows = base.flows.map((flow, i): Flow => {
      if ('amount' in flow) {
        const id = `amount-${flow.from}`;
        if (!parameters.some((p) => p.id === id)) parameters.push(parameter(id, 0, 1000, flow.amount as number, 'amount'));
        const shape = form[i % form.length];
        const amount: Expr =
          shape === 'half' ? { product: [{ param: id }, 0.5] } : shape === 'plus' ? { sum: [{ param: id }, 10] } : { param: id };
        return { ...flow, amount };
      }
      const kind = !reinvest && flow.kind === 'reinvestment' ? 'compute-spend' : flow.kind;
      if (flow.share === 'rest') return { ...flow, kind };
      const id = `scale-${flow.from}`;
      if (!parameters.some((p) => p.id === id)) parameters.push(parameter(id, 0, 1, 1));
      return { ...flow, kind, share: { product: [{ param: id }, flow.share] } };
    });
    return { ...base, flows, parameters };
  });

describe('solveLoopStep', { timeout: 120_000 }, () => {
  it('equals a full solve after random slider drags on random loops', () => {
    fc.assert(
      fc.property(slidersDataset, fc.array(drag, { minLength: 1, maxLength: 6 }), (ds, drags) => {
        dragAndCheck(compileModel(ds), drags);
      }),
      { numRuns: runs },
    );
  });

  // A run of the property above that once failed in CI: shrinking drags one model again and again, and
  // an amount taken from 61.6 to 3e-252 left the anchor's last bits (7e-15) in its receiver's inflow,
  // so a flow a full solve has at 0 carried 5e-209. Replayed whole (the seed alone: the anchor is kept
  // from the run's earlier drags of the same model), at the run count it failed at.
  it('leaves 0, not the last bits of the anchor, where a step takes an amount to almost nothing', () => {
    fc.assert(
      fc.property(slidersDataset, fc.array(drag, { minLength: 1, maxLength: 6 }), (ds, drags) => {
        dragAndCheck(compileModel(ds), drags);
      }),
      { numRuns: 150, seed: -320172918 },
    );
  });

  it('equals a full solve after random slider drags on the default dataset', () => {
    const model = compileModel(loadDefaultDataset());
    fc.assert(
      fc.property(fc.array(drag, { minLength: 1, maxLength: 6 }), (drags) => dragAndCheck(model, drags)),
      { numRuns: Math.ceil(runs / 4) },
    );
  });

  it('equals a full solve on a large generated loop whose reinvestments are purchases', () => {
    const ds = generateDataset(200, 900);
    ds.flows = ds.flows.map((flow) => (flow.kind === 'reinvestment' ? { ...flow, kind: 'gpu-purchase' } : flow));
    const model = compileModel(ds);
    const amounts = ds.parameters.flatMap((p, i) => (p.unit === 'amount' ? [i] : []));
    const share = ds.parameters.findIndex((p) => p.id === 'compute-scale');
    dragAndCheck(model, [
      { slider: amounts[0]!, positions: [0.2, 0.5, 0.9, 0, 0.4] },
      { slider: amounts[1]!, positions: [0.7, 0.1] },
      { slider: share, positions: [0.5] },
      { slider: amounts[0]!, positions: [0.3, 1] },
    ]);
  });

  it('equals a full solve after random drags on a large generated loop where most origins reinvest', () => {
    // As in the bench's datasets: a step of an amount slider moves most origins' columns.
    const model = compileModel(generateDataset(200, 900));
    const amounts = model.dataset.parameters.flatMap((p, i) => (p.unit === 'amount' ? [i] : []));
    const drags = fc.array(fc.record({ slider: fc.constantFrom(...amounts), positions: drag.map((d) => d.positions) }), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(drags, (list) => dragAndCheck(model, list)),
      { numRuns: Math.ceil(runs / 15) },
    );
  });

  it('keeps the arrays of the latest steps, and says which older ones it reused, as amount and share sliders move', () => {
    const model = compileModel(generateDataset(120, 500));
    const amount = model.dataset.parameters.find((p) => p.unit === 'amount')!;
    // A share slider's step is a full solve, which reuses retired arrays too.
    const share = model.dataset.parameters.find((p) => p.id === 'compute-scale')!;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 12 }),
        (moves) => {
          const made: { result: LoopResult; numbers: Record<string, number[]> }[] = [];
          let values = defaultValues(model.dataset.parameters);
          for (const [isShare, at] of moves) {
            const slider = isShare ? share : amount;
            values = { ...values, [slider.id]: slider.min + at * (slider.max - slider.min) };
            const result = solveLoopOnce(model, values);
            made.push({ result, numbers: fields(result) });
            // A retired step is never handed out again: its sliders are solved afresh.
            expect(isRetired(solveLoopOnce(model, values))).toBe(false);
          }
          made.slice(-KEPT_STEPS).forEach(({ result }) => expect(isRetired(result)).toBe(false));
          // Whatever was not retired still holds the numbers it was made with.
          for (const { result, numbers } of made) if (!isRetired(result)) expect(fields(result)).toEqual(numbers);
        },
      ),
      { numRuns: Math.ceil(runs / 5) },
    );
  });

  it("makes ready the first steps' arrays a slice at a time, and never writes one a step was given", () => {
    const model = compileModel(generateDataset(500, 2500));
    const { entityCount, origins } = model.structure;
    // One step's array: its inflow split (its flows' split is read from it when needed).
    const part = entityCount * origins.length;
    const amount = model.dataset.parameters.find((p) => p.unit === 'amount')!;
    const at = (fraction: number) => ({
      ...defaultValues(model.dataset.parameters),
      [amount.id]: amount.min + fraction * (amount.max - amount.min),
    });
    solveLoopStep(model, at(0.5));
    // Four fifths of one array made ready; the first step takes it for the slider's response and
    // the next for its own split, and the rest (the other steps' arrays) are made ready after it,
    // not what that step was given.
    expect(prepareSteps(model, Math.floor(part * 0.8))).toBe(true);
    const first = solveLoopStep(model, at(0.6));
    const numbers = fields(first);
    // Only the two steps still to come before steps lend their own arrays: two slices of one step's
    // size (three, had the response taken fresh memory rather than a ready array).
    expect(prepareSteps(model, part)).toBe(true);
    expect(prepareSteps(model, part)).toBe(false);
    // Writing the rest left the step's arrays as the step made them.
    expect(fields(first)).toEqual(numbers);
    for (const fraction of [0.7, 0.8, 0.9]) expectSameAsFullSolve(model, at(fraction));
    // Once steps lend their own arrays there is nothing left to make ready.
    expect(prepareSteps(model, part)).toBe(false);
  });

  it('makes ready only the steps still to come before steps lend their own arrays', () => {
    const model = compileModel(generateDataset(500, 2500));
    const part = model.structure.entityCount * model.structure.origins.length;
    const amount = model.dataset.parameters.find((p) => p.unit === 'amount')!;
    for (const fraction of [0.5, 0.6])
      solveLoopStep(model, { ...defaultValues(model.dataset.parameters), [amount.id]: fraction * amount.max });
    // The full solve the steps add to, then one step: two of the three steps are still to come.
    expect(prepareSteps(model, part)).toBe(true);
    expect(prepareSteps(model, part)).toBe(false);
  });

  it('makes nothing ready once steps lend their own arrays, though a share slider knows no response', () => {
    const model = compileModel(generateDataset(500, 2500));
    const part = model.structure.entityCount * model.structure.origins.length;
    const share = model.dataset.parameters.find((p) => p.unit !== 'amount')!;
    const at = (fraction: number) => ({
      ...defaultValues(model.dataset.parameters),
      [share.id]: share.min + fraction * (share.max - share.min),
    });
    // The full solve the steps add to, then as many share steps as are kept and one more.
    for (let k = 0; k <= KEPT_STEPS + 1; k++) solveLoopStep(model, at(0.3 + 0.1 * k));
    // Half an array: nothing to write, rather than an array begun that the next step would drop.
    expect(prepareSteps(model, Math.floor(part / 2))).toBe(false);
  });

  it('makes nothing ready for a small model, whose fresh arrays cost little', () => {
    expect(prepareSteps(compileModel(loadDefaultDataset()), 1 << 19)).toBe(false);
  });

  it('reports what a payer that receives nothing cannot pay, as the payment slider moves', () => {
    // Nothing reaches the lab, so its payment's share stays 0 and only what it leaves unpaid changes.
    const model = compileModel(
      dataset({
        entities: [entity('investor', 'source'), entity('startup', 'startup'), entity('lab', 'startup'), entity('cloud', 'cloud')],
        flows: [
          amountFlow('investor', 'startup', 10),
          shareFlow('startup', 'lab', { param: 'reach' }),
          shareFlow('startup', 'cloud', 0.5),
          amountFlow('lab', 'cloud', { param: 'pay' }, 'compute-spend'),
        ],
        parameters: [parameter('reach', 0, 0.5, 0), parameter('pay', 0, 20, 5, 'amount')],
      }),
    );
    dragAndCheck(model, [{ slider: 1, positions: [0.35, 0.6] }]);
  });
});
