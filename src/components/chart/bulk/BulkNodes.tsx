import { memo, useMemo, useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { drawnBottom, nodeAt, nodeBoxesPath, nodePartsPath, stepNode, type NodeStep } from '../../../layout/bulkNodes';
import type { NodeBox } from '../../../layout/sankeyLayout';

export interface BulkNodesProps {
  nodes: NodeBox[];
  /** Height in pixels of the part of a node that is its own money coming back (net view). */
  ownHeight(node: NodeBox): number;
  activeKey: string | undefined;
  pinned: boolean;
  /** Painted in the drag's canvas (and hidden): kept as they were. */
  held: boolean;
  draggable: boolean;
  /** Accessible name of the group: how many entities and how to move between them. */
  label: string;
  /** A node's name and amount, announced as the arrow keys reach it. */
  describe(node: NodeBox): string;
  onActivate(key: string, pinned: boolean): void;
  onDeactivate(key: string): void;
  onDrag(key: string, dy: number): void;
  onAnnounce(text: string): void;
}

const KEY_STEPS: Record<string, NodeStep> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

/**
 * The entities of a large graph: every box in one path, because moving hundreds of elements costs
 * more than a frame. The pointer finds its node by position; keyboard users get one tab stop and
 * walk the nodes with the arrow keys instead of tabbing through hundreds.
 */
function BulkNodesPath({
  nodes,
  ownHeight,
  activeKey,
  pinned,
  draggable,
  label,
  describe,
  onActivate,
  onDeactivate,
  onDrag,
  onAnnounce,
}: BulkNodesProps) {
  const boxes = useMemo(() => nodeBoxesPath(nodes), [nodes]);
  const own = useMemo(() => nodePartsPath(nodes, ownHeight), [nodes, ownHeight]);
  const drag = useRef<{ key: string; startY: number; pointer: number } | null>(null);
  const hovered = useRef<string | null>(null);
  const active = activeKey === undefined ? undefined : nodes.find((n) => n.key === activeKey && n.value > 0);

  const pointed = (event: MouseEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!svg) return undefined;
    const box = svg.getBoundingClientRect();
    const scale = box.width > 0 ? svg.viewBox.baseVal.width / box.width : 1;
    return nodeAt(nodes, (event.clientX - box.left) * (scale || 1), (event.clientY - box.top) * (scale || 1));
  };
  const leave = () => {
    if (hovered.current && !drag.current) onDeactivate(hovered.current);
    hovered.current = null;
  };
  const onPointerMove = (event: PointerEvent<SVGElement>) => {
    if (drag.current) {
      if (drag.current.pointer !== event.pointerId) return;
      onDrag(drag.current.key, event.clientY - drag.current.startY);
      drag.current.startY = event.clientY;
      return;
    }
    const node = pointed(event);
    if (node?.key === hovered.current) return;
    leave();
    if (!node) return;
    hovered.current = node.key;
    onActivate(node.key, false);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const step = KEY_STEPS[event.key];
    if (step) {
      event.preventDefault();
      const next = stepNode(nodes, activeKey, step);
      if (!next) return;
      onActivate(next.key, pinned);
      onAnnounce(describe(next));
    } else if ((event.key === 'Enter' || event.key === ' ') && activeKey) {
      event.preventDefault();
      onActivate(activeKey, true);
    }
  };

  return (
    <g
      className={`nodes nodes--bulk${draggable ? ' node--draggable' : ''}`}
      data-nodes={nodes.length}
      tabIndex={0}
      role="group"
      aria-label={label}
      aria-describedby={active ? 'chart-tooltip' : undefined}
      onFocus={(event) => {
        if (event.target !== event.currentTarget || active) return;
        const first = stepNode(nodes, undefined, 'first');
        if (!first) return;
        onActivate(first.key, false);
        onAnnounce(describe(first));
      }}
      onBlur={() => activeKey && !hovered.current && onDeactivate(activeKey)}
      onKeyDown={onKeyDown}
    >
      <path
        className="node__box node__bulk"
        d={boxes}
        onPointerMove={onPointerMove}
        onPointerLeave={leave}
        onClick={(event) => {
          const node = pointed(event);
          if (node) onActivate(node.key, true);
        }}
        onPointerDown={(event) => {
          const node = pointed(event);
          if (!draggable || !node) return;
          drag.current = { key: node.key, startY: event.clientY, pointer: event.pointerId };
          (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      />
      {own && <path className="node__own" d={own} pointerEvents="none" />}
      {active && (
        <rect
          className="node__box node__box--active"
          data-key={active.key}
          x={active.x0}
          y={active.y0}
          width={active.x1 - active.x0}
          height={drawnBottom(active) - active.y0}
          pointerEvents="none"
        />
      )}
    </g>
  );
}

/**
 * While the drag's canvas paints the boxes (held, and hidden), a step does not draw them again: their
 * path is the chart's largest element to rebuild, lay out and paint.
 */
export const BulkNodes = memo(BulkNodesPath, (previous, next) => previous.held && next.held);
