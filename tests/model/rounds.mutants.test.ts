// The loop pass by pass, on the small loop of fixtures.ts: 100 injected, 10 back after one pass, 1 after two.
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, evaluateFlows } from '../../src/model/engine';
import { sumRounds, unrollRounds } from '../../src/model/rounds';
import { roundsWithMoney } from '../../src/model/roundsWithMoney';
import { smallLoop } from './fixtures';

// Built inside each test: Stryker counts only code run by a test as covered by it.
const setup = () => {
  const model = compileModel(smallLoop());
  return { model, coefficients: evaluateFlows(model, defaultValues(model.dataset.parameters)) };
};
// Flows: 0 investor→startup, 1 startup→cloud, 2 startup→costs, 3 cloud→chip, 4 cloud→costs, 5 chip→startup (reinvestment), 6 chip→kept.
// Origins: 0 investor, 1 chip.

describe('roundsWithMoney', () => {
  it('counts the rounds from the first that carry money: all while some comes back, the first alone when none does', () => {
    const { model, coefficients } = setup();
    expect(roundsWithMoney(unrollRounds(model, coefficients, 4))).toBe(4);
    expect(roundsWithMoney([])).toBe(0);
    // Nothing put in: no round carries money.
    const nothing = evaluateFlows(model, { ...defaultValues(model.dataset.parameters), invest: 0 });
    expect(roundsWithMoney(unrollRounds(model, nothing, 4))).toBe(0);
    const none = evaluateFlows(model, { ...defaultValues(model.dataset.parameters), reinvest: 0 });
    expect(roundsWithMoney(unrollRounds(model, none, 4))).toBe(1);
    // Residue a trillionth of what went in is no money: 100 in, 1e-11 back.
    const residue = evaluateFlows(model, { ...defaultValues(model.dataset.parameters), reinvest: 1e-12 });
    expect(roundsWithMoney(unrollRounds(model, residue, 3))).toBe(1);
    // 40 reaches the chip maker each pass: 4e-4 comes back, then 1.6e-9, then 6.4e-15 (below 1e-10).
    const little = evaluateFlows(model, { ...defaultValues(model.dataset.parameters), reinvest: 1e-5 });
    expect(roundsWithMoney(unrollRounds(model, little, 5))).toBe(3);
  });
});

describe('unrollRounds', () => {
  it('has no rounds to show for a count of zero or less', () => {
    const { model, coefficients } = setup();
    expect(unrollRounds(model, coefficients, 0)).toEqual([]);
    expect(unrollRounds(model, coefficients, -1)).toEqual([]);
  });

  it('injects in the first round only and carries back flows into the next', () => {
    const { model, coefficients } = setup();
    const [first, second, third] = unrollRounds(model, coefficients, 3);
    expect(Array.from(first!.flowValue)).toEqual([100, 80, 20, 40, 40, 10, 30].map((v) => expect.closeTo(v, 12)));
    expect(Array.from(second!.flowValue)).toEqual([0, 8, 2, 4, 4, 1, 3].map((v) => expect.closeTo(v, 12)));
    expect(third!.flowValue[5]).toBeCloseTo(0.1, 12);
    expect([first!.entering, second!.entering, third!.entering]).toEqual([100, expect.closeTo(10, 12), expect.closeTo(1, 12)]);
    // The source injects; it receives nothing. The startup receives the injection, then the returns.
    expect(Array.from(first!.inflow)).toEqual([0, 100, 80, 40, 20, 40, 30].map((v) => expect.closeTo(v, 12)));
    expect(second!.inflow[1]).toBeCloseTo(10, 12);
  });

  it('labels money by origin, reinvested money as the reinvestor’s', () => {
    const { model, coefficients } = setup();
    const [first, second] = unrollRounds(model, coefficients, 2);
    const byOrigin = (values: Float64Array, i: number) => [values[i * 2], values[i * 2 + 1]];
    expect(byOrigin(first!.flowByOrigin, 0)).toEqual([100, 0]);
    expect(byOrigin(first!.flowByOrigin, 5)).toEqual([0, expect.closeTo(10, 12)]);
    expect(byOrigin(first!.inflowByOrigin, 3)).toEqual([expect.closeTo(40, 12), 0]);
    expect(byOrigin(second!.flowByOrigin, 0)).toEqual([0, 0]);
    expect(byOrigin(second!.flowByOrigin, 1)).toEqual([0, expect.closeTo(8, 12)]);
    expect(byOrigin(second!.inflowByOrigin, 1)).toEqual([0, expect.closeTo(10, 12)]);
  });

  it('passes nothing over a flow with no share', () => {
    const { model } = setup();
    const shut = evaluateFlows(model, { ...defaultValues(model.dataset.parameters), reinvest: 0 });
    const rounds = unrollRounds(model, shut, 2);
    expect(rounds[1]!.entering).toBe(0);
    expect(rounds[1]!.flowValue.every((v) => v === 0)).toBe(true);
  });
});

describe('sumRounds', () => {
  const threeRounds = () => {
    const { model, coefficients } = setup();
    return unrollRounds(model, coefficients, 3);
  };

  it('adds up the first rounds', () => {
    const rounds = threeRounds();
    const two = sumRounds(rounds, 2);
    expect(two.flowValue[1]).toBeCloseTo(88, 12);
    expect(two.inflow[1]).toBeCloseTo(110, 12);
    expect(two.flowByOrigin.get(1, 1)).toBeCloseTo(8, 12);
    expect(two.inflowByOrigin[2 * 1 + 1]).toBeCloseTo(10, 12);
    expect(sumRounds(rounds, 3).flowValue[1]).toBeCloseTo(88.8, 12);
  });

  it('is empty for no rounds', () => {
    const rounds = threeRounds();
    const none = sumRounds([], 3);
    expect([none.flowValue.length, none.flowByOrigin.values.length, none.inflow.length, none.inflowByOrigin.length]).toEqual([0, 0, 0, 0]);
    expect(Array.from(sumRounds(rounds, 0).flowValue)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
