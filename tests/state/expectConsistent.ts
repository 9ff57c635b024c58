import { expect } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { scenarioValues } from '../../src/model/defaults';
import { MAX_ROUNDS, type SharedState } from '../../src/state/sharedState';
import { decodeState, encodeState } from '../../src/state/urlState';

/** What makeConsistent promises about a state, and that a link carries the state unchanged. */
export function expectConsistent(state: SharedState, dataset: Dataset, origins: string[]): void {
  for (const p of dataset.parameters) {
    const value = state.values[p.id]!;
    const steps = (value - p.min) / p.step;
    const named = value === p.default || dataset.scenarios.some((s) => s.values[p.id] === value);
    const onStep = Math.abs(steps - Math.round(steps)) < 1e-9 || value === p.max || named;
    expect(Number.isFinite(value) && value >= p.min && value <= p.max && onStep, `${p.id}=${value}`).toBe(true);
  }
  expect(Object.keys(state.values).sort()).toEqual(dataset.parameters.map((p) => p.id).sort());
  expect(Number.isInteger(state.rounds) && state.rounds >= 1 && state.rounds <= MAX_ROUNDS, `rounds=${state.rounds}`).toBe(true);
  if (state.scenario !== null) expect(state.values).toEqual(scenarioValues(dataset, state.scenario));
  if (state.year !== null) expect(dataset.meta.years).toContain(state.year);
  else expect(dataset.meta.years ?? []).toEqual([]);
  if (state.compare !== null) expect(dataset.scenarios.map((s) => s.id)).toContain(state.compare);
  if (state.isolated !== null) {
    expect(origins).toContain(state.isolated);
    expect(state.colorByOrigin).toBe(true);
  }
  const decoded = decodeState(encodeState(state, dataset).toString(), dataset, origins, 'en');
  expect(decoded.notices).toEqual([]);
  expect(decoded.state).toEqual(state);
}
