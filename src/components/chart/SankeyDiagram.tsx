import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { pickText, translate } from '../../i18n/strings';
import type { LinkShape, NodeBox } from '../../layout/sankeyLayout';
import { entityName as entityNameOf, flowName, originNames as originNamesOf } from '../../i18n/chartText';
import { MIN_BAND_LINK_WIDTH } from '../../layout/linkPaths';
import type { Money } from '../../model/units';
import { useExplorer } from '../../state/context';
import { ChartLinks } from './ChartLinks';
import { ChartLabels } from './ChartLabels';
import { ChartNode } from './ChartNode';
import { lazyPart } from '../shared/lazyPart';
import { LoadFailed } from '../shared/LoadFailed';
import { LinkHatch } from './LinkHatch';
import { SkipChart } from './SkipChart';
import { keyOf } from './chartFocus';
import { useActiveElement } from './useActiveElement';
import { useChartKeys } from './useChartKeys';
import { drawsInBulk, useBulkDrawing } from './bulk/useBulkDrawing';
import { useChart, type HeldInput } from './useChart';
import { sameRoundFrame, type Chart } from '../../i18n/deriveChart';
import { createLatestValue } from './latestValue';
import { useDragPainting } from './useDragPainting';
import { useDirectDrag } from './useDirectDrag';
import type { PaintStep } from './DragLinksCanvas';
import type { PaintThinStep } from './bulk/BulkLinks';
import { useFootnotes } from './useFootnotes';
import { useHeldHeight } from './useHeldHeight';
import { useRoundsView } from './useRoundsView';
import { compareOutlines } from './compare/useCompareParts';
import { useBoxDrag } from './useBoxDrag';
import { warmDragCode } from './dragCode';

// The details on hover or focus: fetched once the chart is up, so the first hover does not wait for them.
const chartTooltip = lazyPart(() => import('./ChartTooltip'));
// Only needed once Play is pressed: kept out of the first download.
const flowAnimation = lazyPart(() => import('./FlowAnimation'));
const storyLayers = lazyPart(() => import('./storyLayers'));
const stressLayers = lazyPart(() => import('./stressLayers'));

/** The links drawn one by one: all of them, or a large graph's wide ones (its thin ones are painted in bulk). */
function drawnLinksOf(links: LinkShape[], bulk: boolean): LinkShape[] {
  return bulk ? links.filter((link) => link.width >= MIN_BAND_LINK_WIDTH) : links;
}

/** The Sankey of the loop (or of its rounds) at a width: links by origin, labels, details on hover or focus. */
export function SankeyDiagram({ width }: { width: number }) {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const view = useExplorer((s) => s.view);
  const colorByOrigin = useExplorer((s) => s.colorByOrigin);
  const isolatedId = useExplorer((s) => s.isolated);
  const { dataset, structure } = model;

  const entityName = useCallback((e: number) => entityNameOf(dataset, e, lang), [dataset, lang]);
  // The sliders' values while a drag is painted without rendering the chart (see useDirectDrag).
  const heldRef = useRef<HeldInput | null>(null);
  const { chart, derive, drawn } = useChart(width, heldRef);
  const { graph, geometry, labels, rounds, partialRounds, trips, nodeLines, ownHeight, ghost, roundFrame, stress } = chart;
  const playRound = useExplorer((s) => s.playRound);
  // Loaded before the rounds view is drawn (see SankeyChart), so its frame is drawn with it.
  const frameParts = useRoundsView(roundFrame !== null).module;
  const height = useHeldHeight(geometry.height, width);
  const originNames = useMemo(() => originNamesOf(model, lang), [model, lang]);
  const isolated = isolatedId === null ? -1 : structure.origins.indexOf(isolatedId);

  const svg = useRef<SVGSVGElement>(null);
  // Where the pointer is over the chart (client coordinates), and over which element.
  const pointer = useRef<{ x: number; y: number; key: string | null } | null>(null);
  const { active, setActive, activateNode, activateLink, deactivate, closeTooltip } = useActiveElement(svg);
  useEffect(() => void chartTooltip.preload().catch(() => undefined), []);
  const animation = flowAnimation.useModule(playRound > 0).module;
  const storyShown = useExplorer((s) => s.step !== null || s.highlight.length > 0);
  const story = storyLayers.useModule(storyShown).module;
  const stressMarks = stressLayers.useModule(stress !== null).module;
  const tooltip = chartTooltip.useModule(active !== null).module;
  const { drag, failed: dragFailed } = useBoxDrag();

  const nodeByKey = useMemo(() => new Map(geometry.nodes.map((n) => [n.key, n])), [geometry]);
  const linkLabel = (flow: number, value: Money) => flowName(dataset, structure, flow, value, lang, partialRounds);

  // Outlines of a compared scenario: loaded when first asked for. Should their code fail to load,
  // the chart stays, without them: the legend and the view controls, which need the same code, say so.
  const compareParts = compareOutlines.useModule(ghost !== null).module;
  const bulk = drawsInBulk(geometry.nodes.length, geometry.links.length);
  // Only large datasets need it, and those arrive after the page: kept out of the first download.
  const bulkDrawing = useBulkDrawing(bulk);
  const [announcement, setAnnouncement] = useState('');
  const describeNode = useCallback(
    (node: NodeBox) => translate(lang, 'text.named', { name: entityName(node.entity), text: nodeLines(node.entity, node.value)[1]! }),
    [entityName, nodeLines, lang],
  );
  // Kept while the geometry is: a large chart renders again at every slider step, before it catches up (see useChart).
  const drawnLinks = useMemo(() => drawnLinksOf(geometry.links, bulk), [geometry.links, bulk]);
  // A stress test's marks are painted too: only its lazily loaded layers must be there to hide behind the canvas.
  const plain = (!stress || stressMarks !== undefined) && !storyShown && !ghost && playRound === 0 && active === null;
  const { painted, onPainted, paintedNodes, held: nodesHeld } = useDragPainting(geometry.nodes, labels, ownHeight, stress, plain);
  // Once the drag's canvas shows the whole chart, a step is painted from the model without rendering
  // (a large graph's thin links in their own canvas).
  const stepPainterRef = useRef<PaintStep | null>(null);
  // The step last painted so, for the footnotes to follow; none once the chart renders again (it then shows the live state).
  const [latestStep] = useState(() => createLatestValue<Chart | null>(null));
  useLayoutEffect(() => latestStep.set(null));
  const thinPainterRef = useRef<PaintThinStep | null>(null);
  useDirectDrag(nodesHeld, heldRef, drawn, (state) => {
    const step = derive(state, { width });
    if (step.ghost || (step.stress && !stressMarks) || !sameRoundFrame(step.roundFrame, roundFrame)) return false;
    const { links, nodes } = step.geometry;
    if (bulk && !thinPainterRef.current?.(links, step.geometry.height)) return false;
    const painted = stepPainterRef.current?.(
      drawnLinksOf(links, bulk),
      { nodes, labels: step.labels, ownHeight: step.ownHeight, stress: step.stress },
      step.geometry.height,
    );
    if (painted) latestStep.set(step);
    return painted ?? false;
  });

  const activeNode = active?.type === 'node' ? nodeByKey.get(active.key) : undefined;
  const activeLink = active?.type === 'link' ? geometry.links.find((l) => l.key === active.key) : undefined;
  const title = pickText(dataset.meta.title, lang).text;
  const footnotes = useFootnotes();

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
  const trackPointer = (event: { clientX: number; clientY: number; target: EventTarget }) =>
    (pointer.current = { x: event.clientX, y: event.clientY, key: keyOf(event.target) });

  return (
    <>
      <SkipChart lang={lang} />
      <svg
        ref={svg}
        className="chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby="chart-title chart-desc"
        data-view={view}
        data-painted={nodesHeld ? 'nodes' : undefined}
        onPointerOver={(event) => {
          trackPointer(event);
          if (view === 'loop') warmDragCode();
        }}
        onPointerMove={trackPointer}
        // A box reached by keyboard may be moved next (Alt+↑/↓): its code loads then too. (A large
        // graph's boxes, drawn as one, step the focus with the arrows instead: only a pointer moves them.)
        onFocus={(event) => {
          if (view === 'loop' && (event.target as Element).closest('.nodes:not(.nodes--bulk)')) warmDragCode();
        }}
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
        {roundFrame && frameParts && <frameParts.RoundFrame frame={roundFrame} width={width} height={height} activeRound={playRound} />}
        <ChartLinks
          links={geometry.links}
          boxes={geometry.nodes.length}
          drawnLinks={drawnLinks}
          bulk={bulk}
          bulkDrawing={bulkDrawing}
          colorByOrigin={colorByOrigin}
          isolated={isolated}
          width={width}
          height={height}
          activeKey={activeLink?.key ?? null}
          linkStop={linkStop}
          linkLabel={linkLabel}
          onActivate={activateLink}
          onDeactivate={deactivate}
          onFocus={onFocusIn('link')}
          onKeyDown={(e) => onChartKey(e, 'link')}
          painted={painted}
          onPainted={onPainted}
          paintedNodes={paintedNodes}
          stepPainterRef={stepPainterRef}
          thinPainterRef={thinPainterRef}
        />
        {stress && stressMarks && <stressMarks.ShortfallBands bands={stress.shortfalls} />}
        {animation && <animation.FlowAnimation geometry={geometry} rounds={rounds} view={view} />}
        {ghost && compareParts && <compareParts.GhostOutlines ghost={ghost} geometry={geometry} />}
        {bulk ? (
          bulkDrawing ? (
            <bulkDrawing.BulkNodes
              nodes={geometry.nodes}
              ownHeight={ownHeight}
              activeKey={activeNode?.key}
              held={nodesHeld}
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
        {stress && stressMarks && <stressMarks.DefaultMarks marks={stress.defaults} />}
        {story && <story.ChartHighlight geometry={geometry} />}
        <ChartLabels labels={labels} held={nodesHeld} />
        {story && <story.ChartCallouts geometry={geometry} labels={labels} />}
      </svg>
      {footnotes && <footnotes.StepFootnotes lang={lang} chart={chart} step={latestStep} />}
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-live="nodes">
        {announcement}
      </p>
      {dragFailed && (
        <p className="chart__note" role="alert" data-failed="drag">
          <LoadFailed text="chart.dragFailed" />
        </p>
      )}
      {active && tooltip && (
        <tooltip.ChartTooltip
          active={active}
          node={activeNode}
          link={activeLink}
          graph={graph}
          nodeByKey={nodeByKey}
          svg={svg}
          pointer={pointer}
          width={width}
          dataset={dataset}
          originNames={originNames}
          trips={view === 'loop' ? (trips ?? undefined) : undefined}
          date={model.moment.date}
          partialRounds={partialRounds}
          lang={lang}
          ghost={ghost}
          onClose={() => closeTooltip(true)}
        />
      )}
    </>
  );
}
