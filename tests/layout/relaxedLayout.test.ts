import fc from 'fast-check';
import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { stateGraph } from '../../src/layout/chartGeometry';
import { splitAtColumns } from '../../src/layout/linkSlots';
import { layoutRelaxed, type RelaxedLink, type RelaxedNode } from '../../src/layout/relaxedLayout';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import type { Dataset } from '../../src/model/types';
import { loadDefaultDataset } from '../model/fixtures';

interface Node {
  key: string;
  column: number;
  value: number;
}
interface Link {
  source: number;
  target: number;
  value: number;
}
type Placed = Node & RelaxedNode;

const extent: [[number, number], [number, number]] = [
  [0, 0],
  [1000, 640],
];

/** The graph laid out by d3-sankey itself and by layoutRelaxed, each on its own copies. */
function both(nodes: Node[], links: Link[], padding: number, iterations: number) {
  const fresh = () => nodes.map((n) => ({ ...n, fixedValue: n.value, layer: 0, x0: 0, x1: 0, y0: 0, y1: 0 }));
  const d3Nodes = fresh();
  const d3 = sankey<Node & { fixedValue: number }, Link>()
    .nodeId((d) => d.key)
    .nodeWidth(12)
    .nodePadding(padding)
    .nodeAlign((node) => node.column)
    .iterations(iterations)
    .extent(extent)({
    nodes: d3Nodes,
    links: links.map((l) => ({
      ...l,
      source: d3Nodes[l.source]!,
      target: d3Nodes[l.target]!,
      width: 0,
      y0: 0,
      y1: 0,
    })) as unknown as SankeyLink<Node & { fixedValue: number }, Link>[],
  });
  const ours: Placed[] = fresh();
  const ourLinks: RelaxedLink<Placed>[] = links.map((l) => ({
    ...l,
    source: ours[l.source]!,
    target: ours[l.target]!,
    width: 0,
    y0: 0,
    y1: 0,
  }));
  layoutRelaxed(ours, ourLinks, { extent, nodeWidth: 12, nodePadding: padding, align: (node) => node.column, iterations });
  return { d3, ours, ourLinks };
}

/** Every coordinate exactly d3-sankey's (the node order a chart holds is read from them). */
function expectSame(nodes: Node[], links: Link[], padding: number, iterations: number): void {
  const { d3, ours, ourLinks } = both(nodes, links, padding, iterations);
  ours.forEach((node, i) => {
    const theirs = d3.nodes[i] as SankeyNode<Node, Link> & { layer: number };
    for (const field of ['x0', 'x1', 'y0', 'y1', 'layer'] as const) {
      if (!Object.is(node[field], theirs[field])) expect.fail(`node ${node.key} ${field}: ${node[field]}, d3-sankey ${theirs[field]}`);
    }
  });
  ourLinks.forEach((link, i) => {
    const theirs = d3.links[i]!;
    for (const field of ['width', 'y0', 'y1'] as const) {
      if (!Object.is(link[field], theirs[field])) expect.fail(`link ${i} ${field}: ${link[field]}, d3-sankey ${theirs[field]}`);
    }
  });
}

/** Random layered graphs: every column used, links from a column to a later one, some nodes without any. */
const graphs = fc
  .record({
    columns: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 2, maxLength: 6 }),
    links: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        value: fc.oneof(fc.double({ min: 0.001, max: 100, noNaN: true }), fc.constantFrom(1, 5, 1e-9)),
      }),
      { minLength: 0, maxLength: 120 },
    ),
    padding: fc.constantFrom(2, 8, 14, 40),
    iterations: fc.constantFrom(1, 6, 32),
  })
  .map(({ columns, links: raw, padding, iterations }) => {
    const nodes: Node[] = [];
    columns.forEach((count, column) => {
      for (let i = 0; i < count; i++) nodes.push({ key: `n${nodes.length}`, column, value: 0 });
    });
    const chain = columns.map((_, column) => nodes.findIndex((n) => n.column === column));
    const links: Link[] = chain.slice(1).map((target, i) => ({ source: chain[i]!, target, value: 5 }));
    for (const { from, to, value } of raw) {
      const source = from % nodes.length;
      const later = nodes.map((_, i) => i).filter((i) => nodes[i]!.column > nodes[source]!.column);
      if (later.length) links.push({ source, target: later[to % later.length]!, value });
    }
    for (const node of nodes) {
      const sum = (end: 'source' | 'target') => links.reduce((s, l) => (nodes[l[end]] === node ? s + l.value : s), 0);
      node.value = Math.max(sum('source'), sum('target'));
    }
    return { nodes, links, padding, iterations };
  });

/** A dataset's graph at its defaults, split at the columns its links cross, as the node order lays it out. */
function splitGraph(dataset: Dataset): { nodes: Node[]; links: Link[] } {
  const model = compileModel(dataset);
  const graph = stateGraph(model, 'loop', defaultValues(model.dataset.parameters), 8);
  const split = splitAtColumns(graph, new Map());
  const used = [...new Set(split.nodes.map((n) => n.column))].sort((a, b) => a - b);
  return {
    nodes: split.nodes.map((n) => ({ key: n.key, column: used.indexOf(n.column), value: n.value })),
    links: split.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
  };
}

describe('layoutRelaxed', { timeout: 120_000 }, () => {
  it('places every node and link exactly where d3-sankey does, on random layered graphs', () => {
    fc.assert(
      fc.property(graphs, ({ nodes, links, padding, iterations }) => expectSame(nodes, links, padding, iterations)),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });

  it('places the default dataset and a generated 500/2,500 one exactly where d3-sankey does', () => {
    const defaults = splitGraph(loadDefaultDataset());
    expectSame(defaults.nodes, defaults.links, 14, 32);
    const generated = splitGraph(generateDataset(500, 2500));
    expectSame(generated.nodes, generated.links, 2, 6);
  });

  it('refuses a cycle, as d3-sankey does', () => {
    const nodes = ['a', 'b'].map((key) => ({ key, column: 0, value: 1, layer: 0, x0: 0, x1: 0, y0: 0, y1: 0 }));
    const link = (source: (typeof nodes)[number], target: (typeof nodes)[number]) => ({ source, target, value: 1, width: 0, y0: 0, y1: 0 });
    const options = { extent, nodeWidth: 12, nodePadding: 8, align: () => 0, iterations: 6 };
    expect(() => layoutRelaxed(nodes, [link(nodes[0]!, nodes[1]!), link(nodes[1]!, nodes[0]!)], options)).toThrow('circular link');
  });
});
