import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartGraph, chartHeight, chartLayout, chartNodeOrder } from '../../src/layout/chartGeometry';
import type { FlowGraph, GraphLink, GraphNode } from '../../src/layout/graph';
import type { BackRoute } from '../../src/layout/linkPaths';
import { layoutSankey, type Geometry, type LinkShape, type NodeBox } from '../../src/layout/sankeyLayout';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { unrollRounds } from '../../src/model/rounds';
import type { Dataset } from '../../src/model/types';
import { validDataset } from '../model/arbitraries';
import { amountFlow, dataset, entity, loadDefaultDataset, shareFlow } from '../model/fixtures';
import { nestedLoopsDataset } from '../model/shapes';
import { boxesCrossed } from './routeGeometry';
import { money } from '../../src/model/units';

// Where links run: back links in lanes under the diagram that never overlap and nest by span, and
// links that never pass through a box they do not attach to.

/**
 * Random layered graphs with back links of every span (as in heldLayout.test.ts, plus links from a
 * column back to the same or an earlier one), laid out relaxed or in a held order, some nodes dragged.
 */
const layouts = fc
  .record({
    columns: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 6 }),
    forward: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), value: fc.double({ min: 0.01, max: 100, noNaN: true }) }), {
      maxLength: 40,
    }),
    back: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), value: fc.double({ min: 0.01, max: 60, noNaN: true }) }), {
      minLength: 1,
      maxLength: 24,
    }),
    width: fc.constantFrom(480, 900, 1280),
    held: fc.boolean(),
    drag: fc.array(fc.record({ node: fc.nat(), dy: fc.integer({ min: -200, max: 200 }) }), { maxLength: 3 }),
  })
  .map(({ columns, forward, back, width, held, drag }) => {
    const nodes: GraphNode[] = [];
    columns.forEach((count, column) => {
      for (let i = 0; i < count; i++) nodes.push({ key: `n${nodes.length}`, entity: nodes.length, column, value: money(0) });
    });
    const links: GraphLink[] = [];
    const add = (source: number, target: number, value: number, isBack: boolean) =>
      links.push({ key: `l${links.length}`, flow: links.length, source, target, value: money(value), byOrigin: [value], back: isBack });
    // A chain through every column, so each is reached and the layers are the columns.
    const chain = columns.map((_, column) => nodes.findIndex((n) => n.column === column));
    chain.slice(1).forEach((target, i) => add(chain[i]!, target, 5, false));
    const pick = (n: number, where: (i: number) => boolean) => {
      const candidates = nodes.map((_, i) => i).filter(where);
      return candidates.length ? candidates[n % candidates.length] : undefined;
    };
    for (const { from, to, value } of forward) {
      const source = from % nodes.length;
      const target = pick(to, (i) => nodes[i]!.column > nodes[source]!.column);
      if (target !== undefined) add(source, target, value, false);
    }
    for (const { from, to, value } of back) {
      const source = from % nodes.length;
      const target = pick(to, (i) => i !== source && nodes[i]!.column <= nodes[source]!.column);
      if (target !== undefined) add(source, target, value, true);
    }
    for (const [i, node] of nodes.entries()) {
      const sum = (end: 'source' | 'target') => links.reduce((s, l) => (l[end] === i ? s + l.value : s), 0);
      node.value = money(Math.max(sum('source'), sum('target')));
    }
    const graph: FlowGraph = { nodes, links, origins: 1 };
    const offsets = Object.fromEntries(drag.map(({ node, dy }) => [nodes[node % nodes.length]!.key, dy]));
    const options = { width, height: chartHeight(width), offsets };
    return layoutSankey(graph, held ? { ...options, order: new Map(nodes.map((n, i) => [n.key, (i * 7919) % nodes.length])) } : options);
  });

/** The chart's own layout of a random valid dataset (with cycles) at its defaults, loop or rounds view. */
const datasetLayouts = fc.tuple(validDataset, fc.constantFrom('loop' as const, 'rounds' as const)).map(([dataset, view]) => {
  const model = compileModel(dataset);
  const result = solveLoop(model, defaultValues(dataset.parameters));
  const rounds = unrollRounds(model, result.coefficients, view === 'rounds' || result.status === 'divergent' ? 3 : 0);
  return chartLayout(chartGraph(model, view, result, rounds), 900, chartNodeOrder(model, view, 3), undefined);
});

interface Lane {
  link: LinkShape;
  route: BackRoute;
  source: NodeBox;
  target: NodeBox;
}

function lanesOf(geometry: Geometry): Lane[] {
  const byKey = new Map(geometry.nodes.map((n) => [n.key, n]));
  return geometry.links.flatMap((link) =>
    link.route?.back ? [{ link, route: link.route, source: byKey.get(link.source)!, target: byKey.get(link.target)! }] : [],
  );
}

const span = (lane: Lane) => lane.source.x1 - lane.target.x0;
const rightLeg = (lane: Lane) => lane.route.x0 + lane.route.reach;
const leftLeg = (lane: Lane) => lane.route.x1 - lane.route.reach;
const EPS = 1e-6;

function checkLanes(geometry: Geometry) {
  const lanes = lanesOf(geometry);
  const bottom = Math.max(0, ...geometry.nodes.map((n) => n.y1));
  for (const lane of lanes) expect(lane.route.laneY - lane.link.width / 2).toBeGreaterThanOrEqual(bottom - EPS);
  for (const a of lanes) {
    for (const b of lanes) {
      if (a === b) continue;
      // Disjoint: the horizontal runs' bands (centre ± half the width) do not overlap.
      const apart = Math.abs(a.route.laneY - b.route.laneY) - (a.link.width + b.link.width) / 2;
      expect(apart, `lanes of ${a.link.key} and ${b.link.key} overlap`).toBeGreaterThanOrEqual(-EPS);
      if (span(a) <= span(b) + EPS) continue;
      // Nested: the longer span runs further below ...
      expect(a.route.laneY, `${a.link.key} (longer) runs above ${b.link.key}`).toBeGreaterThan(b.route.laneY);
      // ... and where it spans the shorter one, its legs start further out on both sides. (With
      // more lanes than fit beside the nodes their strokes overlap, but this order still holds.)
      if (a.source.x1 >= b.source.x1 - EPS && a.target.x0 <= b.target.x0 + EPS) {
        expect(rightLeg(a) - a.link.width / 2, `${a.link.key} turns inside ${b.link.key} on the right`).toBeGreaterThan(
          rightLeg(b) - b.link.width / 2,
        );
        expect(leftLeg(a) + a.link.width / 2, `${a.link.key} turns inside ${b.link.key} on the left`).toBeLessThan(
          leftLeg(b) + b.link.width / 2,
        );
      }
      // An outer link leaves and enters above an inner one at a shared node, so the two never cross there.
      const stacked = (upper: number, lower: number) =>
        expect(upper + a.link.width / 2).toBeLessThanOrEqual(lower - b.link.width / 2 + EPS);
      if (a.source === b.source) stacked(a.route.y0, b.route.y0);
      if (a.target === b.target) stacked(a.route.y1, b.route.y1);
    }
  }
}

// The most a back link's turn steps out beside its nodes before its own width (LANE_GAP + MAX_REACH
// in src/layout/sankeyLayout.ts): a band wider than the gap beside a column, less this, cannot turn
// down between the columns at all.
const SIDE_STEP = 6 + 48;

/** The clear room right of a column's boxes (to the next column's) and left of them (from the previous one). */
function gapsBeside(nodes: NodeBox[], column: number): { right: number; left: number } {
  const x0 = (c: number) => Math.min(...nodes.filter((n) => n.column === c).map((n) => n.x0));
  const x1 = (c: number) => Math.max(...nodes.filter((n) => n.column === c).map((n) => n.x1));
  const next = nodes.some((n) => n.column === column + 1) ? x0(column + 1) - x1(column) : Infinity;
  const previous = nodes.some((n) => n.column === column - 1) ? x0(column) - x1(column - 1) : Infinity;
  return { right: next, left: previous };
}

/**
 * Links that can be drawn without crossing a box as the layout routes them: links between
 * neighbouring columns, and back links whose band fits the gaps beside their ends. A wider back
 * link (one carrying most of a node's money in a narrow chart: fast-check found a 170 px band in an
 * 82 px gap turning down through the next column) is the open issue "routes that never pass through
 * a box".
 */
function checkNoBoxCrossed(geometry: Geometry) {
  const column = new Map(geometry.nodes.map((n) => [n.key, n.column]));
  for (const link of geometry.links) {
    const neighbours = column.get(link.target)! - column.get(link.source)! === 1;
    if (!link.back && !neighbours) continue;
    if (link.back) {
      const room = Math.min(
        gapsBeside(geometry.nodes, column.get(link.source)!).right,
        gapsBeside(geometry.nodes, column.get(link.target)!).left,
      );
      if (link.width + SIDE_STEP > room) continue;
    }
    expect(boxesCrossed(link, geometry.nodes), `link ${link.key} passes through`).toEqual([]);
  }
}

describe('back-link lanes', () => {
  it('are disjoint and nested by span on random graphs', () => {
    fc.assert(fc.property(layouts, checkLanes), { numRuns: 200 });
  });

  it('are disjoint and nested by span in the chart of random datasets', () => {
    fc.assert(fc.property(datasetLayouts, checkLanes), { numRuns: 60 });
  });

  it('nest in order of span in a dataset with spans of one to four columns', () => {
    const dataset: Dataset = nestedLoopsDataset();
    const model = compileModel(dataset);
    const result = solveLoop(model, defaultValues(dataset.parameters));
    const geometry = chartLayout(chartGraph(model, 'loop', result, []), 900, chartNodeOrder(model, 'loop', 3), undefined);
    const byDepth = lanesOf(geometry).sort((a, b) => a.route.laneY - b.route.laneY);
    expect(byDepth.map((l) => l.link.key)).toEqual(['e-d', 'e-c', 'd-a', 'e-b', 'e-a']);
    checkLanes(geometry);
  });
});

describe('links and node boxes', () => {
  it('back links and links between neighbouring columns pass through no box on random graphs', () => {
    fc.assert(fc.property(layouts, checkNoBoxCrossed), { numRuns: 200 });
  });

  it('back links and links between neighbouring columns pass through no box in the chart of random datasets', () => {
    fc.assert(fc.property(datasetLayouts, checkNoBoxCrossed), { numRuns: 60 });
  });

  // Open issue "routes that never pass through a box": a forward link that skips a column is drawn
  // as one S-curve straight across the columns between, so it can cut through their boxes. In the
  // default dataset Nvidia (investor) → CoreWeave (column 0 → 2) crosses the OpenAI box.
  it.fails('no forward link that skips columns passes through a box (default dataset)', () => {
    const dataset = loadDefaultDataset();
    const model = compileModel(dataset);
    const result = solveLoop(model, defaultValues(dataset.parameters));
    const geometry = chartLayout(chartGraph(model, 'loop', result, []), 900, chartNodeOrder(model, 'loop', 3), undefined);
    for (const link of geometry.links) expect(boxesCrossed(link, geometry.nodes), `link ${link.key} passes through`).toEqual([]);
  });

  // The same issue at its smallest: investor → cloud (column 0 → 2) crosses the startup's box, and
  // startup → costs (1 → 3) the cloud's.
  it.fails('no forward link that skips columns passes through a box (minimal example)', () => {
    const ds = dataset({
      entities: [entity('investor', 'source'), entity('startup', 'startup'), entity('cloud', 'cloud'), entity('costs', 'sink')],
      flows: [
        amountFlow('investor', 'startup', 100),
        amountFlow('investor', 'cloud', 10),
        shareFlow('startup', 'cloud', 0.8),
        shareFlow('startup', 'costs', 'rest', 'leakage'),
        shareFlow('cloud', 'costs', 1, 'leakage'),
      ],
    });
    const model = compileModel(ds);
    const result = solveLoop(model, defaultValues(ds.parameters));
    const geometry = chartLayout(chartGraph(model, 'loop', result, []), 900, chartNodeOrder(model, 'loop', 3), undefined);
    for (const link of geometry.links) expect(boxesCrossed(link, geometry.nodes), `link ${link.key} passes through`).toEqual([]);
  });
});
