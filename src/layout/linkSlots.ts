// Layered graph drawing's dummy nodes: a link that crosses a column gets a slot in it, a node the
// size of the link that the layout places like any other, so the link passes between boxes there
// instead of through them. Slots are never drawn: the link is reassembled from its pieces.
import type { FlowGraph, GraphLink, GraphNode } from './graph';

/** Which columns a back link needs slots in: right of its source up to the last, left of its target from the first. */
export interface AroundSides {
  right: boolean;
  left: boolean;
}

/** A link laid out in pieces through slots: the indices of its slots among the split graph's nodes, in order of travel. */
export interface SlottedLink {
  link: GraphLink;
  /** Slots right of the source (for a forward link: all of them). */
  after: readonly number[];
  /** Slots left of the target (back links only). */
  before: readonly number[];
  /** Index in the split graph's links of the first piece: the pieces follow one another. */
  firstPiece: number;
}

export interface SplitGraph {
  /** The graph's nodes then the slots; its forward links whole (neighbouring columns) or in pieces. */
  nodes: GraphNode[];
  links: GraphLink[];
  /** Each forward link of the graph with money on it, in order, with its slots (none between neighbouring columns). */
  pieces: SlottedLink[];
  /** Back links that go round the outside on at least one side, with their pieces. */
  around: Map<GraphLink, SlottedLink>;
  realCount: number;
}

// A key no entity has: dataset ids are user text, so the slot's own mark (a NUL) keeps them apart.
const SLOT = '\u0000';

export function isSlotKey(key: string): boolean {
  return key.startsWith(SLOT);
}

/** Whether a slot key belongs to a back link (placed at the bottom of its column when the order is held). */
export function isBackSlotKey(key: string): boolean {
  return key.startsWith(`${SLOT}b`);
}

/**
 * No slots: shared by every link between neighbouring columns, as its slots and its route's (most of
 * a large graph's links, on every step: a fresh empty array each was 10,000 per step at 2,000 entities).
 */
export const NO_SLOTS: readonly number[] = Object.freeze([]);

/**
 * Splits every forward link that skips columns at each column it crosses, and each back link going
 * round a side at each column between its end and that side. `columns` are the used columns in order.
 * Linear in links × columns: it runs on every slider step.
 */
export function splitAtColumns(graph: FlowGraph, sides: ReadonlyMap<GraphLink, AroundSides>): SplitGraph {
  const used = [...new Set(graph.nodes.map((n) => n.column))].sort((a, b) => a - b);
  const rank = new Map(used.map((column, i) => [column, i]));
  const nodes = graph.nodes.slice();
  const links: GraphLink[] = [];
  const pieces: SlottedLink[] = [];
  const around = new Map<GraphLink, SlottedLink>();
  const slots = (link: GraphLink, from: number, to: number, kind: string): readonly number[] => {
    if (from >= to) return NO_SLOTS;
    const made: number[] = [];
    for (let k = from; k < to; k++) {
      made.push(nodes.length);
      nodes.push({ key: `${SLOT}${kind}${k}${SLOT}${link.key}`, entity: -1, column: used[k] as number, value: link.value });
    }
    return made;
  };
  const chain = (link: GraphLink, ends: number[]) => {
    for (let i = 1; i < ends.length; i++) links.push({ ...link, source: ends[i - 1] as number, target: ends[i] as number, back: false });
  };
  const last = used.length - 1;
  for (const link of graph.links) {
    if (!(link.value > 0)) continue;
    const from = rank.get(graph.nodes[link.source]!.column)!;
    const to = rank.get(graph.nodes[link.target]!.column)!;
    const firstPiece = links.length;
    if (!link.back) {
      const after = slots(link, from + 1, to, 'f');
      // Between neighbouring columns the link is its own one piece: no copy (10,000 per step at 2,000 entities).
      if (after.length) chain(link, [link.source, ...after, link.target]);
      else links.push(link);
      pieces.push({ link, after, before: NO_SLOTS, firstPiece });
      continue;
    }
    const side = sides.get(link);
    if (!side || (!side.right && !side.left)) continue;
    const after = side.right ? slots(link, from + 1, last + 1, 'br') : NO_SLOTS;
    const before = side.left ? slots(link, 0, to, 'bl') : NO_SLOTS;
    if (after.length) chain(link, [link.source, ...after]);
    if (before.length) chain(link, [...before, link.target]);
    around.set(link, { link, after, before, firstPiece });
  }
  return { nodes, links, pieces, around, realCount: graph.nodes.length };
}
