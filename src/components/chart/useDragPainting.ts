import { useCallback, useMemo, useState } from 'react';
import type { LabelPlacement } from '../../layout/labels';
import type { NodeBox } from '../../layout/sankeyLayout';
import type { StressMarks } from '../../layout/stressMarks';
import { useExplorer } from '../../state/context';
import type { DragNodes } from './paintedNodes';

/**
 * What the drag's canvas paints, and when the SVG may give way to it. The SVG's bands (and boxes and
 * labels) stay until the canvas shows them (a worker paints a moment after the frame). The canvas
 * paints the boxes and labels too, and a stress test's marks between them and the bands, unless
 * something else is drawn between them (a story's highlight, a compared scenario, a round playing)
 * or a box or link is open (its focus ring): then they stay SVG.
 */
export function useDragPainting(
  nodes: NodeBox[],
  labels: LabelPlacement[],
  ownHeight: (node: NodeBox) => number,
  /** A stress test's marks, painted between the bands and the boxes and under the labels. */
  stress: StressMarks | null,
  /** Nothing else is drawn between the bands and the boxes, and nothing is open. */
  plain: boolean,
): { painted: boolean; onPainted: (nodes: boolean) => void; paintedNodes: DragNodes | undefined; held: boolean } {
  const dragging = useExplorer((s) => s.dragging);
  const [painted, setPainted] = useState(false);
  // The SVG's boxes and labels go only once a paint has shown the canvas's (the canvas may start
  // painting them mid-drag, a Play stopped; or be unable to: then it never says it did).
  const [nodesPainted, setNodesPainted] = useState(false);
  const nodesOnCanvas = dragging && plain;
  if (!dragging && painted) setPainted(false);
  if (!nodesOnCanvas && nodesPainted) setNodesPainted(false);
  const onPainted = useCallback((nodes: boolean) => {
    setPainted(true);
    setNodesPainted(nodes);
  }, []);
  const paintedNodes = useMemo(
    () => (nodesOnCanvas ? { nodes, labels, ownHeight, stress } : undefined),
    [nodesOnCanvas, nodes, ownHeight, labels, stress],
  );
  return { painted, onPainted, paintedNodes, held: nodesPainted && nodesOnCanvas };
}
