// Rectangles filed by strips of x answer exactly as a scan of all of them does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../src/layout/labels';
import { rectStrips } from '../../src/layout/rectStrips';

const WIDTH = 300;
/** Coordinates inside the chart and beyond either end, fractional ones too, and on and about the strips' edges (every 32 px). */
const x = fc.oneof(
  fc.integer({ min: -80, max: WIDTH + 80 }),
  fc.double({ min: -80, max: WIDTH + 80, noNaN: true }),
  fc.tuple(fc.integer({ min: -2, max: 11 }), fc.constantFrom(-0.5, -0.01, 0, 0.01, 0.5)).map(([k, d]) => k * 32 + d),
);
/** Rectangles with their ends either way round (`overlaps` can hold for one given the wrong way round). */
const rect = fc
  .tuple(x, x, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 60 }))
  .map(([a, b, y, h]): Rect => ({ x0: a, x1: b, y0: y, y1: y + h }));
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

  it('answers as a scan for every rectangle ending and question starting about a strip edge', () => {
    const near = [-0.5, -0.01, 0, 0.01, 0.5];
    for (let edge = 0; edge <= WIDTH + 32; edge += 32)
      for (const end of near)
        for (const start of near) {
          const strips = rectStrips<Rect>(WIDTH);
          const filed: Rect = { x0: edge - 20, x1: edge + end, y0: 0, y1: 10 };
          strips.add(filed);
          const asked: Rect = { x0: edge + start, x1: edge + start + 5, y0: 0, y1: 10 };
          for (const meets of [strictly, touching])
            expect(strips.some(asked.x0, asked.x1, (r) => meets(r, asked))).toBe(meets(filed, asked));
        }
  });

  it('finds rectangles that only touch at a strip edge, and those beyond the chart', () => {
    const strips = rectStrips<Rect>(WIDTH);
    const left: Rect = { x0: 10, x1: 32, y0: 0, y1: 10 };
    const beyond: Rect = { x0: WIDTH + 40, x1: WIDTH + 90, y0: 0, y1: 10 };
    strips.add(left);
    strips.add(beyond);
    expect(strips.some(32, 40, (r) => touching(r, { x0: 32, x1: 40, y0: 0, y1: 10 }))).toBe(true);
    expect(strips.some(WIDTH + 60, WIDTH + 61, (r) => r === beyond)).toBe(true);
  });

  it('answers as a scan for a chart of no width, or none finite, or one far too wide for strips of 32 px', () => {
    for (const width of [0, -20, Infinity, NaN, 1e12]) {
      const strips = rectStrips<Rect>(width);
      const far: Rect = { x0: 5e11, x1: 5e11 + 10, y0: 0, y1: 10 };
      strips.add(far);
      expect(strips.some(5e11 + 5, 5e11 + 6, (r) => strictly(r, { x0: 5e11 + 5, x1: 5e11 + 6, y0: 0, y1: 10 }))).toBe(true);
      expect(strips.some(0, 1, (r) => strictly(r, { x0: 0, x1: 1, y0: 0, y1: 10 }))).toBe(false);
    }
  });
});
