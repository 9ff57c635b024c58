import type { NodeBox } from './sankeyLayout';
import { px, type Px } from './units';

export interface LabelPlacement {
  key: string;
  x: Px;
  /** Centre of the two-line label block. */
  y: Px;
  anchor: 'start' | 'end';
  visible: boolean;
}

/**
 * Labels beside their nodes (outside edge for the first and last columns), placed focus first, then biggest first;
 * one that would overlap a placed label or leave the diagram is hidden (its node's tooltip still names it).
 */
export function placeLabels(
  nodes: NodeBox[],
  width: number,
  height: number,
  lineHeight: number,
  labelWidth: (key: string) => number,
  /** Entities whose labels are placed before all others (the story's focus). */
  firstEntities: ReadonlySet<number> = new Set(),
): LabelPlacement[] {
  const lastColumn = Math.max(0, ...nodes.map((n) => n.column));
  const blockHeight = lineHeight * 2;
  const placed: { x0: number; x1: number; y0: number; y1: number; column: number; onLeft: boolean }[] = [];
  const first = (n: NodeBox) => (firstEntities.has(n.entity) ? 0 : 1);
  const byValue = [...nodes].sort((a, b) => first(a) - first(b) || b.value - a.value || a.key.localeCompare(b.key));
  const result = new Map<string, LabelPlacement>();
  for (const node of byValue) {
    const onLeft = node.column === lastColumn && lastColumn > 0;
    const x = onLeft ? node.x0 - 4 : node.x1 + 4;
    const y = Math.min(height - blockHeight / 2, Math.max(blockHeight / 2, (node.y0 + node.y1) / 2));
    const y0 = y - blockHeight / 2;
    const y1 = y + blockHeight / 2;
    // Labels on one side of one column start at the same x, so one that meets another's rows
    // overlaps it whatever its width: skip measuring it (most labels of a big graph end here).
    const crowded = node.value <= 0 || placed.some((p) => p.column === node.column && p.onLeft === onLeft && p.y0 < y1 && y0 < p.y1);
    if (crowded) {
      result.set(node.key, { key: node.key, x: px(x), y: px(y), anchor: onLeft ? 'end' : 'start', visible: false });
      continue;
    }
    const w = labelWidth(node.key);
    const box = { x0: onLeft ? x - w : x, x1: onLeft ? x : x + w, y0, y1, column: node.column, onLeft };
    const fits = box.x0 >= 0 && box.x1 <= width;
    const clear = !placed.some((p) => p.x0 < box.x1 && box.x0 < p.x1 && p.y0 < box.y1 && box.y0 < p.y1);
    const visible = fits && clear && node.value > 0;
    if (visible) placed.push(box);
    result.set(node.key, { key: node.key, x: px(x), y: px(y), anchor: onLeft ? 'end' : 'start', visible });
  }
  return nodes.map((n) => result.get(n.key)!);
}

const emCache = new Map<string, number>();

/** Rough rendered width of a text: CJK characters are about square, Latin about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = emCache.get(text);
  // Stryker disable next-line ConditionalExpression: a cache; measuring the text again gives the same width
  if (em === undefined) {
    em = 0;
    for (let i = 0; i < text.length; i++) em += isWide(text.charCodeAt(i)) ? 1 : 0.58;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound; clearing it sooner or later gives the same widths
    if (emCache.size > 5000) emCache.clear();
    emCache.set(text, em);
  }
  return em * fontSize;
}

/** CJK ideographs and punctuation, compatibility ideographs and full-width forms. */
function isWide(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}
