import type { LinkShape, NodeBox } from '../../layout/sankeyLayout';
import { stepNode, type NodeStep } from '../../layout/bulkNodes';
import type { Rect } from '../../layout/tooltipPlacement';

// The chart's keyboard: one tab stop for the boxes and one for the links (a roving tabindex), the
// arrow keys between them, Alt+↑/↓ to move a box.

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

/** The box an arrow key leads to from `key` (the first box when `key` is not drawn). */
export function nextNode(nodes: readonly NodeBox[], key: string | undefined, step: NodeStep): string | undefined {
  return stepNode(nodes, key, step)?.key;
}

/**
 * The link an arrow key leads to: links in reading order (by where they start, left to right, then
 * top to bottom), ↓ and → to the next, ↑ and ← to the previous.
 */
export function nextLink(links: readonly LinkShape[], key: string | undefined, step: NodeStep): string | undefined {
  const drawn = links
    .filter((l) => l.route)
    .sort((a, b) => a.route!.x0 - b.route!.x0 || a.route!.y0 - b.route!.y0 || (a.key < b.key ? -1 : 1));
  if (drawn.length === 0) return undefined;
  const at = drawn.findIndex((l) => l.key === key);
  if (at < 0 || step === 'first') return drawn[0]!.key;
  if (step === 'last') return drawn.at(-1)!.key;
  const next = at + (step === 'down' || step === 'right' ? 1 : -1);
  return drawn[Math.max(0, Math.min(drawn.length - 1, next))]!.key;
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
