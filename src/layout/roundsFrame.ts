// The rounds view's frame: how its columns share the width, the strip above them for round
// headers, where each round starts and ends, and the headers' text placed there. Pure geometry:
// the chart on screen and the export draw the same frame.
import type { FlowGraph } from './graph';
import type { Rect } from './labelSpots';
import type { Geometry, LinkShape, NodeBox } from './sankeyLayout';
import { px, type Px } from './units';

/** Height of the strip above the rounds view's boxes that holds the round headers. */
export const ROUND_HEADER_ROOM = 22;
export const ROUND_HEADER_FONT = 12;

/**
 * Share of the width a gap after a column of round r gets, relative to the others. The first rounds
 * carry most of the money and have the most boxes to label; later rounds, a fraction of it, get less.
 */
export function roundWeight(round: number): number {
  return round <= 1 ? 3 : round === 2 ? 2 : 1;
}

/** Whether a graph is the rounds view (its nodes know their round). */
export function isRoundsGraph(graph: FlowGraph): boolean {
  return graph.nodes.some((n) => n.round !== undefined);
}

/** Room kept above a graph's boxes for headers: only the rounds view has them. */
export function headerRoom(graph: FlowGraph): number {
  return isRoundsGraph(graph) ? ROUND_HEADER_ROOM : 0;
}

/**
 * The rounds view as laid out (evenly spaced columns, `room` less tall than the chart) framed: its
 * columns re-spaced so earlier rounds get wider gaps (`roundWeight`), and everything moved down
 * below the header strip. Only horizontal positions and a vertical shift change: every box and link
 * keeps its height, so the scale is untouched.
 */
export function frameRounds(geometry: Geometry, graph: FlowGraph, room: number): Geometry {
  const roundOfColumn = columnRounds(graph);
  const layers = Math.max(0, ...geometry.nodes.map((n) => n.column));
  const nodeWidth = geometry.nodes.length ? geometry.nodes[0]!.x1 - geometry.nodes[0]!.x0 : 0;
  const span = geometry.width - nodeWidth;
  // Where each column's left edge was (evenly spaced) and goes (weighted by round).
  const step = layers > 0 ? span / layers : 0;
  const steps = weightedSteps(
    Array.from({ length: layers }, (_, c) => roundWeight(roundOfColumn.get(c) ?? 1)),
    span,
    nodeWidth + MIN_COLUMN_GAP,
  );
  const lefts = [0];
  for (let c = 0; c < layers; c++) lefts.push(lefts[c]! + steps[c]!);
  const left = (x: number) => lefts[step > 0 ? Math.max(0, Math.min(layers, Math.round(x / step))) : 0]!;
  const right = (x: number) => left(x - nodeWidth) + nodeWidth;
  const nodes: NodeBox[] = geometry.nodes.map((n) => ({
    ...n,
    x0: px(left(n.x0)),
    x1: px(right(n.x1)),
    y0: px(n.y0 + room),
    y1: px(n.y1 + room),
  }));
  const links = geometry.links.map((link) => moveLink(link, left, right, room));
  return { ...geometry, height: px(geometry.height + room), top: px(room), nodes, links };
}

/** Least room between neighbouring columns' boxes, where the width allows it. */
const MIN_COLUMN_GAP = 4;

/**
 * Steps from each column to the next that fill `span` in proportion to `weights`, none less than
 * `least` (those are raised to it and the rest share what is left); evenly spaced where even that
 * leaves too little.
 */
export function weightedSteps(weights: readonly number[], span: number, least: number): number[] {
  if (weights.length * least >= span) return weights.map(() => span / weights.length);
  const raised = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, w, i) => (raised.has(i) ? sum : sum + w), 0);
    const unit = (span - raised.size * least) / free;
    const more = weights.flatMap((w, i) => (!raised.has(i) && w * unit < least ? [i] : []));
    if (more.length === 0) return weights.map((w, i) => (raised.has(i) ? least : w * unit));
    for (const i of more) raised.add(i);
  }
}

/** The round of each column (by the nodes in it; a column holds one round's nodes). */
function columnRounds(graph: FlowGraph): Map<number, number> {
  const rounds = new Map<number, number>();
  for (const n of graph.nodes) rounds.set(n.column, Math.max(rounds.get(n.column) ?? 0, n.round ?? 1));
  return rounds;
}

function moveLink(link: LinkShape, left: (x: number) => number, right: (x: number) => number, dy: number): LinkShape {
  const route = link.route;
  // The rounds view has no back links: every link runs forward into the next round.
  if (!route || route.back) return link;
  const via = Array.from(route.via, (v, i) => (i % 3 === 0 ? left(v) : i % 3 === 1 ? right(v) : v + dy));
  return { ...link, route: { ...route, x0: right(route.x0), x1: left(route.x1), y0: route.y0 + dy, y1: route.y1 + dy, via } };
}

/** A drawn round's horizontal extent: from its first box's left edge to its last box's right edge. */
export interface RoundBand {
  round: number;
  x0: Px;
  x1: Px;
}

/** The extent of each round that has boxes, in order. */
export function roundBands(graph: FlowGraph, geometry: Geometry): RoundBand[] {
  const roundOf = new Map(graph.nodes.map((n) => [n.key, n.round ?? 1]));
  const bands = new Map<number, RoundBand>();
  for (const node of geometry.nodes) {
    const round = roundOf.get(node.key) ?? 1;
    const band = bands.get(round);
    if (!band) bands.set(round, { round, x0: node.x0, x1: node.x1 });
    else bands.set(round, { round, x0: px(Math.min(band.x0, node.x0)), x1: px(Math.max(band.x1, node.x1)) });
  }
  return [...bands.values()].sort((a, b) => a.round - b.round);
}

/** Lines between neighbouring rounds, midway between one round's last column and the next one's first. */
export function roundDividers(bands: readonly RoundBand[]): Px[] {
  return bands.slice(1).map((band, i) => px((bands[i]!.x1 + band.x0) / 2));
}

export interface RoundHeader {
  round: number;
  /** Centre of the text, above the round's columns. */
  x: Px;
  /** Baseline, inside the header strip. */
  y: Px;
  text: string;
  /** The text's estimated width (for tests and clamping). */
  width: number;
  /** What the text covers, with a little room: labels keep off it (see chartLabels). */
  rect: { x0: number; x1: number; y0: number; y1: number };
}

/**
 * One header per round, over the middle of its columns, in the longest of `texts(round)` (longest
 * first) that fits between the dividers either side of it; a round too narrow for any gets none
 * (the dividers still part it from its neighbours). Headers therefore never overlap one another.
 */
export function placeRoundHeaders(
  bands: readonly RoundBand[],
  chartWidth: number,
  texts: (round: number) => string[],
  measure: (text: string) => number,
): RoundHeader[] {
  const dividers = roundDividers(bands);
  const headers: RoundHeader[] = [];
  bands.forEach((band, i) => {
    const from = i === 0 ? 0 : dividers[i - 1]!;
    const to = i === bands.length - 1 ? chartWidth : dividers[i]!;
    const room = to - from - 4;
    const text = texts(band.round).find((t) => measure(t) <= room);
    if (text === undefined) return;
    const width = measure(text);
    const centre = Math.max(from + 2 + width / 2, Math.min(to - 2 - width / 2, (band.x0 + band.x1) / 2));
    const y = ROUND_HEADER_ROOM - 7;
    // From the strip's top to below the baseline (the descenders), 2 px either side.
    const rect = { x0: centre - width / 2 - 2, x1: centre + width / 2 + 2, y0: 0, y1: y + 4 };
    headers.push({ round: band.round, x: px(centre), y: px(y), text, width, rect });
  });
  return headers;
}

/**
 * What the rounds view's names keep off: the lines between rounds. A name that ran across one read
 * as the next round's (at 1,280 px with half of Nvidia's profit reinvested, round 3's "Custom chips
 * (Trainium, TPU, Broadcom)" reached into round 4): one that fits in no spot within its round is
 * numbered instead.
 */
export function frameWalls(dividers: readonly number[], height: number): Rect[] {
  return dividers.map((x) => ({ x0: x - 0.5, x1: x + 0.5, y0: 0, y1: height }));
}
