import type { SteadyState } from '../../src/model/engine';

/** Every flow's row of a result's split by origin, flat by flow then origin (what a test compares whole). */
export function flowRows(result: Pick<SteadyState, 'flowValue' | 'flowByOrigin'>): Float64Array {
  const { origins } = result.flowByOrigin;
  const rows = new Float64Array(result.flowValue.length * origins);
  for (let f = 0; f < result.flowValue.length; f++) rows.set(result.flowByOrigin.row(f), f * origins);
  return rows;
}
