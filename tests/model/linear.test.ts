import { describe, expect, it } from 'vitest';
import { compileModel, evaluateFlows } from '../../src/model/engine';
import { buildPortSystem, factorLU, solveClosedLoop, solveLU, spectralRadius } from '../../src/model/linear';
import { defaultValues } from '../../src/model/defaults';
import { loadDefaultDataset } from './fixtures';

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
  it('solves several right-hand sides at once exactly as one by one', () => {
    const lu = factorLU(Float64Array.from([0, 1, 2, 2, 3, 1, 1, 0, 4]), 3)!;
    const columns = [Float64Array.from([1, 2, 3]), Float64Array.from([-4, 0, 0.5])];
    const interleaved = Float64Array.from([1, -4, 2, 0, 3, 0.5]);
    const together = solveLU(lu, interleaved, 2)!;
    columns.forEach((rhs, j) => {
      const alone = solveLU(lu, rhs)!;
      alone.forEach((x, i) => expect(together[i * 2 + j]).toBe(x));
    });
  });
  it('closes the loop for many injections in one batch exactly as one by one', () => {
    const ds = loadDefaultDataset();
    const model = compileModel(ds);
    const s = model.structure;
    const { shares } = evaluateFlows(model, defaultValues(ds.parameters));
    const system = buildPortSystem(s, shares);
    expect(system.ports.length).toBeGreaterThan(0);
    const width = 3;
    const batch = new Float64Array(s.entityCount * width);
    const singles = Array.from({ length: width }, () => new Float64Array(s.entityCount));
    for (let e = 0; e < s.entityCount; e++) {
      for (let j = 0; j < width; j++) {
        const amount = (e * 7 + j * 13) % 5;
        batch[e * width + j] = amount;
        singles[j]![e] = amount;
      }
    }
    const together = solveClosedLoop(s, shares, system, batch, width);
    singles.forEach((inject, j) => {
      const alone = solveClosedLoop(s, shares, system, inject);
      alone.forEach((x, e) => expect(together[e * width + j]).toBe(x));
    });
  });
});
