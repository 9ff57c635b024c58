import type { NodeBox } from '../../../layout/sankeyLayout';

// A little wider than the boxes, so an outline shows beside a box it overlaps.
const GHOST_MARGIN = 3;

/** The compared scenario's boxes as dashed outlines, drawn behind the chart (decoration: the legend says what they are). */
export function GhostOutlines({ ghost }: { ghost: NodeBox[] }) {
  return (
    <g className="ghost" aria-hidden="true">
      {ghost.map(
        (node) =>
          node.value > 0 && (
            <rect
              key={node.key}
              className="ghost__box"
              data-key={node.key}
              x={node.x0 - GHOST_MARGIN}
              y={node.y0}
              width={node.x1 - node.x0 + 2 * GHOST_MARGIN}
              height={node.y1 - node.y0}
            />
          ),
      )}
    </g>
  );
}
