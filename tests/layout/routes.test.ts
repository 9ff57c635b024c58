import fc from 'fast-check';
import './withDragNodes';
import { describe, expect, it } from 'vitest';
import { chartGraph, chartHeight, chartLayout, chartNodeOrder } from '../../src/layout/chartGeometry';
import type { FlowGraph, GraphLink, GraphNode } from '../../src/layout/graph';
import type { BackRoute } from '../../src/layout/linkPaths';
import { layoutSankey, nodeOrder, type Geometry, type LinkShape, type NodeBox } from '../../src/layout/sankeyLayout';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { unrollRounds } from '../../src/model/rounds';
import type { Dataset } from '../../src/model/types';
import { validDataset } from '../model/arbitraries';
import { amountFlow, dataset, entity, loadDefaultDataset, shareFlow } from '../model/fixtures';
import { nestedLoopsDataset, SHAPES } from '../model/shapes';
import { layoutAtDefaults } from '../svgSnapshots';
import { bandPoints, boxesCrossed } from './routeGeometry';
import { money } from '../../src/model/units';
import { oneOrigin } from './oneOrigin';

// Where links run: back links in lanes under the diagram that never overlap and nest by span, and
// links that never pass through a box they do not attach to.

/**
 * Random layered graphs with back links of every span (as in heldLayout.test.ts, plus links from a
 * column back to the same or an earlier one), laid out relaxed or in a held order, some nodes dragged
 * (or none: a dragged box may be dropped on other boxes and the links through them).
 */
const layoutsOf = (dragged: boolean) =>
  fc
    .record({
      columns: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 6 }),
      forward: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), value: fc.double({ min: 0.01, max: 100, noNaN: true }) }), {
        maxLength: 40,
      }),
      back: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), value: fc.double({ min: 0.01, max: 60, noNaN: true }) }), {
        minLength: 1,
        maxLength: 24,
      }),
      width: fc.constantFrom(320, 375, 480, 900, 1280),
      held: fc.boolean(),
      drag: fc.array(fc.record({ node: fc.nat(), dy: fc.integer({ min: -200, max: 200 }) }), { maxLength: dragged ? 3 : 0 }),
    })
    .map(({ columns, forward, back, width, held, drag }) => {
      const nodes: GraphNode[] = [];
      columns.forEach((count, column) => {
        for (let i = 0; i < count; i++) nodes.push({ key: `n${nodes.length}`, entity: nodes.length, column, value: money(0) });
      });
      const links: GraphLink[] = [];
      const add = (source: number, target: number, value: number, isBack: boolean) =>
        links.push({
          key: `l${links.length}`,
          flow: links.length,
          source,
          target,
          value: money(value),
          split: oneOrigin(value),
          back: isBack,
        });
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
const layouts = layoutsOf(true);

/**
 * The chart's own layout of a random valid dataset at its defaults (cycles, same-role flows, no roles,
 * disconnected parts: see validDataset), loop or rounds view, at a phone, tablet or desktop width.
 */
const datasetLayouts = fc
  .tuple(validDataset, fc.constantFrom('loop' as const, 'rounds' as const), fc.constantFrom(320, 375, 768, 1280))
  .map(([dataset, view, width]) => {
    const model = compileModel(dataset);
    const result = solveLoop(model, defaultValues(dataset.parameters));
    const rounds = unrollRounds(model, result.coefficients, view === 'rounds' || result.status === 'divergent' ? 3 : 0);
    return chartLayout(chartGraph(model, view, result, rounds), width, chartNodeOrder(model, view, 3), undefined);
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

/** Where a lane turns down on the right and up on the left: beside its ends, or beyond its slots. */
const turnRight = ({ route }: Lane) => (route.after.length ? route.after[route.after.length - 2]! : route.x0);
const turnLeft = ({ route }: Lane) => (route.before.length ? route.before[0]! : route.x1);
const span = (lane: Lane) => turnRight(lane) - turnLeft(lane);
const rightLeg = (lane: Lane) => turnRight(lane) + lane.route.reach;
const leftLeg = (lane: Lane) => turnLeft(lane) - lane.route.reach;
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
      if (turnRight(a) >= turnRight(b) - EPS && turnLeft(a) <= turnLeft(b) + EPS) {
        expect(rightLeg(a) - a.link.width / 2, `${a.link.key} turns inside ${b.link.key} on the right`).toBeGreaterThan(
          rightLeg(b) - b.link.width / 2,
        );
        expect(leftLeg(a) + a.link.width / 2, `${a.link.key} turns inside ${b.link.key} on the left`).toBeLessThan(
          leftLeg(b) + b.link.width / 2,
        );
      }
      // An outer link leaves and enters above an inner one at a shared node, so the two never cross
      // there. (Links through slots leave and enter as the layout stacks them, among the forward links.)
      const stacked = (upper: number, lower: number) =>
        expect(upper + a.link.width / 2).toBeLessThanOrEqual(lower - b.link.width / 2 + EPS);
      if (a.source === b.source && !a.route.after.length && !b.route.after.length) stacked(a.route.y0, b.route.y0);
      if (a.target === b.target && !a.route.before.length && !b.route.before.length) stacked(a.route.y1, b.route.y1);
    }
  }
}

/** How far a band may reach into a box, or beyond the chart, before it counts (anti-aliasing). */
const TOLERANCE = 0.5;

/** No link's band (centre line and both edges) enters a box it does not attach to, or leaves the chart. */
function checkNoBoxCrossed(geometry: Geometry) {
  const { width, height } = geometry;
  for (const link of geometry.links) {
    expect(boxesCrossed(link, geometry.nodes, TOLERANCE), `link ${link.key} passes through`).toEqual([]);
    const outside = bandPoints(link, TOLERANCE).filter(
      (p) => p.x < -TOLERANCE || p.x > width + TOLERANCE || p.y < -TOLERANCE || p.y > height + TOLERANCE,
    );
    expect(outside.slice(0, 1), `link ${link.key} leaves the chart`).toEqual([]);
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

const WIDTHS = [320, 375, 768, 1280];

/** Shapes the default dataset lacks, each a way a layout used to fail. */
const ROUTE_SHAPES: Record<string, () => Dataset> = { 'ai-capital-loop': loadDefaultDataset, ...SHAPES };

describe('links and node boxes', () => {
  it('no link passes through a box or leaves the chart on random graphs', () => {
    fc.assert(fc.property(layoutsOf(false), checkNoBoxCrossed), { numRuns: 150 });
  }, 30_000);

  it('columns keep at least a gap of two boxes between them on random graphs (whose widths have room for it)', () => {
    fc.assert(
      fc.property(layoutsOf(false), (geometry) => {
        const xs = [...new Set(geometry.nodes.map((n) => n.x0))].sort((a, b) => a - b);
        for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(36 - 1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it('no link passes through a box or leaves the chart in the chart of random datasets, at phone to desktop widths', () => {
    fc.assert(fc.property(datasetLayouts, checkNoBoxCrossed), { numRuns: 60 });
  });

  for (const [name, load] of Object.entries(ROUTE_SHAPES)) {
    for (const view of ['loop', 'rounds'] as const) {
      it(`no link passes through a box or leaves the chart: ${name}, ${view} view, at ${WIDTHS.join(', ')} px`, () => {
        for (const width of WIDTHS) checkNoBoxCrossed(layoutAtDefaults(load(), 'en', view, width).geometry);
      });
    }
  }

  // Counterexamples fast-check found, kept as examples.
  const graphOf = (columns: number[], links: [number, number, number, boolean?][]): FlowGraph => {
    const nodes: GraphNode[] = columns.map((column, i) => ({ key: `n${i}`, entity: i, column, value: money(0) }));
    const graphLinks: GraphLink[] = links.map(([source, target, value, back = false], i) => ({
      key: `l${i}`,
      flow: i,
      source,
      target,
      value: money(value),
      split: oneOrigin(value),
      back,
    }));
    for (const [i, node] of nodes.entries()) {
      const sum = (end: 'source' | 'target') => graphLinks.reduce((t, l) => (l[end] === i ? t + l.value : t), 0);
      node.value = money(Math.max(sum('source'), sum('target')));
    }
    return { nodes, links: graphLinks, origins: 1 };
  };

  it('a back link as wide as the room beside the columns turns beyond them, inside the chart', () => {
    // A 97 px band from the last column to the first, at 480 px: the room for it once took more
    // than its share of the width and was cut, so the band's edge left the chart.
    const geometry = layoutSankey(
      graphOf(
        [0, 1],
        [
          [0, 1, 5],
          [1, 0, 1.56, true],
        ],
      ),
      { width: 480, height: chartHeight(480) },
    );
    checkNoBoxCrossed(geometry);
    expect(geometry.links.find((l) => l.back)!.width).toBeGreaterThan(90);
  });

  // fast-check seed -594474283 (random datasets, 375 px): a back link as tall as the chart went round
  // both sides, the room for it took all but 30 px of the width, and six columns fell on one another.
  it('a back link as tall as a phone chart makes the chart smaller, never the columns overlap', () => {
    const graph = graphOf(
      [0, 2, 1, 3, 4, 5],
      [
        [0, 1, 10],
        [1, 2, 6.6, true],
        [1, 3, 1.2],
        [1, 4, 1.2],
        [1, 5, 1],
        [2, 5, 6.6],
        [3, 5, 1.2],
        [4, 5, 1.2],
      ],
    );
    for (const order of [undefined, nodeOrder(graph, 1000, 640)]) {
      const geometry = layoutSankey(graph, { width: 375, height: chartHeight(375), ...(order && { order }) });
      checkNoBoxCrossed(geometry);
      const columns = [...new Set(geometry.nodes.map((n) => n.x0))].sort((a, b) => a - b);
      expect(columns).toHaveLength(6);
      // Each column keeps at least a gap of two boxes from the next.
      for (let i = 1; i < columns.length; i++) expect(columns[i]! - columns[i - 1]!).toBeGreaterThanOrEqual(36 - 1e-6);
    }
  });

  it('many columns on a phone and a back link round them all: still a chart, with every box', () => {
    // Ten columns at 320 px leave no room beside them for a gap of two boxes each: the room beyond
    // them once fell to nothing, and with it the scale.
    const columns = Array.from({ length: 10 }, (_, i) => i);
    const chain = columns.slice(1).map((c): [number, number, number] => [c - 1, c, 10]);
    const geometry = layoutSankey(graphOf(columns, [...chain, [9, 0, 4, true]]), { width: 320, height: chartHeight(320) });
    expect(geometry.scale).toBeGreaterThan(0);
    for (const node of geometry.nodes) expect(node.y1 - node.y0, node.key).toBeGreaterThan(5);
    checkNoBoxCrossed(geometry);
  });

  it('keeps the columns apart when the room kept for a back link at the first scale is too wide at the scale drawn', () => {
    // Sides chosen at the scale without slots kept room for a band wider than the one drawn, which
    // took the columns' room: at 375 px their step came out 33 px.
    const graph = graphOf(
      [0, 1, 2, 3],
      [
        [0, 1, 10],
        [1, 2, 10],
        [2, 3, 10],
        [1, 0, 8, true],
      ],
    );
    const geometry = layoutSankey(graph, { width: 375, height: chartHeight(375) });
    checkNoBoxCrossed(geometry);
    const xs = [...new Set(geometry.nodes.map((n) => n.x0))].sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(36 - 1e-6);
  });

  it('a back link from the last placed column turns beyond it, even when a later column has only an empty box', () => {
    // The box in column 3 carries nothing, so no link reaches it and it is placed in column 2's layer:
    // the back link from column 2 once turned right of its source, beyond the edge of the chart.
    const geometry = layoutSankey(
      graphOf(
        [0, 1, 2, 3],
        [
          [0, 1, 10],
          [1, 2, 10],
          [2, 3, 0],
          [2, 1, 2, true],
        ],
      ),
      {
        width: 1280,
        height: chartHeight(1280),
        order: new Map([
          ['n0', 0],
          ['n1', 1],
          ['n2', 2],
          ['n3', 3],
        ]),
      },
    );
    checkNoBoxCrossed(geometry);
  });

  it('counts the layers again when a step moves money between links, rather than keep the last count', () => {
    // The same columns as above, as many links with money in both steps: a slider step moves the
    // money on column 2 → 3 to column 0 → 2. The count kept from the step before (four layers)
    // would turn the back link from column 2 beyond the chart's edge again.
    const order = new Map([0, 1, 2, 3].map((i) => [`n${i}`, i]));
    const links = (last: number, skip: number): [number, number, number, boolean?][] => [
      [0, 1, 10],
      [1, 2, 10],
      [2, 3, last],
      [0, 2, skip],
      [2, 1, 2, true],
    ];
    layoutSankey(graphOf([0, 1, 2, 3], links(10, 0)), { width: 1280, height: chartHeight(1280), order });
    checkNoBoxCrossed(layoutSankey(graphOf([0, 1, 2, 3], links(0, 5)), { width: 1280, height: chartHeight(1280), order }));
  });

  it('counts the layers again for the same links with money between boxes in other columns', () => {
    // Another dataset may join its boxes as the last did, in other columns: here the last one's link
    // 0 → 1 crossed a column, and the count kept from it (four layers) would turn the back link from
    // column 2 beyond the chart's edge.
    const order = new Map([0, 1, 2, 3].map((i) => [`n${i}`, i]));
    const money: [number, number, number, boolean?][] = [
      [0, 1, 10],
      [1, 2, 10],
      [2, 1, 2, true],
    ];
    layoutSankey(graphOf([0, 2, 3, 1], money), { width: 1280, height: chartHeight(1280), order });
    const geometry = layoutSankey(graphOf([0, 1, 2, 3], [...money, [2, 3, 0]]), { width: 1280, height: chartHeight(1280), order });
    checkNoBoxCrossed(geometry);
  });

  it('many slots in one column leave the boxes their height', () => {
    // Forty links skipping two columns fill those with slots; padding counted from the nodes alone
    // took the whole height, and every box came out with none.
    const skips = Array.from({ length: 40 }, (): [number, number, number] => [0, 3, 0.1]);
    const geometry = layoutSankey(graphOf([0, 1, 2, 3], [[0, 1, 5], [1, 2, 5], [2, 3, 5], ...skips]), {
      width: 480,
      height: chartHeight(480),
    });
    checkNoBoxCrossed(geometry);
    for (const node of geometry.nodes) expect(node.y1 - node.y0, node.key).toBeGreaterThan(10);
  });

  // The issue at its smallest: investor → cloud (column 0 → 2) used to cross the startup's box,
  // and startup → costs (1 → 3) the cloud's.
  it('a forward link that skips columns passes between the boxes of the columns it crosses', () => {
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
    checkNoBoxCrossed(geometry);
    // One link each, drawn through one slot: no slot is a box.
    expect(geometry.nodes.map((n) => n.key)).toEqual(['investor', 'startup', 'cloud', 'costs']);
    const skip = geometry.links.find((l) => l.key === 'investor-cloud')!;
    expect(skip.route?.back === false && skip.route.via.length).toBe(3);
  });

  // In the default dataset Nvidia (investor) → CoreWeave (column 0 → 2) used to cut through the OpenAI box.
  it('Nvidia (investor) → CoreWeave passes the OpenAI column beside its box', () => {
    const geometry = layoutAtDefaults(loadDefaultDataset(), 'en', 'loop', 900).geometry;
    const link = geometry.links.find((l) => l.source === 'nvidia-fund' && l.target === 'coreweave')!;
    expect(link.route?.back === false && link.route.via.length).toBe(3);
    expect(boxesCrossed(link, geometry.nodes, TOLERANCE)).toEqual([]);
  });
});
