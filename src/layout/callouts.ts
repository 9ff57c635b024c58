import { estimateTextWidth, type LabelPlacement } from './labels';
import type { Rect } from './labelSpots';
import { wrapBalanced } from './wrapLines';
import { traceLink, type LinkRoute } from './linkPaths';
import type { Geometry, LinkShape, NodeBox } from './sankeyLayout';

/** What a callout points at: an entity's box or a flow's link, by id. */
export type CalloutTarget = { entity: string } | { flow: string };

/** A note to place: its text, and what it points at. */
export interface CalloutNote {
  target: CalloutTarget;
  text: string;
}

/**
 * A callout placed on the chart: a box of wrapped lines, and a leader from the box to its anchor;
 * or, where no box fits without hiding something, a lettered marker on its anchor (its box is the
 * marker's), its note shown under the chart.
 */
export interface Callout {
  /** Index of the note it shows, in the order given. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  anchorX: number;
  anchorY: number;
  /** Drawn as a marker: its letter (A, B, …, in the order of the markers). */
  marker?: string;
  /** The note, whole. */
  text: string;
}

/** Points taken along each piece of a link's line, for where a marker may sit on it. */
const SAMPLES = 24;
/** A marker's radius. */
export const MARKER_RADIUS = 8;

type Box = { x: number; y: number; width: number; height: number };

export const CALLOUT_FONT = 12;
const LINE = CALLOUT_FONT * 1.3;
const PAD = 6;
const GAP = 14;
const MARGIN = 4;
const MAX_WIDTH = 200;
const MIN_WIDTH = 120;
const WIDTH_SHARE = 0.4;
/** Callouts are tried at this many places across the chart, at least this many px apart. */
const STEPS_X = 40;
const MIN_STEP_X = 8;
/**
 * What a pixel of leader beyond the gap (from the anchor to the box's nearest point) weighs against
 * a square pixel covered of another callout; and a square pixel of a label's or a box's (a name or
 * a box hidden).
 */
const DISTANCE_COST = 4;
const LABEL_COST = 16;
const BOX_COST = 4;
/** What a callout may hide (weighed as above) and still be a box: rounding, about 0.03 px² of a label. */
const HIDDEN_TOLERANCE = 0.5;
/** How wide a leader counts where it crosses a label or a box other than its own. */
const LEADER_WIDTH = 3;

/** The id a drawn key stands for: a node or link key is the id itself, or `${id}@${round}` in the rounds view. */
function baseId(key: string): string {
  const at = key.lastIndexOf('@');
  return at > 0 && /^\d+$/.test(key.slice(at + 1)) ? key.slice(0, at) : key;
}

/**
 * Where a callout may point, best first: the middle of an entity's first drawn box (then up and down
 * it); for a flow, points along its first drawn link, from its middle outwards (a marker moves along
 * the link off a label).
 */
function anchorSpots(geometry: Geometry, target: CalloutTarget): { x: number; y: number }[] {
  if ('entity' in target) {
    const node = geometry.nodes.find((n) => n.value > 0 && (n.key === target.entity || baseId(n.key) === target.entity));
    if (!node) return [];
    const [x, y] = [(node.x0 + node.x1) / 2, (node.y0 + node.y1) / 2];
    // Its middle; then up and down the box, a marker's width at a time (two notes on one box).
    // (At least two each way: past a short box's ends, beside it still.)
    const offsets = Array.from(
      { length: Math.max(2, Math.floor((node.y1 - node.y0) / (4 * MARKER_RADIUS))) },
      (_, k) => (k + 1) * 2 * MARKER_RADIUS,
    );
    return [
      { x, y },
      ...offsets.flatMap((d) => [
        { x, y: y - d },
        { x, y: y + d },
      ]),
    ];
  }
  const link = geometry.links.find((l) => l.route && l.width > 0 && (l.key === target.flow || baseId(l.key) === target.flow));
  if (!link?.route) return [];
  const points = pointsAlong(link.route);
  const half = points[points.length - 1]!.at / 2;
  return points.sort((a, b) => Math.abs(a.at - half) - Math.abs(b.at - half));
}

/** Points along a link's centre line, about every few pixels, each with its distance along the line (`at`). */
function pointsAlong(route: LinkRoute): { x: number; y: number; at: number }[] {
  const points: { x: number; y: number; at: number }[] = [];
  let x = route.x0;
  let y = route.y0;
  const add = (px: number, py: number) => {
    points.push({ x: px, y: py, at: (points[points.length - 1]?.at ?? 0) + Math.hypot(px - x, py - y) });
    [x, y] = [px, py];
  };
  // Each piece in SAMPLES steps: a curve's by its parameter, a line's evenly.
  const piece = (point: (t: number) => [number, number]) => {
    for (let k = 1; k <= SAMPLES; k++) add(...point(k / SAMPLES));
  };
  const mix = (a: number, b: number, c: number, d: number, t: number) =>
    (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * c + t ** 3 * d;
  traceLink(
    {
      moveTo: (px, py) => add(px, py),
      lineTo: (px, py) => {
        const [fx, fy] = [x, y];
        piece((t) => [fx + (px - fx) * t, fy + (py - fy) * t]);
      },
      bezierCurveTo: (ax, ay, bx, by, px, py) => {
        const [fx, fy] = [x, y];
        piece((t) => [mix(fx, ax, bx, px, t), mix(fy, ay, by, py, t)]);
      },
      quadraticCurveTo: (ax, ay, px, py) => {
        const [fx, fy] = [x, y];
        piece((t) => [(1 - t) ** 2 * fx + 2 * (1 - t) * t * ax + t * t * px, (1 - t) ** 2 * fy + 2 * (1 - t) * t * ay + t * t * py]);
      },
    },
    route,
    0,
  );
  return points;
}

/** Where the chart's labels and numbers are drawn (as placeLabels placed them), for callouts to keep off them. */
export function labelRects(labels: readonly LabelPlacement[]): Rect[] {
  return labels.flatMap((label) => (label.rect ? [label.rect] : []));
}

/**
 * Callouts for notes on a laid-out chart, always inside it. A box goes wherever it covers least of
 * the labels (`avoid`), the boxes with money and the earlier callouts, and never its own anchor if it
 * can help it; of spots that cover as little, the nearest its anchor (first choice above and
 * centred, pushed in from the edges). Where every spot would hide something (a name, a box, or a
 * name struck through by the leader), the callout is a lettered marker on what it points at instead,
 * its note for under the chart: a reader cannot move a callout aside, and a phone's chart has no
 * room between its labels. A note whose target is not drawn (an empty flow) is left out.
 */
export function placeCallouts(geometry: Geometry, notes: readonly CalloutNote[], avoid: readonly Rect[] = []): Callout[] {
  const placed: Callout[] = [];
  // Narrower on a phone, where a wide box finds no room between the labels.
  const boxWidth = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, geometry.width * WIDTH_SHARE), geometry.width - 2 * MARGIN);
  const stepX = Math.max(MIN_STEP_X, geometry.width / STEPS_X);
  // What a callout should not hide: a name, a number, a box (a reader cannot move the callout aside).
  const asBox = (r: Rect) => ({ x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 });
  const labels = avoid.map(asBox);
  const boxes = geometry.nodes.filter((n) => n.value > 0).map(asBox);
  notes.forEach(({ target, text }, index) => {
    const spots = anchorSpots(geometry, target);
    const anchor = spots[0];
    if (!anchor) return;
    const lines = wrapBalanced(text, boxWidth - 2 * PAD, (line) => estimateTextWidth(line, CALLOUT_FONT));
    const width = Math.min(boxWidth, Math.max(...lines.map((l) => estimateTextWidth(l, CALLOUT_FONT))) + 2 * PAD);
    const height = lines.length * LINE + 2 * PAD;
    const clampX = (x: number) => clamp(x, MARGIN, geometry.width - MARGIN - width);
    // (Below the rounds view's header strip, the headers' alone.)
    const clampY = (y: number) => clamp(y, (geometry.top ?? 0) + MARGIN, geometry.height - MARGIN - height);
    // Centred, then as far aside as keeps the anchor under the box's edge, either way, then across
    // the chart a step at a time; next to the anchor, then anywhere down the chart a line at a time.
    const across = Array.from({ length: Math.ceil(geometry.width / stepX) + 1 }, (_, k) => k * stepX);
    const xs = [...new Set([anchor.x - width / 2, anchor.x - width + PAD, anchor.x - PAD, ...across].map(clampX))];
    const near = [anchor.y - GAP - height, anchor.y + GAP];
    const ys = [...new Set([...near, ...Array.from({ length: Math.ceil(geometry.height / LINE) }, (_, k) => k * LINE)].map(clampY))];
    // What hides something, each square pixel weighted by what it hides; earlier callouts weigh 1.
    const named = labels.map((box) => ({ box, weight: LABEL_COST }));
    const weighed = [...placed.map((box) => ({ box, weight: 1 })), ...named, ...boxes.map((box) => ({ box, weight: BOX_COST }))];
    // What a leader should not cross: the labels, and the boxes but the one it starts in (a line
    // through several boxes reads as a link, and leaves the note's subject unclear).
    const leaderCrossed = [...named, ...boxes.filter((box) => !contains(box, anchor)).map((box) => ({ box, weight: BOX_COST }))];
    // What a spot hides: its box over the others, and its leader through the labels (as a band LEADER_WIDTH px wide).
    const hides = (box: Box, dx: number, dy: number, enough: number, crossed = leaderCrossed): number => {
      let cost = 0;
      // (Stops adding once it is enough: only the cheapest is wanted.)
      for (let k = 0; k < weighed.length && cost < enough; k++) cost += weighed[k]!.weight * overlapArea(box, weighed[k]!.box);
      for (let k = 0; k < crossed.length && cost < enough; k++)
        cost += crossed[k]!.weight * LEADER_WIDTH * lengthWithin(anchor.x, anchor.y, dx, dy, crossed[k]!.box);
      return cost;
    };
    let best = { box: { x: xs[0]!, y: ys[0]!, width, height }, dx: 0, dy: 0 };
    let bestCost = Infinity;
    for (const y of ys) {
      for (const x of xs) {
        const box = { x, y, width, height };
        // A longer leader costs a little: its length beyond the gap from the anchor to the box's nearest point.
        const dx = clamp(anchor.x, x, x + width) - anchor.x;
        const dy = clamp(anchor.y, y, y + height) - anchor.y;
        // A box pushed in from the edge over its own anchor would hide what it points at: worst of all.
        const reach = Math.max(0, Math.hypot(dx, dy) - GAP) * DISTANCE_COST + (dx === 0 && dy === 0 ? geometry.width * geometry.height : 0);
        const cost = reach + hides(box, dx, dy, bestCost - reach);
        if (cost < bestCost) [best, bestCost] = [{ box, dx, dy }, cost];
      }
    }
    const callout = { index, lines, text, anchorX: anchor.x, anchorY: anchor.y };
    // Hiding nothing (its leader may clip a box it passes: a marker would cost the reader more), the
    // box; else a marker on the anchor, which hides only what it points at.
    if (hides(best.box, best.dx, best.dy, Infinity, named) < HIDDEN_TOLERANCE) placed.push({ ...callout, ...best.box });
    else {
      // (An entity's marker sits on its own box: only a flow's is kept off the boxes.)
      const letter = String.fromCharCode(65 + placed.filter((c) => c.marker).length);
      const spot = markerSpot(geometry, spots, [...placed, ...labels], 'flow' in target ? boxes : []);
      placed.push({ ...callout, ...spot, anchorX: spot.x + MARKER_RADIUS, anchorY: spot.y + MARKER_RADIUS, marker: letter });
    }
  });
  return placed;
}

/** How long the segment from (x, y) along (dx, dy) runs inside `box` (clipped by Liang–Barsky). */
export function lengthWithin(x: number, y: number, dx: number, dy: number, box: Box): number {
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x - box.x],
    [dx, box.x + box.width - x],
    [-dy, y - box.y],
    [dy, box.y + box.height - y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
}

/**
 * Where a marker goes (its square): on the first of `spots` (kept inside the chart, as a box is) that
 * hides none of `first` (names, earlier callouts) and none of `then` (boxes); else on the one that
 * hides least of `first`, and of those least of `then`.
 */
function markerSpot(geometry: Geometry, spots: { x: number; y: number }[], first: Box[], then: Box[]): Box {
  const size = 2 * MARKER_RADIUS;
  const squares = spots.map(({ x, y }) => ({
    x: clamp(x, MARKER_RADIUS, geometry.width - MARKER_RADIUS) - MARKER_RADIUS,
    y: clamp(y, MARKER_RADIUS, geometry.height - MARKER_RADIUS) - MARKER_RADIUS,
    width: size,
    height: size,
  }));
  const hidden = (square: Box, boxes: Box[]) => boxes.reduce((sum, box) => sum + overlapArea(square, box), 0);
  const worse = (a: Box, b: Box) => hidden(a, first) - hidden(b, first) || hidden(a, then) - hidden(b, then);
  return squares.reduce((best, square) => (worse(best, square) > 0 ? square : best));
}

function contains(box: Box, { x, y }: { x: number; y: number }): boolean {
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

// Its own, not labelSpots' clamp: this module loads with the story, and importing that one would make
// the first script export it, which costs bytes the first script does not have.
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function overlapArea(a: Box, b: Box) {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * What a highlight keeps at full strength: the boxes of the entities it names and of the ends of the
 * flows it names; the links it names, and those running between two entities it names.
 */
export function highlightedShapes(geometry: Geometry, ids: readonly string[]): { nodes: NodeBox[]; links: LinkShape[] } {
  const wanted = new Set(ids);
  const named = (key: string) => wanted.has(key) || wanted.has(baseId(key));
  const links = geometry.links.filter((l) => l.route && (named(l.key) || (named(l.source) && named(l.target))));
  const ends = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = geometry.nodes.filter((n) => n.value > 0 && (named(n.key) || ends.has(n.key)));
  return { nodes, links };
}
