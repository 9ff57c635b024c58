import { describe, expect, it } from 'vitest';
import { factorLU, solveLU, spectralRadius } from '../../src/model/linear';

describe('linear algebra of the loop', () => {
  it('finds the spectral radius of a periodic (two-stroke) loop', () => {
    expect(spectralRadius(Float64Array.from([0, 0.5, 0.5, 0]), 2)).toBeCloseTo(0.5, 8);
  });
  it('finds the spectral radius of a mixing loop', () => {
    // trace 0.6, determinant 0.05 → eigenvalues 0.5 and 0.1
    expect(spectralRadius(Float64Array.from([0.2, 0.3, 0.1, 0.4]), 2)).toBeCloseTo(0.5, 8);
  });
  it('returns 0 for a loop that sends nothing back', () => {
    expect(spectralRadius(new Float64Array(9), 3)).toBe(0);
  });
  it('solves with pivoting and reports a singular matrix', () => {
    const lu = factorLU(Float64Array.from([0, 1, 2, 3]), 2)!;
    expect(Array.from(solveLU(lu, Float64Array.from([1, 8]))!)).toEqual([2.5, 1]);
    expect(factorLU(Float64Array.from([1, 2, 2, 4]), 2)).toBeUndefined();
  });
});
