import type { Geometry, NodeBox } from './geometryTypes';
import { px } from './units';

/** A compared box set on the chart: `open` when it is cut short, the entity being larger there than the room below its box. */
export interface GhostBox extends NodeBox {
  open: boolean;
}

// Room kept between a cut outline and the box below it.
const GAP = 2;
// Shorter than this, an outline is a lone dash at its box's top, read as a line and not as a size:
// left out, on the screen (whose tooltip gives every box's compared figure) and in an export.
const MIN_HEIGHT = 1;

/**
 * The compared scenario's boxes, each moved onto the same entity's box in the chart drawn: at its
 * column and top, with its own height (the shared scale). Laid out on their own, the compared
 * boxes sat wherever that scenario's layout put them, outlines no reader could match to a box; set
 * on the box, an outline past the box's foot is how much larger the entity is there, one ending
 * inside it how much smaller. One that would reach the next box down its column (or the chart's
 * foot) is cut there and drawn open, never across another box. A box the chart does not draw now
 * (no money) has nothing to be set on: its outline is left out rather than drawn as an anonymous
 * box over others. So is one under MIN_HEIGHT.
 */
export function anchorGhost(ghost: readonly NodeBox[], geometry: Pick<Geometry, 'nodes' | 'height'>): GhostBox[] {
  const drawn = geometry.nodes.filter((n) => n.value > 0);
  const boxes = new Map(drawn.map((n) => [n.key, n]));
  return ghost.flatMap((node) => {
    const box = boxes.get(node.key);
    if (!box || !(node.value > 0) || !(node.y1 - node.y0 >= MIN_HEIGHT)) return [];
    let room = geometry.height - box.y0;
    for (const other of drawn) {
      if (other.x0 < box.x1 && box.x0 < other.x1 && other.y0 > box.y0) room = Math.min(room, other.y0 - GAP - box.y0);
    }
    const height = node.y1 - node.y0;
    const open = height > room;
    const y1 = Math.min(geometry.height, box.y0 + (open ? Math.max(room, box.y1 - box.y0) : height));
    return [{ ...node, x0: box.x0, x1: box.x1, y0: box.y0, y1: px(y1), open }];
  });
}

/** The outline's path, `margin` wider than its box either side; an open one has no foot. */
export function ghostPath(box: GhostBox, margin: number): string {
  const [x0, x1] = [box.x0 - margin, box.x1 + margin].map((x) => Math.round(x * 10) / 10);
  const [y0, y1] = [box.y0, box.y1].map((y) => Math.round(y * 10) / 10);
  return box.open ? `M${x0},${y1}V${y0}H${x1}V${y1}` : `M${x0},${y0}H${x1}V${y1}H${x0}Z`;
}
