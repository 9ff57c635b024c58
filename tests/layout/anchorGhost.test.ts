// The compared scenario's outlines sit on their own boxes, with their own heights.
import { describe, expect, it } from 'vitest';
import { anchorGhost } from '../../src/layout/anchorGhost';
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
  const drawn = { nodes: [box('a', 100, 50, 90), box('b', 300, 200, 210)], height: px(250) };

  it("sets each outline on its entity's box, at its top, with the outline's own height", () => {
    const [a, b] = anchorGhost([box('a', 40, 0, 100), box('b', 500, 10, 15)], drawn);
    expect(a).toMatchObject({ key: 'a', x0: 100, x1: 110, y0: 50, y1: 150 });
    expect(b).toMatchObject({ key: 'b', x0: 300, x1: 310, y0: 200, y1: 205 });
  });

  it("raises an outline that would run off the chart's foot to end there, never above its top", () => {
    expect(anchorGhost([box('b', 300, 0, 120)], drawn)[0]).toMatchObject({ y0: 130, y1: 250 });
    expect(anchorGhost([box('b', 300, 0, 400)], drawn)[0]).toMatchObject({ y0: 0, y1: 400 });
  });

  it('keeps the place of a box the chart does not draw', () => {
    const lone = box('c', 7, 8, 9);
    expect(anchorGhost([lone], drawn)[0]).toEqual(lone);
  });
});
