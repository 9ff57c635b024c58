import type { LabelPlacement } from '../../layout/labels';
import type { NodeBox } from '../../layout/sankeyLayout';
import type { StressMarks } from '../../layout/stressMarks';

// What a drag's canvas paints of the boxes and labels, packed small: each step's frame is copied to
// the painting worker. Packed by the drag's canvas (a lazily loaded part), apart from the painting,
// which the worker loads.

/** The boxes and labels a drag's canvas is to paint over its bands, as the chart has them. */
export interface DragNodes {
  nodes: readonly NodeBox[];
  labels: readonly LabelPlacement[];
  ownHeight: (node: NodeBox) => number;
  /** A stress test's marks, painted between the bands and the boxes and under the labels. */
  stress: StressMarks | null;
}

/** The boxes and labels as a frame to a drag's painting worker carries them (see DragFrame). */
export interface PaintedNodes {
  boxes: PaintedBoxes;
  labels: LabelPlacement[];
  stress: StressMarks | null;
}

/** The boxes and labels as a drag's canvas paints them: only what painting reads (a large graph has hundreds of boxes and labels, most of them not drawn). */
export function paintedNodesOf({ nodes, labels, ownHeight, stress }: DragNodes): PaintedNodes {
  return { boxes: packBoxes(nodes, ownHeight), labels: paintedLabels(labels), stress };
}

/**
 * The boxes as painting reads them, six numbers a box: x0, x1, y0, y1, its value, and the height of
 * its own money coming back (drawn hatched at its foot when over half a pixel). One typed array, as
 * each step's frame is copied to a worker: hundreds of small objects cost a large graph's step about
 * a millisecond to copy, an array of numbers almost nothing.
 */
export type PaintedBoxes = Float64Array;
export const BOX_FIELDS = 6;

/** `nodes` packed for painting, with the height of each one's own money. */
export function packBoxes<N extends Pick<NodeBox, 'x0' | 'x1' | 'y0' | 'y1' | 'value'>>(
  nodes: readonly N[],
  own: (node: N) => number,
): PaintedBoxes {
  const boxes = new Float64Array(nodes.length * BOX_FIELDS);
  nodes.forEach((node, i) => {
    const at = i * BOX_FIELDS;
    boxes[at] = node.x0;
    boxes[at + 1] = node.x1;
    boxes[at + 2] = node.y0;
    boxes[at + 3] = node.y1;
    boxes[at + 4] = node.value;
    boxes[at + 5] = own(node);
  });
  return boxes;
}

/** The labels `paintLabels` draws (a numbered tag, or a visible label): only these go to a worker. */
export function paintedLabels(labels: readonly LabelPlacement[]): LabelPlacement[] {
  return labels.filter((label) => label.tag || label.visible);
}
