import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, Flow } from '../../src/model/types';
import { amountFlow, dataset, entity, parameter, shareFlow } from './fixtures';

// Shares must hold at every slider position, not only at the defaults: a dataset that is fine as
// loaded can break when a reader drags a slider to its end. Only paths are checked here, so the
// wording of the messages may change freely.

function pathsOf(ds: Dataset): unknown[] {
  const result = validateDataset(ds);
  return result.ok ? [] : result.errors.map((e) => e.path);
}

/** investor → hub → a, b, …; the hub keeps the rest. */
function hub(flows: Flow[], parameters: Dataset['parameters']): Dataset {
  const targets = [...new Set(flows.map((f) => f.to))];
  return dataset({
    entities: [entity('investor', 'source'), entity('hub', 'startup'), ...targets.map((t) => entity(t, 'cloud')), entity('kept', 'sink')],
    flows: [amountFlow('investor', 'hub', 100), ...flows, shareFlow('hub', 'kept', 'rest', 'leakage')],
    parameters,
  });
}

describe('share checks over the sliders’ ranges', () => {
  it('rejects shares that sum over 1 only at the end of a slider', () => {
    // 0.5 + 0.4 at the default; 0.5 + 0.6 with the slider at its max.
    const ds = hub([shareFlow('hub', 'a', 0.5), shareFlow('hub', 'b', { param: 'x' })], [parameter('x', 0, 0.6, 0.4)]);
    expect(pathsOf(ds)).toEqual(['flows[1].share']);
  });

  it('rejects a product of sliders that reaches over 1 only when both are at their ends', () => {
    // 0.25 + 0.5 at the defaults, 0.5 + 0.5 at either max alone, 1 + 0.5 at both maxima.
    const product = { product: [{ param: 'x' }, { param: 'y' }] };
    const ds = hub([shareFlow('hub', 'a', product), shareFlow('hub', 'b', 0.5)], [parameter('x', 0, 1, 0.5), parameter('y', 0, 1, 0.5)]);
    expect(pathsOf(ds)).toEqual(['flows[1].share']);
  });

  it('checks every model year, reading year-dependent shares as they stand in each', () => {
    // 0.5 + 0.3 in 2025, 0.5 + 0.7 in 2026: only the second year is over 1.
    const flows = [shareFlow('hub', 'a', 0.5), shareFlow('hub', 'b', { byYear: { '2025': 0.3, '2026': 0.7 } })];
    const years = (ds: Dataset): Dataset => ({ ...ds, meta: { ...ds.meta, years: [2025, 2026], year: 2025 } });
    expect(pathsOf(years(hub(flows, [])))).toEqual(['flows[1].share']);
    const within = [shareFlow('hub', 'a', 0.5), shareFlow('hub', 'b', { schedule: { start: 2025, term: 2, total: 0.8 } })];
    expect(pathsOf(years(hub(within, [])))).toEqual([]);
  });

  it('rejects an amount that turns negative only at the end of a slider', () => {
    const ds = hub([shareFlow('hub', 'a', 0.5)], [parameter('x', 0, 2, 0.5, 'amount')]);
    ds.flows[0] = amountFlow('investor', 'hub', 1);
    (ds.flows[0] as { amount: unknown }).amount = { oneMinus: { param: 'x' } };
    expect(pathsOf(ds)).toEqual(['flows[0].amount']);
  });

  it('checks the extremes of many sliders together when their corners are too many to try', () => {
    // Eleven sliders: 0.55 at the defaults, 1.1 with all at their max.
    const ids = Array.from({ length: 11 }, (_, i) => `p${i}`);
    const ds = hub(
      ids.map((id, i) => shareFlow('hub', `t${i}`, { param: id })),
      ids.map((id) => parameter(id, 0, 0.1, 0.05)),
    );
    expect(pathsOf(ds)).toEqual(['flows[1].share']);
  });

  it('accepts shares that reach exactly 1 at some slider positions and never more', () => {
    const ds = hub(
      [shareFlow('hub', 'a', { param: 'x' }), shareFlow('hub', 'b', { oneMinus: { param: 'x' } })],
      [parameter('x', 0, 1, 0.3)],
    );
    expect(pathsOf(ds)).toEqual([]);
  });
});
