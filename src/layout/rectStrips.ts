import type { Rect } from './labelSpots';

// Rectangles filed by the vertical strips of the chart they cross, so that asking whether anything
// stands near a place reads only what lies in its strips. Labelling a graph of hundreds of boxes
// asks that for every box against every other box and label: read whole, that was quadratic (a
// quarter of a million tests a slider step at 500 boxes, and sixteen times as many at 2,000).

/** Width of a strip, px: about a label's leader run, so a question reads two or three strips. */
const STRIP = 32;

export interface RectStrips<R extends Rect> {
  add(rect: R): void;
  /**
   * Whether `test` holds for a rectangle filed here that reaches into `x0`..`x1` (ends included).
   * Any rectangle that shares an x with that range is tested (some more may be, and some twice).
   */
  some(x0: number, x1: number, test: (rect: R) => boolean): boolean;
}

/** Strips across `0`..`width`; a rectangle beyond either end is filed in the strip at that end. */
export function rectStrips<R extends Rect>(width: number): RectStrips<R> {
  const count = Math.max(1, Math.ceil(width / STRIP) + 1);
  const strips: R[][] = Array.from({ length: count }, () => []);
  // Non-decreasing in x, so whatever x two ranges share falls in a strip both are filed in. (NaN
  // gives NaN, and no strip: such a rectangle overlaps nothing in any test.)
  const stripOf = (x: number) => Math.max(0, Math.min(count - 1, Math.floor(x / STRIP)));
  return {
    add(rect) {
      for (let k = stripOf(rect.x0), last = stripOf(rect.x1); k <= last; k++) strips[k]!.push(rect);
    },
    some(x0, x1, test) {
      for (let k = stripOf(x0), last = stripOf(x1); k <= last; k++) for (const rect of strips[k]!) if (test(rect)) return true;
      return false;
    },
  };
}
