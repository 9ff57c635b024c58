import { sankey } from 'd3-sankey';
import {
  chooseSides,
  LANE_GAP,
  MAX_GAP_SHARE,
  routeBackLinks,
  sideRoom,
  sideScale,
  sideLimit,
  stepBound,
  type SLink,
  type SNode,
} from './backLinkRoutes';
import type { Geometry, LinkShape, NodeBox } from './geometryTypes';
import { layoutHeld, placedLayers } from './heldLayout';
import type { LinkRoute } from './linkPaths';
import { linkShape, slotsOf } from './linkShapes';
import { isBackSlotKey, splitAtColumns } from './linkSlots';
import { heldPlacements, placedLinks, placedNodes } from './placedObjects';
import type { FlowGraph, GraphLink, GraphNode } from './graph';
import { money } from '../model/units';
import { px, pxPerMoney } from './units';

export type { Band, Geometry, LinkShape, NodeBox } from './geometryTypes';

type DragNodes = typeof import('./dragNodes');
let dragCode: DragNodes | undefined;

/**
 * Hands the layout the code that settles boxes a reader has dragged (./dragNodes.ts): few readers
 * drag one, so it is not in the page's first script (the chart loads it as a pointer comes over it, or
 * with the first move of a box).
 * Whatever lays out offsets (the chart's drag, the export worker) loads it and hands it over first.
 */
export function provideDragNodes(code: DragNodes): void {
  dragCode = code;
}

/** Whether the code for dragged boxes has been handed over (see provideDragNodes). */
export const dragNodesProvided = (): boolean => dragCode !== undefined;

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
  /** Without an order: how many times d3-sankey relaxes the columns (by default, see relaxations). */
  relaxations?: number;
}

/**
 * Lays out the acyclic part with d3-sankey (on copies: it mutates its input and throws on cycles)
 * and routes back links under the diagram in nested lanes, shortest innermost, as circular Sankeys do.
 * Links that cross columns pass through slots there (see linkSlots.ts), so no link runs through a box.
 */
export function layoutSankey(graph: FlowGraph, options: LayoutOptions): Geometry {
  return layoutWithSlots(graph, options).geometry;
}

/** The geometry; with `nodesOnly`, the slots' boxes too (for the order: see nodeOrder). */
function layoutWithSlots(graph: FlowGraph, options: LayoutOptions): { geometry: Geometry; slots?: NodeBox[] } {
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
  const sideChoiceScale = options.scale ?? unsplit.scale;
  const chosen = chooseSides(backLinks, graph, width, nodeWidth, sideChoiceScale, laneGap);
  let { left, right } = chosen;
  const split = splitAtColumns(graph, chosen.sides);
  const fitted = fitScale(split.nodes, height, laneGaps, backTotal, options.nodePadding);
  let scale = fitted.scale;
  const nodePadding = fitted.nodePadding;
  // Padding and lane gaps come from the given height, never from money: at a fixed scale they
  // cannot change a box's height per unit of money.
  if (options.scale !== undefined) scale = options.scale;
  if (!Number.isFinite(scale) || scale <= 0) scale = 0;
  // Bands going round beyond the columns may not take the columns' own room (a back link as tall
  // as a phone's chart would push the columns into one another). The room was kept for the scale
  // the sides were chosen at: found again at the scale drawn, and where it is still too wide, at a
  // smaller scale; either way the chart is placed exactly at that scale, as at a fixed one, and a
  // fixed scale's chart says when it is drawn smaller (its scale is less than the one asked for).
  const limit = sideLimit(width, columnsUsed, nodeWidth);
  const resized = left + right > limit + 1e-9;
  if (resized) {
    scale = Math.min(scale, sideScale(chosen.sides, limit));
    ({ left, right } = sideRoom(chosen.sides, width, scale, stepBound(backLinks, scale, laneGap)));
  }
  const atScale = options.scale !== undefined || resized;
  // At a fixed scale the diagram is as tall as its tallest layer needs (so the placement's fitting
  // lands on exactly that scale), with the lanes under it; a loop too large for the height makes
  // the chart taller, a smaller one leaves room below. Slots take room in their layers like boxes.
  // (No money and one node per layer: some room still, as placing nodes in none divides by zero.)
  const mainHeight = !atScale
    ? Math.max(20, height - scale * backTotal - laneGaps)
    : tallestLayer(split.nodes, split.links, scale, nodePadding) || 20;
  // (Whole pixels when it grows: rounding noise in the sum must not make the chart a hair taller.)
  const needed = mainHeight + scale * backTotal + laneGaps;
  if (atScale && needed > height + 1e-6) height = Math.ceil(needed);

  // The held order's placement writes over the objects of its last call (see heldPlacements);
  // d3-sankey, which adds fields of its own, gets fresh ones.
  const nodes = placedNodes(split.nodes, order ? heldPlacements.nodes : []);
  const extent: [[number, number], [number, number]] = [
    [left, 0],
    [width - right, mainHeight],
  ];
  // d3-sankey and layoutHeld take node objects (slot keys need no lookup).
  const links = placedLinks(split.links, nodes, order ? heldPlacements.links : []);
  let result: { nodes: SNode[]; links: SLink[] };
  if (order) {
    // A held order needs no relaxation: the same placement without d3-sankey's per-call allocations.
    // Slots of back links go to the bottom of their columns, nearest the lanes they lead to.
    layoutHeld(nodes, links, { extent, nodeWidth, nodePadding, order: heldOrder(order) });
    result = { nodes: nodes as SNode[], links: links as unknown as SLink[] };
  } else {
    const usedColumns = [...new Set(graph.nodes.map((n) => n.column))].sort((x, y) => x - y);
    const denseColumn = new Map(usedColumns.map((column, i) => [column, i]));
    result = sankey<GraphNode & { fixedValue: number }, Pick<GraphLink, 'value'>>()
      .nodeId((d) => d.key)
      .nodeWidth(nodeWidth)
      .nodePadding(nodePadding)
      // d3-sankey needs every layer up to the last one used (an empty one throws): a rounds view
      // in which some entity carries no money in a round leaves gaps, so columns count used ones.
      .nodeAlign((node) => denseColumn.get(node.column) ?? 0)
      // Big graphs relax less (once, on load, to find the order that is then held): see relaxations.
      .iterations(options.relaxations ?? relaxations(graph.links.length))
      .extent(extent)({ nodes, links: links as unknown as SLink[] });
  }
  const laidNodes = result.nodes as SNode[];
  if (scale > 0) {
    const sample = (result.links as SLink[]).find((l) => l.value > 0);
    if (sample?.width) scale = sample.width / sample.value;
  }

  const pixelsPerMoney = pxPerMoney(scale);
  const size = { width: px(width), height: px(height), scale: pixelsPerMoney, columns: columnsUsed };

  // (Any key counts, even at 0: a box dragged back to its place leaves one.)
  if (offsets && Object.keys(offsets).length > 0) {
    if (!dragCode) throw new Error('no drag code');
    dragCode.applyOffsets(laidNodes, result.links as SLink[], offsets, mainHeight, nodePadding);
  }
  const boxes = laidNodes.slice(0, split.realCount).map(boxOf);
  if (options.nodesOnly) return { geometry: { ...size, nodes: boxes, links: [] }, slots: laidNodes.slice(split.realCount).map(boxOf) };

  const laidLinks = result.links as SLink[];
  const shapes: LinkShape[] = split.pieces.map(({ link, after, firstPiece }) => {
    const first = laidLinks[firstPiece]!;
    const last = laidLinks[firstPiece + after.length]!;
    // (The boxes are the graph's nodes, in its order.)
    const source = boxes[link.source]!;
    const target = boxes[link.target]!;
    const w = px(first.width ?? 0);
    // The slots where the placement left them (see LaidNode).
    const via = slotsOf(after, laidNodes);
    const route: LinkRoute = { back: false, x0: source.x1, y0: first.y0 ?? 0, x1: target.x0, y1: last.y1 ?? 0, via };
    return linkShape(link, source.key, target.key, w, route);
  });
  shapes.push(...routeBackLinks(backLinks, boxes, split, laidLinks, laidNodes, pixelsPerMoney, mainHeight, laneGap, width));
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
  return { geometry: { ...size, nodes: boxes, links: shapes } };
}

/**
 * How many times d3-sankey relaxes a graph's columns to find its order: each pass costs as much as
 * the graph is large, and past a few hundred links more passes barely change what is drawn. Past
 * 2,000 links, two passes leave about 2% more links crossing within a column pair than six (at 500
 * nodes / 2,500 links, 247,104 pairs against 242,407 of 649,910; at 2,000 / 10,000, 4.26 million
 * against 4.16 of 10.9 million), and a large graph's first chart waits for them (it came about
 * 0.15 s sooner at 2,000 / 10,000, and 30 to 50 ms at 500 / 2,500, with two).
 */
export function relaxations(links: number): number {
  return links > 2000 ? 2 : links > 500 ? 6 : 32;
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

/** Height of the tallest layer at a scale, with its padding (placed as `layoutHeld` places it). */
function tallestLayer(nodes: readonly GraphNode[], links: readonly GraphLink[], scale: number, nodePadding: number): number {
  const forward = links.filter((l) => !l.back && l.value > 0);
  const sourceOf = new Int32Array(forward.length);
  const targetOf = new Int32Array(forward.length);
  forward.forEach((l, i) => ((sourceOf[i] = l.source), (targetOf[i] = l.target)));
  const layers = placedLayers(
    nodes.map((n) => n.column),
    sourceOf,
    targetOf,
  );
  // Each node adds its money and the padding above it (the first in its layer, one padding too many).
  const heights: number[] = [];
  nodes.forEach((node, i) => (heights[layers[i]!] = (heights[layers[i]!] ?? -nodePadding) + node.value * scale + nodePadding));
  return Math.max(0, ...heights.filter(Number.isFinite));
}

const heldOrders = new WeakMap<ReadonlyMap<string, number>, Pick<ReadonlyMap<string, number>, 'get'>>();

/**
 * The held order with slots of back links at the bottom of their columns, nearest the lanes they
 * lead to: one object per order, which `layoutHeld` knows its last placement's shape by.
 */
function heldOrder(order: ReadonlyMap<string, number>): Pick<ReadonlyMap<string, number>, 'get'> {
  let held = heldOrders.get(order);
  if (!held) heldOrders.set(order, (held = { get: (key: string) => (isBackSlotKey(key) ? Number.MAX_SAFE_INTEGER : order.get(key)) }));
  return held;
}

/** A node as placed, as the chart's box (or the slot's, for the order: see nodeOrder). */
function boxOf(n: SNode): NodeBox {
  return {
    key: n.key,
    entity: n.entity,
    x0: px(n.x0 ?? 0),
    x1: px(n.x1 ?? 0),
    y0: px(n.y0 ?? 0),
    y1: px(n.y1 ?? 0),
    value: money(n.value ?? 0),
    column: (n as { layer?: number }).layer ?? n.column,
  };
}

/** Order of nodes (and slots) within their columns from a relaxed layout: computed once per dataset, then held. */
export function nodeOrder(graph: FlowGraph, width: number, height: number, passes = relaxations(graph.links.length)): Map<string, number> {
  const { geometry, slots = [] } = layoutWithSlots(graph, { width, height, nodesOnly: true, relaxations: passes });
  const sorted = [...geometry.nodes, ...slots].sort((a, b) => a.column - b.column || a.y0 - b.y0);
  return new Map(sorted.map((n, i) => [n.key, i]));
}
