// Rectangles filed by strips of x answer exactly as a scan of all of them does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/layout/labels';
import { rectStrips } from '../../src/layout/rectStrips';

const WIDTH = 300;
/** Coordinates inside the chart and beyond either end, fractional ones too. */
const x = fc.oneof(fc.integer({ min: -80, max: WIDTH + 80 }), fc.double({ min: -80, max: WIDTH + 80, noNaN: true }));
const rect = fc
  .tuple(x, x, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 60 }))
  .map(([a, b, y, h]): Rect => ({ x0: Math.min(a, b), x1: Math.max(a, b), y0: y, y1: y + h }));
const strictly = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** As the labels' test of a leader's run: ends of x included. */
const touching = (a: Rect, b: Rect) => a.y0 < b.y1 && b.y0 < a.y1 && a.x0 <= b.x1 && b.x0 <= a.x1;

describe('rectStrips', () => {
  it('finds a rectangle overlapping or touching a place exactly when a scan of them all does', () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 40 }), fc.array(rect, { minLength: 1, maxLength: 20 }), (filed, asked) => {
        const strips = rectStrips<Rect>(WIDTH);
        for (const r of filed) strips.add(r);
        for (const q of asked)
          for (const meets of [strictly, touching])
            expect(strips.some(q.x0, q.x1, (r) => meets(r, q))).toBe(filed.some((r) => meets(r, q)));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('finds rectangles that only touch at a strip edge, and those beyond the chart', () => {
    const strips = rectStrips<Rect>(WIDTH);
    const left: Rect = { x0: 10, x1: 32, y0: 0, y1: 10 };
    const beyond: Rect = { x0: WIDTH + 40, x1: WIDTH + 90, y0: 0, y1: 10 };
    strips.add(left);
    strips.add(beyond);
    expect(strips.some(32, 40, (r) => touching(r, { x0: 32, x1: 40, y0: 0, y1: 10 }))).toBe(true);
    expect(strips.some(WIDTH + 60, WIDTH + 61, (r) => r === beyond)).toBe(true);
    expect(strips.some(-50, -10, () => true)).toBe(true);
  });
});
