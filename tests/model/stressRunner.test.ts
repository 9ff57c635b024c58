import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import { stressRunner } from '../../src/model/stress';
import { loadDefaultDataset } from './fixtures';

describe('a stress runner', () => {
  it('answers again for any step it ran, however many steps came since (the figures may fall behind a drag)', () => {
    const dataset = loadDefaultDataset();
    const model = compileModel(dataset, { year: 2027 });
    const run = stressRunner({ fails: 'openai' }, { alpha: 1, beta: 1 });
    const steps = [1, 2, 3, 4].map((k) => ({ ...defaultValues(dataset.parameters), 'customer-revenue': k / 4 }));
    const first = steps.map((values) => run(model, values));
    // The same outcome object: not run again.
    steps.forEach((values, k) => expect(run(model, values)).toBe(first[k]));
    // Another model with the same values is another run.
    expect(run(compileModel(dataset, { year: 2026 }), steps[0]!)).not.toBe(first[0]);
  });
});
