import { describe, expect, it } from 'vitest';
import { compileModel, evaluateFlows } from '../../src/model/engine';
import { buildPortSystem, propagateBackward, propagateForward, solveClosedLoop, spectralRadius } from '../../src/model/linear';
import { factorLU, solveLU } from '../../src/model/lu';
import { generateDataset } from '../../scripts/bench/generateDataset';
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
    // The default dataset's only loop-closing flow is the what-if reinvestment, 0 by default: turn it on.
    const { shares } = evaluateFlows(model, { ...defaultValues(ds.parameters), 'nvidia-reinvest': 0.5 });
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
  it('measures backwards exactly what a forward pass carries from each entity to each other', () => {
    const ds = generateDataset(60, 240);
    const model = compileModel(ds);
    const s = model.structure;
    const { shares } = evaluateFlows(model, defaultValues(ds.parameters));
    // Column j of the backward pass asks how much reaches entity j; forward from entity a answers it for a.
    const n = s.entityCount;
    const reaches = new Float64Array(n * n);
    for (let e = 0; e < n; e++) reaches[e * n + e] = 1;
    propagateBackward(s, shares, reaches, n);
    let compared = 0;
    for (let a = 0; a < n; a += 7) {
      const forward = new Float64Array(n);
      forward[a] = 1;
      propagateForward(s, shares, forward);
      for (let b = 0; b < n; b++) {
        expect(reaches[a * n + b]).toBeCloseTo(forward[b]!, 12);
        if (forward[b]! > 0 && a !== b) compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('builds the same loop from either side of the back flows', () => {
    const ds = generateDataset(200, 900);
    const model = compileModel(ds);
    const { shares } = evaluateFlows(model, defaultValues(ds.parameters));
    const system = buildPortSystem(model.structure, shares);
    expect(system.side).toBe('exit');
    const inject = new Float64Array(model.structure.entityCount).map((_, e) => (e % 5 === 0 ? 1 + (e % 3) : 0));
    const inflow = solveClosedLoop(model.structure, shares, system, inject);
    // The entry side, forced by hand: the same closed loop from the other set of ports.
    const entrySide = buildPortSystem(model.structure, shares, { side: 'entry' });
    expect(entrySide.side).toBe('entry');
    expect(entrySide.gain).toBeCloseTo(system.gain, 9);
    const viaEntries = solveClosedLoop(model.structure, shares, entrySide, inject);
    inflow.forEach((x, e) => expect(viaEntries[e]).toBeCloseTo(x, 8));
  });
});
