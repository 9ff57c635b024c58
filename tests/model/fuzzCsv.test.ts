// Fuzzing the CSV loader: 10,000 CSV texts (rows of random ids, amounts, shares and kinds, and
// random text) either load or return errors, each placed on a line; nothing throws; a loaded one
// settles with every unit of money injected ending somewhere (money conserved).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);

const id = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor', 'toString', '台積電', '', ' x ');
const cell = fc.oneof(
  fc.constantFrom('', 'rest', '0', '0.5', '1', '12', '-3', '1e308', 'NaN', 'abc', '"q"'),
  fc.double({ min: 0, max: 1000, noNaN: true }).map(String),
);
const row = fc.record({
  from: id,
  to: id,
  amount: cell,
  share: cell,
  kind: fc.constantFrom('', 'debt', 'reinvestment', 'leakage', 'gpu-purchase', 'unknown'),
  source: fc.constantFrom('', 'http://', 'https://example.com/x', 'a report'),
});
const csv = fc
  .tuple(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([rows, withShare]) =>
    [
      `from,to,amount${withShare ? ',share' : ''},kind,source`,
      ...rows.map((r) => [r.from, r.to, r.amount, ...(withShare ? [r.share] : []), r.kind, r.source].join(',')),
    ].join('\n'),
  );

function check(text: string) {
  const result = parseDatasetCsv(text);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    return;
  }
  const model = compileModel(result.dataset);
  const solved = solveLoop(model, defaultValues(result.dataset.parameters));
  if (solved.status !== 'converged') return;
  const absorbed = solved.absorbed.reduce((sum, x) => sum + x, 0);
  expect(Math.abs(absorbed - solved.injected)).toBeLessThanOrEqual(1e-6 * Math.max(1, solved.injected));
}

describe(`fuzzing the CSV loader (${TOTAL} cases)`, { timeout: 300_000 }, () => {
  it('loads or rejects CSVs of random rows, conserving money when it loads', () => {
    fc.assert(fc.property(csv, check), { numRuns: Math.round(TOTAL * 0.7) });
  });

  it('rejects or loads random text without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: Math.round(TOTAL * 0.3) });
  });
});
