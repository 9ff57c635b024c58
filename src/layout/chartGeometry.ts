import { defaultValues } from '../model/defaults';
import { referenceStates } from '../model/referenceStates';
import { compileModel, type CompiledModel, type LoopResult } from '../model/engine';
import { sumRounds, unrollRounds, type Round } from '../model/rounds';
import { solveLoopShared } from '../model/sharedSolve';
import type { ParamValues } from '../model/types';
import { buildLoopGraph } from './buildGraphs';
import type { FlowGraph } from './graph';
import { layoutSankey, nodeOrder, type Geometry } from './sankeyLayout';
import { pxPerMoney, type PxPerMoney } from './units';

export type ChartView = 'loop' | 'rounds';

type RoundsView = typeof import('./roundsView');
let roundsCode: RoundsView | undefined;

/**
 * Hands the geometry the rounds view's code (./roundsView.ts), which is loaded only once that view
 * is asked for: the loop view, all most readers see, is drawn without it. Whatever shows or exports
 * the rounds view loads it and hands it over first.
 */
export function provideRoundsView(code: RoundsView): void {
  roundsCode = code;
}

/** The rounds view's code once handed over (`provideRoundsView`), else undefined. */
export function roundsView(): RoundsView | undefined {
  return roundsCode;
}

function roundsViewLoaded(): RoundsView {
  if (!roundsCode) throw new Error('no rounds view code');
  return roundsCode;
}

/** Room kept above a graph's boxes for headers: only the rounds view, whose code is then loaded, has them. */
function headerRoom(graph: FlowGraph): number {
  return roundsCode?.headerRoom(graph) ?? 0;
}

export const LABEL_FONT = 12;

/** Chart height for a width: taller than wide on phones so five columns still have room. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(420, width * 0.62)));
}

/** The graph a view draws. A loop that amplifies itself has no totals: it shows what the rounds carry. */
export function chartGraph(model: CompiledModel, view: ChartView, result: LoopResult, rounds: Round[]): FlowGraph {
  if (view === 'rounds') return roundsViewLoaded().buildRoundsGraph(model, rounds);
  return buildLoopGraph(model, result.status === 'converged' ? result : sumRounds(rounds, rounds.length));
}

/** The graph a view draws for slider values (for states other than the reader's: the defaults, a scenario). */
export function stateGraph(model: CompiledModel, view: ChartView, values: ParamValues, roundCount: number): FlowGraph {
  // The node order and the fixed scale both solve the defaults: one solve serves both.
  const result = solveLoopShared(model, values);
  const rounds = view === 'rounds' || result.status !== 'converged' ? unrollRounds(model, result.coefficients, roundCount) : [];
  return chartGraph(model, view, result, rounds);
}

/** Node order from the dataset's defaults, held while sliders move so nodes never swap places. */
export function chartNodeOrder(model: CompiledModel, view: ChartView, roundCount: number): Map<string, number> {
  // From the defaults at the dataset's own date: the same order whichever scenario's date is shown.
  const base = compileModel(model.source, { year: model.moment.year });
  return nodeOrder(stateGraph(base, view, defaultValues(base.dataset.parameters), roundCount), 1000, 640);
}

/**
 * The fixed scale of a dataset's chart at a width: the largest scale at which every reference state
 * (`referenceStates`: the defaults and every scenario, in every model year) fits the chart's height, so the largest of
 * them fills it. It holds while the sliders move and scenarios change, so a smaller loop is drawn
 * smaller; a state larger than every reference makes the chart taller instead. Undefined when no
 * reference carries money (the chart then fits whatever there is).
 *
 * The rounds view is drawn at the loop view's scale, so a box is as tall per dollar in both views
 * and switching views shows each round as a part of the whole. The rounds view may then be a little
 * taller than the loop view (its header strip, and money crossing into the next round, take room).
 */
export function chartScale(
  model: CompiledModel,
  view: ChartView,
  roundCount: number,
  width: number,
  order: ReadonlyMap<string, number>,
): PxPerMoney | undefined {
  if (view === 'rounds') {
    const loop = chartScale(model, 'loop', roundCount, width, chartNodeOrder(model, 'loop', roundCount));
    if (loop !== undefined) return loop;
  }
  return fitScale(
    referenceStates(model.source).map((state) => stateGraph(state.model, view, state.values, roundCount)),
    width,
    order,
  );
}

/** The largest scale at which all the graphs fit the chart's height (each as `layoutSankey` fits it), if any carries money. */
export function fitScale(graphs: FlowGraph[], width: number, order: ReadonlyMap<string, number>): PxPerMoney | undefined {
  const height = chartHeight(width);
  const scales = graphs
    .map((graph) => layoutSankey(graph, { width, height: height - headerRoom(graph), order, nodesOnly: true }).scale)
    .filter((s) => s > 0);
  return scales.length ? pxPerMoney(Math.min(...scales)) : undefined;
}

/** How many times its usual height a state larger than every reference may make the chart. */
export const MAX_GROWTH = 2;

/**
 * The graph laid out at a width: at the fixed `scale` if given (taller if it needs to be), else
 * fitted to the chart's height. A state far beyond every reference (every slider at its maximum
 * brings the loop near a gain of 1) would make the chart many screens tall: past MAX_GROWTH times
 * the height it is fitted to that instead, at a smaller scale, which the chart then says it uses.
 */
export function chartLayout(
  graph: FlowGraph,
  width: number,
  order: Map<string, number>,
  offsets: Record<string, number> | undefined,
  scale?: PxPerMoney,
): Geometry {
  // The rounds view keeps a strip above its boxes for the round headers.
  const room = headerRoom(graph);
  const height = chartHeight(width) - room;
  const frame = (geometry: Geometry) => (room ? roundsViewLoaded().frameRounds(geometry, graph, room) : geometry);
  const geometry = layoutSankey(graph, { width, height, order, offsets, scale });
  if (geometry.height + room <= chartHeight(width) * MAX_GROWTH) return frame(geometry);
  return frame(layoutSankey(graph, { width, height: chartHeight(width) * MAX_GROWTH - room, order, offsets }));
}
