import type { LabelPlacement } from '../../layout/labels';
import type { NodeBox } from '../../layout/sankeyLayout';

// What a drag's canvas paints of the boxes and labels, packed small: each step's frame is copied to
// the painting worker. Apart from the painting itself, which loads lazily with the drag's canvas.

/**
 * The boxes as painting reads them, six numbers a box: x0, x1, y0, y1, its value, and the height of
 * its own money coming back (drawn hatched at its foot when over half a pixel). One typed array, as
 * each step's frame is copied to a worker: hundreds of small objects cost a large graph's step about
 * a millisecond to copy, an array of numbers almost nothing.
 */
export type PaintedBoxes = Float64Array;
export const BOX_FIELDS = 6;

/** `nodes` packed for painting, with the height of each one's own money. */
export function packBoxes(
  nodes: readonly Pick<NodeBox, 'x0' | 'x1' | 'y0' | 'y1' | 'value'>[],
  own: (index: number) => number,
): PaintedBoxes {
  const boxes = new Float64Array(nodes.length * BOX_FIELDS);
  nodes.forEach((node, i) => {
    const at = i * BOX_FIELDS;
    boxes[at] = node.x0;
    boxes[at + 1] = node.x1;
    boxes[at + 2] = node.y0;
    boxes[at + 3] = node.y1;
    boxes[at + 4] = node.value;
    boxes[at + 5] = own(i);
  });
  return boxes;
}

/** The labels `paintLabels` draws (a numbered tag, or a visible label): only these go to a worker. */
export function paintedLabels(labels: readonly LabelPlacement[]): LabelPlacement[] {
  return labels.filter((label) => label.tag || label.visible);
}
