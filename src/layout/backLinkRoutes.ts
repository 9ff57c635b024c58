import type { SankeyLink, SankeyNode } from 'd3-sankey';
import type { BackRoute } from './linkPaths';
import { linkShape, slotsOf } from './linkShapes';
import type { AroundSides, SlottedLink, SplitGraph } from './linkSlots';
import type { FlowGraph, GraphLink, GraphNode } from './graph';
import type { LinkShape, NodeBox } from './geometryTypes';
import { toPx, type PxPerMoney } from './units';

// Links that run backwards (closing the loop) go round under the diagram in nested lanes: which
// side they turn on, how far each lane steps out, and their routes, once the forward part is laid out.

/**
 * d3-sankey's node and link, as it lays them out (or the held placement as d3-sankey would): a link
 * carries its money and its ends only (see placedObjects.ts), not the graph link's other fields.
 */
export type SNode = SankeyNode<GraphNode & { fixedValue: number }, Pick<GraphLink, 'value'>>;
export type SLink = SankeyLink<GraphNode & { fixedValue: number }, Pick<GraphLink, 'value'>>;

export const LANE_GAP = 6;
/** Lanes may take at most this share of the height in gaps, and reach this far beyond the nodes. */
export const MAX_GAP_SHARE = 0.15;
const MAX_REACH = 48;
/** Room beyond the columns for back links going round may take at most this share of the width. */
const MAX_SIDE_SHARE = 0.4;

/** The most any lane's turn steps out beside the nodes (or slots) before its own width. */
export function stepBound(backLinks: GraphLink[], scale: number, laneGap: number): number {
  const totalSteps = backLinks.reduce((sum, l) => sum + l.value * scale + laneGap, 0);
  return Math.min(LANE_GAP, MAX_REACH / 4) + Math.min(totalSteps, MAX_REACH);
}

/**
 * Which back links go round the outside, and the room that takes beyond the first and last
 * columns. A back link turns down in the gap right of its source and up in the gap left of its
 * target where its band fits there; where it does not (or there is no gap: its source is in the
 * last column, its target in the first), it passes through slots to the end of the diagram and
 * turns beyond it. Keeping that room narrows the gaps, so this repeats until no more links move out.
 */
export function chooseSides(
  backLinks: GraphLink[],
  graph: FlowGraph,
  width: number,
  nodeWidth: number,
  scale: number,
  laneGap: number,
): { sides: Map<GraphLink, AroundSides>; left: number; right: number } {
  const used = [...new Set(graph.nodes.map((n) => n.column))].sort((a, b) => a - b);
  const last = used[used.length - 1];
  const first = used[0];
  const bound = stepBound(backLinks, scale, laneGap);
  const sides = new Map<GraphLink, AroundSides>();
  // A source placed in the last layer turns beyond it, even when a later column holds only boxes
  // without money (no link reaches them, so they are placed in that layer too).
  const lastLayer = placedLayerCount(graph, used) - 1;
  const isLast = (column: number) => column === last || Math.min(lastLayer, Math.floor(column)) === lastLayer;
  for (const l of backLinks) sides.set(l, { right: isLast(graph.nodes[l.source]!.column), left: graph.nodes[l.target]!.column === first });
  let left = 0;
  let right = 0;
  for (let changed = true; changed;) {
    changed = false;
    ({ left, right } = sideRoom(sides, width, scale, bound));
    const gap = used.length > 1 ? (width - left - right - nodeWidth) / (used.length - 1) - nodeWidth : Infinity;
    for (const [l, side] of sides) {
      if (bound + l.value * scale <= gap) continue;
      if (!side.right || !side.left) changed = true;
      side.right = side.left = true;
    }
  }
  return { sides, left, right };
}

/**
 * How many layers the placement finds (see `placedLayers`) before any back link goes round: the
 * longest chain of forward links with money, each as long as the columns it crosses (it is split
 * into a piece at each). Forward links run to later columns, so columns in order are a topological order.
 */
function placedLayerCount(graph: FlowGraph, used: number[]): number {
  // A slider step asks again for the same shape (the same links with money): kept from the last call,
  // and compared in place (the shape's lists, made on every step, were 20,000 numbers at 2,000 entities).
  const last = lastLayerCount;
  if (last && sameShape(graph, last)) return last.count;
  const columns = graph.nodes.map((n) => n.column);
  const ends: number[] = [];
  for (const l of graph.links) if (!l.back && l.value > 0) ends.push(l.source, l.target);
  const count = layerCountOf(graph, used);
  lastLayerCount = { columns, ends, count };
  return count;
}

/** Whether the graph's columns, and the ends of its forward links with money, are those kept. */
function sameShape(graph: FlowGraph, kept: { columns: number[]; ends: number[] }): boolean {
  const { nodes, links } = graph;
  if (nodes.length !== kept.columns.length) return false;
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.column !== kept.columns[i]) return false;
  let at = 0;
  for (const l of links) {
    if (l.back || !(l.value > 0)) continue;
    if (l.source !== kept.ends[at] || l.target !== kept.ends[at + 1]) return false;
    at += 2;
  }
  return at === kept.ends.length;
}

let lastLayerCount: { columns: number[]; ends: number[]; count: number } | undefined;

function layerCountOf(graph: FlowGraph, used: number[]): number {
  const rank = new Map(used.map((column, i) => [column, i]));
  const byRank = graph.nodes.map((_, i) => i).sort((a, b) => graph.nodes[a]!.column - graph.nodes[b]!.column);
  const outgoing: GraphLink[][] = graph.nodes.map(() => []);
  for (const l of graph.links) if (!l.back && l.value > 0) outgoing[l.source]!.push(l);
  const depth = new Array<number>(graph.nodes.length).fill(0);
  let deepest = 0;
  for (const n of byRank) {
    for (const l of outgoing[n]!) {
      const d = depth[n]! + rank.get(graph.nodes[l.target]!.column)! - rank.get(graph.nodes[n]!.column)!;
      if (d > depth[l.target]!) depth[l.target] = d;
    }
    deepest = Math.max(deepest, depth[n]!);
  }
  return deepest + 1;
}

/** The widest band, in money, that goes round on each side. */
function widestAround(sides: Map<GraphLink, AroundSides>): { left: number; right: number } {
  let left = 0;
  let right = 0;
  for (const [l, side] of sides) {
    if (side.right) right = Math.max(right, l.value);
    if (side.left) left = Math.max(left, l.value);
  }
  return { left, right };
}

/** The least room the columns keep for themselves: each box, and a gap of two boxes between neighbours. */
function columnRoom(columns: number, nodeWidth: number): number {
  return Math.max(0, 3 * columns - 2) * nodeWidth;
}

/**
 * The most the room beyond the columns may take: all but the columns' own room, and at least its
 * share of the width (more columns than a phone has room for then get less, rather than no chart).
 */
export function sideLimit(width: number, columns: number, nodeWidth: number): number {
  return Math.max(width - columnRoom(columns, nodeWidth), width * MAX_SIDE_SHARE);
}

/**
 * The room beyond the columns at a scale: each side needs its widest band, and room for the lanes
 * to step out, which may shrink (the lanes then overlap one another, never a box) so that the
 * sides take at most their share of the width. The bands alone may take more: see `sideScale`.
 */
export function sideRoom(sides: Map<GraphLink, AroundSides>, width: number, scale: number, bound: number): { left: number; right: number } {
  const widest = widestAround(sides);
  const widestLeft = widest.left * scale;
  const widestRight = widest.right * scale;
  const steps = Math.min(bound, Math.max(LANE_GAP, (width * MAX_SIDE_SHARE - widestLeft - widestRight) / 2));
  return { left: widestLeft && widestLeft + steps, right: widestRight && widestRight + steps };
}

/**
 * The largest scale at which the bands going round, with the least step beside each, take at most
 * `limit` (see `sideLimit`): on a phone a back link as tall as the chart can be wider than that, and
 * at a larger scale the room beyond the columns would push them into one another.
 */
export function sideScale(sides: Map<GraphLink, AroundSides>, limit: number): number {
  const widest = widestAround(sides);
  const bands = widest.left + widest.right;
  return bands > 0 ? Math.max(0, limit - 2 * LANE_GAP) / bands : Infinity;
}

/**
 * Routes of the back links in nested lanes under the diagram, shortest innermost, so lanes never
 * cross. `boxes` are the graph's nodes laid out, in its order; `laidLinks` and `laidNodes` the split
 * graph's links and nodes as placed, in its order (the placement's objects: a box passed for one is
 * a type error). Runs on every slider step (435 back links and 2,356 placed links at 500 / 2,500):
 * everything is found by index, with no lookup by key.
 */
export function routeBackLinks(
  backLinks: GraphLink[],
  boxes: readonly NodeBox[],
  split: SplitGraph,
  laidLinks: readonly SLink[],
  laidNodes: readonly SNode[],
  scale: PxPerMoney,
  mainHeight: number,
  laneGap: number,
  width: number,
): LinkShape[] {
  // How much of each node's right (out) and left (in) edge the laid links already take.
  const outUsed = new Float64Array(split.nodes.length);
  const inUsed = new Float64Array(split.nodes.length);
  split.links.forEach((l, i) => {
    const w = laidLinks[i]!.width ?? 0;
    outUsed[l.source]! += w;
    inUsed[l.target]! += w;
  });
  const none: SlottedLink = { link: backLinks[0]!, after: [], before: [], firstPiece: -1 };
  const slotted = backLinks.map((l) => split.around.get(l) ?? none);
  // Where each link turns down on the right and up on the left: beside its ends, or beyond its last slots.
  const turnRight = backLinks.map((l, i) => {
    const { after } = slotted[i]!;
    return after.length ? (laidNodes[after[after.length - 1]!]!.x1 ?? 0) : boxes[l.source]!.x1;
  });
  const turnLeft = backLinks.map((l, i) => {
    const { before } = slotted[i]!;
    return before.length ? (laidNodes[before[0]!]!.x0 ?? 0) : boxes[l.target]!.x0;
  });
  const span = turnRight.map((right, i) => right - turnLeft[i]!);
  // Shortest innermost; an outer link leaves and enters above an inner one, so lanes never cross.
  const lanes = backLinks.map((_, i) => i).sort((a, b) => span[a]! - span[b]! || backLinks[a]!.flow - backLinks[b]!.flow);
  const exitY = new Float64Array(backLinks.length);
  const entryY = new Float64Array(backLinks.length);
  for (let k = lanes.length - 1; k >= 0; k--) {
    const i = lanes[k]!;
    const l = backLinks[i]!;
    const { after, before, firstPiece } = slotted[i]!;
    const w = toPx(l.value, scale);
    // A link through slots leaves or enters as the layout stacked its first or last piece.
    if (after.length) exitY[i] = laidLinks[firstPiece]!.y0 ?? 0;
    else {
      exitY[i] = boxes[l.source]!.y0 + outUsed[l.source]! + w / 2;
      outUsed[l.source]! += w;
    }
    if (before.length) entryY[i] = laidLinks[firstPiece + after.length + before.length - 1]!.y1 ?? 0;
    else {
      entryY[i] = boxes[l.target]!.y0 + inUsed[l.target]! + w / 2;
      inUsed[l.target]! += w;
    }
  }
  let laneBottom = mainHeight + laneGap;
  // Nested turns beside the nodes: each lane steps out by its width, unless there are too many to fit.
  const totalSteps = lanes.reduce((sum, i) => sum + toPx(backLinks[i]!.value, scale) + laneGap, 0);
  const stepScale = totalSteps > MAX_REACH ? MAX_REACH / totalSteps : 1;
  const offsets: number[] = [];
  let sideOffset = Math.min(LANE_GAP, MAX_REACH / 4);
  for (const i of lanes) {
    offsets.push(sideOffset);
    sideOffset += (toPx(backLinks[i]!.value, scale) + laneGap) * stepScale;
  }
  // Where the room kept beyond the columns is short (it was kept for an estimate of the scale, and
  // at most a share of the width), all lanes step out less: they overlap, in the same order.
  let squeeze = 1;
  lanes.forEach((i, k) => {
    const room = Math.min(width - turnRight[i]!, turnLeft[i]!) - toPx(backLinks[i]!.value, scale);
    if (room < offsets[k]!) squeeze = Math.min(squeeze, Math.max(0, room) / offsets[k]!);
  });
  return lanes.map((i, k) => {
    const l = backLinks[i]!;
    const w = toPx(l.value, scale);
    const s = boxes[l.source]!;
    const t = boxes[l.target]!;
    const { after, before } = slotted[i]!;
    const route: BackRoute = {
      back: true,
      x0: s.x1,
      y0: exitY[i]!,
      x1: t.x0,
      y1: entryY[i]!,
      after: slotsOf(after, laidNodes),
      before: slotsOf(before, laidNodes),
      laneY: laneBottom + w / 2,
      reach: offsets[k]! * squeeze + w / 2,
      width: w,
    };
    laneBottom += w + laneGap;
    return linkShape(l, s.key, t.key, w, route);
  });
}
