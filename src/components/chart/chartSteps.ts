import type { LinkShape, NodeBox } from '../../layout/sankeyLayout';
import { stepNode, type NodeStep } from '../../layout/bulkNodes';
import { readingOrder } from './chartFocus';

// Where the arrow keys lead: loaded once the chart is drawn, as only a reader at the keyboard needs it.

/** The box an arrow key leads to from `key` (the first box when `key` is not drawn). */
export function nextNode(nodes: readonly NodeBox[], key: string | undefined, step: NodeStep): string | undefined {
  return stepNode(nodes, key, step)?.key;
}

/**
 * The link an arrow key leads to: links in reading order (by where they start, left to right, then
 * top to bottom), ↓ and → to the next, ↑ and ← to the previous.
 */
export function nextLink(links: readonly LinkShape[], key: string | undefined, step: NodeStep): string | undefined {
  const drawn = links.filter((l) => l.route).sort(readingOrder);
  if (drawn.length === 0) return undefined;
  const at = drawn.findIndex((l) => l.key === key);
  if (at < 0 || step === 'first') return drawn[0]!.key;
  if (step === 'last') return drawn.at(-1)!.key;
  const next = at + (step === 'down' || step === 'right' ? 1 : -1);
  return drawn[Math.max(0, Math.min(drawn.length - 1, next))]!.key;
}
