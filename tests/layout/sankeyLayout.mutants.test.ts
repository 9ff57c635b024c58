// The loop layout's arithmetic on small graphs whose numbers can be worked out by hand: the room
// kept under the diagram for back links, the lanes' nesting, dragged nodes, and padding.
import { money } from '../../src/model/units';
import './withDragNodes';
import { describe, expect, it } from 'vitest';
import type { FlowGraph, GraphLink } from '../../src/layout/graph';
import type { BackRoute } from '../../src/layout/linkPaths';
import { layoutSankey, nodeOrder, type Geometry } from '../../src/layout/sankeyLayout';
import { oneOrigin } from './oneOrigin';

const link = (key: string, flow: number, source: number, target: number, value: number, back = false): GraphLink => ({
  key,
  flow,
  source,
  target,
  value: money(value),
  split: oneOrigin(value),
  back,
});

/** a → b → c → d, with back links c → b (short), c → a and d → a (long), and an empty d → b. */
function loop(): FlowGraph {
  return {
    origins: 1,
    nodes: [
      { key: 'a', entity: 0, column: 0, value: money(10) },
      { key: 'b', entity: 1, column: 1, value: money(12) },
      { key: 'c', entity: 2, column: 2, value: money(10) },
      { key: 'd', entity: 3, column: 3, value: money(6) },
    ],
    links: [
      link('ab', 0, 0, 1, 10),
      link('bc', 1, 1, 2, 10),
      link('cd', 2, 2, 3, 6),
      link('cb', 3, 2, 1, 2, true),
      link('ca', 4, 2, 0, 1, true),
      link('da', 5, 3, 0, 3, true),
      link('db', 6, 3, 1, 0, true),
    ],
  };
}

const shape = (geometry: Geometry, key: string) => geometry.links.find((l) => l.key === key)!;
const box = (geometry: Geometry, key: string) => geometry.nodes.find((n) => n.key === key)!;
const backRoute = (geometry: Geometry, key: string) => shape(geometry, key).route as BackRoute;

describe('room for the back links under the diagram', () => {
  const height = 400;
  // Built inside each test: Stryker counts only code run by a test as covered by it.
  const laidOut = () => layoutSankey(loop(), { width: 600, height });
  const backTotal = 2 + 1 + 3;
  const laneGap = 6;
  // Three lanes and a gap above them; the tallest column (b, 12) with the back money fills the rest.
  const scale = (height - 4 * laneGap) / (12 + backTotal);
  const mainHeight = height - scale * backTotal - 4 * laneGap;

  it('scales money so that the busiest column and every lane fit the height', () => {
    const geometry = laidOut();
    expect(geometry.scale).toBeCloseTo(scale, 9);
    // d3-sankey's relaxation leaves the nodes' bottom within a micro-pixel of the room.
    expect(Math.max(...geometry.nodes.map((n) => n.y1))).toBeCloseTo(mainHeight, 5);
    for (const l of geometry.links) expect(l.width).toBeCloseTo(l.value * scale, 9);
    expect(geometry.columns).toBe(4);
  });

  it('nests the lanes shortest innermost, each a gap below the last', () => {
    const geometry = laidOut();
    const [cb, ca, da] = ['cb', 'ca', 'da'].map((key) => backRoute(geometry, key));
    const w = (value: number) => value * scale;
    expect(cb!.laneY).toBeCloseTo(mainHeight + laneGap + w(2) / 2, 9);
    expect(ca!.laneY).toBeCloseTo(mainHeight + laneGap + w(2) + laneGap + w(1) / 2, 9);
    expect(da!.laneY).toBeCloseTo(mainHeight + 3 * laneGap + w(2) + w(1) + w(3) / 2, 9);
    expect(da!.laneY + w(3) / 2).toBeLessThanOrEqual(height + 1e-9);
    // The turns beside the nodes step out by each lane's width and gap, squeezed to reach 48 px at most.
    const steps = w(2) + w(1) + w(3) + 3 * laneGap;
    const squeeze = Math.min(1, 48 / steps);
    expect(cb!.reach).toBeCloseTo(6 + w(2) / 2, 9);
    expect(ca!.reach).toBeCloseTo(6 + (w(2) + laneGap) * squeeze + w(1) / 2, 9);
    expect(da!.reach).toBeCloseTo(6 + (w(2) + w(1) + 2 * laneGap) * squeeze + w(3) / 2, 9);
    expect(cb!.width).toBeCloseTo(w(2), 9);
  });

  it('leaves a node below its forward links, outer lanes above inner ones', () => {
    const geometry = laidOut();
    const c = box(geometry, 'c');
    const b = box(geometry, 'b');
    const a = box(geometry, 'a');
    const d = box(geometry, 'd');
    const w = (value: number) => value * scale;
    // Out of c: first cd (forward), then ca (outer), then cb (inner).
    expect(backRoute(geometry, 'ca').y0).toBeCloseTo(c.y0 + w(6) + w(1) / 2, 9);
    expect(backRoute(geometry, 'cb').y0).toBeCloseTo(c.y0 + w(6) + w(1) + w(2) / 2, 9);
    expect(backRoute(geometry, 'da').y0).toBeCloseTo(d.y0 + w(3) / 2, 9);
    // Into b: ab (forward), then cb. Into a: da (outer) above ca.
    expect(backRoute(geometry, 'cb').y1).toBeCloseTo(b.y0 + w(10) + w(2) / 2, 9);
    expect(backRoute(geometry, 'da').y1).toBeCloseTo(a.y0 + w(3) / 2, 9);
    expect(backRoute(geometry, 'ca').y1).toBeCloseTo(a.y0 + w(3) + w(1) / 2, 9);
    for (const key of ['cb', 'ca', 'da']) {
      const route = backRoute(geometry, key);
      const l = shape(geometry, key);
      expect(route.x0).toBe(box(geometry, l.source).x1);
      expect(route.x1).toBe(box(geometry, l.target).x0);
    }
  });

  it('keeps an empty link as an empty shape with its ends', () => {
    const geometry = laidOut();
    expect(shape(geometry, 'db')).toEqual({
      key: 'db',
      flow: 6,
      source: 'd',
      target: 'b',
      value: 0,
      width: 0,
      back: true,
      route: null,
      bands: [],
    });
    expect(geometry.links.map((l) => l.key)).toEqual(['ab', 'bc', 'cd', 'cb', 'ca', 'da', 'db']);
  });

  it('places the same nodes without link shapes when asked for nodes only', () => {
    const geometry = laidOut();
    const nodesOnly = layoutSankey(loop(), { width: 600, height, nodesOnly: true });
    expect(nodesOnly.links).toEqual([]);
    expect(nodesOnly.nodes).toEqual(geometry.nodes);
    expect(nodesOnly.scale).toBe(geometry.scale);
  });
});

describe('lanes of equal span', () => {
  it('puts the earlier flow inside', () => {
    const graph = loop();
    // (c → d keeps d in a layer of its own, so both turn between c and d, beside their ends.)
    graph.links = [
      link('ab', 0, 0, 1, 10),
      link('bc', 1, 1, 2, 10),
      link('x', 2, 2, 1, 2, true),
      link('y', 3, 2, 1, 1, true),
      link('cd', 4, 2, 3, 6),
    ];
    const geometry = layoutSankey(graph, { width: 600, height: 400 });
    expect(backRoute(geometry, 'x').laneY).toBeLessThan(backRoute(geometry, 'y').laneY);
    // The outer one leaves above.
    expect(backRoute(geometry, 'y').y0).toBeLessThan(backRoute(geometry, 'x').y0);
    const reversed = { ...graph, links: [graph.links[0]!, graph.links[1]!, graph.links[3]!, graph.links[2]!, graph.links[4]!] };
    expect(backRoute(layoutSankey(reversed, { width: 600, height: 400 }), 'x').laneY).toBe(backRoute(geometry, 'x').laneY);
  });

  it('narrows the gaps between many lanes so the diagram keeps its height', () => {
    const count = 30;
    const graph: FlowGraph = {
      origins: 1,
      nodes: [
        { key: 'a', entity: 0, column: 0, value: money(10) },
        { key: 'b', entity: 1, column: 1, value: money(10) },
      ],
      links: [link('ab', 0, 0, 1, 10), ...Array.from({ length: count }, (_, i) => link(`ba${i}`, i + 1, 1, 0, 0.01, true))],
    };
    const height = 300;
    const geometry = layoutSankey(graph, { width: 600, height });
    const gap = (height * 0.15) / (count + 1);
    const lanes = Array.from({ length: count }, (_, i) => backRoute(geometry, `ba${i}`).laneY);
    expect(lanes[1]! - lanes[0]!).toBeCloseTo(gap + 0.01 * geometry.scale, 9);
    expect(geometry.scale).toBeCloseTo((height - (count + 1) * gap) / (10 + count * 0.01), 9);
  });
});

describe('scale and padding', () => {
  it('has no scale and no shapes when no money moves', () => {
    const graph = loop();
    graph.nodes.forEach((n) => (n.value = money(0)));
    graph.links.forEach((l) => (l.value = money(0)));
    const geometry = layoutSankey(graph, { width: 600, height: 400 });
    expect(geometry.scale).toBe(0);
    expect(geometry.links.every((l) => l.route === null && l.width === 0)).toBe(true);
  });

  it('keeps the scale of the drawn links when the back links would leave the diagram no room', () => {
    const graph: FlowGraph = {
      origins: 1,
      nodes: [
        { key: 'a', entity: 0, column: 0, value: money(1000) },
        { key: 'b', entity: 1, column: 1, value: money(1000) },
      ],
      links: [link('ab', 0, 0, 1, 1), link('ba', 1, 1, 0, 1000, true)],
    };
    const geometry = layoutSankey(graph, { width: 600, height: 100 });
    const ab = shape(geometry, 'ab');
    expect(geometry.scale).toBeGreaterThan(0);
    expect(ab.width).toBeCloseTo(ab.value * geometry.scale, 9);
  });

  it('pads the nodes of a column by nodePadding, less when the column is crowded', () => {
    const column = (height: number, nodePadding?: number) => {
      const graph: FlowGraph = {
        origins: 1,
        nodes: Array.from({ length: 10 }, (_, i) => ({ key: `n${i}`, entity: i, column: 0, value: money(1) })),
        links: [],
      };
      const order = new Map(graph.nodes.map((n, i) => [n.key, i]));
      const nodes = layoutSankey(graph, { width: 300, height, order, ...(nodePadding === undefined ? {} : { nodePadding }) }).nodes;
      return nodes.slice(1).map((n, i) => n.y0 - nodes[i]!.y1);
    };
    for (const gap of column(1000)) expect(gap).toBeCloseTo(14, 9);
    for (const gap of column(100)) expect(gap).toBeCloseTo(5, 9);
    for (const gap of column(1000, 3)) expect(gap).toBeCloseTo(3, 9);
  });
});

describe('dragged nodes', () => {
  const graph = (): FlowGraph => ({
    origins: 1,
    nodes: [
      { key: 'a', entity: 0, column: 0, value: money(10) },
      { key: 'b', entity: 1, column: 0, value: money(10) },
      { key: 'c', entity: 2, column: 1, value: money(20) },
    ],
    links: [link('ac', 0, 0, 2, 10), link('bc', 1, 1, 2, 10)],
  });
  const order = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
  ]);
  const unmoved = () => layoutSankey(graph(), { width: 300, height: 300, order });

  it('moves a node and the ends of its links by the offset', () => {
    const plain = unmoved();
    const moved = layoutSankey(graph(), { width: 300, height: 300, order, offsets: { c: -5 } });
    expect(box(moved, 'c').y0).toBeCloseTo(box(plain, 'c').y0 - 5, 9);
    expect(box(moved, 'c').y1).toBeCloseTo(box(plain, 'c').y1 - 5, 9);
    expect(box(moved, 'a')).toEqual(box(plain, 'a'));
    const route = (g: Geometry, key: string) => shape(g, key).route as { y0: number; y1: number };
    expect(route(moved, 'ac').y1).toBeCloseTo(route(plain, 'ac').y1 - 5, 9);
    expect(route(moved, 'ac').y0).toBeCloseTo(route(plain, 'ac').y0, 9);
  });

  it('moves the start of links out of a dragged node', () => {
    const plain = unmoved();
    const moved = layoutSankey(graph(), { width: 300, height: 300, order, offsets: { a: 5 } });
    const route = (g: Geometry, key: string) => shape(g, key).route as { y0: number; y1: number };
    expect(route(moved, 'ac').y0).toBeCloseTo(route(plain, 'ac').y0 + 5, 9);
    expect(route(moved, 'ac').y1).toBeCloseTo(route(plain, 'ac').y1, 9);
  });

  it('stops a node at the top and the bottom of the diagram', () => {
    const plain = unmoved();
    const up = layoutSankey(graph(), { width: 300, height: 300, order, offsets: { a: -1000 } });
    expect(box(up, 'a').y0).toBe(0);
    const down = layoutSankey(graph(), { width: 300, height: 300, order, offsets: { b: 1000 } });
    expect(box(down, 'b').y1).toBeCloseTo(300, 9);
    expect(box(down, 'b').y1 - box(down, 'b').y0).toBeCloseTo(box(plain, 'b').y1 - box(plain, 'b').y0, 9);
  });
});

describe('nodeOrder', () => {
  it('numbers the nodes column by column, top to bottom', () => {
    const graph: FlowGraph = {
      origins: 1,
      nodes: [
        { key: 'late', entity: 0, column: 1, value: money(10) },
        { key: 'early', entity: 1, column: 0, value: money(10) },
      ],
      links: [link('el', 0, 1, 0, 10)],
    };
    expect([...nodeOrder(graph, 300, 200)]).toEqual([
      ['early', 0],
      ['late', 1],
    ]);
  });
});
