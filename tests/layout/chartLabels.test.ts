import { describe, expect, it } from 'vitest';
import { LABEL_FONT } from '../../src/layout/chartGeometry';
import { chartLabels, LABEL_LINE } from '../../src/layout/chartLabels';
import { estimateTextWidth } from '../../src/layout/labels';
import type { Geometry, NodeBox } from '../../src/layout/sankeyLayout';
import { px, pxPerMoney } from '../../src/layout/units';
import { money } from '../../src/model/units';

// What the chart asks of label placement: its font and line height, the focus first, then what the view is about.

const node = (key: string, entity: number, y0: number, y1: number, value: number): NodeBox => ({
  key,
  entity,
  column: 0,
  x0: px(0),
  x1: px(12),
  y0: px(y0),
  y1: px(y1),
  value: money(value),
});
const geometry = (nodes: NodeBox[], height = 30): Geometry => ({
  width: px(300),
  height: px(height),
  scale: pxPerMoney(1),
  columns: 1,
  nodes,
  links: [],
});
const text =
  (name: string, amount = 'a') =>
  () => ({ name, amount });

describe('chartLabels', () => {
  it('names the focus in words first, then the entities the view is about, then the biggest', () => {
    // A chart three lines tall: one label fits, the others are numbered (each name beside its own box).
    const nodes = geometry([node('big', 0, 0, 10, 20), node('small', 1, 10.5, 20.5, 10), node('other', 2, 21, 45, 5)], 3 * LABEL_LINE);
    const named = (focus: number | undefined, next?: Set<number>) => chartLabels(nodes, text('name'), focus, next).map((l) => l.visible);
    expect(named(undefined)).toEqual([true, false, false]);
    expect(named(1)).toEqual([false, true, false]);
    expect(named(undefined, new Set([2]))).toEqual([false, false, true]);
  });

  it('measures the longest line in the chart font with a few pixels of slack, and keeps the block inside the chart', () => {
    const nodes = geometry([node('a', 0, 40, 60, 20)], 200);
    // 16 px from the left edge, 284 px of room.
    const fits = 'x'.repeat(Math.floor((284 - 5) / (0.58 * LABEL_FONT)));
    expect(estimateTextWidth(fits, LABEL_FONT) + 5).toBeLessThanOrEqual(284);
    expect(estimateTextWidth(`${fits}x`, LABEL_FONT) + 5).toBeGreaterThan(284);
    expect(chartLabels(nodes, text('a', fits), undefined)[0]).toMatchObject({ visible: true, amount: [fits] });
    expect(chartLabels(nodes, text('a', `${fits}x`), undefined)[0]!.visible).toBe(false);
    const [top] = chartLabels(geometry([node('top', 0, 0, 2, 2)], 200), text('name'), undefined);
    expect(top!.y).toBe(LABEL_LINE);
  });
});
