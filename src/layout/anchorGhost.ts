import type { Geometry, NodeBox } from './geometryTypes';
import { px } from './units';

/**
 * The compared scenario's boxes, each moved onto the same entity's box in the chart drawn: at its
 * column and top, with its own height (the shared scale). Laid out on their own, the compared
 * boxes sat wherever that scenario's layout put them, outlines no reader could match to a box; set
 * on the box, an outline below the box's bottom is how much larger the entity is there, one inside
 * it how much smaller. An outline that would run off the chart's foot is raised to end there. A
 * box the chart does not draw keeps the scenario's own place.
 */
export function anchorGhost(ghost: readonly NodeBox[], geometry: Pick<Geometry, 'nodes' | 'height'>): NodeBox[] {
  const boxes = new Map(geometry.nodes.map((n) => [n.key, n]));
  return ghost.map((node) => {
    const box = boxes.get(node.key);
    if (!box) return node;
    const height = node.y1 - node.y0;
    const y0 = Math.max(0, Math.min(box.y0, geometry.height - height));
    return { ...node, x0: box.x0, x1: box.x1, y0: px(y0), y1: px(y0 + height) };
  });
}
