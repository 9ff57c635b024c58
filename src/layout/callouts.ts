import { estimateTextWidth } from './labels';
import { wrapLines } from './wrapLines';
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

/**
 * Callout boxes for notes on a laid-out chart, always inside it: each above its anchor if there is
 * room and it overlaps no earlier box, else below, else wherever overlaps least (never over its own
 * anchor if it can help it), its x centred on
 * the anchor and pushed in from the edges. A note whose target is not drawn (an empty flow) is left out.
 */
export function placeCallouts(geometry: Geometry, notes: { target: CalloutTarget; text: string }[]): Callout[] {
  const placed: Callout[] = [];
  const boxWidth = Math.min(MAX_WIDTH, geometry.width - 2 * MARGIN);
  notes.forEach(({ target, text }, index) => {
    const anchor = anchorPoint(geometry, target);
    if (!anchor) return;
    const lines = wrapLines(text, boxWidth - 2 * PAD, (line) => estimateTextWidth(line, CALLOUT_FONT));
    const width = Math.min(boxWidth, Math.max(...lines.map((l) => estimateTextWidth(l, CALLOUT_FONT))) + 2 * PAD);
    const height = lines.length * LINE + 2 * PAD;
    const x = clamp(anchor.x - width / 2, MARGIN, geometry.width - MARGIN - width);
    const clampY = (y: number) => clamp(y, MARGIN, geometry.height - MARGIN - height);
    const candidates = [anchor.y - GAP - height, anchor.y + GAP].map((y) => ({ x, y: clampY(y), width, height }));
    // A box pushed in from the edge over its own anchor would hide what it points at: worst of all.
    const covers = (box: (typeof candidates)[number]) => anchor.y >= box.y && anchor.y <= box.y + box.height;
    const overlap = (box: (typeof candidates)[number]) =>
      (covers(box) ? geometry.width * geometry.height : 0) + placed.reduce((sum, other) => sum + overlapArea(box, other), 0);
    const best = candidates.reduce((a, b) => (overlap(b) < overlap(a) ? b : a));
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
