import { anchorGhost, ghostPath } from '../../../layout/anchorGhost';
import type { Geometry, NodeBox } from '../../../layout/sankeyLayout';

// Wider than the boxes: drawn under them, an outline shows as dashes either side of its box.
const GHOST_MARGIN = 4;

/**
 * The compared scenario's boxes as dashed outlines, each set on its entity's box (see anchorGhost),
 * drawn over the links and under the boxes: dashes either side of a box reach as far down as the
 * entity in that scenario, open-ended where cut short; the legend says what they are.
 */
export function GhostOutlines({ ghost, geometry }: { ghost: NodeBox[]; geometry: Pick<Geometry, 'nodes' | 'height'> }) {
  return (
    <g className="ghost" aria-hidden="true">
      {anchorGhost(ghost, geometry).map((box) => (
        <path key={box.key} className="ghost__box" data-key={box.key} data-open={box.open || undefined} d={ghostPath(box, GHOST_MARGIN)} />
      ))}
    </g>
  );
}
