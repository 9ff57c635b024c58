// The compared scenario's outlines sit on their own boxes, with their own heights, never across another box.
import { describe, expect, it } from 'vitest';
import { anchorGhost, ghostPath } from '../../src/layout/anchorGhost';
import type { NodeBox } from '../../src/layout/geometryTypes';
import { px } from '../../src/layout/units';
import { money } from '../../src/model/units';

const box = (key: string, x0: number, y0: number, y1: number): NodeBox => ({
  key,
  entity: 0,
  x0: px(x0),
  x1: px(x0 + 10),
  y0: px(y0),
  y1: px(y1),
  value: money(y1 - y0),
  column: 0,
});

describe('anchorGhost', () => {
  // Two boxes in one column (a above b), one in another.
  const drawn = { nodes: [box('a', 100, 50, 90), box('b', 100, 150, 160), box('c', 300, 200, 210)], height: px(250) };

  it("sets each outline on its entity's box, at its top, with the outline's own height", () => {
    const [a, c] = anchorGhost([box('a', 40, 0, 80), box('c', 500, 10, 15)], drawn);
    expect(a).toMatchObject({ key: 'a', x0: 100, x1: 110, y0: 50, y1: 130, open: false });
    expect(c).toMatchObject({ key: 'c', x0: 300, x1: 310, y0: 200, y1: 205, open: false });
  });

  it('cuts an outline short, open, where it would reach the next box down its column or the chart’s foot', () => {
    expect(anchorGhost([box('a', 0, 0, 300)], drawn)[0]).toMatchObject({ y0: 50, y1: 148, open: true });
    expect(anchorGhost([box('c', 0, 0, 120)], drawn)[0]).toMatchObject({ y0: 200, y1: 250, open: true });
  });

  it('leaves out the outline of a box the chart does not draw now, or that has no money itself', () => {
    const empty = { nodes: [...drawn.nodes, { ...box('d', 7, 8, 8), value: money(0) }], height: px(250) };
    expect(anchorGhost([box('d', 7, 8, 9), box('e', 1, 2, 3)], empty)).toEqual([]);
    expect(anchorGhost([{ ...box('a', 40, 0, 0), value: money(0) }], drawn)).toEqual([]);
  });

  it('leaves out an outline under 1 px tall, which would draw as a lone dash, and keeps one of 1 px', () => {
    expect(anchorGhost([{ ...box('a', 40, 0, 0.6), value: money(0.6) }], drawn)).toEqual([]);
    expect(anchorGhost([{ ...box('a', 40, 0, 1), value: money(1) }], drawn)[0]).toMatchObject({ y0: 50, y1: 51 });
  });

  it('draws a closed outline as a rectangle and an open one without its foot', () => {
    const [closed] = anchorGhost([box('c', 0, 0, 5)], drawn);
    const [open] = anchorGhost([box('c', 0, 0, 120)], drawn);
    expect(ghostPath(closed!, 4)).toBe('M296,200H314V205H296Z');
    expect(ghostPath(open!, 4)).toBe('M296,250V200H314V250');
  });
});
