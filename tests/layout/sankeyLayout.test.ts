import './withDragNodes';
import { describe, expect, it } from 'vitest';
import { chartGraph, chartLayout, chartNodeOrder } from '../../src/layout/chartGeometry';
import { traceLink, type LinkRoute } from '../../src/layout/linkPaths';
import { layoutSankey } from '../../src/layout/sankeyLayout';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import type { Dataset } from '../../src/model/types';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { loadDefaultDataset } from '../model/fixtures';
import { fanGraph } from './fanGraph';

/** The y coordinates a link's centre line visits (end and control points). */
function routeYs(route: LinkRoute | null): number[] {
  const ys: number[] = [];
  const visit = (...xy: number[]) => ys.push(...xy.filter((_, i) => i % 2 === 1));
  if (route) traceLink({ moveTo: visit, lineTo: visit, bezierCurveTo: visit, quadraticCurveTo: visit }, route, 0);
  return ys;
}

function geometryOf(dataset: Dataset, overrides: Record<string, number> = {}, width = 900) {
  const model = compileModel(dataset);
  const result = solveLoop(model, { ...defaultValues(dataset.parameters), ...overrides });
  const graph = chartGraph(model, 'loop', result, []);
  const order = chartNodeOrder(model, 'loop', 4);
  return { graph, geometry: chartLayout(graph, width, order, undefined) };
}

describe('loop layout', () => {
  const dataset = loadDefaultDataset();

  it('draws every flow with money, routes loop-closing flows under the diagram, and stays in the chart', () => {
    // The only loop-closing flow, the what-if reinvestment, is 0 by default.
    const { graph, geometry } = geometryOf(dataset, { 'nvidia-reinvest': 0.3 });
    const drawn = geometry.links.filter((l) => l.value > 0);
    expect(drawn.length).toBe(graph.links.filter((l) => l.value > 0).length);
    const back = drawn.filter((l) => l.back);
    expect(back.length).toBeGreaterThan(0);
    const bottom = Math.max(...geometry.nodes.map((n) => n.y1));
    for (const link of back) {
      const ys = routeYs(link.route);
      expect(Math.max(...ys)).toBeGreaterThan(bottom);
      expect(Math.max(...ys)).toBeLessThanOrEqual(geometry.height);
    }
    for (const node of geometry.nodes) {
      expect(node.x0).toBeGreaterThanOrEqual(0);
      expect(node.x1).toBeLessThanOrEqual(geometry.width);
      expect(node.y0).toBeGreaterThanOrEqual(0);
    }
  });

  it('splits each link into bands that fill its width exactly', () => {
    const { geometry } = geometryOf(dataset);
    for (const link of geometry.links.filter((l) => l.bands.length > 0)) {
      expect(link.bands.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(link.width, 9);
    }
  });

  it('holds the order of nodes in each column while a slider moves', () => {
    const columnOrder = (overrides: Record<string, number>) => {
      const { geometry } = geometryOf(dataset, overrides);
      return [...geometry.nodes]
        .filter((n) => n.value > 0)
        .sort((a, b) => a.column - b.column || a.y0 - b.y0)
        .map((n) => n.key);
    };
    const slider = dataset.parameters[0]!;
    expect(columnOrder({ [slider.id]: slider.min })).toEqual(columnOrder({ [slider.id]: slider.max }));
  });

  it('routes all 435 back links of the generated 500 / 2,500 dataset in lanes that fit the chart', () => {
    const { graph, geometry } = geometryOf(generateDataset(500, 2500), {}, 1280);
    const back = geometry.links.filter((l) => l.back && l.value > 0);
    expect(back.length).toBe(graph.links.filter((l) => l.back && l.value > 0).length);
    expect(back.length).toBeGreaterThan(400);
    for (const link of back) expect(Math.max(...routeYs(link.route))).toBeLessThanOrEqual(geometry.height + 0.05);
  });
});

describe('node keys named like members of Object.prototype', () => {
  // Node keys are entity ids, and an entity may be called "__proto__" or "constructor".
  const graph = fanGraph(['__proto__', 'constructor', 'toString']);

  it('are not dragged by offsets they do not have', () => {
    const geometry = layoutSankey(graph, { width: 600, height: 400, offsets: {} });
    for (const node of geometry.nodes) expect([node.y0, node.y1].every(Number.isFinite)).toBe(true);
    expect(geometry.nodes[0]!.y0).toBe(layoutSankey(graph, { width: 600, height: 400 }).nodes[0]!.y0);
  });

  it('are dragged by their own offsets', () => {
    const still = layoutSankey(graph, { width: 600, height: 400 }).nodes[0]!;
    const moved = layoutSankey(graph, { width: 600, height: 400, offsets: JSON.parse('{"__proto__": 10}') }).nodes[0]!;
    expect(moved.y0 - still.y0).toBeCloseTo(Math.min(10, 400 - still.y1), 9);
    expect(moved.y0).toBeGreaterThan(still.y0);
  });
});
