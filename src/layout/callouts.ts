import { estimateTextWidth, type LabelPlacement } from './labels';
import type { Rect } from './labelSpots';
import { wrapBalanced } from './wrapLines';
import type { Geometry, LinkShape, NodeBox } from './sankeyLayout';

/** What a callout points at: an entity's box or a flow's link, by id. */
export type CalloutTarget = { entity: string } | { flow: string };

/** A callout placed on the chart: a box of wrapped lines, and a leader from the box to its anchor. */
export interface Callout {
  /** Index of the note it shows, in the order given. */
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  anchorX: number;
  anchorY: number;
}

export const CALLOUT_FONT = 12;
const LINE = CALLOUT_FONT * 1.3;
const PAD = 6;
const GAP = 14;
const MARGIN = 4;
const MAX_WIDTH = 200;
/** What a pixel of leader beyond the nearest spot weighs against a square pixel covered of another callout; and a label's (a name hidden). */
const DISTANCE_COST = 4;
const LABEL_COST = 4;

/** The id a drawn key stands for: a node or link key is the id itself, or `${id}@${round}` in the rounds view. */
function baseId(key: string): string {
  const at = key.lastIndexOf('@');
  return at > 0 && /^\d+$/.test(key.slice(at + 1)) ? key.slice(0, at) : key;
}

/** Where a callout points: the middle of an entity's first drawn box, or the middle of a flow's first drawn link. */
export function anchorPoint(geometry: Geometry, target: CalloutTarget): { x: number; y: number } | undefined {
  if ('entity' in target) {
    const node = geometry.nodes.find((n) => n.value > 0 && (n.key === target.entity || baseId(n.key) === target.entity));
    return node && { x: (node.x0 + node.x1) / 2, y: (node.y0 + node.y1) / 2 };
  }
  const link = geometry.links.find((l) => l.route && l.width > 0 && (l.key === target.flow || baseId(l.key) === target.flow));
  const route = link?.route;
  if (!route) return undefined;
  return { x: (route.x0 + route.x1) / 2, y: route.back ? route.laneY : (route.y0 + route.y1) / 2 };
}

/** Where the chart's labels and numbers are drawn (as placeLabels placed them), for callouts to keep off them. */
export function labelRects(labels: readonly LabelPlacement[]): Rect[] {
  return labels.flatMap((label) => (label.rect ? [label.rect] : []));
}

/**
 * Callout boxes for notes on a laid-out chart, always inside it: above or below its anchor, centred
 * on it or moved aside, wherever it covers least of the earlier boxes and the labels (`avoid`), and
 * never its own anchor if it can help it; first choice above and centred, pushed in from the edges.
 * A note whose target is not drawn (an empty flow) is left out.
 */
export function placeCallouts(
  geometry: Geometry,
  notes: { target: CalloutTarget; text: string }[],
  avoid: readonly Rect[] = [],
): Callout[] {
  const placed: Callout[] = [];
  const boxWidth = Math.min(MAX_WIDTH, geometry.width - 2 * MARGIN);
  notes.forEach(({ target, text }, index) => {
    const anchor = anchorPoint(geometry, target);
    if (!anchor) return;
    const lines = wrapBalanced(text, boxWidth - 2 * PAD, (line) => estimateTextWidth(line, CALLOUT_FONT));
    const width = Math.min(boxWidth, Math.max(...lines.map((l) => estimateTextWidth(l, CALLOUT_FONT))) + 2 * PAD);
    const height = lines.length * LINE + 2 * PAD;
    const clampX = (x: number) => clamp(x, MARGIN, geometry.width - MARGIN - width);
    const clampY = (y: number) => clamp(y, MARGIN, geometry.height - MARGIN - height);
    // Centred, then as far aside as keeps the anchor under the box's edge, either way; next to the
    // anchor, then anywhere down the chart a line at a time, where a longer leader costs a little.
    const xs = [anchor.x - width / 2, anchor.x - width + PAD, anchor.x - PAD].map(clampX);
    const near = [anchor.y - GAP - height, anchor.y + GAP];
    const ys = [...near, ...Array.from({ length: Math.ceil(geometry.height / LINE) }, (_, k) => k * LINE)];
    const candidates = ys.flatMap((y) => xs.map((x) => ({ x, y: clampY(y), width, height })));
    const reach = (box: (typeof candidates)[number]) =>
      Math.max(0, Math.min(Math.abs(box.y - anchor.y), Math.abs(box.y + box.height - anchor.y)) - GAP) * DISTANCE_COST;
    // A box pushed in from the edge over its own anchor would hide what it points at: worst of all.
    const covers = (box: (typeof candidates)[number]) => anchor.y >= box.y && anchor.y <= box.y + box.height;
    const overlap = (box: (typeof candidates)[number]) =>
      (covers(box) ? geometry.width * geometry.height : 0) +
      placed.reduce((sum, other) => sum + overlapArea(box, other), 0) +
      LABEL_COST * avoid.reduce((sum, r) => sum + overlapArea(box, { x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 }), 0);
    const cost = (box: (typeof candidates)[number]) => overlap(box) + reach(box);
    const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    placed.push({ index, ...best, lines, anchorX: anchor.x, anchorY: anchor.y });
  });
  return placed;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function overlapArea(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * What a highlight keeps at full strength: the boxes of the entities it names and of the ends of the
 * flows it names; the links it names, and those running between two entities it names.
 */
export function highlightedShapes(geometry: Geometry, ids: readonly string[]): { nodes: NodeBox[]; links: LinkShape[] } {
  const wanted = new Set(ids);
  const named = (key: string) => wanted.has(key) || wanted.has(baseId(key));
  const links = geometry.links.filter((l) => l.route && (named(l.key) || (named(l.source) && named(l.target))));
  const ends = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = geometry.nodes.filter((n) => n.value > 0 && (named(n.key) || ends.has(n.key)));
  return { nodes, links };
}
