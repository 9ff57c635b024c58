// The objects the placement of a Sankey layout takes and writes its positions into (layoutWithSlots):
// made from the split graph's nodes and links, fresh for d3-sankey or written over for a held order.
import type { GraphLink, GraphNode } from './graph';

export type PlacementNode = Pick<GraphNode, 'key' | 'entity' | 'column' | 'value'> & {
  fixedValue: number;
  layer: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
};
/** Only what the placement and the routes read of a link: its ends, its money, and where it is stacked. */
export type PlacementLink = Pick<GraphLink, 'value'> & {
  source: PlacementNode;
  target: PlacementNode;
  width: number;
  y0: number;
  y1: number;
};

/**
 * The objects the held order's placement writes its positions into, written over at each call
 * rather than made afresh: none leaves layoutWithSlots (its boxes and shapes are copies), and
 * making them was 2.2 MB of the 10.5 MB of garbage of a slider step at 2,000 / 10,000.
 */
export const heldPlacements = { nodes: [] as PlacementNode[], links: [] as PlacementLink[] };

/**
 * The graph's nodes as the placement takes them, in `into` (its objects written over, as many added
 * or dropped as needed). Every field the placement sets is there from the start: added later, each
 * would change the object's shape, and those stores were the costliest lines of a 10,000-link step.
 * Fields written one by one, not spread: a spread copies property by property into a fresh shape,
 * and was the costliest line of a default-dataset step.
 */
export function placedNodes(from: readonly GraphNode[], into: PlacementNode[]): PlacementNode[] {
  into.length = Math.min(into.length, from.length);
  from.forEach((n, i) => {
    const node = into[i];
    if (!node) {
      into.push({
        key: n.key,
        entity: n.entity,
        column: n.column,
        value: n.value,
        fixedValue: n.value,
        layer: 0,
        x0: 0,
        x1: 0,
        y0: 0,
        y1: 0,
      });
      return;
    }
    node.key = n.key;
    node.entity = n.entity;
    node.column = n.column;
    node.value = n.value;
    node.fixedValue = n.value;
    // (The placement writes these too: set anyway, so no position of an earlier layout can survive.)
    node.layer = node.x0 = node.x1 = node.y0 = node.y1 = 0;
  });
  return into;
}

/** The graph's links as the placement takes them, joined to `nodes`, in `into` (as `placedNodes`). */
export function placedLinks(from: readonly GraphLink[], nodes: PlacementNode[], into: PlacementLink[]): PlacementLink[] {
  into.length = Math.min(into.length, from.length);
  from.forEach((l, i) => {
    const link = into[i];
    const source = nodes[l.source]!;
    const target = nodes[l.target]!;
    if (!link) {
      into.push({ value: l.value, source, target, width: 0, y0: 0, y1: 0 });
      return;
    }
    link.value = l.value;
    link.source = source;
    link.target = target;
    link.width = link.y0 = link.y1 = 0;
  });
  return into;
}
