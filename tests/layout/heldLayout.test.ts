import fc from 'fast-check';
import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { describe, expect, it } from 'vitest';
import { layoutHeld, type HeldLink, type HeldNode } from '../../src/layout/heldLayout';

interface Node {
  key: string;
  column: number;
  value: number;
  fixedValue: number;
}
interface Link {
  source: number;
  target: number;
  value: number;
}
type DNode = SankeyNode<Node, Link>;
type DLink = SankeyLink<Node, Link>;

const extent: [[number, number], [number, number]] = [
  [0, 0],
  [900, 560],
];

/**
 * d3-sankey itself, as the chart used it before: no relaxation, nodes sorted by the held order;
 * then each node's outgoing links stacked in the order of their targets (which d3-sankey leaves
 * in input order without relaxation).
 */
function d3Reference(nodes: Node[], links: Link[], order: Map<string, number>, padding: number) {
  const layout = sankey<Node, Link>()
    .nodeId((d) => d.key)
    .nodeWidth(12)
    .nodePadding(padding)
    .nodeAlign((node) => node.column)
    .iterations(0)
    .nodeSort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0))
    .extent(extent);
  const graph = layout({
    nodes: nodes.map((n) => ({ ...n })),
    links: links.map((l) => ({ ...l, source: nodes[l.source]!.key, target: nodes[l.target]!.key })) as unknown as DLink[],
  });
  for (const node of graph.nodes as DNode[])
    node.sourceLinks!.sort((a, b) => (a.target as DNode).y0! - (b.target as DNode).y0! || a.index! - b.index!);
  layout.update(graph);
  return graph as { nodes: DNode[]; links: DLink[] };
}

/** layoutHeld on copies of `nodes` and `links`, checked box by box and link by link against d3-sankey. */
function expectPlacedAsD3(nodes: Node[], links: Link[], order: Map<string, number>, padding: number) {
  const reference = d3Reference(nodes, links, order, padding);
  const placed: HeldNode[] = nodes.map((n) => ({ ...n }));
  const placedLinks: HeldLink<HeldNode>[] = links.map((l) => ({ source: placed[l.source]!, target: placed[l.target]!, value: l.value }));
  layoutHeld(placed, placedLinks, { extent, nodeWidth: 12, nodePadding: padding, order });
  placed.forEach((node, i) => {
    const d3Node = reference.nodes[i]!;
    for (const field of ['x0', 'x1', 'y0', 'y1'] as const) expect(node[field]).toBeCloseTo(d3Node[field]!, 9);
    expect(node.layer).toBe((d3Node as { layer?: number }).layer);
  });
  placedLinks.forEach((link, i) => {
    const d3Link = reference.links[i]!;
    for (const field of ['width', 'y0', 'y1'] as const) expect(link[field]).toBeCloseTo(d3Link[field]!, 9);
  });
}

/** Random layered graphs: every column used, links from a column to a later one, a held order. */
const graphs = fc
  .record({
    columns: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 5 }),
    links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), value: fc.double({ min: 0.01, max: 100, noNaN: true }) }), {
      minLength: 1,
      maxLength: 80,
    }),
    shuffle: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    padding: fc.constantFrom(2, 8, 14),
  })
  .map(({ columns, links: raw, shuffle, padding }) => {
    const nodes: Node[] = [];
    columns.forEach((count, column) => {
      for (let i = 0; i < count; i++) nodes.push({ key: `n${nodes.length}`, column, value: 0, fixedValue: 0 });
    });
    // A chain through every column, so each is reached and the layers are the columns.
    const chain = columns.map((_, column) => nodes.findIndex((n) => n.column === column));
    const links: Link[] = chain.slice(1).map((target, i) => ({ source: chain[i]!, target, value: 5 }));
    for (const { from, to, value } of raw) {
      const source = from % nodes.length;
      const later = nodes.map((_, i) => i).filter((i) => nodes[i]!.column > nodes[source]!.column);
      if (later.length) links.push({ source, target: later[to % later.length]!, value });
    }
    for (const node of nodes) {
      const sum = (end: 'source' | 'target') => links.reduce((s, l) => (nodes[l[end]] === node ? s + l.value : s), 0);
      node.value = node.fixedValue = Math.max(sum('source'), sum('target'));
    }
    const order = new Map(nodes.map((n, i) => [n.key, shuffle[i % shuffle.length]! * 100 + i]));
    return { nodes, links, order, padding };
  });

describe('held-order layout', () => {
  it('places nodes and links exactly as d3-sankey does without relaxation, outgoing links in target order', () => {
    fc.assert(
      fc.property(graphs, ({ nodes, links, order, padding }) => expectPlacedAsD3(nodes, links, order, padding)),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('places a graph of the same shape as d3-sankey does, call after call, as its money moves', () => {
    // The placement keeps the shape of its last graph: each call must still place the money it is given.
    const moves = fc.array(fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 80, maxLength: 80 }), {
      minLength: 2,
      maxLength: 5,
    });
    fc.assert(
      fc.property(graphs, moves, ({ nodes, links, order, padding }, steps) => {
        for (const values of steps) {
          const moved = links.map((l, i) => ({ ...l, value: values[i]! }));
          const sized = nodes.map((n) => {
            const sum = (end: 'source' | 'target') => moved.reduce((s, l) => (nodes[l[end]] === n ? s + l.value : s), 0);
            const value = Math.max(sum('source'), sum('target'));
            return { ...n, value, fixedValue: value };
          });
          expectPlacedAsD3(sized, moved, order, padding);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) / 2 },
    );
  });

  it('stacks a node’s outgoing links top to bottom in the order of their targets', () => {
    const nodes: HeldNode[] = ['a', 'x', 'y'].map((key, i) => ({ key, column: i === 0 ? 0 : 1, value: 10 }));
    // Input order puts the link to the lower target first; the layout must not.
    const links: HeldLink<HeldNode>[] = [
      { source: nodes[0]!, target: nodes[2]!, value: 5 },
      { source: nodes[0]!, target: nodes[1]!, value: 5 },
    ];
    nodes[1]!.value = nodes[2]!.value = 5;
    layoutHeld(nodes, links, {
      extent,
      nodeWidth: 12,
      nodePadding: 10,
      order: new Map([
        ['x', 0],
        ['y', 1],
      ]),
    });
    expect(nodes[1]!.y0!).toBeLessThan(nodes[2]!.y0!);
    expect(links[1]!.y0!).toBeLessThan(links[0]!.y0!);
  });
});
