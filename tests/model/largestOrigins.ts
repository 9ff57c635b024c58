import { expect } from 'vitest';
import type { SteadyState } from '../../src/model/engine';
import { flowRows } from './flowRows';

/**
 * Each flow's `mainOrigin` is the origin of its row's largest positive part (a part equal to the
 * largest where two are equal), or -1 exactly where the row has no positive part: what a scan of
 * the flow's own row gives a thin link's colour.
 */
export function expectLargestOrigins(result: SteadyState, origins: number): void {
  const main = result.mainOrigin!;
  expect(main.length).toBe(result.flowValue.length);
  const rows = flowRows(result);
  main.forEach((o, f) => {
    const row = rows.subarray(f * origins, (f + 1) * origins);
    const largest = row.reduce((a, b) => Math.max(a, b), 0);
    if (largest > 0 ? row[o] !== largest : o !== -1) expect.fail(`flow ${f}: origin ${o} of ${[...row].join(', ')}`);
  });
}
