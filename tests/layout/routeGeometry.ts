// Geometry helpers for tests of link routes: points along a link's centre line and band edges, and
// the nodes a route passes through. They follow the route exactly as the canvas and the SVG path trace it.
import { traceLink, type LinkRoute, type PathContext } from '../../src/layout/linkPaths';
import type { LinkShape, NodeBox } from '../../src/layout/sankeyLayout';

export interface Point {
  x: number;
  y: number;
}

const STEPS = 48;

/** Points along the centre line: every end point, and `STEPS` points on every segment and curve. */
export function samplePoints(route: LinkRoute, offset = 0): Point[] {
  const points: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  const sample = (point: (t: number) => Point, end: Point) => {
    for (let i = 1; i <= STEPS; i++) points.push(point(i / STEPS));
    at = end;
  };
  const context: PathContext = {
    moveTo(x, y) {
      at = { x, y };
      points.push(at);
    },
    lineTo(x, y) {
      const from = at;
      sample((t) => ({ x: from.x + (x - from.x) * t, y: from.y + (y - from.y) * t }), { x, y });
    },
    quadraticCurveTo(cx, cy, x, y) {
      const from = at;
      const q = (a: number, c: number, b: number, t: number) => (1 - t) ** 2 * a + 2 * (1 - t) * t * c + t ** 2 * b;
      sample((t) => ({ x: q(from.x, cx, x, t), y: q(from.y, cy, y, t) }), { x, y });
    },
    bezierCurveTo(c1x, c1y, c2x, c2y, x, y) {
      const from = at;
      const c = (a: number, p: number, q: number, b: number, t: number) =>
        (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * p + 3 * (1 - t) * t ** 2 * q + t ** 3 * b;
      sample((t) => ({ x: c(from.x, c1x, c2x, x, t), y: c(from.y, c1y, c2y, y, t) }), { x, y });
    },
  };
  traceLink(context, route, offset);
  return points;
}

/** Whether a point lies strictly inside a node's box (its edges, where links attach, do not count). */
export function inside(point: Point, node: NodeBox, margin = 1e-6): boolean {
  return point.x > node.x0 + margin && point.x < node.x1 - margin && point.y > node.y0 + margin && point.y < node.y1 - margin;
}

/** Points along the centre line and along both edges of the band (`tolerance` inside them). */
export function bandPoints(link: LinkShape, tolerance = 0): Point[] {
  if (!link.route) return [];
  const edge = Math.max(0, link.width / 2 - tolerance);
  return [...samplePoints(link.route, -edge), ...samplePoints(link.route, 0), ...samplePoints(link.route, edge)];
}

/**
 * Keys of the nodes, other than its own ends, whose boxes the link's band enters: its centre line
 * or either edge more than `tolerance` inside a box (a band touching a box's edge does not count).
 */
export function boxesCrossed(link: LinkShape, nodes: NodeBox[], tolerance = 1e-6): string[] {
  const points = bandPoints(link);
  if (!points.length) return [];
  // Only boxes that overlap the band's bounding box can be entered (keeps property tests fast).
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points)
    [left, right, top, bottom] = [Math.min(left, p.x), Math.max(right, p.x), Math.min(top, p.y), Math.max(bottom, p.y)];
  return nodes
    .filter((n) => n.key !== link.source && n.key !== link.target && n.x1 > left && n.x0 < right && n.y1 > top && n.y0 < bottom)
    .filter((n) => points.some((p) => inside(p, n, tolerance)))
    .map((n) => n.key);
}

/** Whether the segment from (x0, y0) to (x1, y1) passes through the inside of `rect` (sampled every half pixel). */
export function segmentCrosses(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  rect: { x0: number; x1: number; y0: number; y1: number },
): boolean {
  const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2));
  for (let k = 0; k <= n; k++) {
    const [x, y] = [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n];
    if (x > rect.x0 && x < rect.x1 && y > rect.y0 && y < rect.y1) return true;
  }
  return false;
}
