import type { SankeyLink, SankeyNode } from 'd3-sankey';
import { linkBands, type BackRoute, type LinkRoute, type Slots } from './linkPaths';
import { NO_SLOTS, type AroundSides, type SlottedLink, type SplitGraph } from './linkSlots';
import type { FlowGraph, GraphLink, GraphNode } from './graph';
import type { LinkShape, NodeBox } from './geometryTypes';
import { toPx, type Px, type PxPerMoney } from './units';

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

/** Where a link passes through slots: each slot's x0, x1 and middle y, in turn. */
export function slotsOf(indices: readonly number[], boxes: NodeBox[]): Slots {
  if (indices.length === 0) return NO_SLOTS;
  const via = new Array<number>(indices.length * 3);
  indices.forEach((i, k) => {
    const slot = boxes[i]!;
    via[3 * k] = slot.x0;
    via[3 * k + 1] = slot.x1;
    via[3 * k + 2] = (slot.y0 + slot.y1) / 2;
  });
  return via;
}

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

/** Routes of the back links in nested lanes under the diagram, shortest innermost, so lanes never cross. */
export function routeBackLinks(
  backLinks: GraphLink[],
  graph: FlowGraph,
  byKey: Map<string, NodeBox>,
  split: SplitGraph,
  laidLinks: SLink[],
  allBoxes: NodeBox[],
  scale: PxPerMoney,
  mainHeight: number,
  laneGap: number,
  width: number,
): LinkShape[] {
  const outUsed = new Map<string, number>();
  const inUsed = new Map<string, number>();
  for (const l of laidLinks) {
    const s = (l.source as SNode).key;
    const t = (l.target as SNode).key;
    outUsed.set(s, (outUsed.get(s) ?? 0) + (l.width ?? 0));
    inUsed.set(t, (inUsed.get(t) ?? 0) + (l.width ?? 0));
  }
  const none: SlottedLink = { link: backLinks[0]!, after: [], before: [], firstPiece: -1 };
  const slotted = (l: GraphLink) => split.around.get(l) ?? none;
  const sourceOf = (l: GraphLink) => byKey.get(graph.nodes[l.source]!.key)!;
  const targetOf = (l: GraphLink) => byKey.get(graph.nodes[l.target]!.key)!;
  // Where the link turns down on the right and up on the left: beside its ends, or beyond its last slots.
  const turnRight = (l: GraphLink) => {
    const { after } = slotted(l);
    return after.length ? allBoxes[after[after.length - 1]!]!.x1 : sourceOf(l).x1;
  };
  const turnLeft = (l: GraphLink) => {
    const { before } = slotted(l);
    return before.length ? allBoxes[before[0]!]!.x0 : targetOf(l).x0;
  };
  const span = new Map(backLinks.map((l) => [l, turnRight(l) - turnLeft(l)]));
  // Shortest innermost; an outer link leaves and enters above an inner one, so lanes never cross.
  const lanes = [...backLinks].sort((a, b) => span.get(a)! - span.get(b)! || a.flow - b.flow);
  const outerFirst = [...lanes].reverse();
  const exitY = new Map<string, number>();
  const entryY = new Map<string, number>();
  for (const l of outerFirst) {
    const { after, before, firstPiece } = slotted(l);
    const sourceKey = graph.nodes[l.source]!.key;
    const targetKey = graph.nodes[l.target]!.key;
    const w = toPx(l.value, scale);
    // A link through slots leaves or enters as the layout stacked its first or last piece.
    if (after.length) exitY.set(l.key, laidLinks[firstPiece]!.y0 ?? 0);
    else {
      const usedOut = outUsed.get(sourceKey) ?? 0;
      exitY.set(l.key, sourceOf(l).y0 + usedOut + w / 2);
      outUsed.set(sourceKey, usedOut + w);
    }
    if (before.length) entryY.set(l.key, laidLinks[firstPiece + after.length + before.length - 1]!.y1 ?? 0);
    else {
      const usedIn = inUsed.get(targetKey) ?? 0;
      entryY.set(l.key, targetOf(l).y0 + usedIn + w / 2);
      inUsed.set(targetKey, usedIn + w);
    }
  }
  let laneBottom = mainHeight + laneGap;
  // Nested turns beside the nodes: each lane steps out by its width, unless there are too many to fit.
  const totalSteps = lanes.reduce((sum, l) => sum + toPx(l.value, scale) + laneGap, 0);
  const stepScale = totalSteps > MAX_REACH ? MAX_REACH / totalSteps : 1;
  const offsets: number[] = [];
  let sideOffset = Math.min(LANE_GAP, MAX_REACH / 4);
  for (const l of lanes) {
    offsets.push(sideOffset);
    sideOffset += (toPx(l.value, scale) + laneGap) * stepScale;
  }
  // Where the room kept beyond the columns is short (it was kept for an estimate of the scale, and
  // at most a share of the width), all lanes step out less: they overlap, in the same order.
  let squeeze = 1;
  lanes.forEach((l, i) => {
    const room = Math.min(width - turnRight(l), turnLeft(l)) - toPx(l.value, scale);
    if (room < offsets[i]!) squeeze = Math.min(squeeze, Math.max(0, room) / offsets[i]!);
  });
  return lanes.map((l, i) => {
    const w = toPx(l.value, scale);
    const s = sourceOf(l);
    const t = targetOf(l);
    const { after, before } = slotted(l);
    const route: BackRoute = {
      back: true,
      x0: s.x1,
      y0: exitY.get(l.key)!,
      x1: t.x0,
      y1: entryY.get(l.key)!,
      after: slotsOf(after, allBoxes),
      before: slotsOf(before, allBoxes),
      laneY: laneBottom + w / 2,
      reach: offsets[i]! * squeeze + w / 2,
      width: w,
    };
    laneBottom += w + laneGap;
    return linkShape(l, s.key, t.key, w, route);
  });
}

/**
 * A link's route and its bands by origin. Numbers only: a large graph draws most links straight
 * into a canvas, and path strings for thousands of links per slider step would feed the garbage collector.
 */
export function linkShape(link: GraphLink, source: string, target: string, width: Px, route: LinkRoute): LinkShape {
  return {
    key: link.key,
    flow: link.flow,
    source,
    target,
    value: link.value,
    width,
    back: route.back,
    route,
    bands: linkBands(link, width),
    standing: link.standing,
  };
}
