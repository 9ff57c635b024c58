import { describe, expect, it } from 'vitest';
import { datasetWarnings } from '../../src/model/datasetWarnings';
import type { Dataset } from '../../src/model/types';
import { amountFlow, entity, shareFlow, smallLoop } from './fixtures';

/** The small loop with more entities and flows. */
function extended(entities: Dataset['entities'], flows: Dataset['flows']): Dataset {
  const ds = smallLoop();
  return { ...ds, entities: [...ds.entities, ...entities], flows: [...ds.flows, ...flows] };
}

describe('datasetWarnings (mutants)', () => {
  it('has nothing to say about the small loop, whose entities all leak', () => {
    expect(datasetWarnings(smallLoop())).toEqual([]);
  });

  it('names an entity no flow touches', () => {
    const ds = extended([entity('lonely', 'other')], []);
    expect(datasetWarnings(ds)).toEqual([{ path: 'entities[7]', code: 'entity-unused', params: { entity: 'lonely' } }]);
  });

  it('names an entity on the loop that passes on all it receives', () => {
    const ds = smallLoop();
    ds.flows[5] = shareFlow('chip', 'startup', 0.2, 'reinvestment');
    ds.flows[6] = shareFlow('chip', 'chip-kept', 0.8, 'gpu-purchase');
    expect(datasetWarnings(ds)).toEqual([{ path: 'entities[3]', code: 'no-leakage', params: { entity: 'chip' } }]);
  });

  it('says nothing of entities off the loop that pass on all they receive', () => {
    // feeder is upstream of the loop, broker downstream: neither is on a cycle.
    const ds = extended(
      [entity('angel', 'source'), entity('feeder', 'other'), entity('broker', 'other'), entity('dc', 'sink')],
      [
        amountFlow('angel', 'feeder', 5),
        shareFlow('feeder', 'startup', 1),
        shareFlow('cloud', 'broker', 0.1),
        shareFlow('broker', 'dc', 1),
      ],
    );
    expect(datasetWarnings(ds)).toEqual([]);
  });

  it('names a loop that diverges at the defaults, and each entity on it that keeps nothing', () => {
    const ds = smallLoop();
    ds.parameters = ds.parameters.map((p) => (p.id === 'invest' ? p : { ...p, default: 1 }));
    ds.flows[3] = shareFlow('cloud', 'chip', 1, 'gpu-purchase');
    expect(datasetWarnings(ds)).toEqual([
      { path: 'parameters', code: 'loop-diverges', params: { gain: 1 } },
      { path: 'entities[1]', code: 'no-leakage', params: { entity: 'startup' } },
      { path: 'entities[2]', code: 'no-leakage', params: { entity: 'cloud' } },
      { path: 'entities[3]', code: 'no-leakage', params: { entity: 'chip' } },
    ]);
  });
});
