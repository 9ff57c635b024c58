import { estimateTextWidth, labelVariants, type LabelLines, type LabelText } from './labelText';
import type { NodeBox } from './sankeyLayout';
import { px, type Px } from './units';

// Where the export and the chart's text measuring have always found it.
export { estimateTextWidth };

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

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
}

export interface LabelOptions {
  width: number;
  height: number;
  /** Height of one line of label text. */
  lineHeight: number;
  /** Rendered width of one line of label text (with room for its halo). */
  measure: (text: string) => number;
  /** Entities labelled before all others (the story's focus); their label always names them. */
  first?: ReadonlySet<number>;
  /** Entities labelled next, before the biggest (what the view is about, e.g. money coming back in the net view). */
  next?: ReadonlySet<number>;
}

/** Room between a box and its label or number; and more where a leader line joins them, so the line shows. */
export const LABEL_GAP = 4;
const LEADER_RUN = 8;
/** The number tag: its font size, height, and width for a number. */
export const TAG_FONT = 10;
export const TAG_HEIGHT = 14;
export const tagWidth = (number: number) => estimateTextWidth(String(number), TAG_FONT) + 8;
/** Past this many nodes only a label that fits beside its box is drawn (tooltips name the rest): a key of hundreds helps no one. */
const MANY_NODES = 150;

/**
 * Every node with money named: by a label beside its box, in the fullest wording that fits
 * (full name, short name, wrapped), moved up or down with a leader line if need be, on either side;
 * else by a number beside or on its box that the key under the chart explains. Placed focus first,
 * then `next`, then biggest first. A label or number never overlaps another, nor a box other than its own, nor
 * leaves the chart; the focus is always named in words.
 */
export function placeLabels(nodes: NodeBox[], text: (node: NodeBox) => LabelText, options: LabelOptions): LabelPlacement[] {
  const { width, height, lineHeight, measure, first = new Set<number>(), next = new Set<number>() } = options;
  const lastColumn = Math.max(0, ...nodes.map((n) => n.column));
  const drawn = nodes.filter((n) => n.value > 0);
  const boxes = drawn.map((n) => ({ key: n.key, x0: n.x0 - 1, x1: n.x1 + 1, y0: n.y0 - 1, y1: n.y1 + 1 }));
  const occupied: Rect[] = [];
  const isFree = (rect: Rect, own: string) =>
    rect.x0 >= 0 &&
    rect.x1 <= width &&
    rect.y0 >= 0 &&
    rect.y1 <= height &&
    !occupied.some((r) => overlaps(r, rect)) &&
    !boxes.some((b) => b.key !== own && overlaps(b, rect));
  // The same as isFree for one node's many candidate spots: what stands in each column of x is found once.
  const freeBeside = (own: string) => {
    const near = new Map<string, Rect[]>();
    return (rect: Rect) => {
      if (rect.x0 < 0 || rect.x1 > width || rect.y0 < 0 || rect.y1 > height) return false;
      const id = `${rect.x0} ${rect.x1}`;
      let inColumn = near.get(id);
      if (!inColumn) {
        inColumn = [...occupied, ...boxes.filter((b) => b.key !== own)].filter((r) => r.x0 < rect.x1 && rect.x0 < r.x1);
        near.set(id, inColumn);
      }
      return !inColumn.some((r) => r.y0 < rect.y1 && rect.y0 < r.y1);
    };
  };
  const many = nodes.length > MANY_NODES;
  const tagW = tagWidth(drawn.length);
  const rank = (n: NodeBox) => (first.has(n.entity) ? 0 : next.has(n.entity) ? 1 : 2);
  const byValue = [...drawn].sort((a, b) => rank(a) - rank(b) || b.value - a.value || a.key.localeCompare(b.key));
  const result = new Map<string, LabelPlacement>();
  for (const node of byValue) {
    const sides: Side[] = node.column === lastColumn && lastColumn > 0 ? ['left', 'right'] : ['right', 'left'];
    const centre = (node.y0 + node.y1) / 2;
    if (many) {
      // The preferred spot only; a spot another label of the column already covers is not worth measuring.
      const x = sides[0] === 'left' ? node.x0 - LABEL_GAP : node.x1 + LABEL_GAP;
      const y = clamp(centre, lineHeight, height - lineHeight);
      const rows = { x0: x, x1: x, y0: y - lineHeight, y1: y + lineHeight };
      if (occupied.some((r) => r.y0 < rows.y1 && rows.y0 < r.y1 && r.x0 <= x + LEADER_RUN && x - LEADER_RUN <= r.x1)) continue;
      const lines = labelVariants(text(node), measure)[0]!;
      const spot = textSpot(node, sides[0]!, 0, blockOf(lines, measure, lineHeight), lineHeight, height);
      if (!isFree(spot.rect, node.key)) continue;
      occupied.push(spot.rect);
      result.set(node.key, placement(node, lines, spot, lineHeight));
      continue;
    }
    const label = text(node);
    const free = freeBeside(node.key);
    const variants = labelVariants(label, measure);
    const focus = first.has(node.entity);
    // The focus may move further, and drop its amount, rather than be named by a number.
    const found =
      findTextSpot(node, variants, sides, free, measure, lineHeight, height, shifts(node, lineHeight)) ??
      (focus
        ? findTextSpot(
            node,
            [...variants, ...nameOnly(variants)],
            sides,
            free,
            measure,
            lineHeight,
            height,
            shifts(node, lineHeight, height),
          )
        : undefined);
    if (found) {
      occupied.push(found.spot.rect);
      result.set(node.key, placement(node, found.lines, found.spot, lineHeight));
      continue;
    }
    const full = { name: [label.name], amount: [label.amount] };
    if (focus) {
      // No free room anywhere: the focus is still named, where its label would go.
      const spot = textSpot(node, sides[0]!, 0, blockOf(full, measure, lineHeight), lineHeight, height);
      occupied.push(spot.rect);
      result.set(node.key, placement(node, full, spot, lineHeight));
      continue;
    }
    const tag = findTagSpot(node, sides, tagW, free, lineHeight, height);
    occupied.push(tag.rect);
    result.set(node.key, { ...placement(node, full, tag, lineHeight), visible: false, tag: { number: 0, x: px(tag.cx), y: px(tag.cy) } });
  }
  numberTags(nodes, result);
  return nodes.map((n) => result.get(n.key) ?? hidden(n));
}

type Side = 'left' | 'right';

/** The wordings without their amounts, shortest name first: the last resort of a label that must name its node. */
function nameOnly(variants: LabelLines[]): LabelLines[] {
  return variants.map((v) => ({ name: v.name, amount: [] })).reverse();
}

interface Spot {
  side: Side;
  /** Where the text or tag is anchored (its inner edge) and its vertical centre. */
  x: number;
  cy: number;
  cx: number;
  rect: Rect;
}

/** Offsets up and down from the box's centre, nearest first, in steps of half a line: near the box, or as far as `reach`. */
function shifts(node: NodeBox, lineHeight: number, reach?: number): number[] {
  const max = reach ?? (node.y1 - node.y0) / 2 + lineHeight * 3;
  const out = [0];
  for (let d = lineHeight / 2; d <= max; d += lineHeight / 2) out.push(-d, d);
  return out;
}

function findTextSpot(
  node: NodeBox,
  variants: LabelLines[],
  sides: Side[],
  free: (rect: Rect) => boolean,
  measure: (text: string) => number,
  lineHeight: number,
  height: number,
  offsets: number[],
): { lines: LabelLines; spot: Spot } | undefined {
  for (const lines of variants) {
    // Measured once per wording, not once per spot tried (a node may try hundreds during a drag step).
    const block = blockOf(lines, measure, lineHeight);
    for (const side of sides)
      for (const dy of offsets) {
        const spot = textSpot(node, side, dy, block, lineHeight, height);
        if (free(spot.rect)) return { lines, spot };
      }
  }
  return undefined;
}

/** A label block's width (its longest line) and height. */
function blockOf(lines: LabelLines, measure: (text: string) => number, lineHeight: number): { w: number; h: number } {
  return { w: Math.max(...[...lines.name, ...lines.amount].map(measure)), h: (lines.name.length + lines.amount.length) * lineHeight };
}

function textSpot(node: NodeBox, side: Side, dy: number, { w, h }: { w: number; h: number }, lineHeight: number, height: number): Spot {
  const cy = clamp((node.y0 + node.y1) / 2 + dy, h / 2, height - h / 2);
  // A block clear above or below the box shows its leader's rise, so it needs no run sideways (in a narrow gap
  // between columns that run can be all that keeps a long name from fitting).
  const clear = cy + h / 2 <= node.y0 - LEADER_RUN || cy - h / 2 >= node.y1 + LEADER_RUN;
  const gap = LABEL_GAP + (movedOff(node, cy, lineHeight) && !clear ? LEADER_RUN : 0);
  const x = side === 'left' ? node.x0 - gap : node.x1 + gap;
  const x0 = side === 'left' ? x - w : x;
  return { side, x, cy, cx: x0 + w / 2, rect: { x0, x1: x0 + w, y0: cy - h / 2, y1: cy + h / 2 } };
}

/** A free spot for a number beside the box; else on the box itself (its own, so it may cover it). */
function findTagSpot(node: NodeBox, sides: Side[], w: number, free: (rect: Rect) => boolean, lineHeight: number, height: number): Spot {
  const at = (side: Side, dy: number, onBox = false): Spot => {
    const cy = clamp((node.y0 + node.y1) / 2 + dy, TAG_HEIGHT / 2, height - TAG_HEIGHT / 2);
    const gap = LABEL_GAP + (movedOff(node, cy, lineHeight) ? LEADER_RUN : 0) + w / 2;
    const cx = onBox ? (node.x0 + node.x1) / 2 : side === 'left' ? node.x0 - gap : node.x1 + gap;
    const rect = { x0: cx - w / 2, x1: cx + w / 2, y0: cy - TAG_HEIGHT / 2, y1: cy + TAG_HEIGHT / 2 };
    return { side, x: side === 'left' ? rect.x1 : rect.x0, cy, cx, rect };
  };
  const half = (node.y1 - node.y0) / 2;
  const near = shifts(node, lineHeight);
  const onBox = near.filter((dy) => Math.abs(dy) <= half).map((dy) => at('right', dy, true));
  const firstBeside = (offsets: number[]) => {
    for (const side of sides)
      for (const dy of offsets) {
        const spot = at(side, dy);
        if (free(spot.rect)) return spot;
      }
    return undefined;
  };
  // Beside the box, else on it, else further up or down with a leader line: tried in that order, each
  // made only when the ones before it are taken (the far ones run the chart's height, twice).
  return firstBeside(near) ?? onBox.find((spot) => free(spot.rect)) ?? firstBeside(shifts(node, lineHeight, height)) ?? onBox[0]!;
}

function placement(node: NodeBox, lines: LabelLines, spot: Spot, lineHeight: number): LabelPlacement {
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
  };
}

/** Whether a label centred at `cy` is off its box's height, so a leader line must join them. */
function movedOff(node: NodeBox, cy: number, lineHeight: number): boolean {
  return Math.abs(cy - clamp(cy, node.y0, node.y1)) > lineHeight / 2;
}

function hidden(node: NodeBox): LabelPlacement {
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
function numberTags(nodes: NodeBox[], placements: Map<string, LabelPlacement>) {
  const tagged = nodes.filter((n) => placements.get(n.key)?.tag).sort((a, b) => a.column - b.column || a.y0 - b.y0);
  tagged.forEach((node, i) => (placements.get(node.key)!.tag!.number = i + 1));
}

/** The baseline of line `i` of a label block of `count` lines centred at `y`. */
export function lineBaseline(y: number, i: number, count: number, lineHeight: number): number {
  return y + (i - (count - 1) / 2) * lineHeight + lineHeight * 0.3;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
