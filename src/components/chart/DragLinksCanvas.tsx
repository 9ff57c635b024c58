import { useLayoutEffect, useRef } from 'react';
import type { LinkShape } from '../../layout/sankeyLayout';
import { hatchPattern, paintLinks, type LinkPaint } from './paintLinks';

export interface DragLinksCanvasProps {
  links: LinkShape[];
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1 for all. */
  isolated: number;
  activeKey: string | null;
  width: number;
  height: number;
}

// Back links may turn beyond the outer columns: the canvas reaches as far as the bulk links' does.
const MARGIN_X = 64;
const MARGIN_Y = 8;

/**
 * The links' bands while a slider is dragged, painted into one canvas: each step of a drag changes
 * every band, and as SVG paths their new shapes cost the page far more than the model and layout
 * (style, layout and paint of hundreds of elements). The picture is the one ChartLink draws (see
 * paintLinks); once the slider is let go the SVG bands return, with their transitions and focus rings.
 */
export function DragLinksCanvas({ links, colorByOrigin, isolated, activeKey, width, height }: DragLinksCanvasProps) {
  const box = useRef<SVGForeignObjectElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  // The theme's colours, read once: the canvas lives only as long as a drag.
  const theme = useRef<Pick<LinkPaint, 'neutral' | 'hatch'> | null>(null);
  const outerWidth = width + 2 * MARGIN_X;
  const outerHeight = height + 2 * MARGIN_Y;
  useLayoutEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !box.current) return;
    const ratio = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(outerWidth * ratio);
    const pixelHeight = Math.round(outerHeight * ratio);
    if (element.width !== pixelWidth) element.width = pixelWidth;
    if (element.height !== pixelHeight) element.height = pixelHeight;
    theme.current ??= {
      neutral: getComputedStyle(element).color,
      hatch: hatchPattern(context, getComputedStyle(box.current).color, ratio),
    };
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, pixelWidth, pixelHeight);
    context.setTransform(ratio, 0, 0, ratio, MARGIN_X * ratio, MARGIN_Y * ratio);
    paintLinks(context, links, { colorByOrigin, isolated, activeKey, ...theme.current });
  }, [links, colorByOrigin, isolated, activeKey, outerWidth, outerHeight]);
  return (
    <foreignObject
      ref={box}
      className="links__canvas-box links__canvas-box--drag"
      x={-MARGIN_X}
      y={-MARGIN_Y}
      width={outerWidth}
      height={outerHeight}
      aria-hidden="true"
    >
      <canvas ref={canvas} className="links__drag-canvas" style={{ width: outerWidth, height: outerHeight }} />
    </foreignObject>
  );
}
