import { memo } from 'react';
import { DOTS, linkMark, linkMarkStyle, NOT_ISOLATED, overlayStrength, routeLength } from '../../layout/linkMarks';
import { linkPath, sameRoute } from '../../layout/linkPaths';
import type { LinkShape } from '../../layout/sankeyLayout';
import { originPaint } from './palette';

export interface ChartLinkProps {
  link: LinkShape;
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1 for all. */
  isolated: number;
  label: string;
  active: boolean;
  /** Large graphs make links pointer-only: hundreds of tab stops would bury the controls (the data table lists them). */
  focusable: boolean;
  /** The one link Tab reaches (the arrow keys lead to the others). */
  tabStop: boolean;
  /** A slider is being dragged: the bands are painted in a canvas (DragLinksCanvas), the link keeps its element and its details. */
  bandsOnCanvas: boolean;
  onActivate(key: string, pinned: boolean): void;
  onDeactivate(key: string): void;
}

/** Links thinner than this get an outline too when focused: a ring round 1 px is easy to miss. */
const THIN = 4;
const FOCUS_RING = 3;

/** Layout makes new objects every time; a link whose drawing is unchanged need not re-render. */
function sameLink(a: ChartLinkProps, b: ChartLinkProps): boolean {
  if (
    a.colorByOrigin !== b.colorByOrigin ||
    a.isolated !== b.isolated ||
    a.active !== b.active ||
    a.focusable !== b.focusable ||
    a.tabStop !== b.tabStop ||
    a.bandsOnCanvas !== b.bandsOnCanvas
  )
    return false;
  if (a.label !== b.label || a.onActivate !== b.onActivate || a.onDeactivate !== b.onDeactivate) return false;
  const x = a.link;
  const y = b.link;
  if (!sameRoute(x.route, y.route) || x.width !== y.width || x.key !== y.key || x.bands.length !== y.bands.length) return false;
  if (x.standing !== y.standing) return false;
  return x.bands.every(
    (band, i) => band.offset === y.bands[i]?.offset && band.width === y.bands[i]?.width && band.origin === y.bands[i]?.origin,
  );
}

/**
 * One flow: a single stroke, or stacked bands by origin, drawn solid, dashed, faint with a dotted
 * line along it, or faded and hatched, by how firmly its money is committed (`linkMark`). Focusable so keyboard users get its details.
 */
export const ChartLink = memo(function ChartLink({
  link,
  colorByOrigin,
  isolated,
  label,
  active,
  focusable,
  tabStop,
  bandsOnCanvas,
  onActivate,
  onDeactivate,
}: ChartLinkProps) {
  if (!link.route) return <g className="link link--empty" data-key={link.key} />;
  const { route } = link;
  // While the bands are on the canvas only the active link draws (its focus ring): no path for the rest.
  const d = bandsOnCanvas && !active ? '' : linkPath(route);
  const mark = linkMark(link.standing);
  const { dashes, fade, hatchWidth, dotWidth } = linkMarkStyle(mark, link.width, routeLength(route));
  const dasharray = dashes?.join(' ');
  const overlay = colorByOrigin ? overlayStrength(link.bands, isolated) : 1;
  const thin = link.width < THIN;
  const className = `link link--${mark}${link.back ? ' link--back' : ''}${thin ? ' link--thin' : ''}${active ? ' link--active' : ''}`;
  return (
    <g
      className={className}
      data-key={link.key}
      data-width={link.width.toFixed(3)}
      data-mark={mark}
      data-status={link.standing?.status ?? undefined}
      data-basis={link.standing?.basis}
      tabIndex={focusable ? (tabStop ? 0 : -1) : undefined}
      role={focusable ? 'button' : undefined}
      aria-label={focusable ? label : undefined}
      aria-describedby={active ? 'chart-tooltip' : undefined}
      onFocus={() => onActivate(link.key, false)}
      onBlur={() => onDeactivate(link.key)}
      onPointerEnter={() => onActivate(link.key, false)}
      onPointerLeave={() => onDeactivate(link.key)}
      onClick={() => onActivate(link.key, true)}
    >
      {/* The focus ring: a band of the focus colour round the link, under it, shown by CSS on focus. */}
      {focusable && (!bandsOnCanvas || active) && <path className="link__focus" d={d} strokeWidth={link.width + 2 * FOCUS_RING} />}
      {bandsOnCanvas ? null : colorByOrigin && link.bands.length > 0 ? (
        link.bands.map((band) => (
          <path
            key={band.origin}
            className="link__band"
            d={band.offset === 0 ? d : linkPath(route, band.offset)}
            stroke={originPaint(band.origin)}
            strokeWidth={Math.max(0.5, band.width)}
            strokeDasharray={dasharray}
            data-origin={band.origin}
            opacity={isolated < 0 || isolated === band.origin ? (fade < 1 ? fade : undefined) : NOT_ISOLATED * fade}
          />
        ))
      ) : (
        <path
          className="link__stroke"
          d={d}
          strokeWidth={Math.max(1, link.width)}
          strokeDasharray={dasharray}
          opacity={fade < 1 ? fade : undefined}
        />
      )}
      {hatchWidth > 0 && !bandsOnCanvas && (
        <path className="link__hatch" d={d} strokeWidth={hatchWidth} opacity={overlay < 1 ? overlay : undefined} />
      )}
      {dotWidth > 0 && !bandsOnCanvas && (
        <path
          className="link__dots"
          d={d}
          strokeWidth={dotWidth}
          strokeDasharray={DOTS.join(' ')}
          opacity={overlay < 1 ? overlay : undefined}
        />
      )}
      {focusable && link.width < 8 && !bandsOnCanvas && <path className="link__hit" d={d} strokeWidth={8} />}
    </g>
  );
}, sameLink);
