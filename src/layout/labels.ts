import {
  blockOf,
  clamp,
  findTagSpot,
  findTextSpot,
  LABEL_GAP,
  LEADER_RUN,
  lineRects,
  movedOff,
  shifts,
  textSpot,
  type Free,
  type Rect,
  type Side,
} from './labelSpots';
import { estimateTextWidth, labelVariants, type LabelLines, type LabelText } from './labelText';
import type { RectStrips, rectStrips } from './rectStrips';
import type { NodeBox } from './sankeyLayout';
import { hidden, numberTags, placement, tagWidth, type LabelPlacement } from './labelPlacement';
import { px } from './units';

// Where the export and the chart's text measuring have always found it.
export { estimateTextWidth };
export { LABEL_GAP, TAG_HEIGHT, type Rect } from './labelSpots';
export { lineBaseline, TAG_FONT, tagWidth, type LabelPlacement } from './labelPlacement';

export interface LabelOptions {
  width: number;
  height: number;
  /** What labels and numbers keep off besides boxes (the rounds view's headers). */
  keepOff?: readonly Rect[] | undefined;
  /**
   * What names keep off but numbers may cross: the lines between the rounds view's rounds (a name
   * across one read as the next round's; a number is its box's by the key, and crowded rounds on a
   * phone had no spot left for some numbers within their round).
   */
  walls?: readonly Rect[] | undefined;
  /** Height of one line of label text. */
  lineHeight: number;
  /** Rendered width of one line of label text (with room for its halo). */
  measure: (text: string) => number;
  /** The same for a line of a name, drawn bold (wider): `measure` when not given. */
  measureName?: (text: string) => number;
  /** Entities labelled before all others (the story's focus); their label always names them. */
  first?: ReadonlySet<number>;
  /** Entities labelled next, before the biggest (what the view is about, e.g. money coming back in the net view). */
  next?: ReadonlySet<number>;
}

/** Within this many pixels right of a box, text that starts there reads as that box's. */
export const READS_AS_ITS = LABEL_GAP + LEADER_RUN + 4;

/** Past this many nodes only a label that fits beside its box is drawn (tooltips name the rest): a key of hundreds helps no one. */
const MANY_NODES = 150;

/**
 * Files rects by strips of x, for a graph of hundreds of boxes: rectStrips once its code is handed
 * over (provideRectStrips, by the code that draws large graphs, which a large dataset's first chart
 * waits for, and by the export); until then a plain list, read whole (the same answers, slower).
 */
export const plainList: typeof rectStrips = <R extends Rect>(): RectStrips<R> => {
  const all: R[] = [];
  return { add: (rect) => all.push(rect), some: (_x0, _x1, test) => all.some(test) };
};
let stripsOf = plainList;

export function provideRectStrips(code: typeof rectStrips): void {
  stripsOf = code;
}

/**
 * Every node with money named: by a label beside its box, in the fullest wording that fits
 * (full name, short name, wrapped), moved up or down with a leader line if need be, on either side
 * (a fuller wording's spot gives way to a shorter one's, or the other side's, whose leader's way is
 * clear where its own would cross a label or box); else by a number beside or on its box that the
 * key under the chart explains. Placed focus first, then `next`, then biggest first. No line of a
 * label (each as wide as its text) and no number overlaps another's, nor a box other than its own,
 * nor leaves the chart or covers what to keep off (the rounds view's headers), nor (moved off its
 * box) stands beside another box of its column; no name stands nearer another box of its column
 * than its own, nor starts just right of another box, unless that box is named beside itself
 * already (see `unambiguous`); the focus is always named in words.
 */
export function placeLabels(nodes: NodeBox[], text: (node: NodeBox) => LabelText, options: LabelOptions): LabelPlacement[] {
  const { width, height, lineHeight, measure, first = new Set<number>(), next = new Set<number>() } = options;
  const measureName = options.measureName ?? measure;
  const lastColumn = Math.max(0, ...nodes.map((n) => n.column));
  const drawn = nodes.filter((n) => n.value > 0);
  const boxes = drawn.map((n) => ({ key: n.key, x0: n.x0 - 1, x1: n.x1 + 1, y0: n.y0 - 1, y1: n.y1 + 1 }));
  const occupied: Rect[] = [...(options.keepOff ?? [])];
  const walls = options.walls ?? [];
  /** The numbers placed (also in `occupied`). */
  const numbers: Rect[] = [];
  // Whether a spot is free (inside the chart, over no label nor box but its own) among one node's many
  // candidate spots: what stands in each column of x is found once. A node tries its spots a column at
  // a time (a wording and side, the leader's run or not), so the columns are few: kept in a list,
  // looked up by their edges (this runs for every node on every step of a drag, where building a key
  // for each spot tried made much of the step's garbage).
  const freeBeside = (own: string, name = true): Free => {
    const columns: { x0: number; x1: number; rects: Rect[] }[] = [];
    return (x0, x1, y0, y1) => {
      if (x0 < 0 || x1 > width || y0 < 0 || y1 > height) return false;
      // Loops, not find and some: their callbacks would be made anew for every spot tried.
      let column: (typeof columns)[number] | undefined;
      for (const c of columns)
        if (c.x0 === x0 && c.x1 === x1) {
          column = c;
          break;
        }
      if (!column) {
        const rects: Rect[] = [];
        // (Two loops, not a spread of both lists: this runs for every node on every step of a drag.)
        for (const r of occupied) if (r.x0 < x1 && x0 < r.x1) rects.push(r);
        if (name) for (const r of walls) if (r.x0 < x1 && x0 < r.x1) rects.push(r);
        for (const b of boxes) if (b.key !== own && b.x0 < x1 && x0 < b.x1) rects.push(b);
        columns.push((column = { x0, x1, rects }));
      }
      for (const r of column.rects) if (r.y0 < y1 && y0 < r.y1) return false;
      return true;
    };
  };
  // The same for a graph of hundreds of boxes, which tries one spot each: what stands where is looked
  // up by strips of x (see rectStrips), and the labels placed are filed there.
  const strips = nodes.length > MANY_NODES ? { boxes: stripsOf<(typeof boxes)[number]>(width), labels: stripsOf<Rect>(width) } : undefined;
  if (strips) {
    // (A wall is filed as a label: a name that would start within LEADER_RUN of one is not tried,
    // though it might have run clear of it; a graph this large names only what fits at once anyway.)
    for (const b of [...occupied, ...walls]) strips.labels.add(b);
    for (const b of boxes) strips.boxes.add(b);
  }
  const isFree = ({ boxes: boxesAt, labels: occupiedAt }: NonNullable<typeof strips>, rect: Rect, own: string) =>
    rect.x0 >= 0 &&
    rect.x1 <= width &&
    rect.y0 >= 0 &&
    rect.y1 <= height &&
    !occupiedAt.some(rect.x0, rect.x1, (r) => overlaps(r, rect)) &&
    !boxesAt.some(rect.x0, rect.x1, (b) => b.key !== own && overlaps(b, rect));
  const result = new Map<string, LabelPlacement>();
  // Spots where a label or number would read as another box's are not taken:
  // - moved off its box, beside another box of its column (at a phone's width a leader line is a
  //   hairline beside the text);
  // - a name nearer another box of its column than its own (a thin box's among crowded labels, whose
  //   number then went far off down a leader line), or starting just right of another box (at 320 px,
  //   Nvidia's retained profit, named from the far right down a leader, started beside AMD's thin box;
  //   a name that starts beside its own box reads as its own, whatever it ends beside): unless that
  //   box has its own name or number beside it already.
  const unambiguous =
    (node: NodeBox, free: Free): Free =>
    (x0, x1, y0, y1, nameHeight) => {
      if (!free(x0, x1, y0, y1)) return false;
      const off = movedOff(node, (y0 + y1) / 2, lineHeight);
      const centre = y0 + (nameHeight ?? 0) / 2;
      const own = distanceTo(node, centre);
      for (const other of drawn) {
        if (other === node) continue;
        const column = other.column === node.column;
        if (off && column && other.y0 < y1 && y0 < other.y1) return false;
        if (nameHeight === undefined) continue;
        // (Geometry first: the lookup is for the few spots it would reject.)
        const reads = column
          ? !off && distanceTo(other, centre) < own
          : other.y0 < y0 + nameHeight && y0 < other.y1 && x0 >= other.x1 && x0 < other.x1 + READS_AS_ITS;
        const named = reads && result.get(other.key);
        if (reads && (!named || named.leader)) return false;
      }
      return true;
    };
  // Where the leader of a label with these edges runs, if it has one (see placement): the strip
  // between its box's edge and the label, from the box to the label's middle.
  const wayOf = (node: NodeBox, x0: number, x1: number, y0: number, y1: number): Rect | undefined => {
    const cy = (y0 + y1) / 2;
    const near = clamp(cy, node.y0, node.y1);
    return movedOff(node, cy, lineHeight)
      ? { x0: Math.min(x1, node.x1), x1: Math.max(x0, node.x0), y0: Math.min(cy, near), y1: Math.max(cy, near) }
      : undefined;
  };
  // A placed leader's way, for later labels to keep off.
  const fileWay = (node: NodeBox, { x0, x1, y0, y1 }: Rect) => {
    const way = wayOf(node, x0, x1, y0, y1);
    if (way) occupied.push(way);
  };
  const tagW = tagWidth(drawn.length);
  const rank = (n: NodeBox) => (first.has(n.entity) ? 0 : next.has(n.entity) ? 1 : 2);
  const byValue = [...drawn].sort((a, b) => rank(a) - rank(b) || b.value - a.value || a.key.localeCompare(b.key));
  for (const node of byValue) {
    const sides: Side[] = node.column === lastColumn && lastColumn > 0 ? ['left', 'right'] : ['right', 'left'];
    const centre = (node.y0 + node.y1) / 2;
    if (strips) {
      // The preferred spot only; a spot another label of the column already covers is not worth measuring.
      const x = sides[0] === 'left' ? node.x0 - LABEL_GAP : node.x1 + LABEL_GAP;
      const y = clamp(centre, lineHeight, height - lineHeight);
      const rows = { x0: x, x1: x, y0: y - lineHeight, y1: y + lineHeight };
      const near = (r: Rect) => r.y0 < rows.y1 && rows.y0 < r.y1 && r.x0 <= x + LEADER_RUN && x - LEADER_RUN <= r.x1;
      if (strips.labels.some(x - LEADER_RUN, x + LEADER_RUN, near)) continue;
      const lines = labelVariants(text(node), measureName)[0]!;
      const spot = textSpot(node, sides[0]!, 0, blockOf(lines, measure, lineHeight, measureName), lineHeight, height);
      if (!isFree(strips, spot.rect, node.key)) continue;
      strips.labels.add(spot.rect);
      result.set(node.key, placement(node, lines, spot, lineHeight));
      continue;
    }
    const label = text(node);
    const focus = first.has(node.entity);
    const free = unambiguous(node, freeBeside(node.key));
    // What a number, and a focus with no room in its round, may use: the same but for the walls (made
    // only when asked: most nodes never need it).
    const unwalled = () => (walls.length ? unambiguous(node, freeBeside(node.key, false)) : free);
    // Where it can, its leader's way clear too, over no other label, number or box: a leader struck
    // through a name made it hard to read, and one across a box read as a link.
    const clear: Free = (x0, x1, y0, y1) => {
      const way = wayOf(node, x0, x1, y0, y1);
      return !way || free(way.x0, way.x1, way.y0, way.y1);
    };
    const variants = labelVariants(label, measureName);
    // The focus may move further, and drop its amount, rather than be named by a number; and, with
    // no spot left within its round, cross a wall (a narrow round had no room for it).
    const focusSpot = (where: Free) =>
      findTextSpot(
        node,
        [...variants, ...nameOnly(variants)],
        sides,
        where,
        measure,
        lineHeight,
        height,
        shifts(node, lineHeight, height),
        measureName,
        clear,
      );
    const found =
      findTextSpot(
        node,
        variants,
        sides,
        // In the rounds view (walls between its rounds), whose narrow rounds hold many thin boxes, a
        // name goes only where its leader runs clear, else it is numbered: kept within its round, a
        // name's leader ran across another box there, and read as a link.
        walls.length && !focus ? (x0, x1, y0, y1, nameHeight) => free(x0, x1, y0, y1, nameHeight) && clear(x0, x1, y0, y1) : free,
        measure,
        lineHeight,
        height,
        shifts(node, lineHeight),
        measureName,
        clear,
      ) ?? (focus ? (focusSpot(free) ?? (walls.length ? focusSpot(unwalled()) : undefined)) : undefined);
    if (found) {
      occupied.push(...lineRects(found.lines, found.spot, measure, lineHeight, measureName));
      fileWay(node, found.spot.rect);
      result.set(node.key, placement(node, found.lines, found.spot, lineHeight));
      continue;
    }
    const full = { name: [label.name], amount: [label.amount] };
    if (focus) {
      // No free room beside its box: its name from the box's far edge, over the box (legible on its
      // halo), where that overlaps nothing else; else (no room anywhere) where its label would go.
      // (Its spots are tried as if the box's far edge were its near one.)
      const far = { ...node, x0: px(node.x1 + LABEL_GAP), x1: px(node.x0 - LABEL_GAP) };
      const over = findTextSpot(far, nameOnly(variants), sides, free, measure, lineHeight, height, shifts(node, lineHeight), measureName);
      const spot = over?.spot ?? textSpot(node, sides[0]!, 0, blockOf(full, measure, lineHeight, measureName), lineHeight, height);
      occupied.push(...lineRects(over?.lines ?? full, spot, measure, lineHeight, measureName));
      // From the far edge, a leader joins the box there, not across it.
      result.set(node.key, placement(over ? far : node, over?.lines ?? full, spot, lineHeight));
      continue;
    }
    // A number moved off its box's height draws a leader too: its way kept clear as a label's, else
    // at least of other numbers and boxes (under a number, it seemed to join two; across a box, it
    // read as a link), crossing only names, whose halos are drawn over it.
    const numbersClear: Free = (x0, x1, y0, y1) => {
      const way = wayOf(node, x0, x1, y0, y1);
      return !way || (!numbers.some((r) => overlaps(r, way)) && !boxes.some((b) => b.key !== node.key && overlaps(b, way)));
    };
    const tag = findTagSpot(node, sides, tagW, unwalled(), lineHeight, height, width, [clear, numbersClear]);
    occupied.push(tag.rect);
    numbers.push(tag.rect);
    fileWay(node, tag.rect);
    result.set(node.key, { ...placement(node, full, tag, lineHeight), visible: false, tag: { number: 0, x: px(tag.cx), y: px(tag.cy) } });
  }
  numberTags(nodes, result);
  return nodes.map((n) => result.get(n.key) ?? hidden(n));
}

/** The wordings without their amounts, shortest name first: the last resort of a label that must name its node. */
function nameOnly(variants: LabelLines[]): LabelLines[] {
  return variants.map((v) => ({ name: v.name, amount: [] })).reverse();
}

/** How far `y` is from a box's height (0 within it). */
function distanceTo(node: NodeBox, y: number): number {
  return Math.max(0, node.y0 - y, y - node.y1);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
