import { memo, useRef } from 'react';
import type { NodeBox } from '../../layout/sankeyLayout';

export interface ChartNodeProps {
  node: NodeBox;
  label: string;
  /** Height in pixels of the part of the node that is its own money coming back (net view). */
  ownHeight: number;
  active: boolean;
  draggable: boolean;
  /** The one node Tab reaches (the arrow keys lead to the others). */
  tabStop: boolean;
  onActivate(key: string, pinned: boolean): void;
  onDeactivate(key: string): void;
  onDrag(key: string, dy: number): void;
}

/** An entity's box. Drag it up or down within its column (or Alt+arrow keys) to untangle the links; they follow. */
export const ChartNode = memo(function ChartNode({
  node,
  label,
  ownHeight,
  active,
  draggable,
  tabStop,
  onActivate,
  onDeactivate,
  onDrag,
}: ChartNodeProps) {
  const drag = useRef<{ startY: number; pointer: number } | null>(null);
  const height = Math.max(1, node.y1 - node.y0);
  if (node.value <= 0) return null;
  return (
    <g
      className={`node${active ? ' node--active' : ''}${draggable ? ' node--draggable' : ''}`}
      data-key={node.key}
      tabIndex={tabStop ? 0 : -1}
      role="button"
      aria-label={label}
      aria-keyshortcuts={draggable ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
      aria-describedby={active ? 'chart-tooltip' : undefined}
      onFocus={() => onActivate(node.key, false)}
      onBlur={() => onDeactivate(node.key)}
      onPointerEnter={() => onActivate(node.key, false)}
      onPointerLeave={() => !drag.current && onDeactivate(node.key)}
      onClick={() => onActivate(node.key, true)}
      onPointerDown={(event) => {
        if (!draggable) return;
        drag.current = { startY: event.clientY, pointer: event.pointerId };
        (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
      }}
      onPointerMove={(event) => {
        if (!drag.current || drag.current.pointer !== event.pointerId) return;
        onDrag(node.key, event.clientY - drag.current.startY);
        drag.current.startY = event.clientY;
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    >
      <rect className="node__box" x={node.x0} y={node.y0} width={node.x1 - node.x0} height={height} />
      {ownHeight > 0.5 && <rect className="node__own" x={node.x0} y={node.y1 - ownHeight} width={node.x1 - node.x0} height={ownHeight} />}
    </g>
  );
});
