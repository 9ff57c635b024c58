import { MIN_BAND_LINK_WIDTH, traceLink, type LinkRoute, type PathContext } from '../layout/linkPaths';
import type { LinkShape } from '../layout/sankeyLayout';
import { originColor } from './palette';

/** Origin of a group drawn in the neutral link colour (no colour by origin). */
export const NEUTRAL = -2;

export interface ThinLinkGroup {
  key: string;
  routes: LinkRoute[];
  width: number;
  origin: number;
  dimmed: boolean;
}

const WIDTH_STEP = 0.5;
/** As `.link__stroke` and `.link__band` in styles.css, between the two: thin links overlap a lot. */
const THIN_LINK_OPACITY = 0.6;
const DIMMED = 0.08;

/**
 * Thin links of a large graph, grouped by colour and (rounded) width: each group is one stroke.
 * A thousand separate elements would cost more than a frame to update.
 */
export function thinLinkGroups(links: LinkShape[], colorByOrigin: boolean, isolated: number): ThinLinkGroup[] {
  const groups = new Map<string, ThinLinkGroup>();
  for (const link of links) {
    if (!link.route || link.width >= MIN_BAND_LINK_WIDTH) continue;
    const origin = colorByOrigin ? (link.bands[0]?.origin ?? NEUTRAL) : NEUTRAL;
    const width = Math.max(WIDTH_STEP, Math.round(link.width / WIDTH_STEP) * WIDTH_STEP);
    const key = `${origin}:${width}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, routes: [], width, origin, dimmed: isolated >= 0 && origin !== isolated };
      groups.set(key, group);
    }
    group.routes.push(link.route);
  }
  return [...groups.values()];
}

/** What stroking thin links needs of a canvas context. */
export type StrokeContext = PathContext & Pick<CanvasRenderingContext2D, 'beginPath' | 'stroke' | 'strokeStyle' | 'lineWidth' | 'globalAlpha'>;

/** Strokes each group as one path: no path strings, so a slider step leaves little garbage behind. */
export function strokeThinLinks(context: StrokeContext, groups: ThinLinkGroup[], neutralColor: string): void {
  for (const group of groups) {
    context.beginPath();
    for (const route of group.routes) traceLink(context, route, 0);
    context.strokeStyle = group.origin === NEUTRAL ? neutralColor : originColor(group.origin);
    context.lineWidth = group.width;
    context.globalAlpha = group.dimmed ? THIN_LINK_OPACITY * DIMMED : THIN_LINK_OPACITY;
    context.stroke();
  }
}
