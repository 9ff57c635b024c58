import { defaultValues } from '../model/defaults';
import { solveLoop, type CompiledModel, type LoopResult } from '../model/engine';
import { sumRounds, unrollRounds, type Round } from '../model/rounds';
import type { Money } from '../model/units';
import { buildLoopGraph, buildRoundsGraph } from './buildGraphs';
import type { FlowGraph } from './graph';
import { estimateTextWidth, placeLabels } from './labels';
import { layoutSankey, nodeOrder, type Geometry } from './sankeyLayout';

export type ChartView = 'loop' | 'rounds';

export const LABEL_FONT = 12;

/** Chart height for a width: taller than wide on phones so five columns still have room. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(420, width * 0.62)));
}

/** The graph a view draws. A loop that amplifies itself has no totals: it shows what the rounds carry. */
export function chartGraph(model: CompiledModel, view: ChartView, result: LoopResult, rounds: Round[]): FlowGraph {
  if (view === 'rounds') return buildRoundsGraph(model, rounds);
  return buildLoopGraph(model, result.status === 'converged' ? result : sumRounds(rounds, rounds.length));
}

/** Node order from the dataset's defaults, held while sliders move so nodes never swap places. */
export function chartNodeOrder(model: CompiledModel, view: ChartView, roundCount: number): Map<string, number> {
  const base = solveLoop(model, defaultValues(model.dataset.parameters));
  const rounds = view === 'rounds' || base.status !== 'converged' ? unrollRounds(model, base.coefficients, roundCount) : [];
  const graph =
    view === 'rounds'
      ? buildRoundsGraph(model, rounds)
      : buildLoopGraph(model, base.status === 'converged' ? base : sumRounds(rounds, rounds.length));
  return nodeOrder(graph, 1000, 640);
}

export function chartLayout(
  graph: FlowGraph,
  width: number,
  order: Map<string, number>,
  offsets: Record<string, number> | undefined,
): Geometry {
  return layoutSankey(graph, { width, height: chartHeight(width), order, offsets });
}

export function chartLabels(geometry: Geometry, labelLines: (entity: number, value: Money) => string[], focus: number | undefined) {
  const byKey = new Map(geometry.nodes.map((n) => [n.key, n]));
  return placeLabels(
    geometry.nodes,
    geometry.width,
    geometry.height,
    LABEL_FONT * 1.25,
    (key) => {
      const node = byKey.get(key);
      if (!node) return 60;
      return Math.max(...labelLines(node.entity, node.value).map((line) => estimateTextWidth(line, LABEL_FONT))) + 8;
    },
    new Set(focus === undefined ? [] : [focus]),
  );
}
