import {
  chartGraph,
  chartLayout,
  chartNodeOrder,
  chartScale,
  fitScale,
  roundsView,
  stateGraph,
  type ChartView,
} from '../layout/chartGeometry';
import { chartLabels } from '../layout/chartLabels';
import type { FlowGraph } from '../layout/graph';
import { estimateTextWidth, type LabelPlacement } from '../layout/labels';
import type { Rect } from '../layout/labelSpots';
import type { RoundHeader } from '../layout/roundsFrame';
import type { Geometry, NodeBox } from '../layout/sankeyLayout';
import type { StressMarks } from '../layout/stressMarks';
import { stressMarksCode } from '../layout/stressMarksCode';
import { scenarioValues } from '../model/defaults';
import { compileModel, type CompiledModel, type LoopResult } from '../model/engine';
import { focusEntity, roundTrips, type RoundTrip } from '../model/figures';
import type { Round } from '../model/rounds';
import { solveLoopOnce, unrollRoundsOnce } from '../model/solveCache';
import { momentDate } from '../model/resolveMoment';
import { sameValues } from '../model/sameValues';
import type { Lang } from '../model/types';
import type { Money } from '../model/units';
import type { Px } from '../layout/units';
import type { StressResult } from '../model/stress';
import type { ExplorerState } from '../state/store';
import { translate } from './strings';
import { labelLines, labelTexts, ownHeights, returning } from './labelInputs';
import { memoSteps } from './memoSteps';

/** What the chart is derived from: the explorer's state, on screen or in an export. */
export type ChartInput = Pick<
  ExplorerState,
  'model' | 'values' | 'view' | 'rounds' | 'offsets' | 'showNet' | 'fitToView' | 'compare' | 'lang' | 'playRound'
> &
  Partial<Pick<ExplorerState, 'stressed' | 'stressRun'>>;

/** The size the chart is drawn at (its height follows from the width: see `chartHeight`). */
export interface ChartSize {
  width: number;
}

/** The chart as the reader sees it: geometry, and the text of its labels in the reader's language. */
export interface Chart {
  result: LoopResult;
  /** The rounds unrolled, when the view, the animation or a divergent loop shows them; else none. */
  rounds: Round[];
  /**
   * How many rounds the loop view adds up when the loop has no totals (it amplifies itself); null
   * when what it draws are totals. Every amount shown then says it is such a sum.
   */
  partialRounds: number | null;
  graph: FlowGraph;
  geometry: Geometry;
  labels: LabelPlacement[];
  /** Each entity's money that came back to it, when the loop converges. */
  trips: RoundTrip[] | null;
  /** The two lines of a node's label (name, amount): the same text is measured, drawn and exported. */
  nodeLines: (entity: number, value: Money) => [string, string];
  /** Height in px of the own-money hatch at the bottom of a node (net view), 0 when there is none. */
  ownHeight: (node: NodeBox) => number;
  /** The compared scenario's boxes on the same scale (drawn as outlines behind the chart), or null. */
  ghost: NodeBox[] | null;
  /** The scale drawn at as a share of the dataset's fixed scale: below 1 for a state too large for it. */
  scaleShare: number;
  /** The rounds view's headers above each round and the lines between rounds; null in the loop view. */
  roundFrame: RoundFrame | null;
  /** A stress test's shortfall bands and default marks, while its outcome is drawn; else null. */
  stress: StressMarks | null;
}

export interface RoundFrame {
  headers: RoundHeader[];
  /** x of each line between neighbouring rounds. */
  dividers: Px[];
  /** What names keep off: the lines between rounds (see frameWalls). */
  walls: Rect[];
}

/** Two round frames draw the same (a slider's step derives a new one, most often the same). */
export function sameRoundFrame(a: RoundFrame | null, b: RoundFrame | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    sameValues(a.dividers, b.dividers) &&
    a.headers.length === b.headers.length &&
    a.headers.every((h, i) => {
      const other = b.headers[i] as RoundHeader;
      return h.round === other.round && h.x === other.x && h.y === other.y && h.text === other.text;
    })
  );
}

/**
 * The chart from the state at a size: the one derivation the on-screen chart and the export share.
 * Pure: the same input and size give the same chart.
 */
export function deriveChart(input: ChartInput, size: ChartSize): Chart {
  return createChartDeriver()(input, size);
}

/** `deriveChart` with a memory of its steps (see createChartDeriver). */
export interface ChartDeriver {
  (input: ChartInput, size: ChartSize): Chart;
  /**
   * Keeps the chart the last call gave (the one just put on screen) beside the last one derived, until
   * the next call to `keep`. A large chart's deferred render (see useChart) derives a newer step and,
   * when a key press cuts it short, the key press's render draws the chart on screen again; a drag's
   * painted steps (see useDirectDrag) are derived one after another while the chart rendered holds.
   * With only the last call remembered, each of those derived the chart on screen anew. Its solve is
   * remembered apart (see solveLoopOnce): while it is among the latest steps solved (KEPT_STEPS), or
   * the one they add to; after more steps it is solved, and so derived, anew.
   */
  keep(): void;
}

/**
 * `deriveChart` that remembers each step's last inputs, and those of the chart kept on screen, and
 * redoes only the steps whose inputs changed, as a chart on screen needs: an amount slider re-lays
 * out the graph but keeps the node order.
 */
export function createChartDeriver(): ChartDeriver {
  const { memo, keep } = memoSteps();
  const graphOf = memo(chartGraph);
  const orderOf = memo(chartNodeOrder);
  const layoutOf = memo(chartLayout);
  const scaleOf = memo(chartScale);
  const ghostGraphOf = memo(compareGraph);
  const ghostOf = memo(chartLayout);
  const tripsOf = memo(convergedTrips);
  const focusOf = memo(focusIndex);
  const linesOf = memo(labelLines);
  const textOf = memo(labelTexts);
  const returningOf = memo(returning);
  const ownOf = memo(ownHeights);
  const labelsOf = memo(chartLabels);
  const roundFrameOf = memo(roundFrame);
  const stressOf = memo(chartStress);
  const defaultRoundsOf = memo(defaultRounds);
  const derive = (input: ChartInput, { width }: ChartSize): Chart => {
    const { model, view } = input;
    const stressed = currentStress(input);
    const result = stressed ? stressed.outcome.stressed : solveLoopOnce(model, input.values);
    // Unrolling costs allocations on every slider step; only the views that show rounds pay for it.
    const needsRounds = view === 'rounds' || input.playRound > 0 || result.status === 'divergent';
    const rounds = unrollRoundsOnce(model, result, needsRounds ? input.rounds : 0);
    const graph = graphOf(model, view, result, rounds);
    // Deliberately not keyed on the sliders: the order must hold still while they move.
    const order = orderOf(model, view, input.rounds);
    const offsets = view === 'loop' ? input.offsets : undefined;
    // The fixed scale is not keyed on the sliders either: it is the same for every state of a dataset.
    const fixedScale = scaleOf(model, view, input.rounds, width, order);
    const ghostGraph = input.compare === null ? null : ghostGraphOf(model, view, input.compare, input.rounds);
    // Fitting to view fits what is drawn: the reader's state, and the compared scenario if any.
    const scale = !input.fitToView ? fixedScale : ghostGraph ? fitScale([graph, ghostGraph], width, order) : undefined;
    const geometry = layoutOf(graph, width, order, offsets, scale);
    // A state too large for the fixed scale is drawn smaller (see chartLayout), and so is its ghost.
    const shrunk = scale !== undefined && geometry.scale < scale * (1 - 1e-9);
    const ghost = ghostGraph ? ghostOf(ghostGraph, width, order, offsets, shrunk ? geometry.scale : scale).nodes : null;
    const trips = tripsOf(model, result);
    const netting = input.showNet && view === 'loop';
    const partialRounds = view === 'loop' && result.status === 'divergent' ? rounds.length : null;
    const nodeLines = linesOf(
      model.dataset,
      trips,
      netting,
      input.lang,
      defaultRoundsOf(stressed?.outcome, stressed?.shown),
      partialRounds,
    );
    const frame = roundFrameOf(graph, geometry, input.lang);
    // (Labels keep off the rounds view's headers, "OpenAI" was drawn over "Round 1" at 320 px, and its lines between rounds.)
    const labels = labelsOf(
      geometry,
      textOf(model.dataset, nodeLines, input.lang),
      focusOf(model),
      returningOf(trips, netting),
      frame?.headers,
      frame?.walls,
    );
    const scaleShare = shrunk ? geometry.scale / scale : 1;
    return {
      result,
      rounds,
      partialRounds,
      graph,
      geometry,
      labels,
      trips,
      nodeLines,
      ownHeight: ownOf(trips, netting),
      ghost,
      scaleShare,
      roundFrame: frame,
      stress: stressOf(geometry, stressed?.outcome, stressed?.shown, view),
    };
  };
  return Object.assign(derive, { keep });
}

/** Headers and dividers of the rounds view, in the reader's language. */
function roundFrame(graph: FlowGraph, geometry: Geometry, lang: Lang): RoundFrame | null {
  // A rounds graph is only ever built by the rounds view's code, so it is loaded whenever one is drawn.
  const code = roundsView();
  if (!code?.isRoundsGraph(graph)) return null;
  const bands = code.roundBands(graph, geometry);
  const texts = (round: number) => [
    translate(lang, 'rounds.header', { round }),
    translate(lang, 'rounds.headerShort', { round }),
    String(round),
  ];
  const headers = code.placeRoundHeaders(bands, geometry.width, texts, (text) => estimateTextWidth(text, code.ROUND_HEADER_FONT));
  const dividers = code.roundDividers(bands);
  return { headers, dividers, walls: code.frameWalls(dividers, geometry.height) };
}

/**
 * The compared scenario as it stands at its own date, in the year shown. (model/scenarioState.ts,
 * which the tooltip calls, says the same; written out here because the call cost the first script
 * 31 bytes gzip it does not have.)
 */
function compareGraph(model: CompiledModel, view: ChartView, scenario: string, roundCount: number): FlowGraph | null {
  const values = scenarioValues(model.source, scenario);
  const at = compileModel(model.source, { year: model.moment.year, date: momentDate(model.source, scenario) });
  return values ? stateGraph(at, view, values, roundCount) : null;
}

function convergedTrips(model: CompiledModel, result: LoopResult): RoundTrip[] | null {
  return result.status === 'converged' ? roundTrips(model, result) : null;
}

function focusIndex(model: CompiledModel): number | undefined {
  return model.structure.entityIndex.get(focusEntity(model) ?? '');
}

/**
 * The stress test's outcome to draw, with the last cascade round the panel's step buttons show, if
 * any: the panel's, while it is the one for this model and these sliders; else (a slider has just
 * moved: the panel hands its outcome over after the chart renders) the panel's run on these values.
 * The run is shared with the panel, so both draw one outcome and the chart is derived once per step.
 */
function currentStress({ stressed, stressRun, model, values }: ChartInput): { outcome: StressResult; shown?: number | undefined } | null {
  if (stressed && stressed.model === model && stressed.values === values) return stressed;
  const outcome = stressRun?.(model, values);
  return outcome?.status === 'converged' ? { outcome } : null;
}

/** The round each entity defaults in as far as the stress panel's step shows (0: pays, or not shown yet), or null. */
function defaultRounds(outcome: StressResult | undefined, shown = outcome?.clearing.rounds): number[] | null {
  if (!outcome || shown === undefined) return null;
  return Array.from(outcome.clearing.round, (round) => (round <= shown ? round : 0));
}

/** Shortfalls are drawn on the loop view's links only: the rounds view splits a flow across rounds, and its unpaid part with it. */
function chartStress(
  geometry: Geometry,
  outcome: StressResult | undefined,
  shown: number | undefined,
  view: ChartView,
): StressMarks | null {
  if (!outcome) return null;
  return stressMarksCode()(geometry, view === 'loop' ? outcome.obligations : [], outcome.clearing.round, shown ?? outcome.clearing.rounds);
}
