import { LINK_MARKS, linkMark, type LinkMark } from '../../../layout/linkMarks';
import { MIN_BAND_LINK_WIDTH, type LinkRoute } from '../../../layout/linkPaths';
import type { LinkShape } from '../../../layout/sankeyLayout';

/** Origin of a group drawn in the neutral link colour (no colour by origin). */
export const NEUTRAL = -2;

export interface ThinLinkGroup {
  routes: LinkRoute[];
  width: number;
  origin: number;
  dimmed: boolean;
  /** How firmly the group's money is committed: links of different marks are stroked apart. */
  mark: LinkMark;
}

const WIDTH_STEP = 0.5;
/** As `.link__stroke` and `.link__band` in src/components/styles/chart.css, between the two: thin links overlap a lot. */
export const THIN_LINK_OPACITY = 0.6;
export const DIMMED = 0.08;

/**
 * Thin links of a large graph, grouped by colour, (rounded) width and mark: each group is one stroke.
 * A thousand separate elements would cost more than a frame to update.
 */
export function thinLinkGroups(links: LinkShape[], colorByOrigin: boolean, isolated: number): ThinLinkGroup[] {
  const groups = new Map<number, ThinLinkGroup>();
  for (const link of links) {
    if (!link.route || link.width >= MIN_BAND_LINK_WIDTH) continue;
    const origin = colorByOrigin ? (link.bands[0]?.origin ?? NEUTRAL) : NEUTRAL;
    const width = Math.max(WIDTH_STEP, Math.round(link.width / WIDTH_STEP) * WIDTH_STEP);
    const mark = linkMark(link.standing);
    // A number, not a string: this runs for every thin link on every slider step.
    const key = ((origin + 2) * 1024 + width / WIDTH_STEP) * LINK_MARKS.length + LINK_MARKS.indexOf(mark);
    let group = groups.get(key);
    if (!group) {
      group = { routes: [], width, origin, dimmed: isolated >= 0 && origin !== isolated, mark };
      groups.set(key, group);
    }
    group.routes.push(link.route);
  }
  return [...groups.values()];
}
