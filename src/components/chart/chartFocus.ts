import type { LinkShape, NodeBox } from '../../layout/sankeyLayout';
import type { NodeStep } from '../../layout/bulkNodes';
import type { Rect } from '../../layout/tooltipPlacement';

// The chart's keyboard: one tab stop for the boxes and one for the links (a roving tabindex), the
// arrow keys between them (see chartSteps), Alt+↑/↓ to move a box.

export const STEPS: Record<string, NodeStep> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

/** Pixels a box moves per Alt+arrow (Shift: four times as far). */
export const KEY_MOVE = 8;

/** The first drawn box: by column, then top to bottom (where ↑ and ↓ lead within a column). */
export function firstNode(nodes: readonly NodeBox[]): string | undefined {
  let first: NodeBox | undefined;
  for (const n of nodes) if (n.value > 0 && (!first || (n.column - first.column || n.y0 - first.y0) < 0)) first = n;
  return first?.key;
}

/** Links in reading order: by where they start, left to right, then top to bottom. */
export function readingOrder(a: LinkShape, b: LinkShape): number {
  return a.route!.x0 - b.route!.x0 || a.route!.y0 - b.route!.y0 || (a.key < b.key ? -1 : 1);
}

/** The first drawn link in reading order. */
export function firstLink(links: readonly LinkShape[]): string | undefined {
  let first: LinkShape | undefined;
  for (const l of links) if (l.route && (!first || readingOrder(l, first) < 0)) first = l;
  return first?.key;
}

/** The chart element (box or link) drawn for `key`. */
export function chartElement(svg: SVGSVGElement | null, kind: 'node' | 'link', key: string): SVGGElement | undefined {
  if (!svg) return undefined;
  return [...svg.querySelectorAll<SVGGElement>(`g.${kind}`)].find((element) => element.getAttribute('data-key') === key);
}

/** The key of the box or link an event happened in. */
export function keyOf(target: EventTarget): string | null {
  return target instanceof Element ? (target.closest('[data-key]')?.getAttribute('data-key') ?? null) : null;
}

/** `rect` grown by `by` on every side. */
export function grow(rect: Rect, by: number): Rect {
  return { left: rect.left - by, top: rect.top - by, right: rect.right + by, bottom: rect.bottom + by };
}
