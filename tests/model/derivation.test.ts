import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaNames } from '../../src/model/derivation';

const inputs = { net_income: { value: 120.1 }, revenue: { value: 215.9 }, a: { value: 2 }, b: { value: 3 } };

describe('evaluateFormula', () => {
  it('does arithmetic with precedence, parentheses, unary minus and the × ÷ − signs', () => {
    expect(evaluateFormula('net_income / revenue', inputs)).toBeCloseTo(0.556276, 6);
    expect(evaluateFormula('a + b * 2', inputs)).toBe(8);
    expect(evaluateFormula('(a + b) × 2', inputs)).toBe(10);
    expect(evaluateFormula('a − b ÷ 2', inputs)).toBe(0.5);
    expect(evaluateFormula('-a + 10 - 2 - 1', inputs)).toBe(5);
    expect(evaluateFormula('38 / 7 + 100/8', inputs)).toBeCloseTo(17.93, 2);
  });

  it('names what it does not understand', () => {
    expect(() => evaluateFormula('a + c', inputs)).toThrow('"c", which is not one of its inputs');
    expect(() => evaluateFormula('a + ', inputs)).toThrow('ends too early');
    expect(() => evaluateFormula('(a + b', inputs)).toThrow('misses a ")"');
    expect(() => evaluateFormula('a b', inputs)).toThrow('"b" where it should end');
    expect(() => evaluateFormula('a ^ 2', inputs)).toThrow('"^ 2", which is not arithmetic');
    expect(() => evaluateFormula('toString', inputs)).toThrow('not one of its inputs');
  });

  it('lists the names a formula reads', () => {
    expect(formulaNames('(net_income - a) / revenue * a')).toEqual(['net_income', 'a', 'revenue']);
  });
});
