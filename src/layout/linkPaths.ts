// Link centre lines as SVG path strings. A band of a link is the same line shifted sideways, so
// stacked bands by origin fill exactly the link's width.

// A tenth of a pixel is finer than any screen shows, and shorter path strings parse faster.
const round = (x: number) => Math.round(x * 10) / 10;

export interface BandOffset {
  origin: number;
  /** Distance of the band's centre from the link's centre, towards the right-hand side of travel. */
  offset: number;
  width: number;
  value: number;
}

/** Origin index of the band that gathers the smallest origins of a link. */
export const OTHER_ORIGINS = -1;
/** Thinner links are one stroke in their main origin's colour; bands would be invisible slivers. */
export const MIN_BAND_LINK_WIDTH = 2;
export const MAX_BANDS = 6;

/**
 * Splits a link of width `width` into bands by origin, top (left of travel) first: at most
 * MAX_BANDS origins, the rest gathered in one OTHER_ORIGINS band; a thin link is one band.
 * Runs for every link on every slider step, so it allocates nothing per origin.
 */
export function bandOffsets(byOrigin: ArrayLike<number>, total: number, width: number): BandOffset[] {
  if (!(total > 0) || !(width > 0)) return [];
  if (width < MIN_BAND_LINK_WIDTH) {
    const main = largestOrigin(byOrigin);
    return main < 0 ? [] : [{ origin: main, offset: 0, width, value: total }];
  }
  const kept = largestOrigins(byOrigin, MAX_BANDS);
  if (kept.size === 0) return [];
  const bands: BandOffset[] = [];
  let cursor = -width / 2;
  let other = 0;
  const push = (origin: number, value: number) => {
    const w = (value / total) * width;
    bands.push({ origin, offset: cursor + w / 2, width: w, value });
    cursor += w;
  };
  for (let o = 0; o < byOrigin.length; o++) {
    const value = byOrigin[o] as number;
    if (!(value > 0)) continue;
    if (kept.has(o)) push(o, value);
    else other += value;
  }
  if (other > 0) push(OTHER_ORIGINS, other);
  return bands;
}

/** Index of the largest positive part (the first of equals), or -1. */
function largestOrigin(byOrigin: ArrayLike<number>): number {
  let main = -1;
  for (let o = 0; o < byOrigin.length; o++) if ((byOrigin[o] as number) > 0 && (main < 0 || (byOrigin[o] as number) > (byOrigin[main] as number))) main = o;
  return main;
}

/** The `count` largest positive parts (earlier origins first among equals). */
function largestOrigins(byOrigin: ArrayLike<number>, count: number): Set<number> {
  const top: number[] = [];
  for (let o = 0; o < byOrigin.length; o++) {
    const value = byOrigin[o] as number;
    if (!(value > 0)) continue;
    if (top.length === count && value <= (byOrigin[top[count - 1] as number] as number)) continue;
    let at = top.length;
    while (at > 0 && value > (byOrigin[top[at - 1] as number] as number)) at--;
    top.splice(at, 0, o);
    if (top.length > count) top.pop();
  }
  return new Set(top);
}

/** A horizontal S-curve from a source's right edge to a target's left edge (as d3-sankey draws). */
export function forwardLinkPath(ends: { x0: number; y0: number; x1: number; y1: number }, offset: number): string {
  const { x0, x1 } = ends;
  const y0 = ends.y0 + offset;
  const y1 = ends.y1 + offset;
  const mid = (x0 + x1) / 2;
  return `M${round(x0)},${round(y0)}C${round(mid)},${round(y0)} ${round(mid)},${round(y1)} ${round(x1)},${round(y1)}`;
}

export interface BackRoute {
  /** Exit point on the source's right edge and entry point on the target's left edge. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Centre of the lane under the diagram. */
  laneY: number;
  /** How far beyond the nodes the link turns, to its centre line. */
  reach: number;
  width: number;
}

/**
 * Out of the source to the right, down to its lane, back left under the diagram, up, and into the
 * target from the left: four right turns, so the right-hand side of travel is the inside of the loop.
 */
export function backLinkPath(route: BackRoute, offset: number): string {
  const { x0, y0, x1, y1, laneY, reach, width } = route;
  const right = x0 + reach - offset;
  const left = x1 - reach + offset;
  const top0 = y0 + offset;
  const top1 = y1 + offset;
  const bottom = laneY - offset;
  const r = Math.max(0.5, Math.min(width / 2 + 6 - offset, (bottom - Math.max(top0, top1)) / 2, (right - left) / 2, right - x0, x1 - left));
  return (
    `M${round(x0)},${round(top0)}H${round(right - r)}Q${round(right)},${round(top0)} ${round(right)},${round(top0 + r)}` +
    `V${round(bottom - r)}Q${round(right)},${round(bottom)} ${round(right - r)},${round(bottom)}` +
    `H${round(left + r)}Q${round(left)},${round(bottom)} ${round(left)},${round(bottom - r)}` +
    `V${round(top1 + r)}Q${round(left)},${round(top1)} ${round(left + r)},${round(top1)}H${round(x1)}`
  );
}
