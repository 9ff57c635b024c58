import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { NodeStep } from '../../layout/bulkNodes';
import type { LinkShape, NodeBox } from '../../layout/sankeyLayout';
import { lazyPart } from '../shared/lazyPart';
import { KEY_MOVE, STEPS, chartElement, firstLink, firstNode, keyOf } from './chartFocus';

export type ChartPart = 'node' | 'link';
type ChartSteps = typeof import('./chartSteps');

// Where the arrow keys lead: fetched once the chart is up, so the first view does not wait for it.
const chartSteps = lazyPart(() => import('./chartSteps'));

interface ChartKeysOptions {
  svg: RefObject<SVGSVGElement | null>;
  nodes: readonly NodeBox[];
  nodeByKey: ReadonlyMap<string, NodeBox>;
  /** The links drawn as elements (a large graph draws its thin ones in bulk, out of reach of focus). */
  links: readonly LinkShape[];
  /** Whether Alt+↑/↓ may move a box (the loop view's boxes can be dragged). */
  movable: boolean;
  drag(key: string, dy: number, moved?: () => void): void;
  onMoved(node: NodeBox, up: boolean): void;
  onPin(type: ChartPart, key: string): void;
}

/** An arrow key pressed on a chart element. */
interface Step {
  type: ChartPart;
  from: string;
  step: NodeStep;
}

/**
 * The chart's keyboard: one tab stop for the boxes and one for the links (roving focus, remembered
 * where the reader left it), arrow keys between them, Enter or Space to pin the details, Alt+↑/↓ to
 * move a box.
 */
export function useChartKeys({ svg, nodes, nodeByKey, links, movable, drag, onMoved, onPin }: ChartKeysOptions) {
  const [stops, setStops] = useState<{ node?: string; link?: string }>({});
  const steps = chartSteps.useModule(true).module;
  // Arrow keys pressed before the code that follows them arrives: followed, in order, once it has.
  const waiting = useRef<Step[]>([]);
  const drawnNode = (key: string | undefined) => key !== undefined && (nodeByKey.get(key)?.value ?? 0) > 0;
  const nodeStop = drawnNode(stops.node) ? stops.node : firstNode(nodes);
  const linkStop = links.some((l) => l.key === stops.link && l.route) ? stops.link : firstLink(links);
  const follow = (module: ChartSteps, queued: Step[]) => {
    let to: { type: ChartPart; key: string } | undefined;
    for (const { type, from, step } of queued) {
      // Each key leads on from where the one before it led (focus did not move while waiting).
      const start = to?.type === type ? to.key : from;
      const next = type === 'node' ? module.nextNode(nodes, start, step) : module.nextLink(links, start, step);
      to = { type, key: next ?? start };
    }
    const first = queued[0];
    if (to && first && to.key !== first.from) chartElement(svg.current, to.type, to.key)?.focus();
  };
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
      // Said once the box has moved: the first move may wait for the code that moves it, which may fail.
      const node = nodeByKey.get(key);
      drag(key, (up ? -KEY_MOVE : KEY_MOVE) * (event.shiftKey ? 4 : 1), () => node && onMoved(node, up));
      return;
    }
    const step = STEPS[event.key];
    if (step && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (steps && waiting.current.length === 0) return follow(steps, [{ type, from: key, step }]);
      waiting.current.push({ type, from: key, step });
      // Should the code not load, the keys waiting are dropped and the next one tries again.
      if (waiting.current.length === 1)
        chartSteps.preload().then(
          (module) => follow(module, waiting.current.splice(0)),
          () => void waiting.current.splice(0),
        );
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPin(type, key);
    }
  };
  return { nodeStop, linkStop, onFocusIn, onChartKey };
}
