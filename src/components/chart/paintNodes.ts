import { LABEL_FONT } from '../../layout/chartGeometry';
import { LABEL_LINE } from '../../layout/chartLabels';
import { lineBaseline, TAG_FONT, TAG_HEIGHT, tagWidth, type LabelPlacement } from '../../layout/labels';
import { stripePattern } from './paintLinks';
import { BOX_FIELDS, type PaintedBoxes } from './paintedNodes';

// The chart's boxes and labels painted into a canvas as ChartNode and ChartLabels draw them in SVG
// (chart.css: `.node__box`, `.node__own`, `.label`, `.label-leader`, `.label-tag`): during a slider
// drag, with the bands (see DragLinksCanvas), so a step changes one canvas instead of every box
// and label of the page.

/** The theme's colours and the labels' font family, as the stylesheet resolves them. */
export interface NodePaint {
  node: string;
  bg: string;
  fg: string;
  muted: string;
  halo: string;
  font: string;
  /** A stress test's marks (`--default-mark`). */
  mark: string;
}

/** What painting boxes and labels needs of a canvas context (a recording fake in tests). */
export type NodeContext = Pick<
  CanvasRenderingContext2D,
  'fillRect' | 'fillText' | 'strokeText' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'fill' | 'roundRect' | 'createPattern'
> & {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineJoin: CanvasLineJoin;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
};

/** As `#own-hatch`: 4 px tiles turned 45°, half of each in the background colour. */
export function ownHatch(context: Pick<NodeContext, 'createPattern'>, bg: string, ratio: number): CanvasPattern | null {
  return stripePattern(context, 4, ratio, (tile, size) => {
    tile.fillStyle = bg;
    tile.fillRect(0, 0, 2 * ratio, size);
  });
}

/** Every box with money, and its own part hatched over it, as ChartNode draws them. */
export function paintNodes(context: NodeContext, boxes: PaintedBoxes, paint: NodePaint, hatch: CanvasPattern | null): void {
  for (let i = 0; i + BOX_FIELDS <= boxes.length; i += BOX_FIELDS) {
    const x0 = boxes[i]!;
    const y1 = boxes[i + 3]!;
    const own = boxes[i + 5]!;
    if (!(boxes[i + 4]! > 0)) continue;
    const width = boxes[i + 1]! - x0;
    context.fillStyle = paint.node;
    context.fillRect(x0, boxes[i + 2]!, width, Math.max(1, y1 - boxes[i + 2]!));
    if (own > 0.5 && hatch) {
      context.fillStyle = hatch;
      context.fillRect(x0, y1 - own, width, own);
    }
  }
}

/** The labels as ChartLabels draws them: leader lines under them all, then text with its halo under it, and numbered tags. */
export function paintLabels(context: NodeContext, labels: readonly LabelPlacement[], paint: NodePaint): void {
  context.textBaseline = 'alphabetic';
  context.lineJoin = 'round';
  // Made once a paint, not once a line (a drag paints every step).
  const nameFont = `600 ${LABEL_FONT}px ${paint.font}`;
  const amountFont = `${LABEL_FONT}px ${paint.font}`;
  // The leaders first, under every label (as ChartLabels draws them).
  for (const { leader } of labels) {
    if (!leader) continue;
    context.beginPath();
    context.moveTo(leader.x1, leader.y1);
    context.lineTo(leader.x2, leader.y2);
    context.strokeStyle = paint.muted;
    context.lineWidth = 1;
    context.stroke();
  }
  for (const label of labels) {
    if (label.tag) {
      const { number, x, y } = label.tag;
      const w = tagWidth(number);
      context.beginPath();
      context.roundRect(x - w / 2, y - TAG_HEIGHT / 2, w, TAG_HEIGHT, TAG_HEIGHT / 2);
      context.fillStyle = paint.halo;
      context.fill();
      context.strokeStyle = paint.fg;
      context.lineWidth = 1;
      context.stroke();
      context.font = `600 ${TAG_FONT}px ${paint.font}`;
      context.textAlign = 'center';
      context.fillStyle = paint.fg;
      context.fillText(String(number), x, y + TAG_FONT * 0.35);
      continue;
    }
    if (!label.visible) continue;
    const count = label.name.length + label.amount.length;
    context.textAlign = label.anchor === 'end' ? 'right' : 'left';
    for (let i = 0; i < count; i++) {
      const name = i < label.name.length;
      const line = name ? label.name[i]! : label.amount[i - label.name.length]!;
      const y = lineBaseline(label.y, i, count, LABEL_LINE);
      context.font = name ? nameFont : amountFont;
      // paint-order: stroke: the halo under the glyphs.
      context.strokeStyle = paint.halo;
      context.lineWidth = 3;
      context.strokeText(line, label.x, y);
      context.fillStyle = name ? paint.fg : paint.muted;
      context.fillText(line, label.x, y);
    }
  }
}
