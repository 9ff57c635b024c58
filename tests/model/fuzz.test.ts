// Fuzzing the loader and the engine: every input either loads or returns errors; nothing throws,
// hangs, or yields NaN/Infinity. FUZZ_RUNS scales every surface (default 10,000 datasets in all;
// a larger run: FUZZ_RUNS=100000 npx vitest run tests/model/fuzz.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { headlineFigures, roundTrips } from '../../src/model/figures';
import { parseDatasetJson } from '../../src/model/parseDataset';
import { unrollRounds } from '../../src/model/rounds';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { validDataset } from './arbitraries';
import { smallLoop } from './fixtures';
import { flowRows } from './flowRows';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);
const MAX_MS_PER_CASE = 2000;

/** Runs a loaded dataset through everything the app computes and checks every number. */
function exercise(dataset: Dataset, values: Record<string, number>) {
  const model = compileModel(dataset);
  const result = solveLoop(model, values);
  const figures = headlineFigures(model, result);
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === 'number' && key !== 'focusRevenue' && key !== 'revenueBooked') expect(Number.isFinite(value), key).toBe(true);
  }
  expect(Number.isFinite(result.gain)).toBe(true);
  if (result.status === 'converged') {
    for (const array of [result.flowValue, result.inflow, flowRows(result), result.inflowByOrigin, result.absorbed])
      expect(array.every(Number.isFinite)).toBe(true);
    expect(roundTrips(model, result).every((t) => Number.isFinite(t.net))).toBe(true);
  }
  for (const round of unrollRounds(model, result.coefficients, 6)) expect(round.flowValue.every(Number.isFinite)).toBe(true);
}

function check(input: unknown, values?: (ds: Dataset) => Record<string, number>) {
  const started = performance.now();
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? 'undefined');
  const result = parseDatasetJson(text);
  if (result.ok) exercise(result.dataset, values ? values(result.dataset) : defaultValues(result.dataset.parameters));
  else expect(result.errors.length).toBeGreaterThan(0);
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_CASE);
}

/** A valid dataset with one field replaced by something else. */
const mutated = fc
  .tuple(
    validDataset,
    fc.nat(),
    fc.oneof(fc.jsonValue(), fc.constantFrom(-1, 1e308, -1e308, 0.5, '', 'rest', null, [], {}, '<script>', 'javascript:alert(1)')),
  )
  .map(([ds, pick, replacement]) => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
    };
    walk(ds, []);
    const path = paths[1 + (pick % (paths.length - 1))]!;
    const copy = structuredClone(ds) as unknown as Record<string | number, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1]!] = replacement;
    return copy;
  });

describe(`fuzzing the loader and engine (${TOTAL} cases)`, { timeout: 120_000 }, () => {
  it('loads or rejects valid datasets with random slider values, numbers always finite', () => {
    fc.assert(
      fc.property(validDataset, fc.array(fc.double(), { minLength: 1, maxLength: 4 }), (ds, raw) => {
        check(ds, () => ({}));
        // Sliders out of any range (including NaN and ±Infinity) must still give finite numbers.
        check(ds, (d) => Object.fromEntries(d.parameters.map((p, i) => [p.id, raw[i % raw.length]!])));
      }),
      { numRuns: Math.round(TOTAL * 0.2) },
    );
  });

  it('rejects near-valid datasets with one field broken, or loads them if still valid', () => {
    fc.assert(
      fc.property(mutated, (ds) => check(ds)),
      { numRuns: Math.round(TOTAL * 0.4) },
    );
  });

  it('rejects random JSON and random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.string({ unit: 'grapheme' })), (input) => check(input)),
      { numRuns: Math.round(TOTAL * 0.4) },
    );
  });

  it('survives huge numbers, deep nesting, very long labels and unicode', () => {
    const base = smallLoop();
    const cases: unknown[] = [
      { ...base, flows: base.flows.map((f) => ('amount' in f ? { ...f, amount: 1e308 } : f)) },
      { ...base, parameters: base.parameters.map((p) => ({ ...p, max: 1e308, default: 1e300 })) },
      { ...base, entities: base.entities.map((e) => ({ ...e, label: { en: 'x'.repeat(100_000) } })) },
      {
        ...base,
        entities: base.entities.map((e, i) => ({ ...e, label: { en: `\u202Eevil\u0000\uD800${'🧨'.repeat(i)}`, 'zh-TW': '輝達\u200B' } })),
      },
      // Deep nesting arrives as text (JSON.stringify itself would overflow building it).
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      JSON.stringify({ ...base, flows: [{ ...base.flows[1]!, share: 'DEEP' }] }).replace(
        '"DEEP"',
        `${'{"oneMinus":'.repeat(3000)}0.5${'}'.repeat(3000)}`,
      ),
      { ...base, flows: Array.from({ length: 20_000 }, (_, i) => ({ ...base.flows[1]!, id: `f${i}` })) },
    ];
    // Deterministic extremes, each once, as text and as an object (fast-check's own reporting
    // would overflow the stack printing them).
    for (const input of cases) {
      expect(validateDataset(typeof input === 'string' ? JSON.parse(input) : input).ok).toBeTypeOf('boolean');
      check(input);
    }
  });
});
