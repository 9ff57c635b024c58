import { traceLink, type PathContext } from '../../layout/linkPaths';
import { DEFAULT_MARK_GAP, type StressMarks } from '../../layout/stressMarks';

// A stress test's marks painted into a canvas as ShortfallBands and DefaultMarks draw them in SVG
// (chartLayers.css: `.shortfall__hatch`, `.shortfall__edge`, `.default-mark`): during a slider drag,
// with the bands, boxes and labels (see DragLinksCanvas), so a shocked chart's drag need not render.

/** What painting the marks needs of a canvas context (a recording fake in tests). */
export type StressContext = PathContext &
  Pick<CanvasRenderingContext2D, 'beginPath' | 'stroke' | 'setLineDash' | 'strokeRect'> & {
    strokeStyle: string | CanvasGradient | CanvasPattern;
    lineWidth: number;
    globalAlpha: number;
  };

/** Each obligation's unpaid part: hatched beside its link (the links' own hatch), edged dashed where the amount due ends. */
export function paintShortfalls(context: StressContext, marks: StressMarks, hatch: CanvasPattern | null, color: string): void {
  context.globalAlpha = 1;
  for (const band of marks.shortfalls) {
    if (hatch) {
      context.setLineDash([]);
      context.beginPath();
      traceLink(context, band.route, band.offset);
      context.strokeStyle = hatch;
      context.lineWidth = band.width;
      context.stroke();
    }
    context.setLineDash([3, 2]);
    context.beginPath();
    traceLink(context, band.route, band.offset + band.width / 2);
    context.strokeStyle = color;
    context.lineWidth = 1;
    context.stroke();
  }
  context.setLineDash([]);
}

/** A 2 px outline round each defaulting entity's box, a little away from it. */
export function paintDefaultMarks(context: StressContext, marks: StressMarks, color: string): void {
  context.globalAlpha = 1;
  context.setLineDash([]);
  context.strokeStyle = color;
  context.lineWidth = 2;
  for (const mark of marks.defaults) {
    const gap = DEFAULT_MARK_GAP;
    context.strokeRect(mark.x0 - gap, mark.y0 - gap, mark.x1 - mark.x0 + 2 * gap, Math.max(1, mark.y1 - mark.y0) + 2 * gap);
  }
}
