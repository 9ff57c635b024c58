import { useMemo } from 'react';
import { highlightedShapes } from '../../layout/callouts';
import { linkPath } from '../../layout/linkPaths';
import type { Geometry } from '../../layout/sankeyLayout';
import { useExplorer } from '../../state/context';

/**
 * Dims everything but the highlighted entities and flows: a veil in the page's colour over the
 * chart, with holes cut (by a mask) where the highlighted boxes and links are. Drawn over the links
 * and boxes but under the labels, so every name stays legible; it takes no pointer events.
 */
export function ChartHighlight({ geometry }: { geometry: Geometry }) {
  const highlight = useExplorer((s) => s.highlight);
  const shapes = useMemo(() => highlightedShapes(geometry, highlight), [geometry, highlight]);
  if (highlight.length === 0) return null;
  const { width, height } = geometry;
  return (
    <g className="highlight" aria-hidden="true" data-highlighted={shapes.nodes.length + shapes.links.length}>
      <mask id="highlight-holes" maskUnits="userSpaceOnUse" x={0} y={0} width={width} height={height}>
        <rect width={width} height={height} fill="white" />
        {shapes.links.map((link) => (
          <path
            key={link.key}
            className="highlight__hole"
            d={linkPath(link.route!)}
            fill="none"
            stroke="black"
            strokeWidth={Math.max(2, link.width + 2)}
          />
        ))}
        {shapes.nodes.map((node) => (
          <rect
            key={node.key}
            className="highlight__hole"
            x={node.x0 - 1}
            y={node.y0 - 1}
            width={node.x1 - node.x0 + 2}
            height={Math.max(1, node.y1 - node.y0) + 2}
            fill="black"
          />
        ))}
      </mask>
      <rect className="highlight__veil" width={width} height={height} mask="url(#highlight-holes)" />
    </g>
  );
}
