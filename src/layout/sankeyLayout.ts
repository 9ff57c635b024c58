import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { DRAG_GAP, dragShifts } from './dragNodes';
import { layoutHeld, placedLayers } from './heldLayout';
import { bandOffsets, type BackRoute, type BandOffset, type LinkRoute } from './linkPaths';
import { isBackSlotKey, splitAtColumns, type AroundSides, type SlottedLink, type SplitGraph } from './linkSlots';
import type { FlowGraph, GraphLink, GraphNode } from './graph';
import type { FlowStanding } from '../model/flowStanding';
import { money, type Money } from '../model/units';
import { px, pxPerMoney, toPx, type Px, type PxPerMoney } from './units';

export interface LayoutOptions {
  width: number;
  /** The chart's height; with a fixed `scale`, the least height (a larger loop makes it taller). */
  height: number;
  /** Fixed pixels per unit of money; without it the money is fitted into the height. */
  scale?: number | undefined;
  nodeWidth?: number;
  nodePadding?: number;
  /** Stable order of node keys within their columns (from `nodeOrder`); keeps nodes from swapping. */
  order?: ReadonlyMap<string, number>;
  /** Vertical offsets in pixels from dragging nodes, by node key. */
  offsets?: Readonly<Record<string, number>> | undefined;
  /** Place the nodes only, without link shapes (enough to learn their order). */
  nodesOnly?: boolean;
}

export interface NodeBox {
  key: string;
  entity: number;
  x0: Px;
  x1: Px;
  y0: Px;
  y1: Px;
  value: Money;
  column: number;
}

/** A part of a link by origin: the link's centre line shifted by `offset`, `width` wide. */
export type Band = BandOffset;

export interface LinkShape {
  key: string;
  flow: number;
  source: string;
  target: string;
  value: Money;
  width: Px;
  back: boolean;
  /** Centre line (drawn with stroke-width = width), as numbers: see `linkPath` and `traceLink`. Null when empty. */
  route: LinkRoute | null;
  /** The same link split into stacked bands by origin (empty parts left out). */
  bands: Band[];
  /** The flow's deal status and basis at the chart's date (see `linkMark`); absent: committed. */
  standing?: FlowStanding | undefined;
}

export interface Geometry {
  width: Px;
  height: Px;
  scale: PxPerMoney;
  columns: number;
  nodes: NodeBox[];
  links: LinkShape[];
}

type SNode = SankeyNode<GraphNode & { fixedValue: number }, GraphLink>;
type SLink = SankeyLink<GraphNode & { fixedValue: number }, GraphLink>;

const LANE_GAP = 6;
/** Lanes may take at most this share of the height in gaps, and reach this far beyond the nodes. */
const MAX_GAP_SHARE = 0.15;
const MAX_REACH = 48;
/** Room beyond the columns for back links going round may take at most this share of the width. */
const MAX_SIDE_SHARE = 0.4;

/**
 * Lays out the acyclic part with d3-sankey (on copies: it mutates its input and throws on cycles)
 * and routes back links under the diagram in nested lanes, shortest innermost, as circular Sankeys do.
 * Links that cross columns pass through slots there (see linkSlots.ts), so no link runs through a box.
 */
export function layoutSankey(graph: FlowGraph, options: LayoutOptions): Geometry {
  return layoutWithSlots(graph, options).geometry;
}

function layoutWithSlots(graph: FlowGraph, options: LayoutOptions): { geometry: Geometry; slots: NodeBox[] } {
  const { width, nodeWidth = 12, order, offsets } = options;
  let { height } = options;
  const backLinks = graph.links.filter((l) => l.back && l.value > 0);
  const columnsUsed = new Set(graph.nodes.map((n) => n.column)).size;

  // Reserve room under the diagram for the back-link lanes so that everything fits the height.
  const backTotal = backLinks.reduce((sum, l) => sum + l.value, 0);
  // Hundreds of back links share the room: gaps shrink so the diagram itself keeps its height.
  const laneGap = Math.min(LANE_GAP, (height * MAX_GAP_SHARE) / Math.max(1, backLinks.length + 1));
  const laneGaps = backLinks.length * laneGap + (backLinks.length ? laneGap : 0);
  // Room beyond the first and last columns for back links too wide to turn between columns, found
  // at the scale without slots (an upper bound: slots take room in their columns too), or at the
  // fixed scale when there is one.
  const unsplit = fitScale(graph.nodes, height, laneGaps, backTotal, options.nodePadding);
  const { sides, left, right } = chooseSides(backLinks, graph, width, nodeWidth, options.scale ?? unsplit.scale, laneGap);
  const split = splitAtColumns(graph, sides);
  const fitted = fitScale(split.nodes, height, laneGaps, backTotal, options.nodePadding);
  let scale = fitted.scale;
  const nodePadding = fitted.nodePadding;
  // Padding and lane gaps come from the given height, never from money: at a fixed scale they
  // cannot change a box's height per unit of money.
  if (options.scale !== undefined) scale = options.scale;
  if (!Number.isFinite(scale) || scale <= 0) scale = 0;
  // At a fixed scale the diagram is as tall as its tallest layer needs (so the placement's fitting
  // lands on exactly that scale), with the lanes under it; a loop too large for the height makes
  // the chart taller, a smaller one leaves room below. Slots take room in their layers like boxes.
  // (No money and one node per layer: some room still, as placing nodes in none divides by zero.)
  const mainHeight =
    options.scale === undefined
      ? Math.max(20, height - scale * backTotal - laneGaps)
      : tallestLayer(split.nodes, split.links, scale, nodePadding) || 20;
  // (Whole pixels when it grows: rounding noise in the sum must not make the chart a hair taller.)
  const needed = mainHeight + scale * backTotal + laneGaps;
  if (options.scale !== undefined && needed > height + 1e-6) height = Math.ceil(needed);

  // Every field the placement sets is there from the start: added later, each would change the
  // object's shape, and those stores were the costliest lines of a 10,000-link step.
  const nodes = split.nodes.map((n) => ({ ...n, fixedValue: n.value, layer: 0, x0: 0, x1: 0, y0: 0, y1: 0 }));
  const extent: [[number, number], [number, number]] = [
    [left, 0],
    [width - right, mainHeight],
  ];
  // d3-sankey and layoutHeld take node objects (slot keys need no lookup).
  const links = split.links.map((l) => ({ ...l, source: nodes[l.source]!, target: nodes[l.target]!, width: 0, y0: 0, y1: 0 }));
  let result: { nodes: SNode[]; links: SLink[] };
  if (order) {
    // A held order needs no relaxation: the same placement without d3-sankey's per-call allocations.
    // Slots of back links go to the bottom of their columns, nearest the lanes they lead to.
    const held = { get: (key: string) => (isBackSlotKey(key) ? Number.MAX_SAFE_INTEGER : order.get(key)) };
    layoutHeld(nodes, links, { extent, nodeWidth, nodePadding, order: held });
    result = { nodes: nodes as SNode[], links: links as unknown as SLink[] };
  } else {
    const sankeyLinks = links;
    const usedColumns = [...new Set(graph.nodes.map((n) => n.column))].sort((x, y) => x - y);
    const denseColumn = new Map(usedColumns.map((column, i) => [column, i]));
    result = sankey<GraphNode & { fixedValue: number }, GraphLink>()
      .nodeId((d) => d.key)
      .nodeWidth(nodeWidth)
      .nodePadding(nodePadding)
      // d3-sankey needs every layer up to the last one used (an empty one throws): a rounds view
      // in which some entity carries no money in a round leaves gaps, so columns count used ones.
      .nodeAlign((node) => denseColumn.get(node.column) ?? 0)
      // Big graphs relax less (once, on load, to find the order that is then held).
      .iterations(graph.links.length > 500 ? 6 : 32)
      .extent(extent)({ nodes, links: sankeyLinks as unknown as SLink[] });
  }
  const laidNodes = result.nodes as SNode[];
  if (scale > 0) {
    const sample = (result.links as SLink[]).find((l) => l.value > 0);
    if (sample?.width) scale = sample.width / sample.value;
  }

  const pixelsPerMoney = pxPerMoney(scale);
  const size = { width: px(width), height: px(height), scale: pixelsPerMoney, columns: columnsUsed };

  applyOffsets(laidNodes, result.links as SLink[], offsets, mainHeight, nodePadding);
  const allBoxes: NodeBox[] = laidNodes.map((n) => ({
    key: n.key,
    entity: n.entity,
    x0: px(n.x0 ?? 0),
    x1: px(n.x1 ?? 0),
    y0: px(n.y0 ?? 0),
    y1: px(n.y1 ?? 0),
    value: money(n.value ?? 0),
    column: (n as { layer?: number }).layer ?? n.column,
  }));
  const boxes = allBoxes.slice(0, split.realCount);
  const slots = allBoxes.slice(split.realCount);
  if (options.nodesOnly) return { geometry: { ...size, nodes: boxes, links: [] }, slots };
  const byKey = new Map(boxes.map((b) => [b.key, b]));

  const laidLinks = result.links as SLink[];
  const shapes: LinkShape[] = split.pieces.map(({ link, after, firstPiece }) => {
    const first = laidLinks[firstPiece]!;
    const last = laidLinks[firstPiece + after.length]!;
    const source = byKey.get(graph.nodes[link.source]!.key)!;
    const target = byKey.get(graph.nodes[link.target]!.key)!;
    const w = px(first.width ?? 0);
    const via = slotsOf(after, allBoxes);
    const route: LinkRoute = { back: false, x0: source.x1, y0: first.y0 ?? 0, x1: target.x0, y1: last.y1 ?? 0, via };
    return linkShape(link, source.key, target.key, w, route);
  });
  shapes.push(...routeBackLinks(backLinks, graph, byKey, split, laidLinks, allBoxes, pixelsPerMoney, mainHeight, laneGap, width));
  // Zero-valued links are kept as empty shapes so keyed elements persist and transitions stay smooth.
  for (const l of graph.links) {
    if (l.value > 0) continue;
    shapes.push({
      key: l.key,
      flow: l.flow,
      source: graph.nodes[l.source]!.key,
      target: graph.nodes[l.target]!.key,
      value: money(0),
      width: px(0),
      back: l.back,
      route: null,
      bands: [],
      standing: l.standing,
    });
  }
  return { geometry: { ...size, nodes: boxes, links: shapes }, slots };
}

/**
 * Pixels per unit of money at which the busiest column (its nodes and slots, and the back links'
 * lanes under it) fits the height, and the padding between nodes: at most half of the height.
 */
function fitScale(nodes: GraphNode[], height: number, laneGaps: number, backTotal: number, padding = 14) {
  const columnSizes = new Map<number, number>();
  const columnValues = new Map<number, number>();
  for (const node of nodes) {
    columnSizes.set(node.column, (columnSizes.get(node.column) ?? 0) + 1);
    columnValues.set(node.column, (columnValues.get(node.column) ?? 0) + node.value);
  }
  const tallest = Math.max(1, ...columnSizes.values());
  const nodePadding = Math.min(padding, (height * 0.5) / tallest);
  let scale = Infinity;
  for (const [column, count] of columnSizes) {
    const columnValue = columnValues.get(column)!;
    const room = height - laneGaps - (count - 1) * nodePadding;
    if (columnValue + backTotal > 0) scale = Math.min(scale, room / (columnValue + backTotal));
  }
  if (!Number.isFinite(scale) || scale <= 0) scale = 0;
  return { scale, nodePadding };
}

/** Where a link passes through its slots: left edge, right edge and centre height of each. */
function slotsOf(indices: number[], boxes: NodeBox[]): number[] {
  const via: number[] = [];
  for (const i of indices) {
    const slot = boxes[i]!;
    via.push(slot.x0, slot.x1, (slot.y0 + slot.y1) / 2);
  }
  return via;
}

/** The most any lane's turn steps out beside the nodes (or slots) before its own width. */
function stepBound(backLinks: GraphLink[], scale: number, laneGap: number): number {
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
function chooseSides(
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
  for (const l of backLinks) sides.set(l, { right: graph.nodes[l.source]!.column === last, left: graph.nodes[l.target]!.column === first });
  let left = 0;
  let right = 0;
  for (let changed = true; changed;) {
    changed = false;
    // Each side needs its widest band, and room for the lanes to step out, which may shrink (the
    // lanes then overlap one another, never a box) so that the sides take at most their share.
    let widestLeft = 0;
    let widestRight = 0;
    for (const [l, side] of sides) {
      if (side.right) widestRight = Math.max(widestRight, l.value * scale);
      if (side.left) widestLeft = Math.max(widestLeft, l.value * scale);
    }
    const steps = Math.min(bound, Math.max(LANE_GAP, (width * MAX_SIDE_SHARE - widestLeft - widestRight) / 2));
    left = widestLeft && widestLeft + steps;
    right = widestRight && widestRight + steps;
    const gap = used.length > 1 ? (width - left - right - nodeWidth) / (used.length - 1) - nodeWidth : Infinity;
    for (const [l, side] of sides) {
      if (bound + l.value * scale <= gap) continue;
      if (!side.right || !side.left) changed = true;
      side.right = side.left = true;
    }
  }
  return { sides, left, right };
}

/** Height of the tallest layer at a scale, with its padding (placed as `layoutHeld` places it). */
function tallestLayer(nodes: readonly GraphNode[], links: readonly GraphLink[], scale: number, nodePadding: number): number {
  const forward = links.filter((l) => !l.back && l.value > 0);
  const ends = (end: 'source' | 'target') => Int32Array.from(forward, (l) => l[end]);
  const layers = placedLayers(
    nodes.map((n) => n.column),
    ends('source'),
    ends('target'),
  );
  // Each node adds its money and the padding above it (the first in its layer, one padding too many).
  const heights: number[] = [];
  nodes.forEach((node, i) => (heights[layers[i]!] = (heights[layers[i]!] ?? -nodePadding) + node.value * scale + nodePadding));
  return Math.max(0, ...heights.filter(Number.isFinite));
}

/** Moves dragged nodes (and slots, which make way like boxes) within their columns; their links follow. */
function applyOffsets(nodes: SNode[], links: SLink[], offsets: LayoutOptions['offsets'], maxY: number, padding: number) {
  if (!offsets) return;
  const shift = dragShifts(nodes, offsets, 0, maxY, Math.min(padding, DRAG_GAP));
  // Nothing dragged (the usual slider step): thousands of links need not be visited.
  if (shift.size === 0) return;
  for (const node of nodes) {
    const dy = shift.get(node.key) ?? 0;
    node.y0 = (node.y0 ?? 0) + dy;
    node.y1 = (node.y1 ?? 0) + dy;
  }
  for (const link of links) {
    link.y0 = (link.y0 ?? 0) + (shift.get((link.source as SNode).key) ?? 0);
    link.y1 = (link.y1 ?? 0) + (shift.get((link.target as SNode).key) ?? 0);
  }
}

function routeBackLinks(
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
function linkShape(link: GraphLink, source: string, target: string, width: Px, route: LinkRoute): LinkShape {
  return {
    key: link.key,
    flow: link.flow,
    source,
    target,
    value: link.value,
    width,
    back: route.back,
    route,
    bands: bandOffsets(link.byOrigin, link.value, width),
    standing: link.standing,
  };
}

/** Order of nodes (and slots) within their columns from a relaxed layout: computed once per dataset, then held. */
export function nodeOrder(graph: FlowGraph, width: number, height: number): Map<string, number> {
  const { geometry, slots } = layoutWithSlots(graph, { width, height, nodesOnly: true });
  const sorted = [...geometry.nodes, ...slots].sort((a, b) => a.column - b.column || a.y0 - b.y0);
  return new Map(sorted.map((n, i) => [n.key, i]));
}
