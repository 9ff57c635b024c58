import { clamp, LABEL_GAP, type Rect, type Spot } from './labelSpots';
import { estimateTextWidth, type LabelLines } from './labelText';
import type { NodeBox } from './sankeyLayout';
import { px, type Px } from './units';

// A label as placed (see placeLabels): its text, leader and number, and where each is drawn.

export interface LabelPlacement {
  key: string;
  /** Where the text starts ('start') or ends ('end'), and the vertical centre of its block. */
  x: Px;
  y: Px;
  anchor: 'start' | 'end';
  /** Named on the chart by its text; false when named by a number (`tag`), or not drawn (a node without money). */
  visible: boolean;
  /** The lines drawn, name (bold) then amount; for a numbered node, the full name and amount its key entry lists. */
  name: string[];
  amount: string[];
  /** A line from the box to a label that had to move off the box's height. */
  leader?: { x1: Px; y1: Px; x2: Px; y2: Px };
  /** A number beside (or on) a box with no room for its name, listed with the name under the chart; centred at x, y. */
  tag?: { number: number; x: Px; y: Px };
  /** What the label or its number covers, as placed (halo included): what later marks keep off. None when not drawn. */
  rect?: Rect;
}

/** The number tag: its font size, and width for a number. */
export const TAG_FONT = 10;
export const tagWidth = (number: number) => estimateTextWidth(String(number), TAG_FONT) + 8;

/** A label at a spot found for it: its leader from the box when the spot is off the box's height. */
export function placement(node: NodeBox, lines: LabelLines, spot: Spot, lineHeight: number): LabelPlacement {
  const edge = spot.side === 'left' ? node.x0 : node.x1;
  const near = clamp(spot.cy, node.y0, node.y1);
  const leader = Math.abs(spot.cy - near) > lineHeight / 2 ? { x1: px(edge), y1: px(near), x2: px(spot.x), y2: px(spot.cy) } : undefined;
  return {
    key: node.key,
    x: px(spot.x),
    y: px(spot.cy),
    anchor: spot.side === 'left' ? 'end' : 'start',
    visible: true,
    ...lines,
    ...(leader && { leader }),
    rect: spot.rect,
  };
}

/** A node not named on the chart (no money, or no room on a graph of hundreds of boxes). */
export function hidden(node: NodeBox): LabelPlacement {
  return {
    key: node.key,
    x: px(node.x1 + LABEL_GAP),
    y: px((node.y0 + node.y1) / 2),
    anchor: 'start',
    visible: false,
    name: [],
    amount: [],
  };
}

/** Numbers in reading order: column by column, top to bottom. */
export function numberTags(nodes: NodeBox[], placements: Map<string, LabelPlacement>) {
  const tagged = nodes.filter((n) => placements.get(n.key)?.tag).sort((a, b) => a.column - b.column || a.y0 - b.y0);
  tagged.forEach((node, i) => {
    const { tag, leader } = placements.get(node.key)!;
    tag!.number = i + 1;
    // A leader reaches the number as drawn: its spot was sized for the widest number.
    if (leader) leader.x2 = px(tag!.x + (leader.x2 < tag!.x ? -1 : 1) * (tagWidth(i + 1) / 2));
  });
}

/** The baseline of line `i` of a label block of `count` lines centred at `y`. */
export function lineBaseline(y: number, i: number, count: number, lineHeight: number): number {
  return y + (i - (count - 1) / 2) * lineHeight + lineHeight * 0.3;
}
