import { describe, expect, it } from 'vitest';
import { CAP_OVERLAP, findTagSpot, TAG_HEIGHT, type Free } from '../../src/layout/labelSpots';
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

  it('takes, of the free spots, the first the first preference allows, else the second’s, else the first free one', () => {
    // Every spot beside and on the box is taken but those well below it (a 600 px chart): far ones.
    const below: Free = (_, __, y0) => y0 > 250;
    const node = box(100, 110);
    const cy = (prefer: Free[]) => findTagSpot(node, ['right', 'left'], 14.4, below, 15, 600, 320, prefer).cy;
    const first = cy([]);
    expect(first).toBeGreaterThan(250);
    const past =
      (y: number): Free =>
      (_, __, y0) =>
        y0 > y;
    const never: Free = () => false;
    // The first tier wins, though a spot the second allows comes before it.
    expect(cy([past(400), past(300)])).toBeGreaterThan(400);
    const second = cy([never, past(300)]);
    expect(second).toBeGreaterThan(300);
    expect(second).toBeLessThan(cy([past(400), past(300)]));
    expect(cy([never, never])).toBe(first);
  });

  // A thin box among crowded labels (Meta's, in the January 2026 scenario at 768–1,024 px): the
  // number ran 110 px down a leader line, past three other names, to stand under one of them.
  const thin: NodeBox = { ...box(100, 112), y0: px(200), y1: px(204) };
  // Rooms free of everything, by their edges: top, bottom, left, right.
  const within =
    (...rooms: [number, number, number, number][]): Free =>
    (x0, x1, y0, y1) =>
      rooms.some(([top, bottom, left, right]) => y0 >= top && y1 <= bottom && x0 >= left && x1 <= right);

  it('puts a number on its box’s top or bottom edge, with no leader, before moving it off beside the box', () => {
    // Free: a strip just above the box (13 px of room, as there, no wider than the number), and far below it.
    const spot = findTagSpot(thin, ['right', 'left'], 14.4, within([187, 202, 98, 114], [300, 600, 0, 320]), 15, 600, 320);
    expect(spot.cx).toBe(106);
    expect(spot.rect.y1).toBe(200 + CAP_OVERLAP);
    expect(spot.rect.y0).toBe(200 + CAP_OVERLAP - TAG_HEIGHT);
    // Near enough to need no leader line (see placement: more than half a line off its box needs one).
    expect(200 - spot.cy).toBeLessThanOrEqual(15 / 2);
    // Below, when only below is free.
    expect(findTagSpot(thin, ['right'], 14.4, within([202, 219, 98, 114], [300, 600, 0, 320]), 15, 600, 320).rect.y0).toBe(
      204 - CAP_OVERLAP,
    );
  });

  it('puts a number on its box before moving it off beside the box', () => {
    const tall: NodeBox = { ...box(100, 112), y0: px(200), y1: px(260) };
    // Beside the box only off its height (above it), or on it.
    const aboveOrOn: Free = (x0, x1, y0, y1) => y1 <= 170 || (x0 >= 100 && x1 <= 112 + 2 && y0 >= 200 && y1 <= 260);
    const spot = findTagSpot(tall, ['right', 'left'], 10, aboveOrOn, 15, 600, 320);
    expect(spot.cx).toBe(106);
    expect(spot.cy).toBe(230);
  });
});
