import type { Commitment, FlowStanding } from '../model/flowStanding';
import type { LinkRoute } from './linkPaths';

/** The marks links are drawn with, in the order the legend lists them. */
export const LINK_MARKS = ['solid', 'dashed', 'hatched', 'dotted'] as const;
export type LinkMark = (typeof LINK_MARKS)[number];

const MARKS: Record<Commitment, LinkMark> = { committed: 'solid', uncommitted: 'dashed', 'on-ice': 'hatched', assumed: 'dotted' };

/** How a link is drawn: committed money solid, not yet committed dashed, on ice faded and hatched, assumed dotted. */
export function linkMark(standing: FlowStanding | undefined): LinkMark {
  return standing ? MARKS[standing.commitment] : 'solid';
}

/** What a mark does to a link `width` px wide: every band of the link gets the same dashes, so they line up. */
export interface LinkMarkStyle {
  /** SVG stroke-dasharray (also canvas setLineDash), or none for a continuous stroke. */
  dashes: readonly [number, number] | null;
  /** Multiplies the band's opacity. */
  fade: number;
  /** A hatch drawn over the whole link, this wide (0 for none). */
  hatchWidth: number;
  /** A dotted line (DOTS) drawn along the middle of the whole link, this wide (0 for none). */
  dotWidth: number;
}

/** Dots: 2 px on 3 px at every width, never long enough to pass for dashes. */
export const DOTS: readonly [number, number] = [2, 3];
/** How wide the dotted line along an assumed link is; a link no wider is dotted itself. */
export const DOT_WIDTH = 2;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Dashes grow with the link so a wide band still reads as broken, not as a comb, yet shrink on a
 * short one (a 320 px chart's links are shorter than they are wide) so it shows at least four;
 * they stay at least 7 px long with 4 px gaps, so a 1 px link, or one on paper, still shows them.
 * Gaps stay at most 5 px: on a wide band that curves steeply, a gap opens wider on the curve's outer
 * edge, and at 9 px the band read as a fan of separate wedges.
 * An assumed link is faint, with a dotted line along its middle; one no wider than that line is
 * dotted itself. Why not dot the bands themselves: a wide band cut into 2 px slices hid its colour,
 * and rasterising those slices (some 6,000 on the default chart) cost a drag 7 ms a frame; the
 * lines' dots are about 900 there, 2 px square. Hatching is drawn at least 3 px wide so a thin link on
 * ice shows it. `length` is the link's (see `routeLength`).
 */
export function linkMarkStyle(mark: LinkMark, width: number, length = Infinity): LinkMarkStyle {
  switch (mark) {
    case 'dashed': {
      const dash = round1(clamp(Math.min(width * 0.9, length / 5), 7, 22));
      return { dashes: [dash, round1(clamp(dash * 0.4, 4, 5))], fade: 1, hatchWidth: 0, dotWidth: 0 };
    }
    case 'dotted':
      return width <= DOT_WIDTH
        ? { dashes: DOTS, fade: 1, hatchWidth: 0, dotWidth: 0 }
        : { dashes: null, fade: 0.5, hatchWidth: 0, dotWidth: DOT_WIDTH };
    case 'hatched':
      return { dashes: null, fade: 0.35, hatchWidth: Math.max(3, width), dotWidth: 0 };
    default:
      return { dashes: null, fade: 1, hatchWidth: 0, dotWidth: 0 };
  }
}

/** What is left of a band whose origin is not the one shown alone. */
export const NOT_ISOLATED = 0.08;

/**
 * How strongly a link's hatch or dotted line shows when one origin is shown alone (`isolated`, -1
 * for none) and links are coloured by origin: as its bands, all but hidden on a link that carries
 * none of that origin's money.
 */
export function overlayStrength(bands: readonly { origin: number }[], isolated: number): number {
  return isolated < 0 || bands.length === 0 || bands.some((band) => band.origin === isolated) ? 1 : NOT_ISOLATED;
}

/** About how long a link is, for its dashes: a forward link's chord; back links run round the diagram and count as long. */
export function routeLength(route: LinkRoute | null): number {
  return route && !route.back ? Math.hypot(route.x1 - route.x0, route.y1 - route.y0) : Infinity;
}

/** The marks the links of a chart use, in legend order (only those present need explaining). */
export function marksPresent(links: readonly { standing?: FlowStanding | undefined; width: number }[]): LinkMark[] {
  const present = new Set<LinkMark>();
  for (const link of links) if (link.width > 0) present.add(linkMark(link.standing));
  return LINK_MARKS.filter((mark) => present.has(mark));
}
