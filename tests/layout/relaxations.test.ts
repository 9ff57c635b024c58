// A large graph's order is found with fewer relaxation passes (see relaxations): the chart it gives
// has about as few crossings as with more, which is what the passes were for.
import { describe, expect, it } from 'vitest';
import { chartGraph, chartLayout, chartScale } from '../../src/layout/chartGeometry';
import { nodeOrder, relaxations, type Geometry } from '../../src/layout/sankeyLayout';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { generateDataset } from '../../scripts/bench/generateDataset';

/** Pairs of forward links between the same two columns whose ends are in opposite orders (they cross), and all such pairs. */
function crossings(geometry: Geometry): { crossing: number; pairs: number } {
  const byColumns = new Map<string, { y0: number; y1: number }[]>();
  for (const link of geometry.links) {
    if (link.back || !link.route) continue;
    const key = `${Math.round(link.route.x0)} ${Math.round(link.route.x1)}`;
    byColumns.set(key, [...(byColumns.get(key) ?? []), link.route]);
  }
  let crossing = 0;
  let pairs = 0;
  for (const ends of byColumns.values())
    for (let i = 0; i < ends.length; i++)
      for (let j = i + 1; j < ends.length; j++) {
        pairs++;
        if ((ends[i]!.y0 - ends[j]!.y0) * (ends[i]!.y1 - ends[j]!.y1) < 0) crossing++;
      }
  return { crossing, pairs };
}

describe('relaxation passes', () => {
  it('are 32 for a graph of a few hundred links, 6 up to 2,000 links, 2 beyond', () => {
    expect([56, 500, 501, 2000, 2001, 10000].map(relaxations)).toEqual([32, 32, 6, 6, 2, 2]);
  });

  it('at 2 leave a 500 / 2,500 chart within 3% of the crossings that 6 leave', () => {
    const model = compileModel(generateDataset(500, 2500));
    const result = solveLoop(model, defaultValues(model.dataset.parameters));
    const graph = chartGraph(model, 'loop', result, []);
    expect(relaxations(graph.links.length)).toBe(2);
    const drawn = (passes: number) => {
      const order = nodeOrder(graph, 1000, 640, passes);
      return crossings(chartLayout(graph, 1280, order, undefined, chartScale(model, 'loop', 6, 1280, order)));
    };
    const [two, six] = [drawn(2), drawn(6)];
    expect(two.pairs).toBe(six.pairs);
    expect(two.pairs).toBeGreaterThan(100_000);
    expect(two.crossing).toBeLessThan(six.crossing * 1.03);
  });
});
