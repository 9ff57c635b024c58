// Link centre lines, as numbers (routes) and traced into a canvas or an SVG path. A band of a link
// is the same line shifted sideways, so stacked bands by origin fill exactly the link's width.

import { largestOrigin } from '../model/originSplit';
import { money, type Money } from '../model/units';
import type { GraphLink } from './graph';
import { px, type Px } from './units';
import { RoundedPath } from './roundedPath';

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
 * MAX_BANDS origins, the rest gathered in one OTHER_ORIGINS band; a thin link is one band, in its
 * largest origin (`known` when the caller has it, else found here). Runs for every link on every
 * slider step, so it allocates nothing per origin.
 */
export function bandOffsets(byOrigin: ArrayLike<number>, total: Money, width: Px, known?: number): BandOffset[] {
  if (!(total > 0) || !(width > 0)) return [];
  if (width < MIN_BAND_LINK_WIDTH) {
    const main = known ?? largestOrigin(byOrigin);
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

/** A row of a split for `linkBands`, kept between calls: `bandOffsets` keeps nothing of it. */
let rowRead = new Float64Array(0);
const NO_ROW = new Float64Array(0);

/**
 * A laid-out link's bands by origin. A thin link whose main origin the engine found reads nothing
 * more; a wider one reads its row of the split into one array kept between links, as a step lays
 * out thousands of links and reads only the wide ones' rows.
 */
export function linkBands(link: Pick<GraphLink, 'split' | 'flow' | 'value' | 'mainOrigin'>, width: Px): BandOffset[] {
  if (width < MIN_BAND_LINK_WIDTH && link.mainOrigin !== undefined) return bandOffsets(NO_ROW, link.value, width, link.mainOrigin);
  if (rowRead.length !== link.split.origins) rowRead = new Float64Array(link.split.origins);
  return bandOffsets(link.split.row(link.flow, rowRead), link.value, width, link.mainOrigin);
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

/**
 * Slots a link passes through in the columns it crosses, three numbers each (left edge, right edge,
 * height of the link's centre), left to right: it runs straight through each, S-curves between.
 */
export type Slots = ArrayLike<number>;

/** A forward link runs from its source's right edge to its target's left edge, through a slot in each column between. */
export interface ForwardRoute {
  back: false;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  via: Slots;
}

/**
 * A back link leaves its source to the right and returns under the diagram in its own lane. It turns
 * down in the gap right of its source, or, if too wide for the gap, goes on through slots in the
 * columns to the right and turns beyond the last; likewise up left of its target or before the first column.
 */
export interface BackRoute {
  back: true;
  /** Exit point on the source's right edge and entry point on the target's left edge. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Slots right of the source and left of the target (empty where the link turns in the gap beside its end). */
  after: Slots;
  before: Slots;
  /** Centre of the lane under the diagram. */
  laneY: number;
  /** How far beyond the nodes (or the last slot) the link turns, to its centre line. */
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
  if (!a.back || !b.back) return a.back === b.back && sameSlots((a as ForwardRoute).via, (b as ForwardRoute).via);
  if (!sameSlots(a.after, b.after) || !sameSlots(a.before, b.before)) return false;
  return a.laneY === b.laneY && a.reach === b.reach && a.width === b.width;
}

function sameSlots(a: Slots, b: Slots): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Traces a link's centre line, shifted sideways by `offset` (towards the right-hand side of travel). */
export function traceLink(context: PathContext, route: LinkRoute, offset: number): void {
  if (route.back) traceBack(context, route, offset);
  else traceForward(context, route, offset);
}

/** A link's centre line (or a band of it) as SVG path data. */
export function linkPath(route: LinkRoute, offset = 0): string {
  // A tenth of a pixel is finer than any screen shows, and shorter path strings parse faster.
  const path = new RoundedPath(1);
  traceLink(path, route, offset);
  return path.toString();
}

/** Horizontal S-curves, as d3-sankey draws its links, straight through each slot. */
function traceForward(context: PathContext, { x0, y0, x1, y1, via }: ForwardRoute, offset: number) {
  context.moveTo(x0, y0 + offset);
  const [x, y] = traceSlots(context, x0, y0 + offset, via, offset);
  sCurve(context, x, y, x1, y1 + offset);
}

/** From (x, y) through each slot from the `from`th number on; returns where it leaves the last one. */
function traceSlots(context: PathContext, x: number, y: number, slots: Slots, offset: number, from = 0): [number, number] {
  for (let i = from; i < slots.length; i += 3) {
    const slotY = (slots[i + 2] as number) + offset;
    sCurve(context, x, y, slots[i] as number, slotY);
    x = slots[i + 1] as number;
    y = slotY;
    context.lineTo(x, y);
  }
  return [x, y];
}

function sCurve(context: PathContext, x0: number, y0: number, x1: number, y1: number) {
  const mid = (x0 + x1) / 2;
  context.bezierCurveTo(mid, y0, mid, y1, x1, y1);
}

/**
 * Out of the source to the right (through any slots), down to its lane, back left under the diagram,
 * up, and into the target from the left (through any slots): four right turns, so the right-hand
 * side of travel is the inside of the loop.
 */
function traceBack(context: PathContext, route: BackRoute, offset: number) {
  const { x0, y0, x1, y1, after, before, laneY, reach, width } = route;
  context.moveTo(x0, y0 + offset);
  const [turnX, top0] = traceSlots(context, x0, y0 + offset, after, offset);
  const enterX = before.length ? (before[0] as number) : x1;
  const top1 = (before.length ? (before[2] as number) : y1) + offset;
  const right = turnX + reach - offset;
  const left = enterX - reach + offset;
  const bottom = laneY - offset;
  const r = Math.max(
    0.5,
    Math.min(width / 2 + 6 - offset, (bottom - Math.max(top0, top1)) / 2, (right - left) / 2, right - turnX, enterX - left),
  );
  context.lineTo(right - r, top0);
  context.quadraticCurveTo(right, top0, right, top0 + r);
  context.lineTo(right, bottom - r);
  context.quadraticCurveTo(right, bottom, right - r, bottom);
  context.lineTo(left + r, bottom);
  context.quadraticCurveTo(left, bottom, left, bottom - r);
  context.lineTo(left, top1 + r);
  context.quadraticCurveTo(left, top1, left + r, top1);
  context.lineTo(enterX, top1);
  if (!before.length) return;
  context.lineTo(before[1] as number, top1);
  const [x, y] = traceSlots(context, before[1] as number, top1, before, offset, 3);
  sCurve(context, x, y, x1, y1 + offset);
}
