// Link centre lines, as numbers (routes) and traced into a canvas or an SVG path. A band of a link
// is the same line shifted sideways, so stacked bands by origin fill exactly the link's width.
import { pathRound } from 'd3-path';

import { money, type Money } from '../model/units';
import { px, type Px } from './units';

export interface BandOffset {
  origin: number;
  /** Distance of the band's centre from the link's centre, towards the right-hand side of travel. */
  offset: Px;
  width: Px;
  value: Money;
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
export function bandOffsets(byOrigin: ArrayLike<number>, total: Money, width: Px): BandOffset[] {
  if (!(total > 0) || !(width > 0)) return [];
  if (width < MIN_BAND_LINK_WIDTH) {
    const main = largestOrigin(byOrigin);
    return main < 0 ? [] : [{ origin: main, offset: px(0), width, value: total }];
  }
  const kept = largestOrigins(byOrigin, MAX_BANDS);
  if (kept.size === 0) return [];
  const bands: BandOffset[] = [];
  let cursor = -width / 2;
  let other = 0;
  const push = (origin: number, value: number) => {
    const w = (value / total) * width;
    bands.push({ origin, offset: px(cursor + w / 2), width: px(w), value: money(value) });
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
  for (let o = 0; o < byOrigin.length; o++)
    if ((byOrigin[o] as number) > 0 && (main < 0 || (byOrigin[o] as number) > (byOrigin[main] as number))) main = o;
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

/** A forward link runs from its source's right edge to its target's left edge. */
export interface ForwardRoute {
  back: false;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A back link leaves its source to the right and returns under the diagram in its own lane. */
export interface BackRoute {
  back: true;
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

export type LinkRoute = ForwardRoute | BackRoute;

/** What tracing a link needs: a canvas context, a Path2D, or d3-path's SVG path writer. */
export type PathContext = Pick<CanvasPath, 'moveTo' | 'lineTo' | 'bezierCurveTo' | 'quadraticCurveTo'>;

/** Whether two routes draw the same line (layout makes new routes on every step). */
export function sameRoute(a: LinkRoute | null, b: LinkRoute | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.x0 !== b.x0 || a.y0 !== b.y0 || a.x1 !== b.x1 || a.y1 !== b.y1) return false;
  if (!a.back || !b.back) return a.back === b.back;
  return a.laneY === b.laneY && a.reach === b.reach && a.width === b.width;
}

/** Traces a link's centre line, shifted sideways by `offset` (towards the right-hand side of travel). */
export function traceLink(context: PathContext, route: LinkRoute, offset: number): void {
  if (route.back) traceBack(context, route, offset);
  else traceForward(context, route, offset);
}

/** A link's centre line (or a band of it) as SVG path data. */
export function linkPath(route: LinkRoute, offset = 0): string {
  // A tenth of a pixel is finer than any screen shows, and shorter path strings parse faster.
  const path = pathRound(1);
  traceLink(path, route, offset);
  return path.toString();
}

/** A horizontal S-curve, as d3-sankey draws its links. */
function traceForward(context: PathContext, { x0, y0, x1, y1 }: ForwardRoute, offset: number) {
  const mid = (x0 + x1) / 2;
  context.moveTo(x0, y0 + offset);
  context.bezierCurveTo(mid, y0 + offset, mid, y1 + offset, x1, y1 + offset);
}

/**
 * Out of the source to the right, down to its lane, back left under the diagram, up, and into the
 * target from the left: four right turns, so the right-hand side of travel is the inside of the loop.
 */
function traceBack(context: PathContext, route: BackRoute, offset: number) {
  const { x0, y0, x1, y1, laneY, reach, width } = route;
  const right = x0 + reach - offset;
  const left = x1 - reach + offset;
  const top0 = y0 + offset;
  const top1 = y1 + offset;
  const bottom = laneY - offset;
  const r = Math.max(0.5, Math.min(width / 2 + 6 - offset, (bottom - Math.max(top0, top1)) / 2, (right - left) / 2, right - x0, x1 - left));
  context.moveTo(x0, top0);
  context.lineTo(right - r, top0);
  context.quadraticCurveTo(right, top0, right, top0 + r);
  context.lineTo(right, bottom - r);
  context.quadraticCurveTo(right, bottom, right - r, bottom);
  context.lineTo(left + r, bottom);
  context.quadraticCurveTo(left, bottom, left, bottom - r);
  context.lineTo(left, top1 + r);
  context.quadraticCurveTo(left, top1, left + r, top1);
  context.lineTo(x1, top1);
}
