// The CSV fuzz (fuzzCsv.test.ts) feeds mostly broken CSVs: few of them load, so few reach its money
// check. Here every CSV is a well-formed loop (amounts from a fund, shares summing to at most 1 at
// each company, cycles, ids named like Object.prototype's members), so nearly every case loads, and
// each one that settles must end every unit of money injected somewhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);
const IDS = ['a', 'b', 'c', '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '台積電'];

/** Shares for `count` targets summing to at most 1, written with four decimals (rounded down, so the sum stays ≤ 1). */
const shares = (count: number) =>
  fc
    .tuple(
      fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: count, maxLength: count }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([weights, total]) => {
      const sum = weights.reduce((s, w) => s + w, 0);
      return weights.map((w) => String(Math.floor((total * w * 1e4) / sum) / 1e4));
    });

const loopCsv = fc
  .shuffledSubarray(IDS, { minLength: 2, maxLength: 6 })
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      // Where the fund's money goes in, and how much.
      injections: fc.uniqueArray(fc.record({ to: fc.constantFrom(...nodes), amount: fc.double({ min: 0, max: 1000, noNaN: true }) }), {
        minLength: 1,
        maxLength: 2,
        selector: (i) => i.to,
      }),
      // Each company pays some of the others (a cycle where one leads back), the rest leaving the loop.
      payments: fc.tuple(
        ...nodes.map((from) => {
          const others = nodes.filter((to) => to !== from);
          return fc
            .subarray(others, { minLength: 0, maxLength: Math.min(3, others.length) })
            .chain((targets) => shares(targets.length).map((s) => targets.map((to, i) => ({ from, to, share: s[i]! }))));
        }),
      ),
      rest: fc.boolean(),
    }),
  )
  .map(({ nodes, injections, payments, rest }) =>
    [
      'from,to,amount,share',
      ...injections.map((i) => `fund,${i.to},${i.amount},`),
      ...payments.flat().map((p) => `${p.from},${p.to},,${p.share}`),
      // What each company keeps: "rest" to a sink of its own, or left implicit.
      ...(rest ? nodes.map((from) => `${from},${from}-kept,,rest`) : []),
    ].join('\n'),
  );

describe(`fuzzing the CSV loader with well-formed loops (${Math.round(TOTAL * 0.2)} cases)`, { timeout: 300_000 }, () => {
  it('loads them, and each that settles conserves money', () => {
    let loaded = 0;
    fc.assert(
      fc.property(loopCsv, (text) => {
        const result = parseDatasetCsv(text);
        if (!result.ok) return;
        loaded++;
        const model = compileModel(result.dataset);
        const solved = solveLoop(model, defaultValues(result.dataset.parameters));
        if (solved.status !== 'converged') return;
        for (const array of [solved.flowValue, solved.inflow, solved.absorbed]) expect(array.every(Number.isFinite)).toBe(true);
        const absorbed = solved.absorbed.reduce((sum, x) => sum + x, 0);
        expect(Math.abs(absorbed - solved.injected)).toBeLessThanOrEqual(1e-6 * Math.max(1, solved.injected));
      }),
      { numRuns: Math.round(TOTAL * 0.2) },
    );
    // Most of them load: the money check above is not vacuous.
    expect(loaded).toBeGreaterThan(Math.round(TOTAL * 0.2 * 0.8));
  });
});
