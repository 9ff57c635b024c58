import type { LinkShape } from '../../layout/sankeyLayout';
import { paintLinks, type LinkPaint } from './paintLinks';
import type { CanvasHandover } from './paintInWorker';
import type { PaintedNodes } from './paintedNodes';
import { paintLabels, paintNodes, type NodeContext, type NodePaint } from './paintNodes';
import { paintDefaultMarks, paintShortfalls, type StressContext } from './paintStress';

// One step of a drag as the bands' canvas needs it, whether painted here or by a worker.

/** Back links may turn beyond the outer columns: the canvas reaches as far as the bulk links' does. */
export const MARGIN_X = 64;
export const MARGIN_Y = 8;

export interface DragFrame extends Omit<LinkPaint, 'neutral' | 'hatch' | 'dots' | 'dark'> {
  links: LinkShape[];
  /** The boxes and labels too, over the bands, when the canvas shows them instead of the SVG (see SankeyDiagram); a stress test's marks between them. */
  nodes?: PaintedNodes | undefined;
  /** When the page sent it (ms since the epoch), for the benchmark to time its paint. */
  sent: number;
  /** The canvas in CSS pixels (the chart and its margins), and device pixels per CSS pixel. */
  width: number;
  height: number;
  ratio: number;
}

/** To the worker: a canvas with the theme's colours for the drag to come, a step to paint, or the drag's end (its canvas is let go). */
export type DragCanvasMessage =
  | (CanvasHandover & {
      neutral: string;
      dark: boolean;
      hatchColor: string;
      nodePaint: NodePaint | null;
      ratio: number;
      drag: number;
    })
  | { frame: DragFrame }
  | { release: true };

type Canvas = Pick<HTMLCanvasElement, 'width' | 'height'>;
type Context = Parameters<typeof paintLinks>[0] &
  NodeContext &
  StressContext &
  Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect'>;

/** How a canvas paints a drag: the theme's link colours and hatch; the boxes' and labels' colours, font and hatch where it can paint them. */
export interface DragTheme extends Pick<LinkPaint, 'neutral' | 'hatch' | 'dots' | 'dark'> {
  nodes: { paint: NodePaint; ownHatch: CanvasPattern | null } | null;
}

/** Sizes the canvas to the frame (which clears it) or clears it, and paints the frame's bands (and boxes and labels: says whether it did). */
export function paintDragFrame(canvas: Canvas, context: Context, frame: DragFrame, theme: DragTheme): boolean {
  const { ratio } = frame;
  const pixelWidth = Math.round(frame.width * ratio);
  const pixelHeight = Math.round(frame.height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  } else {
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, pixelWidth, pixelHeight);
  }
  context.setTransform(ratio, 0, 0, ratio, MARGIN_X * ratio, MARGIN_Y * ratio);
  paintLinks(context, frame.links, { ...frame, neutral: theme.neutral, hatch: theme.hatch, dots: theme.dots, dark: theme.dark });
  if (!frame.nodes || !theme.nodes) return false;
  const { stress } = frame.nodes;
  if (stress) paintShortfalls(context, stress, theme.hatch, theme.nodes.paint.mark);
  paintNodes(context, frame.nodes.boxes, theme.nodes.paint, theme.nodes.ownHatch);
  if (stress) paintDefaultMarks(context, stress, theme.nodes.paint.mark);
  paintLabels(context, frame.nodes.labels, theme.nodes.paint);
  return true;
}
