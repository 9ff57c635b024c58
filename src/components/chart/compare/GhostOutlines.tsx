import { anchorGhost } from '../../../layout/anchorGhost';
import type { Geometry, NodeBox } from '../../../layout/sankeyLayout';

// A little wider than the boxes, so an outline shows beside the box it is set on.
const GHOST_MARGIN = 3;

/**
 * The compared scenario's boxes as dashed outlines, each set on its entity's box (see anchorGhost)
 * and drawn over the boxes, so one smaller than its box shows too; the legend says what they are.
 */
export function GhostOutlines({ ghost, geometry }: { ghost: NodeBox[]; geometry: Pick<Geometry, 'nodes' | 'height'> }) {
  const anchored = anchorGhost(ghost, geometry);
  return (
    <g className="ghost" aria-hidden="true">
      {anchored.map(
        (node) =>
          node.value > 0 && (
            <g key={node.key} data-key={node.key}>
              {(['ghost__halo', 'ghost__box'] as const).map((className) => (
                <rect
                  key={className}
                  className={className}
                  x={node.x0 - GHOST_MARGIN}
                  y={node.y0}
                  width={node.x1 - node.x0 + 2 * GHOST_MARGIN}
                  height={node.y1 - node.y0}
                />
              ))}
            </g>
          ),
      )}
    </g>
  );
}
