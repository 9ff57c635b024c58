import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels } from '../../src/layout/labels';
import type { NodeBox } from '../../src/layout/sankeyLayout';
import { nodeBox } from './nodeBox';

const LINE = 15;
const node = (key: string, column: number, y0: number, y1: number, value = y1 - y0, entity = 0): NodeBox =>
  nodeBox(key, column, y0, y1, value, entity, 200, 12);

const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const randomNodes = fc
  .array(
    fc.record({
      column: fc.integer({ min: 0, max: 4 }),
      y: fc.integer({ min: 0, max: 580 }),
      h: fc.integer({ min: 1, max: 60 }),
      w: fc.integer({ min: 10, max: 300 }),
    }),
    { minLength: 1, maxLength: 120 },
  )
  .map((list) => list.map((n, i) => ({ box: node(`n${i}`, n.column, n.y, n.y + n.h, n.h, i), width: n.w })));

describe('label placement', () => {
  it('never lets two visible labels overlap or leave the chart, for any nodes', () => {
    fc.assert(
      fc.property(randomNodes, (nodes) => {
        const widthOf = new Map(nodes.map((n) => [n.box.key, n.width]));
        const labels = placeLabels(
          nodes.map((n) => n.box),
          1000,
          640,
          LINE,
          (key) => widthOf.get(key)!,
        );
        const boxes = labels
          .filter((l) => l.visible)
          .map((l) => {
            const w = widthOf.get(l.key)!;
            return { x0: l.anchor === 'end' ? l.x - w : l.x, x1: l.anchor === 'end' ? l.x : l.x + w, y0: l.y - LINE, y1: l.y + LINE };
          });
        for (const box of boxes) {
          expect(box.x0).toBeGreaterThanOrEqual(0);
          expect(box.x1).toBeLessThanOrEqual(1000);
          expect(box.y0).toBeGreaterThanOrEqual(0);
          expect(box.y1).toBeLessThanOrEqual(640);
        }
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('places the focus entity first, then the biggest nodes, and hides what no longer fits', () => {
    const nodes = [node('small', 1, 100, 110, 10, 0), node('big', 1, 105, 160, 55, 1), node('focus', 1, 120, 125, 5, 2)];
    const byKey = (focus: Set<number>) => new Map(placeLabels(nodes, 1000, 640, LINE, () => 50, focus).map((l) => [l.key, l.visible]));
    expect(Object.fromEntries(byKey(new Set()))).toEqual({ small: false, big: true, focus: false });
    expect(Object.fromEntries(byKey(new Set([2])))).toEqual({ small: false, big: false, focus: true });
  });

  it('puts labels of the last column on its left, the others on their right', () => {
    const labels = placeLabels([node('a', 0, 0, 50), node('z', 2, 0, 50)], 1000, 640, LINE, () => 40);
    expect(labels.map((l) => [l.anchor, l.x])).toEqual([
      ['start', 16],
      ['end', 396],
    ]);
  });

  it('measures only labels that might still fit: a big graph formats few amounts', () => {
    const column = Array.from({ length: 400 }, (_, i) => node(`n${i}`, 1, i * 1.5, i * 1.5 + 1));
    let measured = 0;
    const labels = placeLabels(column, 1000, 640, LINE, () => (measured++, 50));
    const visible = labels.filter((l) => l.visible).length;
    expect(visible).toBeGreaterThan(10);
    expect(measured).toBe(visible);
  });

  it('estimates CJK characters as square and Latin ones as narrower', () => {
    expect(estimateTextWidth('輝達', 10)).toBe(20);
    expect(estimateTextWidth('Nvidia', 10)).toBeCloseTo(34.8, 10);
  });
});
