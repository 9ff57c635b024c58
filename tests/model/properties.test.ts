import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, solveLoop } from '../../src/model/engine';
import { unrollRounds } from '../../src/model/rounds';
import { validateDataset } from '../../src/model/validate';
import { validDataset } from './arbitraries';
import { expectLargestOrigins } from './largestOrigins';
import { flowRows } from './flowRows';
import { solved } from './solved';

const runs = Number(process.env.PROPERTY_RUNS ?? 300);
const relative = (a: number, b: number, scale: number) => Math.abs(a - b) / Math.max(1, Math.abs(scale));

describe('flow engine properties on random datasets with cycles', () => {
  it('validates, settles, and conserves money to 1e-9', () => {
    fc.assert(
      fc.property(validDataset, (ds) => {
        const checked = validateDataset(ds);
        expect(checked.ok ? [] : checked.errors).toEqual([]);
        const result = solveLoop(compileModel(ds), {});
        expect(result.status).toBe('converged');
        if (result.status !== 'converged') return;
        expect(result.gain).toBeLessThan(0.9 + 1e-9);
        const absorbed = result.absorbed.reduce((a, b) => a + b, 0);
        expect(relative(absorbed, result.injected, result.injected)).toBeLessThan(1e-9);
        for (const array of [result.flowValue, result.inflow, flowRows(result), result.inflowByOrigin]) {
          expect(array.every((x) => Number.isFinite(x) && x >= -1e-9)).toBe(true);
        }
      }),
      { numRuns: runs },
    );
  });

  it("splits every entity and flow by origin into parts that sum to the whole, and finds each flow's largest part", () => {
    fc.assert(
      fc.property(validDataset, (ds) => {
        const { model, result } = solved(ds);
        const origins = model.structure.origins.length;
        result.inflow.forEach((total, e) => {
          let parts = 0;
          for (let o = 0; o < origins; o++) parts += result.inflowByOrigin[e * origins + o]!;
          expect(relative(parts, total, result.injected)).toBeLessThan(1e-9);
        });
        result.flowValue.forEach((total, f) => {
          let parts = 0;
          for (let o = 0; o < origins; o++) parts += result.flowByOrigin.get(f, o);
          expect(relative(parts, total, result.injected)).toBeLessThan(1e-9);
        });
        // As a scan of each flow's own row finds it (a thin link is drawn in it).
        expectLargestOrigins(result, origins);
      }),
      { numRuns: runs },
    );
  });

  it('closed form equals the sum of 400 rounds, flow by flow and origin by origin', () => {
    fc.assert(
      fc.property(validDataset, (ds) => {
        const { model, result } = solved(ds);
        const rounds = unrollRounds(model, result.coefficients, 400);
        flowRows(result).forEach((total, i) => {
          const summed = rounds.reduce((sum, round) => sum + round.flowByOrigin[i]!, 0);
          expect(relative(summed, total, result.injected)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });
});
