import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../src/layout/rowWindow';

describe('rowWindow', () => {
  it('builds the rows in view and a margin either side', () => {
    expect(rowWindow(0, 320, 32, 10000, 10)).toEqual({ first: 0, end: 20, above: 0, below: 9980 * 32 });
    expect(rowWindow(3200, 320, 32, 10000, 10)).toEqual({ first: 90, end: 120, above: 90 * 32, below: 9880 * 32 });
  });

  it('stops at the last row when scrolled past the end', () => {
    expect(rowWindow(1e9, 320, 32, 100, 10)).toEqual({ first: 90, end: 100, above: 90 * 32, below: 0 });
  });

  it('always stands for every row: built rows and spacers add up to the whole table, and the rows in view are built', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 20000 }),
        (scrollTop, viewport, rowHeight, total) => {
          const w = rowWindow(scrollTop, viewport, rowHeight, total);
          expect(w.above + (w.end - w.first) * rowHeight + w.below).toBeCloseTo(total * rowHeight, 6);
          expect(w.first).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(total);
          const top = Math.min(Math.max(0, scrollTop), total * rowHeight);
          const firstInView = Math.floor(top / rowHeight);
          const lastInView = Math.min(total, Math.ceil((top + viewport) / rowHeight));
          if (firstInView < total) {
            expect(w.first).toBeLessThanOrEqual(firstInView);
            expect(w.end).toBeGreaterThanOrEqual(lastInView);
          }
          // Never more than the view and its margins, however long the table.
          expect(w.end - w.first).toBeLessThanOrEqual(Math.ceil(viewport / rowHeight) + 21);
        },
      ),
    );
  });
});
