// The held-order layout on graphs the random comparison with d3-sankey does not make: one column,
// column hints past the longest chain or between columns, nodes the order does not know, cycles.
import { describe, expect, it } from 'vitest';
import { layoutHeld, type HeldLink, type HeldNode } from '../../src/layout/heldLayout';

const extent: [[number, number], [number, number]] = [
  [0, 0],
  [300, 200],
];
const options = (order: [string, number][] = []) => ({ extent, nodeWidth: 10, nodePadding: 20, order: new Map(order) });

describe('layoutHeld', () => {
  it('stacks a single column in the held order at the left edge', () => {
    const nodes: HeldNode[] = [
      { key: 'a', value: 10, column: 0 },
      { key: 'b', value: 30, column: 0 },
    ];
    layoutHeld(
      nodes,
      [],
      options([
        ['b', 0],
        ['a', 1],
      ]),
    );
    // 200 px less one gap of 20 for 40 units: 4.5 px each; b on top.
    expect(nodes.map((n) => [n.layer, n.x0, n.x1, n.y0, n.y1])).toEqual([
      [0, 0, 10, 155, 200],
      [0, 0, 10, 0, 135],
    ]);
  });

  it('clamps column hints to the layers the links make, rounding down, and keeps input order for unknown nodes', () => {
    const nodes: HeldNode[] = [
      { key: 'a', value: 10, column: 0 },
      { key: 'b', value: 10, column: 5.7 },
      { key: 'c', value: 5, column: 1.5 },
    ];
    const links: HeldLink<HeldNode>[] = [{ source: nodes[0]!, target: nodes[1]!, value: 10 }];
    layoutHeld(nodes, links, options());
    expect(nodes.map((n) => [n.layer, n.x0, n.x1, n.y0, n.y1])).toEqual([
      [0, 0, 10, 40, 160],
      [1, 290, 300, 0, 120],
      [1, 290, 300, 140, 200],
    ]);
    expect([links[0]!.width, links[0]!.y0, links[0]!.y1]).toEqual([120, 100, 60]);
  });

  it('refuses a cycle, which only back links may close', () => {
    const nodes: HeldNode[] = [
      { key: 'a', value: 1, column: 0 },
      { key: 'b', value: 1, column: 1 },
    ];
    const links: HeldLink<HeldNode>[] = [
      { source: nodes[0]!, target: nodes[1]!, value: 1 },
      { source: nodes[1]!, target: nodes[0]!, value: 1 },
    ];
    expect(() => layoutHeld(nodes, links, options())).toThrow('circular link');
  });

  it('lays out nothing without failing', () => {
    expect(() => layoutHeld([], [], options())).not.toThrow();
  });
});
