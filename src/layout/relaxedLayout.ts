// d3-sankey's relaxed placement (d3-sankey 0.12, BSD-3-Clause, Mike Bostock), which finds the node
// order a chart then holds: the same arithmetic in the same order, so it places every node and link
// exactly where d3-sankey does. What differs is cost only. After moving a node, d3-sankey sorts the
// link lists of all its neighbours; on a large graph (3,000 nodes with slots, 10,000 links) most are
// still in order, so each is checked first and sorted only when it is not (Array.prototype.sort
// leaves a list whose neighbours all compare in order as it is). Heights are read from one shape of
// object, not from nodes and slots of several. A page's first 2,000/10,000 order takes about a
// third less time than d3-sankey's; once warm, half.

export interface RelaxedNode {
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  layer: number;
}

export interface RelaxedLink<N extends RelaxedNode> {
  source: N;
  target: N;
  value: number;
  width: number;
  y0: number;
  y1: number;
}

export interface RelaxedLayoutOptions<N> {
  extent: [[number, number], [number, number]];
  nodeWidth: number;
  nodePadding: number;
  /** The layer a node asks for, given the number of layers (d3-sankey's nodeAlign). */
  align: (node: N, layers: number) => number;
  iterations: number;
}

interface Placed<N extends RelaxedNode, L extends RelaxedLink<N>> {
  node: N;
  index: number;
  // The node's layer and height while it is placed, here rather than on the node: nodes and slots
  // are objects of several shapes, and these are read in every comparison.
  layer: number;
  y0: number;
  y1: number;
  /** Outgoing and incoming links, each kept sorted by the position of the node at the other end. */
  out: Entry<N, L>[];
  into: Entry<N, L>[];
}

interface Entry<N extends RelaxedNode, L extends RelaxedLink<N>> {
  link: L;
  index: number;
  source: Placed<N, L>;
  target: Placed<N, L>;
}

/** Places `nodes` and `links` in place (x0, x1, y0, y1, layer; width, y0, y1) as d3-sankey does, without a node or link sort. */
export function layoutRelaxed<N extends RelaxedNode, L extends RelaxedLink<N>>(
  nodes: N[],
  links: L[],
  options: RelaxedLayoutOptions<N>,
): void {
  const [[x0, y0], [x1, y1]] = options.extent;
  const dx = options.nodeWidth;
  const placed = new Map<N, Placed<N, L>>();
  const all = nodes.map((node, index) => {
    const p: Placed<N, L> = { node, index, layer: node.layer, y0: node.y0, y1: node.y1, out: [], into: [] };
    placed.set(node, p);
    return p;
  });
  links.forEach((link, index) => {
    const entry: Entry<N, L> = { link, index, source: placed.get(link.source)!, target: placed.get(link.target)! };
    entry.source.out.push(entry);
    entry.target.into.push(entry);
  });

  // Layers: d3-sankey's depth (the longest chain of links into a node) bounds the alignment.
  const x = longestChains(all).reduce((most, d) => Math.max(most, d), 0) + 1;
  const kx = (x1 - x0 - dx) / (x - 1);
  const columns: Placed<N, L>[][] = Array.from({ length: x }, () => []);
  for (const p of all) {
    const i = Math.max(0, Math.min(x - 1, Math.floor(options.align(p.node, x))));
    p.node.layer = p.layer = i;
    p.node.x0 = x0 + i * kx;
    p.node.x1 = p.node.x0 + dx;
    columns[i]!.push(p);
  }
  // d3-sankey throws on an empty layer (reading its length); so does this.
  if (columns.some((c) => c.length === 0)) throw new TypeError('a layer without nodes');

  const tallest = columns.reduce((most, c) => Math.max(most, c.length), 0);
  const py = Math.min(options.nodePadding, (y1 - y0) / (tallest - 1));
  initialize(columns, y0, y1, py);
  for (let i = 0; i < options.iterations; ++i) {
    const alpha = Math.pow(0.99, i);
    const beta = Math.max(1 - alpha, (i + 1) / options.iterations);
    relaxRightToLeft(columns, alpha, beta, py, y0, y1);
    relaxLeftToRight(columns, alpha, beta, py, y0, y1);
  }
  for (const p of all) {
    p.node.y0 = p.y0;
    p.node.y1 = p.y1;
    let top = p.y0;
    let bottom = top;
    for (const { link } of p.out) {
      link.y0 = top + link.width / 2;
      top += link.width;
    }
    for (const { link } of p.into) {
      link.y1 = bottom + link.width / 2;
      bottom += link.width;
    }
  }
}

/** Length of the longest chain of links ending at each node, found as d3-sankey finds it (and a cycle refused). */
function longestChains<N extends RelaxedNode, L extends RelaxedLink<N>>(all: Placed<N, L>[]): number[] {
  const depth = new Array<number>(all.length).fill(0);
  const waiting = all.map((p) => p.into.length);
  const ready = all.filter((p) => p.into.length === 0);
  let done = 0;
  while (ready.length) {
    const p = ready.pop()!;
    done++;
    for (const { target } of p.out) {
      depth[target.index] = Math.max(depth[target.index]!, depth[p.index]! + 1);
      if (--waiting[target.index]! === 0) ready.push(target);
    }
  }
  if (done < all.length) throw new Error('circular link');
  return depth;
}

/** d3-sankey's initializeNodeBreadths: nodes stacked in input order, spread evenly, links sorted at both ends. */
function initialize<N extends RelaxedNode, L extends RelaxedLink<N>>(columns: Placed<N, L>[][], y0: number, y1: number, py: number) {
  // d3-array's min and sum: NaN (an empty column's 0 / 0) is left out, and a column of no money adds nothing.
  let ky: number | undefined;
  for (const column of columns) {
    let total = 0;
    for (const { node } of column) if (+node.value) total += +node.value;
    const k = (y1 - y0 - (column.length - 1) * py) / total;
    if (ky === undefined ? k >= k : ky > k) ky = k;
  }
  const scale = ky ?? NaN;
  for (const column of columns) {
    let y = y0;
    for (const p of column) {
      p.y0 = y;
      p.y1 = y + p.node.value * scale;
      y = p.y1 + py;
      for (const { link } of p.out) link.width = link.value * scale;
    }
    y = (y1 - y + py) / (column.length + 1);
    for (let i = 0; i < column.length; ++i) {
      const p = column[i]!;
      p.y0 += y * (i + 1);
      p.y1 += y * (i + 1);
    }
    for (const p of column) {
      sortIfNeeded(p.out, byTarget);
      sortIfNeeded(p.into, bySource);
    }
  }
}

/** Each node moves towards where its incoming links would be straight, column by column from the left (d3-sankey's relaxLeftToRight). */
function relaxLeftToRight<N extends RelaxedNode, L extends RelaxedLink<N>>(
  columns: Placed<N, L>[][],
  alpha: number,
  beta: number,
  py: number,
  y0: number,
  y1: number,
) {
  for (let c = 1; c < columns.length; ++c) {
    const column = columns[c]!;
    for (let i = 0; i < column.length; i++) {
      const target = column[i]!;
      let y = 0;
      let w = 0;
      const into = target.into;
      for (let k = 0; k < into.length; k++) {
        const entry = into[k]!;
        const v = entry.link.value * (target.layer - entry.source.layer);
        y += targetTop(entry.source, target, py) * v;
        w += v;
      }
      if (!(w > 0)) continue;
      const dy = (y / w - target.y0) * alpha;
      target.y0 += dy;
      target.y1 += dy;
      reorderNodeLinks(target);
    }
    settle(column, beta, py, y0, y1);
  }
}

/** Each node moves towards where its outgoing links would be straight, column by column from the right (d3-sankey's relaxRightToLeft). */
function relaxRightToLeft<N extends RelaxedNode, L extends RelaxedLink<N>>(
  columns: Placed<N, L>[][],
  alpha: number,
  beta: number,
  py: number,
  y0: number,
  y1: number,
) {
  for (let c = columns.length - 2; c >= 0; --c) {
    const column = columns[c]!;
    for (let i = 0; i < column.length; i++) {
      const source = column[i]!;
      let y = 0;
      let w = 0;
      const out = source.out;
      for (let k = 0; k < out.length; k++) {
        const entry = out[k]!;
        const v = entry.link.value * (entry.target.layer - source.layer);
        y += sourceTop(source, entry.target, py) * v;
        w += v;
      }
      if (!(w > 0)) continue;
      const dy = (y / w - source.y0) * alpha;
      source.y0 += dy;
      source.y1 += dy;
      reorderNodeLinks(source);
    }
    settle(column, beta, py, y0, y1);
  }
}

/** The column in height order (stable, as d3-sankey's: nodes at the same height keep their order), overlaps resolved. */
function settle<N extends RelaxedNode, L extends RelaxedLink<N>>(column: Placed<N, L>[], beta: number, py: number, y0: number, y1: number) {
  column.sort(byHeight);
  resolveCollisions(column, beta, py, y0, y1);
}

function byHeight<N extends RelaxedNode, L extends RelaxedLink<N>>(a: Placed<N, L>, b: Placed<N, L>): number {
  return a.y0 - b.y0;
}

function resolveCollisions<N extends RelaxedNode, L extends RelaxedLink<N>>(
  column: Placed<N, L>[],
  alpha: number,
  py: number,
  y0: number,
  y1: number,
) {
  const i = column.length >> 1;
  const subject = column[i]!;
  resolveBottomToTop(column, subject.y0 - py, i - 1, alpha, py);
  resolveTopToBottom(column, subject.y1 + py, i + 1, alpha, py);
  resolveBottomToTop(column, y1, column.length - 1, alpha, py);
  resolveTopToBottom(column, y0, 0, alpha, py);
}

/** Pushes any overlapping nodes down. */
function resolveTopToBottom<N extends RelaxedNode, L extends RelaxedLink<N>>(
  column: Placed<N, L>[],
  y: number,
  i: number,
  alpha: number,
  py: number,
) {
  for (; i < column.length; ++i) {
    const p = column[i]!;
    const dy = (y - p.y0) * alpha;
    if (dy > 1e-6) {
      p.y0 += dy;
      p.y1 += dy;
    }
    y = p.y1 + py;
  }
}

/** Pushes any overlapping nodes up. */
function resolveBottomToTop<N extends RelaxedNode, L extends RelaxedLink<N>>(
  column: Placed<N, L>[],
  y: number,
  i: number,
  alpha: number,
  py: number,
) {
  for (; i >= 0; --i) {
    const p = column[i]!;
    const dy = (p.y1 - y) * alpha;
    if (dy > 1e-6) {
      p.y0 -= dy;
      p.y1 -= dy;
    }
    y = p.y0 - py;
  }
}

/** A moved node's neighbours re-sort their links to it (d3-sankey's reorderNodeLinks). */
function reorderNodeLinks<N extends RelaxedNode, L extends RelaxedLink<N>>(p: Placed<N, L>) {
  for (let k = 0; k < p.into.length; k++) sortIfNeeded(p.into[k]!.source.out, byTarget);
  for (let k = 0; k < p.out.length; k++) sortIfNeeded(p.out[k]!.target.into, bySource);
}

type Compare<N extends RelaxedNode, L extends RelaxedLink<N>> = (a: Entry<N, L>, b: Entry<N, L>) => number;

// d3-sankey's ascendingTargetBreadth and ascendingSourceBreadth: by height, then input order.
function byTarget<N extends RelaxedNode, L extends RelaxedLink<N>>(a: Entry<N, L>, b: Entry<N, L>): number {
  return a.target.y0 - b.target.y0 || a.index - b.index;
}
function bySource<N extends RelaxedNode, L extends RelaxedLink<N>>(a: Entry<N, L>, b: Entry<N, L>): number {
  return a.source.y0 - b.source.y0 || a.index - b.index;
}

/**
 * `list.sort(compare)`, skipped when every neighbour is already in order: the sort would find one
 * ascending run and leave the list as it is (the comparison is antisymmetric: by height, then index).
 */
function sortIfNeeded<N extends RelaxedNode, L extends RelaxedLink<N>>(list: Entry<N, L>[], compare: Compare<N, L>) {
  for (let k = 1; k < list.length; k++) {
    if (compare(list[k]!, list[k - 1]!) < 0) {
      list.sort(compare);
      return;
    }
  }
}

/** The target.y0 that would make the link from source to target straight. */
function targetTop<N extends RelaxedNode, L extends RelaxedLink<N>>(source: Placed<N, L>, target: Placed<N, L>, py: number): number {
  const out = source.out;
  const into = target.into;
  let y = source.y0 - ((out.length - 1) * py) / 2;
  for (let k = 0; k < out.length; k++) {
    const entry = out[k]!;
    if (entry.target === target) break;
    y += entry.link.width + py;
  }
  for (let k = 0; k < into.length; k++) {
    const entry = into[k]!;
    if (entry.source === source) break;
    y -= entry.link.width;
  }
  return y;
}

/** The source.y0 that would make the link from source to target straight. */
function sourceTop<N extends RelaxedNode, L extends RelaxedLink<N>>(source: Placed<N, L>, target: Placed<N, L>, py: number): number {
  const out = source.out;
  const into = target.into;
  let y = target.y0 - ((into.length - 1) * py) / 2;
  for (let k = 0; k < into.length; k++) {
    const entry = into[k]!;
    if (entry.source === source) break;
    y += entry.link.width + py;
  }
  for (let k = 0; k < out.length; k++) {
    const entry = out[k]!;
    if (entry.target === target) break;
    y -= entry.link.width;
  }
  return y;
}
