import { useMemo, type RefObject } from 'react';
import type { FlowGraph } from '../../layout/graph';
import type { LinkShape, NodeBox } from '../../layout/sankeyLayout';
import type { RoundTrip } from '../../model/figures';
import type { Dataset, Lang } from '../../model/types';
import { money } from '../../model/units';
import { scenarioState } from '../../model/scenarioState';
import { solveLoopShared } from '../../model/sharedSolve';
import { pickText } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { EntityDetails } from '../panels/EntityDetails';
import { FlowDetails } from '../panels/FlowDetails';
import { chartElement, grow } from './chartFocus';
import { Tooltip, type TooltipAnchor } from './Tooltip';
import type { Active } from './useActiveElement';

export interface ChartTooltipProps {
  active: Active;
  /** The box or the link it describes, as drawn. */
  node: NodeBox | undefined;
  link: LinkShape | undefined;
  graph: FlowGraph;
  nodeByKey: ReadonlyMap<string, NodeBox>;
  svg: RefObject<SVGSVGElement | null>;
  /** Where the pointer is over the chart (client coordinates), and over which element. */
  pointer: RefObject<{ x: number; y: number; key: string | null } | null>;
  width: number;
  dataset: Dataset;
  originNames: string[];
  /** Each entity's round trip, in the loop view when the loop converges. */
  trips: RoundTrip[] | undefined;
  date: string;
  partialRounds: number | null;
  lang: Lang;
  /** The compared scenario's boxes (see Chart.ghost), or null when none is compared. */
  ghost: readonly NodeBox[] | null;
  onClose(): void;
}

/**
 * The details of the box or link that is hovered, focused or pinned, beside it. Loaded after the
 * chart is drawn (a reader needs it only on hover or focus), with what it shows.
 */
export function ChartTooltip(props: ChartTooltipProps) {
  const { active, node, link, graph, nodeByKey, svg, pointer, width, dataset, originNames, lang } = props;
  const compare = useExplorer((s) => s.compare);
  const model = useExplorer((s) => s.model);
  const view = useExplorer((s) => s.view);
  const rounds = useExplorer((s) => s.rounds);
  // The compared scenario, and whether its figures are sums of its first rounds: its own loop may
  // diverge where the chart's does not, or the other way round (as chartGraph draws it: a divergent
  // loop has no totals). Solved once per scenario and view, not on every step of a drag.
  const comparing = useMemo(() => {
    const scenario = model.dataset.scenarios.find((s) => s.id === compare);
    const state = scenario && scenarioState(model, scenario.id);
    if (!scenario || !state) return null;
    const divergent = view === 'loop' && solveLoopShared(...state).status === 'divergent';
    return { scenario, partialRounds: divergent ? rounds : null };
  }, [model, compare, view, rounds]);
  const graphLink = link ? graph.links.find((l) => l.key === link.key) : undefined;
  const at = node ? { x: (node.x0 + node.x1) / 2, y: node.y1 } : link ? linkMidpoint(link, nodeByKey) : null;
  if (!at) return null;
  /** What the open tooltip must leave uncovered: the pointer, and the element it describes where it can. */
  const anchor = (): TooltipAnchor => {
    const over = pointer.current && pointer.current.key === active.key ? pointer.current : null;
    const element = chartElement(svg.current, active.type, active.key);
    const frame = svg.current?.getBoundingClientRect();
    if (!element || !frame) return { avoid: [], pointer: over };
    const box = element.getBoundingClientRect();
    // A link's box is its centre line's: grow it by half the link and its focus ring.
    const whole = grow(box, link ? link.width / 2 + 6 : 6);
    // Hovering a link, the tooltip stays by the pointer; focused, it keeps the link (or its middle) in view.
    if (node) return { avoid: [whole], pointer: over };
    if (over || !link) return { avoid: [], pointer: over };
    const middle = { x: frame.left + at.x, y: frame.top + at.y };
    const half = link.width / 2 + 6;
    return { avoid: [whole, { left: middle.x - 24, right: middle.x + 24, top: middle.y - half, bottom: middle.y + half }], pointer: null };
  };
  return (
    <Tooltip
      anchorKey={`${active.type}:${active.key}`}
      anchor={anchor}
      containerWidth={width}
      lang={lang}
      pinned={active.pinned}
      takeFocus={Boolean(active.byKey)}
      onClose={props.onClose}
    >
      {node && (
        <EntityDetails
          dataset={dataset}
          entity={node.entity}
          value={node.value}
          byOrigin={nodeOrigins(graph, node.key)}
          roundTrip={props.trips?.[node.entity]}
          partialRounds={props.partialRounds}
          originNames={originNames}
          lang={lang}
          compared={
            comparing && props.ghost
              ? {
                  scenario: pickText(comparing.scenario.label, lang).text,
                  value: props.ghost.find((box) => box.key === node.key)?.value ?? money(0),
                  partialRounds: comparing.partialRounds,
                }
              : undefined
          }
        />
      )}
      {link && graphLink && (
        <FlowDetails
          dataset={dataset}
          flow={link.flow}
          value={link.value}
          byOrigin={graphLink.split.row(graphLink.flow)}
          sourceOutflow={money(outflowOf(graph, link.source))}
          originNames={originNames}
          date={props.date}
          partialRounds={props.partialRounds}
          lang={lang}
        />
      )}
    </Tooltip>
  );
}

/**
 * Money by origin through the node a tooltip shows (none for a node without links). Only that node's
 * links are summed: the sums for every node cost a large graph a long task on each tooltip.
 */
function nodeOrigins(graph: FlowGraph, key: string): number[] {
  const into = graph.links.filter((link) => graph.nodes[link.target]!.key === key);
  // Sources receive nothing: show what they put in.
  const links = into.length > 0 ? into : graph.links.filter((link) => graph.nodes[link.source]!.key === key);
  if (links.length === 0) return [];
  const sum = new Array<number>(graph.origins).fill(0);
  const row = new Float64Array(graph.origins);
  for (const link of links) {
    link.split.row(link.flow, row);
    for (let o = 0; o < graph.origins; o++) sum[o]! += row[o] as number;
  }
  return sum;
}

/** What a node passes on, for the share a flow's tooltip gives. */
function outflowOf(graph: FlowGraph, key: string): number {
  let outflow = 0;
  for (const link of graph.links) if (graph.nodes[link.source]!.key === key) outflow += link.value;
  return outflow;
}

function linkMidpoint(
  link: { source: string; target: string; back: boolean },
  nodes: ReadonlyMap<string, { x0: number; x1: number; y0: number; y1: number }>,
) {
  const source = nodes.get(link.source);
  const target = nodes.get(link.target);
  if (!source || !target) return { x: 0, y: 0 };
  if (link.back) return { x: (source.x1 + target.x0) / 2, y: Math.max(source.y1, target.y1) };
  return { x: (source.x1 + target.x0) / 2, y: (source.y0 + source.y1 + target.y0 + target.y1) / 4 };
}
