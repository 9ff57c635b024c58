// Boxes dragged up or down (by pointer or keyboard) within their columns: a dragged box goes where
// it is taken, the others in its column make way, and nothing leaves the column or overlaps.
// Not in the page's first script: loaded as a pointer comes over the chart, or with the first move of
// a box (see provideDragNodes in sankeyLayout.ts).
import type { SLink, SNode } from './backLinkRoutes';

export interface ColumnBox {
  /** Where the layout put it. */
  y0: number;
  y1: number;
  /** How far the reader has dragged it (0: not dragged). */
  offset: number;
}

/** Least room kept between a dragged box and its neighbours: they may come closer than the layout's padding, never touch. */
export const DRAG_GAP = 4;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * The new top of each box in one column (in input order). Each dragged box goes to its place plus
 * its offset; boxes not dragged are pushed out of its way, keeping `gap` between boxes (less if the
 * layout left less); at the column's ends the push stops and so does the dragged box. A box dragged
 * past the middle of another swaps places with it, so a column can be reordered by dragging.
 */
export function settleColumn(boxes: readonly ColumnBox[], top: number, bottom: number, gap: number): number[] {
  if (boxes.every((b) => !b.offset)) return boxes.map((b) => b.y0);
  const heights = boxes.map((b) => Math.max(0, b.y1 - b.y0));
  // Never more gap than the layout left, so everything that fitted still fits.
  const byTop = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.y0 - boxes[b]!.y0);
  const spare = bottom - top - heights.reduce((sum, h) => sum + h, 0);
  let room = boxes.length > 1 ? spare / (boxes.length - 1) : gap;
  for (let k = 1; k < byTop.length; k++) room = Math.min(room, boxes[byTop[k]!]!.y0 - boxes[byTop[k - 1]!]!.y1);
  const pad = Math.max(0, Math.min(gap, room));

  const wanted = boxes.map((b, i) => clamp(b.y0 + b.offset, top, Math.max(top, bottom - heights[i]!)));
  // Ordered by where the reader took them, before the ends stop them: a box dragged against the top
  // still passes the middle of the box at the top.
  const centre = (i: number) => boxes[i]!.y0 + boxes[i]!.offset + heights[i]! / 2;
  const order = boxes.map((_, i) => i).sort((a, b) => centre(a) - centre(b) || boxes[a]!.y0 - boxes[b]!.y0 || a - b);
  const h = order.map((i) => heights[i]!);
  const moved = order.map((i) => Boolean(boxes[i]!.offset));
  const y = order.map((i) => wanted[i]!);
  const n = y.length;
  // Boxes not dragged make way: pushed up by what is below them, then down by what is above.
  for (let k = n - 2; k >= 0; k--) if (!moved[k]) y[k] = Math.min(y[k]!, y[k + 1]! - pad - h[k]!);
  for (let k = 1; k < n; k++) if (!moved[k]) y[k] = Math.max(y[k]!, y[k - 1]! + h[k - 1]! + pad);
  // The column's ends stop everything, dragged boxes too (and settle dragged boxes that met).
  for (let k = 0; k < n; k++) y[k] = Math.max(y[k]!, k ? y[k - 1]! + h[k - 1]! + pad : top);
  for (let k = n - 1; k >= 0; k--) y[k] = Math.min(y[k]!, k < n - 1 ? y[k + 1]! - pad - h[k]! : bottom - h[k]!);

  const result = new Array<number>(n);
  order.forEach((i, k) => (result[i] = y[k]!));
  return result;
}

export interface PlacedNode {
  key: string;
  /** Nodes with the same x0 share a column. */
  x0?: number | undefined;
  y0?: number | undefined;
  y1?: number | undefined;
}

/**
 * How far each node moves (by key; nodes that stay are left out) once the reader's `offsets` are
 * applied column by column between `top` and `bottom` (see `settleColumn`).
 */
export function dragShifts(
  nodes: readonly PlacedNode[],
  offsets: Readonly<Record<string, number>>,
  top: number,
  bottom: number,
  gap: number,
): Map<string, number> {
  const columns = new Map<number, PlacedNode[]>();
  for (const node of nodes) {
    const column = columns.get(node.x0 ?? 0) ?? [];
    column.push(node);
    columns.set(node.x0 ?? 0, column);
  }
  const shifts = new Map<string, number>();
  for (const column of columns.values()) {
    // Keys are dataset ids: an entity called "__proto__" must not read Object.prototype.
    const boxes = column.map((n) => ({
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
      offset: (Object.hasOwn(offsets, n.key) ? offsets[n.key] : 0) || 0,
    }));
    settleColumn(boxes, top, bottom, gap).forEach((y0, i) => {
      const dy = y0 - boxes[i]!.y0;
      if (dy !== 0) shifts.set(column[i]!.key, dy);
    });
  }
  return shifts;
}

/** Moves dragged nodes (and slots, which make way like boxes) within their columns; their links follow. */
export function applyOffsets(nodes: SNode[], links: SLink[], offsets: Readonly<Record<string, number>>, maxY: number, padding: number) {
  const shift = dragShifts(nodes, offsets, 0, maxY, Math.min(padding, DRAG_GAP));
  // Every box back in its place: thousands of links need not be visited.
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
