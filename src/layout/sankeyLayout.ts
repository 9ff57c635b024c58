import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { layoutHeld, placedLayers } from './heldLayout';
import { bandOffsets, type BackRoute, type BandOffset, type LinkRoute } from './linkPaths';
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

/**
 * Lays out the acyclic part with d3-sankey (on copies: it mutates its input and throws on cycles)
 * and routes back links under the diagram in nested lanes, shortest innermost, as circular Sankeys do.
 */
export function layoutSankey(graph: FlowGraph, options: LayoutOptions): Geometry {
  const { width, nodeWidth = 12, order, offsets } = options;
  let { height } = options;
  const forward = graph.links.filter((l) => !l.back && l.value > 0);
  const backLinks = graph.links.filter((l) => l.back && l.value > 0);
  const columnsUsed = new Set(graph.nodes.map((n) => n.column)).size;
  const columnSizes = new Map<number, number>();
  for (const node of graph.nodes) columnSizes.set(node.column, (columnSizes.get(node.column) ?? 0) + 1);
  const tallest = Math.max(1, ...columnSizes.values());
  const nodePadding = Math.min(options.nodePadding ?? 14, (height * 0.5) / tallest);

  // Reserve room under the diagram for the back-link lanes so that everything fits the height.
  const backTotal = backLinks.reduce((sum, l) => sum + l.value, 0);
  // Hundreds of back links share the room: gaps shrink so the diagram itself keeps its height.
  const laneGap = Math.min(LANE_GAP, (height * MAX_GAP_SHARE) / Math.max(1, backLinks.length + 1));
  const laneGaps = backLinks.length * laneGap + (backLinks.length ? laneGap : 0);
  let scale = Infinity;
  for (const [column, count] of columnSizes) {
    const columnValue = graph.nodes.reduce((sum, n) => (n.column === column ? sum + n.value : sum), 0);
    const room = height - laneGaps - (count - 1) * nodePadding;
    if (columnValue + backTotal > 0) scale = Math.min(scale, room / (columnValue + backTotal));
  }
  // Padding and lane gaps come from the given height, never from money: at a fixed scale they
  // cannot change a box's height per unit of money.
  if (options.scale !== undefined) scale = options.scale;
  if (!Number.isFinite(scale) || scale <= 0) scale = 0;
  // At a fixed scale the diagram is as tall as its tallest layer needs (so the placement's fitting
  // lands on exactly that scale), with the lanes under it; a loop too large for the height makes
  // the chart taller, a smaller one leaves room below.
  // (No money and one node per layer: some room still, as placing nodes in none divides by zero.)
  const mainHeight =
    options.scale === undefined
      ? Math.max(20, height - scale * backTotal - laneGaps)
      : tallestLayer(graph, forward, scale, nodePadding) || 20;
  // (Whole pixels when it grows: rounding noise in the sum must not make the chart a hair taller.)
  const needed = mainHeight + scale * backTotal + laneGaps;
  if (options.scale !== undefined && needed > height + 1e-6) height = Math.ceil(needed);

  const nodes = graph.nodes.map((n) => ({ ...n, fixedValue: n.value }));
  const extent: [[number, number], [number, number]] = [
    [0, 0],
    [width, mainHeight],
  ];
  let result: { nodes: SNode[]; links: SLink[] };
  if (order) {
    // A held order needs no relaxation: the same placement without d3-sankey's per-call allocations.
    const links = forward.map((l) => ({ ...l, source: nodes[l.source]!, target: nodes[l.target]! }));
    layoutHeld(nodes, links, { extent, nodeWidth, nodePadding, order });
    result = { nodes: nodes as SNode[], links: links as unknown as SLink[] };
  } else {
    // Links reference node keys; d3-sankey resolves them through nodeId.
    const sankeyLinks = forward.map((l) => ({ ...l, source: graph.nodes[l.source]!.key, target: graph.nodes[l.target]!.key }));
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

  applyOffsets(laidNodes, result.links as SLink[], offsets, mainHeight);
  const boxes: NodeBox[] = laidNodes.map((n) => ({
    key: n.key,
    entity: n.entity,
    x0: px(n.x0 ?? 0),
    x1: px(n.x1 ?? 0),
    y0: px(n.y0 ?? 0),
    y1: px(n.y1 ?? 0),
    value: money(n.value ?? 0),
    column: (n as { layer?: number }).layer ?? n.column,
  }));
  if (options.nodesOnly) return { ...size, nodes: boxes, links: [] };
  const byKey = new Map(boxes.map((b) => [b.key, b]));

  const shapes: LinkShape[] = (result.links as SLink[]).map((l) => {
    const source = l.source as SNode;
    const target = l.target as SNode;
    const w = px(l.width ?? 0);
    const route: LinkRoute = { back: false, x0: source.x1 ?? 0, y0: l.y0 ?? 0, x1: target.x0 ?? 0, y1: l.y1 ?? 0 };
    return linkShape(l, source.key, target.key, w, route);
  });
  shapes.push(...routeBackLinks(backLinks, graph, byKey, result.links as SLink[], pixelsPerMoney, mainHeight, laneGap));
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
  return { ...size, nodes: boxes, links: shapes };
}

/** Height of the tallest layer at a scale, with its padding (placed as `layoutHeld` places it). */
function tallestLayer(graph: FlowGraph, forward: GraphLink[], scale: number, nodePadding: number): number {
  const ends = (end: 'source' | 'target') => Int32Array.from(forward, (l) => l[end]);
  const layers = placedLayers(
    graph.nodes.map((n) => n.column),
    ends('source'),
    ends('target'),
  );
  // Each node adds its money and the padding above it (the first in its layer, one padding too many).
  const heights: number[] = [];
  graph.nodes.forEach((node, i) => (heights[layers[i]!] = (heights[layers[i]!] ?? -nodePadding) + node.value * scale + nodePadding));
  return Math.max(0, ...heights.filter(Number.isFinite));
}

function applyOffsets(nodes: SNode[], links: SLink[], offsets: LayoutOptions['offsets'], maxY: number) {
  if (!offsets) return;
  const shift = new Map<string, number>();
  for (const node of nodes) {
    // Keys are dataset ids: an entity called "__proto__" must not read Object.prototype.
    const wanted = Object.hasOwn(offsets, node.key) ? offsets[node.key] : undefined;
    if (!wanted) continue;
    const y0 = node.y0 ?? 0;
    const y1 = node.y1 ?? 0;
    const dy = Math.max(-y0, Math.min(maxY - y1, wanted));
    node.y0 = y0 + dy;
    node.y1 = y1 + dy;
    shift.set(node.key, dy);
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
  forward: SLink[],
  scale: PxPerMoney,
  mainHeight: number,
  laneGap: number,
): LinkShape[] {
  const outUsed = new Map<string, number>();
  const inUsed = new Map<string, number>();
  for (const l of forward) {
    const s = (l.source as SNode).key;
    const t = (l.target as SNode).key;
    outUsed.set(s, (outUsed.get(s) ?? 0) + (l.width ?? 0));
    inUsed.set(t, (inUsed.get(t) ?? 0) + (l.width ?? 0));
  }
  const span = new Map(backLinks.map((l) => [l, byKey.get(graph.nodes[l.source]!.key)!.x1 - byKey.get(graph.nodes[l.target]!.key)!.x0]));
  // Shortest innermost; an outer link leaves and enters above an inner one, so lanes never cross.
  const lanes = [...backLinks].sort((a, b) => span.get(a)! - span.get(b)! || a.flow - b.flow);
  const outerFirst = [...lanes].reverse();
  const exitY = new Map<string, number>();
  const entryY = new Map<string, number>();
  for (const l of outerFirst) {
    const sourceKey = graph.nodes[l.source]!.key;
    const targetKey = graph.nodes[l.target]!.key;
    const w = toPx(l.value, scale);
    const s = byKey.get(sourceKey)!;
    const t = byKey.get(targetKey)!;
    const usedOut = outUsed.get(sourceKey) ?? 0;
    const usedIn = inUsed.get(targetKey) ?? 0;
    exitY.set(l.key, s.y0 + usedOut + w / 2);
    entryY.set(l.key, t.y0 + usedIn + w / 2);
    outUsed.set(sourceKey, usedOut + w);
    inUsed.set(targetKey, usedIn + w);
  }
  let laneBottom = mainHeight + laneGap;
  let sideOffset = Math.min(LANE_GAP, MAX_REACH / 4);
  // Nested turns beside the nodes: each lane steps out by its width, unless there are too many to fit.
  const totalSteps = lanes.reduce((sum, l) => sum + toPx(l.value, scale) + laneGap, 0);
  const stepScale = totalSteps > MAX_REACH ? MAX_REACH / totalSteps : 1;
  return lanes.map((l) => {
    const w = toPx(l.value, scale);
    const s = byKey.get(graph.nodes[l.source]!.key)!;
    const t = byKey.get(graph.nodes[l.target]!.key)!;
    const route: BackRoute = {
      back: true,
      x0: s.x1,
      y0: exitY.get(l.key)!,
      x1: t.x0,
      y1: entryY.get(l.key)!,
      laneY: laneBottom + w / 2,
      reach: sideOffset + w / 2,
      width: w,
    };
    laneBottom += w + laneGap;
    sideOffset += (w + laneGap) * stepScale;
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

/** Order of nodes within their columns from a relaxed layout: computed once per dataset, then held. */
export function nodeOrder(graph: FlowGraph, width: number, height: number): Map<string, number> {
  const geometry = layoutSankey(graph, { width, height, nodesOnly: true });
  const sorted = [...geometry.nodes].sort((a, b) => a.column - b.column || a.y0 - b.y0);
  return new Map(sorted.map((n, i) => [n.key, i]));
}
