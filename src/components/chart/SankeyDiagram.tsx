import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pickText, translate } from '../../i18n/strings';
import type { FlowGraph } from '../../layout/graph';
import type { NodeBox } from '../../layout/sankeyLayout';
import { chartKey } from '../../i18n/chartKey';
import { entityName as entityNameOf, flowName, originNames as originNamesOf } from '../../i18n/chartText';
import { MIN_BAND_LINK_WIDTH } from '../../layout/linkPaths';
import { money, type Money } from '../../model/units';
import { useExplorer } from '../../state/context';
import { ChartLinks } from './ChartLinks';
import { ChartKey } from './ChartKey';
import { DefaultMarks } from './DefaultMarks';
import { ChartLabels } from './ChartLabels';
import { LabelKey } from './LabelKey';
import { ChartNode } from './ChartNode';
import { ChartNotes } from './ChartNotes';
import { lazyPart } from '../shared/lazyPart';
import { LinkHatch } from './LinkHatch';
import { ShortfallBands } from './ShortfallBands';
import { RoundFrame } from './RoundFrame';
import type { TooltipAnchor } from './Tooltip';
import { SkipChart } from './SkipChart';
import { chartElement, grow, keyOf } from './chartFocus';
import { useActiveElement } from './useActiveElement';
import { useChartKeys } from './useChartKeys';
import { drawsInBulk, useBulkDrawing } from './bulk/useBulkDrawing';
import { useChart } from './useChart';
import { useCompareParts } from './compare/useCompareParts';

const detailPanels = lazyPart(() => import('../panels/details'));
// Only needed once Play is pressed: kept out of the first download.
const flowAnimation = lazyPart(() => import('./FlowAnimation'));
const storyLayers = lazyPart(() => import('./storyLayers'));

/** The Sankey of the loop (or of its rounds) at a width: links by origin, labels, details on hover or focus. */
export function SankeyDiagram({ width }: { width: number }) {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const view = useExplorer((s) => s.view);
  const colorByOrigin = useExplorer((s) => s.colorByOrigin);
  const isolatedId = useExplorer((s) => s.isolated);
  const offsets = useExplorer((s) => s.offsets);
  const setOffset = useExplorer((s) => s.setOffset);
  const { dataset, structure } = model;

  const entityName = useCallback((e: number) => entityNameOf(dataset, e, lang), [dataset, lang]);
  const { graph, geometry, labels, rounds, partialRounds, trips, nodeLines, ownHeight, ghost, scaleShare, roundFrame, stress } =
    useChart(width);
  const playRound = useExplorer((s) => s.playRound);
  const originNames = useMemo(() => originNamesOf(dataset, structure.origins, lang), [structure, dataset, lang]);
  const isolated = isolatedId === null ? -1 : structure.origins.indexOf(isolatedId);

  const svg = useRef<SVGSVGElement>(null);
  // Where the pointer is over the chart (client coordinates), and over which element.
  const pointer = useRef<{ x: number; y: number; key: string | null } | null>(null);
  const { active, setActive, activateNode, activateLink, deactivate, closeTooltip } = useActiveElement(svg);
  // Fetched once the chart is up, so the first hover does not wait for it.
  useEffect(() => void detailPanels.preload().catch(() => undefined), []);
  const animation = flowAnimation.useModule(playRound > 0).module;
  const storyShown = useExplorer((s) => s.step !== null || s.highlight.length > 0);
  const story = storyLayers.useModule(storyShown).module;
  const panels = detailPanels.useModule(active !== null).module;
  // Keys are dataset ids: an entity called "__proto__" must not read Object.prototype.
  const drag = useCallback(
    (key: string, dy: number) => setOffset(key, (Object.hasOwn(offsets, key) ? (offsets[key] as number) : 0) + dy),
    [offsets, setOffset],
  );

  const nodeByKey = useMemo(() => new Map(geometry.nodes.map((n) => [n.key, n])), [geometry]);
  const linkLabel = (flow: number, value: Money) => flowName(dataset, structure, flow, value, lang, partialRounds);

  // Outlines of a compared scenario: loaded when first asked for.
  const compareParts = useCompareParts(ghost !== null);
  const bulk = drawsInBulk(geometry.nodes.length, geometry.links.length);
  // Only large datasets need it, and those arrive after the page: kept out of the first download.
  const bulkDrawing = useBulkDrawing(bulk);
  const [announcement, setAnnouncement] = useState('');
  const describeNode = useCallback(
    (node: NodeBox) => `${entityName(node.entity)}: ${nodeLines(node.entity, node.value)[1]}`,
    [entityName, nodeLines],
  );
  const drawnLinks = bulk ? geometry.links.filter((link) => link.width >= MIN_BAND_LINK_WIDTH) : geometry.links;

  const activeNode = active?.type === 'node' ? nodeByKey.get(active.key) : undefined;
  const activeLink = active?.type === 'link' ? geometry.links.find((l) => l.key === active.key) : undefined;
  const graphLink = activeLink ? graph.links.find((l) => l.key === activeLink.key) : undefined;
  const tooltipAt = activeNode
    ? { x: (activeNode.x0 + activeNode.x1) / 2, y: activeNode.y1 }
    : activeLink
      ? linkMidpoint(activeLink, nodeByKey)
      : null;
  const title = pickText(dataset.meta.title, lang).text;
  const keyEntries = useMemo(() => chartKey(geometry, ownHeight, lang, stress), [geometry, ownHeight, lang, stress]);

  const { nodeStop, linkStop, onFocusIn, onChartKey } = useChartKeys({
    svg,
    nodes: geometry.nodes,
    nodeByKey,
    links: drawnLinks,
    movable: view === 'loop',
    drag,
    onMoved: (node, up) => setAnnouncement(translate(lang, up ? 'chart.movedUp' : 'chart.movedDown', { name: entityName(node.entity) })),
    onPin: (type, key) => setActive({ type, key, pinned: true, byKey: true }),
  });
  /** What the open tooltip must leave uncovered: the pointer, and the element it describes where it can. */
  const tooltipAnchor = (): TooltipAnchor => {
    const over = pointer.current && active && pointer.current.key === active.key ? pointer.current : null;
    const element = active ? chartElement(svg.current, active.type, active.key) : undefined;
    const frame = svg.current?.getBoundingClientRect();
    if (!element || !frame) return { avoid: [], pointer: over };
    const box = element.getBoundingClientRect();
    // A link's box is its centre line's: grow it by half the link and its focus ring.
    const whole = grow(box, activeLink ? activeLink.width / 2 + 6 : 6);
    // Hovering a link, the tooltip stays by the pointer; focused, it keeps the link (or its middle) in view.
    if (activeNode) return { avoid: [whole], pointer: over };
    if (over || !tooltipAt || !activeLink) return { avoid: [], pointer: over };
    const middle = { x: frame.left + tooltipAt.x, y: frame.top + tooltipAt.y };
    const half = activeLink.width / 2 + 6;
    return { avoid: [whole, { left: middle.x - 24, right: middle.x + 24, top: middle.y - half, bottom: middle.y + half }], pointer: null };
  };
  const trackPointer = (event: { clientX: number; clientY: number; target: EventTarget }) =>
    (pointer.current = { x: event.clientX, y: event.clientY, key: keyOf(event.target) });

  return (
    <>
      <SkipChart lang={lang} />
      <svg
        ref={svg}
        className="chart__svg"
        width={width}
        height={geometry.height}
        viewBox={`0 0 ${width} ${geometry.height}`}
        role="group"
        aria-labelledby="chart-title chart-desc"
        data-view={view}
        onPointerOver={trackPointer}
        onPointerMove={trackPointer}
        onPointerLeave={() => (pointer.current = null)}
      >
        <title id="chart-title">{translate(lang, 'chart.title', { title })}</title>
        <desc id="chart-desc">{translate(lang, 'chart.desc')}</desc>
        <defs>
          <pattern id="own-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="2" height="4" className="hatch" />
          </pattern>
          <LinkHatch />
        </defs>
        {roundFrame && <RoundFrame frame={roundFrame} width={width} height={geometry.height} activeRound={playRound} />}
        {ghost && compareParts && <compareParts.GhostOutlines ghost={ghost} />}
        <ChartLinks
          links={geometry.links}
          drawnLinks={drawnLinks}
          bulk={bulk}
          bulkDrawing={bulkDrawing}
          colorByOrigin={colorByOrigin}
          isolated={isolated}
          width={width}
          height={geometry.height}
          activeKey={activeLink?.key ?? null}
          linkStop={linkStop}
          linkLabel={linkLabel}
          onActivate={activateLink}
          onDeactivate={deactivate}
          onFocus={onFocusIn('link')}
          onKeyDown={(e) => onChartKey(e, 'link')}
        />
        {stress && <ShortfallBands bands={stress.shortfalls} />}
        {animation && <animation.FlowAnimation geometry={geometry} rounds={rounds} view={view} />}
        {bulk ? (
          bulkDrawing ? (
            <bulkDrawing.BulkNodes
              nodes={geometry.nodes}
              ownHeight={ownHeight}
              activeKey={activeNode?.key}
              pinned={Boolean(active?.pinned)}
              draggable={view === 'loop'}
              label={translate(lang, 'chart.entities', { count: String(geometry.nodes.filter((n) => n.value > 0).length) })}
              describe={describeNode}
              onActivate={activateNode}
              onDeactivate={deactivate}
              onDrag={drag}
              onAnnounce={setAnnouncement}
            />
          ) : (
            <g className="nodes" data-loading="bulk" />
          )
        ) : (
          <g className="nodes" onFocus={onFocusIn('node')} onKeyDown={(e) => onChartKey(e, 'node')}>
            {geometry.nodes.map((node) => (
              <ChartNode
                key={node.key}
                node={node}
                label={describeNode(node)}
                ownHeight={ownHeight(node)}
                active={active?.key === node.key}
                draggable={view === 'loop'}
                tabStop={node.key === nodeStop}
                onActivate={activateNode}
                onDeactivate={deactivate}
                onDrag={drag}
              />
            ))}
          </g>
        )}
        {stress && <DefaultMarks marks={stress.defaults} />}
        {story && <story.ChartHighlight geometry={geometry} />}
        <ChartLabels labels={labels} />
        {story && <story.ChartCallouts geometry={geometry} />}
      </svg>
      <ChartNotes lang={lang} roundFrame={roundFrame} partialRounds={partialRounds} scaleShare={scaleShare} />
      <LabelKey labels={labels} lang={lang} />
      <ChartKey entries={keyEntries} lang={lang} />
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-live="nodes">
        {announcement}
      </p>
      {active && tooltipAt && panels && (
        <panels.Tooltip
          anchorKey={`${active.type}:${active.key}`}
          anchor={tooltipAnchor}
          containerWidth={width}
          lang={lang}
          pinned={active.pinned}
          takeFocus={Boolean(active.byKey)}
          onClose={() => closeTooltip(true)}
        >
          {activeNode && (
            <panels.EntityDetails
              dataset={dataset}
              entity={activeNode.entity}
              value={activeNode.value}
              byOrigin={nodeOrigins(graph, activeNode.key)}
              roundTrip={view === 'loop' ? trips?.[activeNode.entity] : undefined}
              partialRounds={partialRounds}
              originNames={originNames}
              lang={lang}
            />
          )}
          {activeLink && graphLink && (
            <panels.FlowDetails
              dataset={dataset}
              flow={activeLink.flow}
              value={activeLink.value}
              byOrigin={graphLink.byOrigin}
              sourceOutflow={money(outflowOf(graph, activeLink.source))}
              originNames={originNames}
              date={model.moment.date}
              partialRounds={partialRounds}
              lang={lang}
            />
          )}
        </panels.Tooltip>
      )}
    </>
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
  for (const link of links) for (let o = 0; o < graph.origins; o++) sum[o]! += link.byOrigin[o] as number;
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
  nodes: Map<string, { x0: number; x1: number; y0: number; y1: number }>,
) {
  const source = nodes.get(link.source);
  const target = nodes.get(link.target);
  if (!source || !target) return { x: 0, y: 0 };
  if (link.back) return { x: (source.x1 + target.x0) / 2, y: Math.max(source.y1, target.y1) };
  return { x: (source.x1 + target.x0) / 2, y: (source.y0 + source.y1 + target.y0 + target.y1) / 4 };
}
