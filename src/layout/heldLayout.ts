// d3-sankey's placement without relaxation, for a graph whose node order is held while sliders
// move: the same columns, node breadths and link widths, computed with a few typed arrays instead
// of d3-sankey's per-call sets and per-node link arrays (at 2,500 links those were about a third
// of the garbage of a slider step). A node's outgoing links are stacked in the order of their
// targets, as a relaxed d3-sankey layout leaves them; without relaxation d3-sankey sorts them
// before their targets are placed and so keeps them in input order, crossing at the source.

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

/** Places `nodes` and `links` in place (setting x0, x1, y0, y1, layer, width), as d3-sankey with iterations(0) and a nodeSort by `order`. */
export function layoutHeld<N extends HeldNode, L extends HeldLink<N>>(nodes: N[], links: L[], options: HeldLayoutOptions): void {
  const [[x0, y0], [x1, y1]] = options.extent;
  const { nodeWidth: dx, order } = options;
  const index = new Map<N, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const sourceOf = Int32Array.from(links, (l) => index.get(l.source)!);
  const targetOf = Int32Array.from(links, (l) => index.get(l.target)!);

  // Layers as d3-sankey finds them: the column hint, clamped to the longest chain of links.
  const depth = longestChains(nodes.length, sourceOf, targetOf);
  const layerCount = Math.max(0, ...depth) + 1;
  const kx = layerCount > 1 ? (x1 - x0 - dx) / (layerCount - 1) : 0;
  const columns: N[][] = Array.from({ length: layerCount }, () => []);
  for (const node of nodes) {
    const layer = Math.max(0, Math.min(layerCount - 1, Math.floor(node.column)));
    node.layer = layer;
    node.x0 = x0 + layer * kx;
    node.x1 = node.x0 + dx;
    columns[layer]!.push(node);
  }
  const rank = (node: N) => order.get(node.key) ?? 0;
  for (const column of columns) column.sort((a, b) => rank(a) - rank(b));

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
  const byIndex = (a: number, b: number) => a - b;
  const outgoing = groupBy(nodes.length, sourceOf).map((list) =>
    list.sort((a, b) => links[a]!.target.y0! - links[b]!.target.y0! || byIndex(a, b)),
  );
  const incoming = groupBy(nodes.length, targetOf).map((list) =>
    list.sort((a, b) => links[a]!.source.y0! - links[b]!.source.y0! || byIndex(a, b)),
  );
  nodes.forEach((node, i) => {
    let out = node.y0!;
    for (const l of outgoing[i]!) {
      const link = links[l]!;
      link.y0 = out + link.width! / 2;
      out += link.width!;
    }
    let into = node.y0!;
    for (const l of incoming[i]!) {
      const link = links[l]!;
      link.y1 = into + link.width! / 2;
      into += link.width!;
    }
  });
}

/**
 * The layer each node is placed in, as above and as d3-sankey places it: its column, clamped to the
 * longest chain of links (money that skips a stage leaves fewer layers than columns).
 */
export function placedLayers(columns: readonly number[], sourceOf: Int32Array, targetOf: Int32Array): number[] {
  const layerCount = Math.max(0, ...longestChains(columns.length, sourceOf, targetOf)) + 1;
  return columns.map((column) => Math.max(0, Math.min(layerCount - 1, Math.floor(column))));
}

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
