// Edge cases of the loop's linear algebra, and the port system of the small loop worked out by hand.
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, evaluateFlows } from '../../src/model/engine';
import { buildPortSystem, solveClosedLoop, spectralRadius } from '../../src/model/linear';
import { factorLU, solveLU } from '../../src/model/lu';
import { smallLoop } from './fixtures';

describe('spectralRadius', () => {
  it('takes the geometric mean of estimates that alternate', () => {
    // Eigenvalues ±1: successive estimates alternate between 2 and 0.5.
    expect(spectralRadius(Float64Array.from([0, 2, 0.5, 0]), 2)).toBeCloseTo(1, 12);
  });

  it('settles on a three-stroke loop and a single entry', () => {
    expect(spectralRadius(Float64Array.from([0, 0, 0.5, 0.5, 0, 0, 0, 0.5, 0]), 3)).toBeCloseTo(0.5, 12);
    expect(spectralRadius(Float64Array.from([0.3]), 1)).toBeCloseTo(0.3, 12);
  });

  it('says Infinity rather than NaN for an infinite entry', () => {
    expect(spectralRadius(Float64Array.from([Infinity]), 1)).toBe(Infinity);
  });
});

describe('factorLU and solveLU', () => {
  it('refuses a pivot too small to divide by, and a solution that is not finite', () => {
    expect(factorLU(Float64Array.from([1e-301]), 1)).toBeUndefined();
    const tiny = factorLU(Float64Array.from([2e-300]), 1)!;
    expect(tiny).toBeDefined();
    expect(solveLU(tiny, Float64Array.from([1e10]))).toBeUndefined();
  });

  it('solves a system that needs a row swap in every column', () => {
    // [[0, 0, 1], [1, 0, 0], [0, 1, 0]] x = [3, 1, 2]  →  x = [1, 2, 3]
    const lu = factorLU(Float64Array.from([0, 0, 1, 1, 0, 0, 0, 1, 0]), 3)!;
    expect(Array.from(solveLU(lu, Float64Array.from([3, 1, 2]))!)).toEqual([1, 2, 3]);
    // A full matrix: [[4, 3], [6, 3]] x = [10, 12]  →  x = [1, 2]
    const full = factorLU(Float64Array.from([4, 3, 6, 3]), 2)!;
    solveLU(full, Float64Array.from([10, 12]))!.forEach((x, i) => expect(x).toBeCloseTo([1, 2][i]!, 12));
  });
});

describe('buildPortSystem on the small loop', () => {
  // Built inside each test: Stryker counts only code run by a test as covered by it.
  const setup = () => {
    const model = compileModel(smallLoop());
    return { s: model.structure, shares: evaluateFlows(model, defaultValues(model.dataset.parameters)).shares };
  };

  it('has one port on either side: the startup where the reinvestment lands, the chipmaker that sends it', () => {
    const { s, shares } = setup();
    const entry = buildPortSystem(s, shares, { side: 'entry' });
    expect([entry.side, Array.from(entry.ports), Array.from(entry.portOf)]).toEqual(['entry', [1], [-1, 0, -1, -1, -1, -1, -1]]);
    const exit = buildPortSystem(s, shares, { side: 'exit' });
    expect([exit.side, Array.from(exit.ports), Array.from(exit.portOf)]).toEqual(['exit', [3], [-1, -1, -1, 0, -1, -1, -1]]);
    for (const system of [entry, exit]) {
      expect(system.gain).toBeCloseTo(0.1, 12);
      expect(system.convergent).toBe(true);
      // The closed loop from either side: 100 into the startup becomes 1000/9.
      const inject = new Float64Array(s.entityCount);
      inject[1] = 100;
      expect(solveClosedLoop(s, shares, system, inject)[1]).toBeCloseTo(1000 / 9, 10);
    }
    // Equal counts: the entry side.
    expect(buildPortSystem(s, shares).side).toBe('entry');
  });

  it('skips the gain when asked, and has no ports when nothing goes back', () => {
    const { s, shares } = setup();
    expect(buildPortSystem(s, shares, { gain: false }).gain).toBe(0);
    const open = Float64Array.from(shares);
    open[5] = 0;
    const none = buildPortSystem(s, open);
    expect([none.gain, none.convergent, none.ports.length, none.lu]).toEqual([0, true, 0, undefined]);
  });

  it('reports a loop that returns more than it takes as divergent, with a gain of at least 1', () => {
    const { s, shares } = setup();
    const amplifying = Float64Array.from(shares);
    amplifying[5] = 4;
    const system = buildPortSystem(s, amplifying);
    expect(system.convergent).toBe(false);
    expect(system.gain).toBeCloseTo(1.6, 9);
  });
});
