import type { GraphLink } from './graph';
import type { LinkShape } from './geometryTypes';
import { linkBands, type LinkRoute, type Slots } from './linkPaths';
import { NO_SLOTS } from './linkSlots';
import type { Px } from './units';

// A laid-out link as the chart draws it: its route (through the slots it crosses) and its bands.

/**
 * The split graph's nodes as laid out, graph nodes then slots: what a route reads of a slot. These
 * are the placement's own objects, written over at each step: boxes are made for the graph's nodes
 * only, not for the slots too (301 at 500 / 2,500, 1,153 at 2,000 / 10,000), each of which was one
 * more object of garbage a slider step.
 */
export interface LaidNode {
  x0?: number | undefined;
  x1?: number | undefined;
  y0?: number | undefined;
  y1?: number | undefined;
}

/** Where a link passes through slots: each slot's x0, x1 and middle y, in turn. */
export function slotsOf(indices: readonly number[], laid: readonly LaidNode[]): Slots {
  if (indices.length === 0) return NO_SLOTS;
  const via = new Array<number>(indices.length * 3);
  indices.forEach((i, k) => {
    const slot = laid[i]!;
    via[3 * k] = slot.x0 ?? 0;
    via[3 * k + 1] = slot.x1 ?? 0;
    via[3 * k + 2] = ((slot.y0 ?? 0) + (slot.y1 ?? 0)) / 2;
  });
  return via;
}

/**
 * A link's route and its bands by origin. Numbers only: a large graph draws most links straight
 * into a canvas, and path strings for thousands of links per slider step would feed the garbage collector.
 */
export function linkShape(link: GraphLink, source: string, target: string, width: Px, route: LinkRoute): LinkShape {
  return {
    key: link.key,
    flow: link.flow,
    source,
    target,
    value: link.value,
    width,
    back: route.back,
    route,
    bands: linkBands(link, width),
    standing: link.standing,
  };
}
