import type { LabelLines } from './labelText';
import type { NodeBox } from './sankeyLayout';

// Where a label or number may go beside its box: the spots placeLabels (labels.ts) tries, by their
// edges, and the one it takes.

/** Room between a box and its label or number; and more where a leader line joins them, so the line shows. */
export const LABEL_GAP = 4;
export const LEADER_RUN = 8;
/** The number tag's height. */
export const TAG_HEIGHT = 14;
/** How far a number on a box's top or bottom edge reaches over the box. */
export const CAP_OVERLAP = 2;

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export type Side = 'left' | 'right';

/**
 * Whether a block with these edges may be drawn: inside the chart, over nothing placed, no other box.
 * `nameHeight`: of a label's block, how tall its name is (its top lines).
 */
export type Free = (x0: number, x1: number, y0: number, y1: number, nameHeight?: number) => boolean;

export interface Spot {
  side: Side;
  /** Where the text or tag is anchored (its inner edge) and its vertical centre. */
  x: number;
  cy: number;
  cx: number;
  rect: Rect;
}

/** Offsets up and down from the box's centre, nearest first, in steps of half a line: near the box, or as far as `reach`. */
export function shifts(node: NodeBox, lineHeight: number, reach?: number): number[] {
  const max = reach ?? (node.y1 - node.y0) / 2 + lineHeight * 3;
  const out = [0];
  for (let d = lineHeight / 2; d <= max; d += lineHeight / 2) out.push(-d, d);
  return out;
}

export function findTextSpot(
  node: NodeBox,
  variants: LabelLines[],
  sides: Side[],
  free: Free,
  measure: (text: string) => number,
  lineHeight: number,
  height: number,
  offsets: number[],
  measureName: (text: string) => number = measure,
  /** Of the free spots, the first that is also this; else the first free one. */
  prefer?: Free,
): { lines: LabelLines; spot: Spot } | undefined {
  let fallback: { lines: LabelLines; spot: Spot } | undefined;
  for (const lines of variants) {
    // Measured once per wording, not once per spot tried (a node may try hundreds during a drag step).
    const block = blockOf(lines, measure, lineHeight, measureName);
    const { w, h } = block;
    for (const side of sides)
      for (const dy of offsets) {
        // Tried by its edges; the spot itself is made only for the one taken.
        const cy = spotCentre(node, dy, h, height);
        const x = spotAnchor(node, side, cy, h, lineHeight);
        const x0 = side === 'left' ? x - w : x;
        if (!free(x0, x0 + w, cy - h / 2, cy + h / 2, lines.name.length * lineHeight)) continue;
        const found = { lines, spot: textSpot(node, side, dy, block, lineHeight, height) };
        if (!prefer || prefer(x0, x0 + w, cy - h / 2, cy + h / 2)) return found;
        fallback ??= found;
      }
  }
  return fallback;
}

/** A label block's width (its longest line: names by `measureName`, drawn bold) and height. */
export function blockOf(
  lines: LabelLines,
  measure: (text: string) => number,
  lineHeight: number,
  measureName: (text: string) => number = measure,
): { w: number; h: number } {
  let w = -Infinity;
  for (const line of lines.name) w = Math.max(w, measureName(line));
  for (const line of lines.amount) w = Math.max(w, measure(line));
  return { w, h: (lines.name.length + lines.amount.length) * lineHeight };
}

/** The vertical centre of a block `h` tall moved `dy` from its box's centre, within the chart. */
function spotCentre(node: NodeBox, dy: number, h: number, height: number): number {
  return clamp((node.y0 + node.y1) / 2 + dy, h / 2, height - h / 2);
}

/** Where a block centred at `cy` is anchored beside its box: its inner edge. */
function spotAnchor(node: NodeBox, side: Side, cy: number, h: number, lineHeight: number): number {
  // A block clear above or below the box shows its leader's rise, so it needs no run sideways (in a narrow gap
  // between columns that run can be all that keeps a long name from fitting).
  const clear = cy + h / 2 <= node.y0 - LEADER_RUN || cy - h / 2 >= node.y1 + LEADER_RUN;
  const gap = LABEL_GAP + (movedOff(node, cy, lineHeight) && !clear ? LEADER_RUN : 0);
  return side === 'left' ? node.x0 - gap : node.x1 + gap;
}

export function textSpot(
  node: NodeBox,
  side: Side,
  dy: number,
  { w, h }: { w: number; h: number },
  lineHeight: number,
  height: number,
): Spot {
  const cy = spotCentre(node, dy, h, height);
  const x = spotAnchor(node, side, cy, h, lineHeight);
  const x0 = side === 'left' ? x - w : x;
  return { side, x, cy, cx: x0 + w / 2, rect: { x0, x1: x0 + w, y0: cy - h / 2, y1: cy + h / 2 } };
}

/**
 * What a label's lines keep others off at a spot, a rect per line: each as wide as its own text,
 * from the anchor, and LABEL_GAP more at either end, so that a label or number beside a line never
 * runs on from it as if one text. Under a long name over a short amount the rest of the block is
 * empty, and a later label may use it (at 1,280 px a box's label otherwise gave way to a number there).
 */
export function lineRects(
  lines: LabelLines,
  { side, x, rect }: Spot,
  measure: (text: string) => number,
  lineHeight: number,
  measureName: (text: string) => number,
): Rect[] {
  return [...lines.name.map(measureName), ...lines.amount.map(measure)].map((w, i) => {
    const x0 = side === 'left' ? x - w : x;
    return { x0: x0 - LABEL_GAP, x1: x0 + w + LABEL_GAP, y0: rect.y0 + i * lineHeight, y1: rect.y0 + (i + 1) * lineHeight };
  });
}

/**
 * A free spot for a number: beside the box (at its height), else on the box itself (its own, so it
 * may cover it), else on its top or bottom edge, else moved up or down beside it with a leader line,
 * near then far (see the order at the end).
 */
export function findTagSpot(
  node: NodeBox,
  sides: Side[],
  w: number,
  free: Free,
  lineHeight: number,
  height: number,
  width: number,
  /** Beside the box, of the free spots, the first that is also the first of these, else the second…; else the first free one. */
  prefer: Free[] = [],
): Spot {
  const at = (side: Side, dy: number, onBox = false): Spot => {
    const cy = clamp((node.y0 + node.y1) / 2 + dy, TAG_HEIGHT / 2, height - TAG_HEIGHT / 2);
    const gap = LABEL_GAP + (movedOff(node, cy, lineHeight) ? LEADER_RUN : 0) + w / 2;
    // On a box at the chart's edge, a tag wider than the box is kept inside the chart.
    const cx = onBox ? clamp((node.x0 + node.x1) / 2, w / 2, width - w / 2) : side === 'left' ? node.x0 - gap : node.x1 + gap;
    const rect = { x0: cx - w / 2, x1: cx + w / 2, y0: cy - TAG_HEIGHT / 2, y1: cy + TAG_HEIGHT / 2 };
    return { side, x: side === 'left' ? rect.x1 : rect.x0, cy, cx, rect };
  };
  const half = (node.y1 - node.y0) / 2;
  const near = shifts(node, lineHeight);
  const onBox = near.filter((dy) => Math.abs(dy) <= half).map((dy) => at('right', dy, true));
  // Centred on the box's top or bottom edge, over it by CAP_OVERLAP: a number there is plainly its
  // box's, with no leader, where one moved up or down beside the box needs a leader line (on a thin
  // box among crowded labels, such a line ran 110 px past other names, to a number that read as theirs).
  const capAt = half + TAG_HEIGHT / 2 - CAP_OVERLAP;
  const caps = [at('right', -capAt, true), at('right', capAt, true)];
  const freeAt = ({ rect }: Spot) => free(rect.x0, rect.x1, rect.y0, rect.y1);
  const attached = near.filter((dy) => Math.abs(dy) <= half + lineHeight / 2);
  const detached = near.filter((dy) => Math.abs(dy) > half + lineHeight / 2);
  const firstBeside = (offsets: number[]) => {
    let best: Spot | undefined;
    let bestTier = Infinity;
    for (const side of sides)
      for (const dy of offsets) {
        const spot = at(side, dy);
        if (!freeAt(spot)) continue;
        const { x0, x1, y0, y1 } = spot.rect;
        let tier = 0;
        while (tier < prefer.length && tier < bestTier && !prefer[tier]!(x0, x1, y0, y1)) tier++;
        if (tier === 0) return spot;
        if (tier < bestTier) [best, bestTier] = [spot, tier];
      }
    return best;
  };
  // Beside the box, else on it, else on its top or bottom edge, else up or down with a leader line,
  // near then far: tried in that order, each made only when the ones before it are taken (the far
  // ones run the chart's height, twice).
  return (
    firstBeside(attached) ??
    onBox.find(freeAt) ??
    caps.find(freeAt) ??
    firstBeside(detached) ??
    firstBeside(shifts(node, lineHeight, height)) ??
    onBox[0]!
  );
}

/** Whether a label centred at `cy` is off its box's height, so a leader line must join them. */
export function movedOff(node: NodeBox, cy: number, lineHeight: number): boolean {
  return Math.abs(cy - clamp(cy, node.y0, node.y1)) > lineHeight / 2;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
