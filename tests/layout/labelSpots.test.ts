import { describe, expect, it } from 'vitest';
import { findTagSpot, type Free } from '../../src/layout/labelSpots';
import type { NodeBox } from '../../src/layout/geometryTypes';
import { px } from '../../src/layout/units';
import { money } from '../../src/model/units';

const box = (x0: number, x1: number): NodeBox => ({
  key: 'n',
  entity: 0,
  x0: px(x0),
  x1: px(x1),
  y0: px(20),
  y1: px(120),
  value: money(1),
  column: 0,
});
const nowhere: Free = () => false;

describe('findTagSpot', () => {
  // Found by the label geometry property (a 12 px box at 320 px, every spot beside it taken): the
  // number, wider than its box, was drawn 1.2 px off the chart's left edge.
  it.each([
    ['left', box(0, 12)],
    ['right', box(308, 320)],
  ])('keeps a number on a box at the chart’s %s edge inside the chart, when it is wider than the box', (_, node) => {
    const { rect } = findTagSpot(node, ['right', 'left'], 14.4, nowhere, 15, 200, 320);
    expect(rect.x0).toBeGreaterThanOrEqual(0);
    expect(rect.x1).toBeLessThanOrEqual(320);
    // Still on its box.
    expect(rect.x0 < node.x1 && node.x0 < rect.x1).toBe(true);
  });

  it('centres a number on a box that is wide enough', () => {
    expect(findTagSpot(box(100, 130), ['right'], 14.4, nowhere, 15, 200, 320).cx).toBe(115);
  });
});
