// A held order's layout writes its positions into the objects of its last call (placedObjects.ts):
// nothing of one layout may show in the next, whatever graph came between.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartGraph, chartLayout, chartNodeOrder } from '../../src/layout/chartGeometry';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { loadDefaultDataset } from '../model/fixtures';

/**
 * A chart's layout at its held order, on a generated dataset (or the default one), each amount
 * slider at a share of its range: made again as a slider step makes it, with the same order.
 */
function layoutOf(entities: number, flows: number, seed: number, at: number, width: number) {
  const dataset = entities === 0 ? loadDefaultDataset() : generateDataset(entities, flows, seed);
  const model = compileModel(dataset);
  const values = defaultValues(dataset.parameters);
  for (const p of dataset.parameters) if (p.unit !== 'share') values[p.id] = p.min + at * (p.max - p.min);
  const graph = chartGraph(model, 'loop', solveLoop(model, values), []);
  const order = chartNodeOrder(model, 'loop', 4);
  const layout = () => JSON.stringify(chartLayout(graph, width, order, undefined));
  // What fast-check prints of a failing case.
  layout.toString = () =>
    `layout of ${entities ? `${entities} / ${flows}, seed ${seed}` : 'the default dataset'} at ${at} of each amount, ${width} px`;
  return layout;
}

const layouts = fc
  .record({
    entities: fc.oneof(fc.constant(0), fc.integer({ min: 20, max: 80 })),
    links: fc.integer({ min: 2, max: 3 }),
    seed: fc.integer({ min: 1, max: 1000 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    width: fc.constantFrom(320, 768, 1280),
  })
  .map(({ entities, links, seed, at, width }) => layoutOf(entities, entities * links, seed, at, width));

describe('a held layout after other layouts', () => {
  it('is the layout made first, whatever graphs (larger, smaller, other) were laid out between', () => {
    fc.assert(
      fc.property(layouts, fc.array(layouts, { minLength: 1, maxLength: 3 }), (layout, between) => {
        const first = layout();
        // The next step of the same drag (the held shape of the last call is reused too)...
        expect(layout()).toBe(first);
        // ...and after other graphs.
        for (const other of between) other();
        expect(layout()).toBe(first);
      }),
      { numRuns: 60 },
    );
  });
});
