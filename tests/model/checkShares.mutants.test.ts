import { describe, expect, it } from 'vitest';
import { checkShares } from '../../src/model/checkShares';
import type { Dataset, Expr, Flow } from '../../src/model/types';
import { amountFlow, dataset, entity, parameter, shareFlow } from './fixtures';

/** investor → hub (100) → the given flows out of the hub. */
function hub(flows: Flow[], parameters: Dataset['parameters'] = []): Dataset {
  const targets = [...new Set(flows.map((f) => f.to))];
  return dataset({
    entities: [entity('investor', 'source'), entity('hub', 'startup'), ...targets.map((t) => entity(t, 'cloud'))],
    flows: [amountFlow('investor', 'hub', 100), ...flows],
    parameters,
  });
}

/** p0 + (1 − p1) out of the hub, plus `fixed` more sliders pinned at 0: over 1 only at a mixed corner. */
function mixedCorner(fixed: number): Dataset {
  const pinned = Array.from({ length: fixed }, (_, i) => `z${i}`);
  return hub(
    [
      shareFlow('hub', 'a', { param: 'p0' }),
      shareFlow('hub', 'b', { oneMinus: { param: 'p1' } }),
      ...pinned.map((id) => shareFlow('hub', `t-${id}`, { param: id })),
      shareFlow('hub', 'kept', 'rest', 'leakage'),
    ],
    [parameter('p0', 0, 1, 0.5), parameter('p1', 0, 1, 0.5), ...pinned.map((id) => parameter(id, 0, 0, 0))],
  );
}

describe('checkShares (mutants)', () => {
  it('finds nothing wrong with shares that sum to exactly 1', () => {
    expect(checkShares(hub([shareFlow('hub', 'a', 0.5), shareFlow('hub', 'b', 0.5)]))).toEqual([]);
  });

  it('names a share that leaves 0..1 at a slider end, with the slider setting', () => {
    const ds = hub(
      [shareFlow('hub', 'a', { product: [{ param: 'x' }, 2] }), shareFlow('hub', 'kept', 'rest', 'leakage')],
      [parameter('x', 0, 1, 0.25)],
    );
    expect(checkShares(ds)).toEqual([
      { path: 'flows[1].share', code: 'share-out-of-range', params: { share: 2, at: [{ id: 'x', value: 1 }] } },
    ]);
  });

  it('names a share that turns negative at a slider end', () => {
    const ds = hub([shareFlow('hub', 'a', { oneMinus: { param: 'x' } })], [parameter('x', 0, 2, 0.5, 'amount')]);
    expect(checkShares(ds)).toEqual([
      { path: 'flows[1].share', code: 'share-out-of-range', params: { share: -1, at: [{ id: 'x', value: 2 }] } },
    ]);
  });

  it('names an amount that turns negative, with the amount and the slider setting', () => {
    const ds = hub([shareFlow('hub', 'a', 0.5)], [parameter('x', 0, 2, 0.5, 'amount')]);
    ds.flows[0] = { ...amountFlow('investor', 'hub', 1), amount: { oneMinus: { param: 'x' } } as Expr };
    expect(checkShares(ds)).toEqual([
      { path: 'flows[0].amount', code: 'turns-negative', params: { amount: -1, at: [{ id: 'x', value: 2 }] } },
    ]);
  });

  it('puts a sum over 1 on the first share that is not the rest', () => {
    const ds = hub([shareFlow('hub', 'kept', 'rest', 'leakage'), shareFlow('hub', 'a', 0.6), shareFlow('hub', 'b', 0.6)]);
    expect(checkShares(ds)).toEqual([{ path: 'flows[2].share', code: 'shares-over-one', params: { entity: 'hub', sum: 1.2, at: [] } }]);
  });

  it('names a second rest with the first one', () => {
    const ds = hub([shareFlow('hub', 'a', 'rest', 'leakage'), shareFlow('hub', 'b', 'rest', 'leakage')]);
    expect(checkShares(ds)).toEqual([{ path: 'flows[2].share', code: 'second-rest', params: { entity: 'hub', first: 'flows[1]' } }]);
  });

  it('tries every corner of up to ten sliders, finding a sum over 1 at a mixed one', () => {
    expect(checkShares(mixedCorner(8))).toEqual([
      {
        path: 'flows[1].share',
        code: 'shares-over-one',
        params: {
          entity: 'hub',
          sum: 2,
          at: [{ id: 'p0', value: 1 }, { id: 'p1', value: 0 }, ...Array.from({ length: 8 }, (_, i) => ({ id: `z${i}`, value: 0 }))],
        },
      },
    ]);
  });

  it('with more than ten sliders tries only all at their min and all at their max', () => {
    // The mixed corner p0 = 1, p1 = 0 is not tried: both spread ends sum to exactly 1.
    expect(checkShares(mixedCorner(9))).toEqual([]);
  });

  it('leaves sliders it does not know to checkReferences', () => {
    expect(checkShares(hub([shareFlow('hub', 'a', { param: 'ghost' })]))).toEqual([]);
  });
});
