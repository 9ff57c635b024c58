// d3-sankey's placement without relaxation, for a graph whose node order is held while sliders
// move: the same columns, node breadths and link widths, computed with a few typed arrays instead
// of d3-sankey's per-call sets and per-node link arrays (at 2,500 links those were about a third
// of the garbage of a slider step). A node's outgoing links are stacked in the order of their
// targets, as a relaxed d3-sankey layout leaves them; without relaxation d3-sankey sorts them
// before their targets are placed and so keeps them in input order, crossing at the source.
import { sameValues } from '../model/sameValues';

export interface HeldNode {
  key: string;
  value: number;
  column: number;
  x0?: number;
  x1?: number;
  y0?: number;
  y1?: number;
  layer?: number;
}

export interface HeldLink<N extends HeldNode> {
  source: N;
  target: N;
  value: number;
  width?: number;
  y0?: number;
  y1?: number;
}

export interface HeldLayoutOptions {
  extent: [[number, number], [number, number]];
  nodeWidth: number;
  nodePadding: number;
  /** Position of each node key within its column. */
  order: Pick<ReadonlyMap<string, number>, 'get'>;
}

/**
 * What the placement takes from the graph's shape alone (which node is where in the held order,
 * which links join which nodes), kept from the last call: a slider step moves money, not the shape,
 * and redoing this for 10,000 links was a third of the placement's time.
 */
interface HeldShape {
  order: HeldLayoutOptions['order'];
  keys: string[];
  columns: number[];
  sourceOf: Int32Array;
  targetOf: Int32Array;
  layerCount: number;
  /** Node indices of each layer, in the held order. */
  layers: number[][];
  /** Link indices leaving and entering each node, in the order last stacked (checked against the targets' and sources' places on every call). */
  outgoing: number[][];
  incoming: number[][];
}

let lastShape: HeldShape | undefined;

/** Places `nodes` and `links` in place (setting x0, x1, y0, y1, layer, width), as d3-sankey with iterations(0) and a nodeSort by `order`. */
export function layoutHeld<N extends HeldNode, L extends HeldLink<N>>(nodes: N[], links: L[], options: HeldLayoutOptions): void {
  const [[x0, y0], [x1, y1]] = options.extent;
  const { nodeWidth: dx } = options;
  const shape = heldShape(nodes, links, options.order);
  const { layerCount } = shape;
  const kx = layerCount > 1 ? (x1 - x0 - dx) / (layerCount - 1) : 0;
  const columns = shape.layers.map((layer) => layer.map((i) => nodes[i]!));
  columns.forEach((column, layer) => {
    for (const node of column) {
      node.layer = layer;
      node.x0 = x0 + layer * kx;
      node.x1 = node.x0 + dx;
    }
  });

  const tallest = Math.max(...columns.map((c) => c.length));
  const py = Math.min(options.nodePadding, (y1 - y0) / (tallest - 1));
  let ky = Infinity;
  for (const column of columns) {
    const k = (y1 - y0 - (column.length - 1) * py) / column.reduce((sum, n) => sum + n.value, 0);
    if (!Number.isNaN(k)) ky = Math.min(ky, k); // an empty column: nothing to fit
  }
  // No money anywhere (every slider at 0): boxes of no height, not NaN coordinates.
  if (!Number.isFinite(ky)) ky = 0;
  for (const column of columns) {
    let y = y0;
    for (const node of column) {
      node.y0 = y;
      node.y1 = y + node.value * ky;
      y = node.y1 + py;
    }
    // Spread what room is left evenly around the nodes.
    const gap = (y1 - y + py) / (column.length + 1);
    column.forEach((node, i) => {
      node.y0! += gap * (i + 1);
      node.y1! += gap * (i + 1);
    });
  }

  for (const link of links) link.width = link.value * ky;
  // Each end stacks its links in the order of the nodes at their other ends (then input order).
  const { outgoing, incoming } = shape;
  const targetY = (l: number) => links[l]!.target.y0!;
  const sourceY = (l: number) => links[l]!.source.y0!;
  nodes.forEach((node, i) => {
    let out = node.y0!;
    for (const l of stackedBy(outgoing[i]!, targetY)) {
      const link = links[l]!;
      link.y0 = out + link.width! / 2;
      out += link.width!;
    }
    let into = node.y0!;
    for (const l of stackedBy(incoming[i]!, sourceY)) {
      const link = links[l]!;
      link.y1 = into + link.width! / 2;
      into += link.width!;
    }
  });
}

/** The last shape when `nodes`, `links` and `order` have the same one, else the shape found afresh (and kept). */
function heldShape<N extends HeldNode>(nodes: N[], links: HeldLink<N>[], order: HeldLayoutOptions['order']): HeldShape {
  const index = new Map<N, number>();
  nodes.forEach((node, i) => index.set(node, i));
  // Filled by a loop: `Int32Array.from` with a function walks an iterator, an object per link per step.
  const sourceOf = new Int32Array(links.length);
  const targetOf = new Int32Array(links.length);
  links.forEach((l, i) => {
    sourceOf[i] = index.get(l.source)!;
    targetOf[i] = index.get(l.target)!;
  });
  const last = lastShape;
  if (
    last &&
    last.order === order &&
    last.keys.length === nodes.length &&
    nodes.every((node, i) => node.key === last.keys[i] && node.column === last.columns[i]) &&
    sameValues(last.sourceOf, sourceOf) &&
    sameValues(last.targetOf, targetOf)
  )
    return last;
  // Layers as d3-sankey finds them: the column hint, clamped to the longest chain of links.
  const depth = longestChains(nodes.length, sourceOf, targetOf);
  const layerCount = Math.max(0, ...depth) + 1;
  const layers: number[][] = Array.from({ length: layerCount }, () => []);
  nodes.forEach((node, i) => layers[Math.max(0, Math.min(layerCount - 1, Math.floor(node.column)))]!.push(i));
  const rank = (i: number) => order.get(nodes[i]!.key) ?? 0;
  for (const layer of layers) layer.sort((a, b) => rank(a) - rank(b));
  lastShape = {
    order,
    keys: nodes.map((n) => n.key),
    columns: nodes.map((n) => n.column),
    sourceOf,
    targetOf,
    layerCount,
    layers,
    outgoing: groupBy(nodes.length, sourceOf),
    incoming: groupBy(nodes.length, targetOf),
  };
  return lastShape;
}

/**
 * `list` (link indices) in the order of `y` (then index), sorted in place. Mostly it is in that
 * order already, from the last call: one pass checks it, and only a list out of order is sorted.
 */
function stackedBy(list: number[], y: (l: number) => number): number[] {
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1]!;
    const b = list[k]!;
    const ya = y(a);
    const yb = y(b);
    // From link order, as a fresh list starts: the same outcome whatever the comparison makes of NaN.
    if (!(ya < yb || (ya === yb && a < b))) return list.sort((p, q) => p - q).sort((p, q) => y(p) - y(q) || p - q);
  }
  return list;
}

/**
 * The layer each node is placed in, as above and as d3-sankey places it: its column, clamped to the
 * longest chain of links (money that skips a stage leaves fewer layers than columns).
 */
export function placedLayers(columns: readonly number[], sourceOf: Int32Array, targetOf: Int32Array): readonly number[] {
  const last = lastLayers;
  // A slider step asks again for the same graph's layers: kept from the last call.
  if (last && sameValues(last.columns, columns) && sameValues(last.sourceOf, sourceOf) && sameValues(last.targetOf, targetOf))
    return last.layers;
  const layerCount = Math.max(0, ...longestChains(columns.length, sourceOf, targetOf)) + 1;
  const layers = columns.map((column) => Math.max(0, Math.min(layerCount - 1, Math.floor(column))));
  lastLayers = { columns: columns.slice(), sourceOf, targetOf, layers };
  return layers;
}

let lastLayers: { columns: readonly number[]; sourceOf: Int32Array; targetOf: Int32Array; layers: readonly number[] } | undefined;

/** Length of the longest chain of links ending at each node (0 for nodes nothing flows into). */
function longestChains(count: number, sourceOf: Int32Array, targetOf: Int32Array): number[] {
  const outgoing = groupBy(count, sourceOf);
  const waiting = new Int32Array(count);
  for (const t of targetOf) waiting[t]!++;
  const depth = new Array<number>(count).fill(0);
  const ready: number[] = [];
  for (let n = 0; n < count; n++) if (waiting[n] === 0) ready.push(n);
  while (ready.length) {
    const n = ready.pop()!;
    for (const l of outgoing[n]!) {
      const t = targetOf[l]!;
      depth[t] = Math.max(depth[t]!, depth[n]! + 1);
      if (--waiting[t]! === 0) ready.push(t);
    }
  }
  if (waiting.some((w) => w > 0)) throw new Error('circular link');
  return depth;
}

/** Link indices grouped by the node at one end, in link order. */
function groupBy(count: number, nodeOf: Int32Array): number[][] {
  const groups = Array.from({ length: count }, () => [] as number[]);
  nodeOf.forEach((n, l) => groups[n]!.push(l));
  return groups;
}
