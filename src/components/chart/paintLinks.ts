import { DOTS, linkMark, linkMarkStyle, NOT_ISOLATED, overlayStrength, routeLength } from '../../layout/linkMarks';
import { traceLink, type PathContext } from '../../layout/linkPaths';
import type { LinkShape } from '../../layout/sankeyLayout';
import { originColorIn } from './darkPalette';
import { scratchCanvas, type Canvas2D } from './scratchCanvas';

// The chart's links stroked into a canvas exactly as ChartLink draws them in SVG: each band by its
// origin's colour, or one neutral stroke; dashes, fades, the hatch and the dotted line of their
// deal's status; the isolated origin and the active link as the stylesheet shows them. Used while a
// slider is dragged (see DragLinksCanvas): the same picture in one element instead of hundreds of
// paths to update.

/** As `.link__band`, `.link__stroke` and `.link--back .link__stroke` in chart.css; `.link--active` shows it at full strength. */
export const BAND_OPACITY = 0.78;
export const STROKE_OPACITY = 0.55;
export const BACK_STROKE_OPACITY = 0.7;
/** As `.link__dots` in chart.css: the dotted line along an assumed link. */
export const DOTS_OPACITY = 0.7;

export interface LinkPaint {
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1 for all. */
  isolated: number;
  /** The link shown at full strength (hovered, focused or pinned), if any. */
  activeKey: string | null;
  /** The theme's neutral link colour (`--link-neutral`), resolved. */
  neutral: string;
  /** The dark theme is shown: the origins' dark colours (see darkPalette.ts). */
  dark: boolean;
  /** The hatch over links on ice, as `#link-hatch` draws it; none where the canvas cannot make one. */
  hatch: CanvasPattern | null;
  /** The colour of the dotted line along an assumed link (the text's, `--fg`), resolved. */
  dots: string;
}

/** What painting needs of a canvas context (a recording fake in tests). */
export type PaintContext = PathContext &
  Pick<CanvasRenderingContext2D, 'beginPath' | 'stroke' | 'setLineDash'> & {
    strokeStyle: string | CanvasGradient | CanvasPattern;
    lineWidth: number;
    globalAlpha: number;
  };

/** No dashes (the canvas copies what it is given, so one array serves every call). */
const SOLID: readonly number[] = Object.freeze([]);

/**
 * Strokes every link with money, in order, as ChartLink would draw it. Runs on every step of a drag:
 * no function per band, and no copy of a link's dashes.
 */
export function paintLinks(context: PaintContext, links: readonly LinkShape[], paint: LinkPaint): void {
  for (const link of links) {
    const { route } = link;
    if (!route) continue;
    const { dashes, fade, hatchWidth, dotWidth } = linkMarkStyle(linkMark(link.standing), link.width, routeLength(route));
    const active = link.key === paint.activeKey;
    context.setLineDash(dashes ?? SOLID);
    if (paint.colorByOrigin && link.bands.length > 0) {
      for (const band of link.bands) {
        const shown = paint.isolated < 0 || paint.isolated === band.origin ? fade : NOT_ISOLATED * fade;
        const alpha = (active ? 1 : BAND_OPACITY) * shown;
        stroke(context, route, band.offset, originColorIn(band.origin, paint.dark), Math.max(0.5, band.width), alpha);
      }
    } else {
      const opacity = active ? 1 : link.back ? BACK_STROKE_OPACITY : STROKE_OPACITY;
      stroke(context, route, 0, paint.neutral, Math.max(1, link.width), opacity * fade);
    }
    const overlay = paint.colorByOrigin ? overlayStrength(link.bands, paint.isolated) : 1;
    if (hatchWidth > 0 && paint.hatch) {
      context.setLineDash(SOLID);
      stroke(context, route, 0, paint.hatch, hatchWidth, overlay);
    }
    if (dotWidth > 0) {
      context.setLineDash(DOTS);
      stroke(context, route, 0, paint.dots, dotWidth, DOTS_OPACITY * overlay);
    }
  }
  context.globalAlpha = 1;
  // What is painted next (the boxes' outlines, the labels' leader lines and numbered tags) is solid,
  // as in the SVG: a last link's dashes would dash it.
  context.setLineDash(SOLID);
}

function stroke(
  context: PaintContext,
  route: NonNullable<LinkShape['route']>,
  offset: number,
  style: string | CanvasPattern,
  width: number,
  alpha: number,
): void {
  context.beginPath();
  traceLink(context, route, offset);
  context.strokeStyle = style;
  context.lineWidth = width;
  context.globalAlpha = alpha;
  context.stroke();
}

/**
 * The hatch of `#link-hatch` (LinkHatch.tsx): lines 1.5 px wide every 5 px, at 45°, in the text
 * colour at 70% (`.link-hatch__line`), in the chart's own coordinates like the SVG pattern. The tile
 * has the screen's pixels (`ratio` per CSS pixel), so the lines stay as sharp as the SVG's.
 */
export function hatchPattern(context: PatternContext, color: string, ratio: number): CanvasPattern | null {
  return stripePattern(context, 5, ratio, (tile, size) => {
    tile.globalAlpha = 0.7;
    tile.fillStyle = color;
    tile.fillRect(0, 0, 1.5 * ratio, size);
  });
}

type PatternContext = Pick<Canvas2D, 'createPattern'>;

/**
 * A pattern of stripes at 45° as the chart's SVG patterns draw them (`patternTransform="rotate(45)"`):
 * a square tile `period` px wide in the chart's coordinates, of the screen's pixels (`ratio` per CSS
 * pixel, so the stripes stay sharp), drawn by `draw`. On the page or in a worker, which has no document.
 */
export function stripePattern(
  context: PatternContext,
  period: number,
  ratio: number,
  draw: (tile: Canvas2D, size: number) => void,
): CanvasPattern | null {
  const size = Math.round(period * ratio);
  const tile = scratchCanvas(size, size);
  if (!tile) return null;
  draw(tile.context, size);
  // (A pattern copies its canvas when made: the tile is drawn first.)
  const pattern = context.createPattern(tile.canvas, 'repeat');
  pattern?.setTransform(new DOMMatrix().rotate(45).scale(period / size));
  return pattern;
}
