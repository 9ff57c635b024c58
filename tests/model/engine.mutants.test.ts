// Slider values into numbers per flow: what the engine does with values no slider should give.
import { describe, expect, it } from 'vitest';
import { compileModel, evaluateFlows, solveLoop, type SteadyState } from '../../src/model/engine';
import { amountFlow, dataset, entity, shareFlow, smallLoop } from './fixtures';
import { flowRows } from './flowRows';

// fund → a (amount p); a → b (share q), a → c (share r), a → d (the rest); b → c (share q), b → d (the rest).
// Built inside each test: Stryker counts only code run by a test as covered by it.
const loopModel = () =>
  compileModel(
    dataset({
      entities: [entity('fund', 'source'), entity('a', 'startup'), entity('b', 'cloud'), entity('c', 'sink'), entity('d', 'sink')],
      flows: [
        amountFlow('fund', 'a', { param: 'p' }),
        shareFlow('a', 'b', { param: 'q' }),
        shareFlow('a', 'c', { param: 'r' }),
        shareFlow('a', 'd', 'rest', 'leakage'),
        shareFlow('b', 'c', { param: 'q' }),
        shareFlow('b', 'd', 'rest', 'leakage'),
      ],
    }),
  );

describe('evaluateFlows', () => {
  it('gives each share flow its share and the rest flow what is left', () => {
    const { amounts, shares } = evaluateFlows(loopModel(), { p: 10, q: 0.3, r: 0.2 });
    expect(Array.from(amounts)).toEqual([10, 0, 0, 0, 0, 0]);
    [0, 0.3, 0.2, 0.5, 0.3, 0.7].forEach((share, f) => expect(shares[f]).toBeCloseTo(share, 12));
  });

  it('scales shares that add up to more than one back to one, leaving no rest', () => {
    const { amounts, shares } = evaluateFlows(loopModel(), { p: -5, q: 0.9, r: 0.6 });
    expect(Array.from(amounts)).toEqual([0, 0, 0, 0, 0, 0]);
    [0, 0.6, 0.4, 0, 0.9, 0.1].forEach((share, f) => expect(shares[f]).toBeCloseTo(share, 12));
  });

  it('treats non-finite and negative values as zero and caps a share at one', () => {
    const { amounts, shares } = evaluateFlows(loopModel(), { p: Number.NaN, q: Infinity, r: 2 });
    expect(Array.from(amounts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(shares)).toEqual([0, 0, 1, 0, 0, 1]);
    const negative = evaluateFlows(loopModel(), { p: Infinity, q: -1, r: 0.5 });
    expect(Array.from(negative.amounts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(negative.shares)).toEqual([0, 0, 0.5, 0.5, 0, 1]);
  });
});

describe('solveLoop without a loop', () => {
  it('passes the injection down the shares, keeps the rest at the sinks, and nothing at the source', () => {
    const result = solveLoop(loopModel(), { p: 10, q: 0.3, r: 0.2 }) as SteadyState;
    expect(result.status).toBe('converged');
    expect(result.gain).toBe(0);
    expect(result.injected).toBe(10);
    [0, 10, 3, 2.9, 7.1].forEach((x, e) => expect(result.inflow[e]).toBeCloseTo(x, 12));
    [10, 3, 2, 5, 0.9, 2.1].forEach((x, f) => expect(result.flowValue[f]).toBeCloseTo(x, 12));
    [0, 0, 0, 2.9, 7.1].forEach((x, e) => expect(result.absorbed[e]).toBeCloseTo(x, 12));
    // One origin (the fund): every flow is all its money.
    expect(Array.from(flowRows(result))).toEqual(Array.from(result.flowValue));
    expect(Array.from(result.inflowByOrigin)).toEqual(Array.from(result.inflow));
  });

  it('injects nothing for an amount of zero', () => {
    const result = solveLoop(loopModel(), { p: 0, q: 0.3, r: 0.2 }) as SteadyState;
    expect(result.injected).toBe(0);
    expect(result.inflow.every((x) => x === 0)).toBe(true);
  });
});

describe('evaluateFlows and solveLoop at the edges', () => {
  it('gives the rest to a rest flow that is the first flow of the dataset', () => {
    const model = compileModel(
      dataset({
        entities: [entity('fund', 'source'), entity('a', 'startup'), entity('b', 'cloud'), entity('kept', 'sink')],
        flows: [shareFlow('a', 'kept', 'rest', 'leakage'), amountFlow('fund', 'a', 10), shareFlow('a', 'b', 0.3)],
      }),
    );
    expect(evaluateFlows(model, {}).shares[0]).toBeCloseTo(0.7, 12);
  });

  it('calls a loop whose totals overflow divergent, with a gain of at least 1', () => {
    const model = compileModel(smallLoop());
    // Gain 0.5, but 10^308 / (1 − 0.5) is beyond the largest number.
    const result = solveLoop(model, { invest: 1e308, compute: 1, reinvest: 1 });
    expect(result.status).toBe('divergent');
    expect(result.gain).toBe(1);
  });
});
