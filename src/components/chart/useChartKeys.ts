import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { LinkShape, NodeBox } from '../../layout/sankeyLayout';
import { KEY_MOVE, STEPS, chartElement, keyOf, nextLink, nextNode } from './chartFocus';

export type ChartPart = 'node' | 'link';

interface ChartKeysOptions {
  svg: RefObject<SVGSVGElement | null>;
  nodes: readonly NodeBox[];
  nodeByKey: ReadonlyMap<string, NodeBox>;
  /** The links drawn as elements (a large graph draws its thin ones in bulk, out of reach of focus). */
  links: readonly LinkShape[];
  /** Whether Alt+↑/↓ may move a box (the loop view's boxes can be dragged). */
  movable: boolean;
  drag(key: string, dy: number): void;
  onMoved(node: NodeBox, up: boolean): void;
  onPin(type: ChartPart, key: string): void;
}

/**
 * The chart's keyboard: one tab stop for the boxes and one for the links (roving focus, remembered
 * where the reader left it), arrow keys between them, Enter or Space to pin the details, Alt+↑/↓ to
 * move a box.
 */
export function useChartKeys({ svg, nodes, nodeByKey, links, movable, drag, onMoved, onPin }: ChartKeysOptions) {
  const [stops, setStops] = useState<{ node?: string; link?: string }>({});
  const drawnNode = (key: string | undefined) => key !== undefined && (nodeByKey.get(key)?.value ?? 0) > 0;
  const nodeStop = drawnNode(stops.node) ? stops.node : nextNode(nodes, undefined, 'first');
  const linkStop = links.some((l) => l.key === stops.link && l.route) ? stops.link : nextLink(links, undefined, 'first');
  const onFocusIn = (type: ChartPart) => (event: { target: EventTarget }) => {
    const key = keyOf(event.target);
    if (key !== null) setStops((current) => (current[type] === key ? current : { ...current, [type]: key }));
  };
  const onChartKey = (event: KeyboardEvent<SVGGElement>, type: ChartPart) => {
    const key = keyOf(event.target);
    if (key === null) return;
    if (type === 'node' && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      if (!movable) return;
      event.preventDefault();
      const up = event.key === 'ArrowUp';
      drag(key, (up ? -KEY_MOVE : KEY_MOVE) * (event.shiftKey ? 4 : 1));
      const node = nodeByKey.get(key);
      if (node) onMoved(node, up);
      return;
    }
    const step = STEPS[event.key];
    if (step && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const to = type === 'node' ? nextNode(nodes, key, step) : nextLink(links, key, step);
      if (to !== undefined && to !== key) chartElement(svg.current, type, to)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPin(type, key);
    }
  };
  return { nodeStop, linkStop, onFocusIn, onChartKey };
}
