import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/engine';
import { scenarioState } from '../../src/model/scenarioState';
import { loadDefaultDataset } from './fixtures';

describe('scenarioState', () => {
  const dataset = loadDefaultDataset();
  const shown = compileModel(dataset, { year: 2026 });

  it("gives a scenario's model at its own date, in the year shown, with its values over the defaults", () => {
    const scenario = dataset.scenarios.find((s) => s.id === 'sept-2025-loi')!;
    const [model, values] = scenarioState(shown, scenario.id)!;
    expect(model.moment.year).toBe(2026);
    expect(model.moment.date).toBe(scenario.date);
    for (const [id, value] of Object.entries(scenario.values)) expect(values[id]).toBe(value);
    expect(Object.keys(values).sort()).toEqual(dataset.parameters.map((p) => p.id).sort());
  });

  it('gives nothing for a scenario the dataset does not have', () => {
    expect(scenarioState(shown, 'no-such-scenario')).toBeUndefined();
  });
});
