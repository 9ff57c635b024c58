// Where a tooltip goes: never over the pointer, inside the viewport, beside what it describes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { around, placeTooltip, type Rect } from '../../src/layout/tooltipPlacement';

const viewport: Rect = { left: 8, top: 8, right: 1272, bottom: 892 };
const box = (p: { left: number; top: number }, width: number, height: number): Rect => ({
  left: p.left,
  top: p.top,
  right: p.left + width,
  bottom: p.top + height,
});
const covers = (r: Rect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeTooltip', () => {
  it('opens below the pointer on the lower half of a wide link, not under it', () => {
    // A 200 px wide band whose middle is at y 300; the pointer near its bottom edge.
    const link = { left: 300, top: 200, right: 500, bottom: 400 };
    const pointer = { x: 400, y: 380 };
    const placed = placeTooltip({ width: 300, height: 200, avoid: [link], pointer, bounds: viewport });
    const tip = box(placed, 300, 200);
    expect(covers(tip, pointer.x, pointer.y)).toBe(false);
    expect(overlaps(tip, link)).toBe(false);
    expect(placed.side).toBe('below');
  });

  it('flips above when there is no room below, and beside when neither fits', () => {
    const node = { left: 600, top: 760, right: 612, bottom: 860 };
    expect(placeTooltip({ width: 300, height: 200, avoid: [node], bounds: viewport }).side).toBe('above');
    const tall = { left: 600, top: 100, right: 612, bottom: 860 };
    const right = placeTooltip({ width: 300, height: 200, avoid: [tall], bounds: viewport });
    expect(right.side).toBe('right');
    expect(right.left).toBeGreaterThanOrEqual(612);
    const nearRight = { left: 1100, top: 100, right: 1112, bottom: 860 };
    expect(placeTooltip({ width: 300, height: 200, avoid: [nearRight], bounds: viewport }).side).toBe('left');
  });

  it('slides along a side to stay in the viewport', () => {
    const node = { left: 1250, top: 100, right: 1262, bottom: 140 };
    const placed = placeTooltip({ width: 300, height: 200, avoid: [node], bounds: viewport });
    expect(placed.side).toBe('below');
    expect(placed.left + 300).toBeLessThanOrEqual(viewport.right);
  });

  it('gives up an avoided area too large to sit beside for the next one, then for the pointer alone', () => {
    const whole = { left: 0, top: 0, right: 1280, bottom: 900 };
    const middle = { left: 500, top: 400, right: 700, bottom: 440 };
    const placed = placeTooltip({ width: 300, height: 200, avoid: [whole, middle], bounds: viewport });
    expect(overlaps(box(placed, 300, 200), middle)).toBe(false);
    const pointer = { x: 640, y: 450 };
    const bare = placeTooltip({ width: 300, height: 200, avoid: [whole], pointer, bounds: viewport });
    expect(covers(box(bare, 300, 200), pointer.x, pointer.y)).toBe(false);
  });

  it('keeps a tooltip larger than the viewport at its edge, away from the pointer', () => {
    const placed = placeTooltip({ width: 2000, height: 2000, avoid: [], pointer: { x: 100, y: 800 }, bounds: viewport });
    expect(placed).toEqual({ left: 8, top: 8, side: 'above' });
  });

  it('never covers the pointer and stays in the viewport when it can fit beside the pointer (property)', () => {
    const sizes = fc.record({ width: fc.integer({ min: 40, max: 360 }), height: fc.integer({ min: 20, max: 300 }) });
    const screen = fc.record({ width: fc.integer({ min: 320, max: 1600 }), height: fc.integer({ min: 480, max: 1000 }) });
    const rect = fc
      .tuple(fc.double({ min: -200, max: 1800, noNaN: true }), fc.double({ min: -200, max: 1200, noNaN: true }), fc.nat(600), fc.nat(600))
      .map(([left, top, w, h]): Rect => ({ left, top, right: left + w, bottom: top + h }));
    fc.assert(
      fc.property(
        sizes,
        screen,
        fc.array(rect, { maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (size, s, avoid, fx, fy) => {
          const bounds = { left: 8, top: 8, right: s.width - 8, bottom: s.height - 8 };
          const pointer = { x: bounds.left + fx * (bounds.right - bounds.left), y: bounds.top + fy * (bounds.bottom - bounds.top) };
          // Room on at least one side of the pointer (less the gap) for the whole tooltip.
          const room =
            pointer.y + 8 + size.height <= bounds.bottom ||
            pointer.y - 8 - size.height >= bounds.top ||
            pointer.x + 8 + size.width <= bounds.right ||
            pointer.x - 8 - size.width >= bounds.left;
          const fitsAcross = size.width <= bounds.right - bounds.left && size.height <= bounds.bottom - bounds.top;
          fc.pre(room && fitsAcross);
          const tip = box(placeTooltip({ ...size, avoid, pointer, bounds }), size.width, size.height);
          expect(covers(tip, pointer.x, pointer.y)).toBe(false);
          expect(tip.left).toBeGreaterThanOrEqual(bounds.left - 1e-6);
          expect(tip.top).toBeGreaterThanOrEqual(bounds.top - 1e-6);
          expect(tip.right).toBeLessThanOrEqual(bounds.right + 1e-6);
          expect(tip.bottom).toBeLessThanOrEqual(bounds.bottom + 1e-6);
          expect(overlaps(tip, around(pointer, 8))).toBe(false);
        },
      ),
    );
  });
});
