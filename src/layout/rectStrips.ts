import type { Rect } from './labelSpots';

// Rectangles filed by the vertical strips of the chart they cross, so that asking whether anything
// stands near a place reads only what lies in its strips. Labelling a graph of hundreds of boxes
// asks that for every box against every other box and label: read whole, that was quadratic (up
// to a quarter of a million tests a slider step at 500 boxes, and sixteen times as many at 2,000).

/** Width of a strip, px: a label's spot (tens of px wide) reads two to a few strips. */
const STRIP = 32;
/** At most this many strips: a wider chart gets wider strips. */
const MAX_STRIPS = 1024;

export interface RectStrips<R extends Rect> {
  add(rect: R): void;
  /**
   * Whether `test` holds for a rectangle filed here that reaches into `x0`..`x1` (ends included).
   * Any rectangle that shares an x with that range is tested (some more may be, and some twice).
   */
  some(x0: number, x1: number, test: (rect: R) => boolean): boolean;
}

/**
 * Strips across `0`..`width`; a rectangle beyond either end is filed in the strip at that end (one
 * strip holds everything where the width is not a positive finite number).
 */
export function rectStrips<R extends Rect>(width: number): RectStrips<R> {
  const wide = Number.isFinite(width) && width > 0 ? width : 0;
  const strip = Math.max(STRIP, wide / MAX_STRIPS);
  const count = Math.ceil(wide / strip) + 1;
  const strips: R[][] = Array.from({ length: count }, () => []);
  // Non-decreasing in x, so whatever x two ranges share falls in a strip both are filed in. (NaN
  // gives NaN, and no strip: such a rectangle overlaps nothing in any test.)
  const stripOf = (x: number) => Math.max(0, Math.min(count - 1, Math.floor(x / strip)));
  // From the lesser x to the greater: a rectangle given with its ends the wrong way round is still
  // filed where its range of x lies.
  const each = (x0: number, x1: number, visit: (k: number) => boolean | void) => {
    for (let k = stripOf(Math.min(x0, x1)), last = stripOf(Math.max(x0, x1)); k <= last; k++) if (visit(k)) return true;
    return false;
  };
  return {
    add(rect) {
      each(rect.x0, rect.x1, (k) => void strips[k]!.push(rect));
    },
    some(x0, x1, test) {
      return each(x0, x1, (k) => strips[k]!.some(test));
    },
  };
}
