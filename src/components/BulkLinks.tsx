import { useLayoutEffect, useMemo, useRef } from 'react';
import type { LinkShape } from '../layout/sankeyLayout';
import { NEUTRAL, strokeThinLinks, thinLinkGroups } from './bulkLinks';

export interface BulkLinksProps {
  links: LinkShape[];
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1 for all. */
  isolated: number;
  width: number;
  height: number;
}

// Back links turn up to about 60 px beyond the outer columns; the canvas reaches that far.
const MARGIN_X = 64;
const MARGIN_Y = 8;

/**
 * The thin links of a large graph, stroked into a canvas under the rest of the chart (wider links
 * are drawn one by one, as SVG). The canvas sits in the SVG, so it overflows as the SVG does
 * without widening the page.
 */
export function BulkLinks({ links, colorByOrigin, isolated, width, height }: BulkLinksProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const groups = useMemo(() => thinLinkGroups(links, colorByOrigin, isolated), [links, colorByOrigin, isolated]);
  const ratio = window.devicePixelRatio || 1;
  const outerWidth = width + 2 * MARGIN_X;
  const outerHeight = height + 2 * MARGIN_Y;
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!canvas.current || !context) return;
    context.setTransform(ratio, 0, 0, ratio, MARGIN_X * ratio, MARGIN_Y * ratio);
    context.clearRect(-MARGIN_X, -MARGIN_Y, outerWidth, outerHeight);
    // The neutral colour follows the theme (a CSS variable): read only when some link needs it.
    const neutral = groups.some((group) => group.origin === NEUTRAL) ? getComputedStyle(canvas.current).color : '';
    strokeThinLinks(context, groups, neutral);
  }, [groups, ratio, outerWidth, outerHeight]);
  return (
    <foreignObject className="links__canvas-box" x={-MARGIN_X} y={-MARGIN_Y} width={outerWidth} height={outerHeight} aria-hidden="true">
      <canvas
        ref={canvas}
        className="links__canvas"
        width={Math.round(outerWidth * ratio)}
        height={Math.round(outerHeight * ratio)}
        style={{ width: outerWidth, height: outerHeight }}
        data-links={groups.reduce((sum, group) => sum + group.routes.length, 0)}
      />
    </foreignObject>
  );
}
