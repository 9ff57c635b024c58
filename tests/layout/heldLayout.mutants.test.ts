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

describe('layoutHeld in an offset extent', () => {
  it('places nodes from the extent’s corner, padding a crowded column less', () => {
    const nodes: HeldNode[] = [
      { key: 'a', value: 1, column: 0 },
      { key: 'b', value: 1, column: 1 },
      { key: 'c', value: 1, column: 1 },
      { key: 'd', value: 1, column: 1 },
    ];
    const links: HeldLink<HeldNode>[] = [{ source: nodes[0]!, target: nodes[1]!, value: 1 }];
    const order = new Map([
      ['b', 0],
      ['c', 1],
      ['d', 2],
    ]);
    // 30 px tall for three nodes: gaps of 15 (not 20) leave the nodes no height at all.
    layoutHeld(nodes, links, {
      extent: [
        [10, 20],
        [310, 50],
      ],
      nodeWidth: 10,
      nodePadding: 20,
      order,
    });
    expect(nodes.map((n) => [n.layer, n.x0, n.x1, n.y0, n.y1])).toEqual([
      [0, 10, 20, 35, 35],
      [1, 300, 310, 20, 20],
      [1, 300, 310, 35, 35],
      [1, 300, 310, 50, 50],
    ]);
  });

  it('leaves empty a layer that no hint falls in', () => {
    const nodes: HeldNode[] = [
      { key: 'a', value: 2, column: 0 },
      { key: 'b', value: 2, column: 0 },
      { key: 'c', value: 2, column: 2 },
    ];
    const links: HeldLink<HeldNode>[] = [
      { source: nodes[0]!, target: nodes[1]!, value: 2 },
      { source: nodes[1]!, target: nodes[2]!, value: 2 },
    ];
    layoutHeld(nodes, links, options());
    expect(nodes.map((n) => [n.layer, n.x0, n.y0, n.y1])).toEqual([
      [0, 0, 0, 90],
      [0, 0, 110, 200],
      [2, 290, 55, 145],
    ]);
  });

  it('stacks parallel links in input order', () => {
    const nodes: HeldNode[] = [
      { key: 'a', value: 3, column: 0 },
      { key: 'b', value: 3, column: 1 },
    ];
    const links: HeldLink<HeldNode>[] = [
      { source: nodes[0]!, target: nodes[1]!, value: 1 },
      { source: nodes[0]!, target: nodes[1]!, value: 2 },
    ];
    layoutHeld(nodes, links, options());
    expect(links[0]!.y0!).toBeLessThan(links[1]!.y0!);
    expect(links[0]!.y1!).toBeLessThan(links[1]!.y1!);
  });
});
