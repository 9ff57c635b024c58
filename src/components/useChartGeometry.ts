import { useMemo } from 'react';
import { buildLoopGraph, buildRoundsGraph } from '../layout/buildGraphs';
import { estimateTextWidth, placeLabels } from '../layout/labels';
import { layoutSankey, nodeOrder } from '../layout/sankeyLayout';
import { solveLoop } from '../model/engine';
import { defaultValues } from '../model/checkShares';
import { sumRounds } from '../model/rounds';
import { useExplorer, useLoopResult, useRounds } from '../state/context';

export const LABEL_FONT = 12;

/** Chart height for a width: taller than wide on phones so five columns still have room. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(420, width * 0.62)));
}

/** The current view as geometry: d3 computes, React renders it. */
export function useChartGeometry(width: number, labelLines: (entity: number, value: number) => string[]) {
  const model = useExplorer((s) => s.model);
  const view = useExplorer((s) => s.view);
  const roundCount = useExplorer((s) => s.rounds);
  const offsets = useExplorer((s) => s.offsets);
  const playRound = useExplorer((s) => s.playRound);
  const result = useLoopResult();
  // Unrolling costs allocations on every slider step; only the views that show rounds pay for it.
  const needsRounds = view === 'rounds' || playRound > 0 || result.status === 'divergent';
  const rounds = useRounds(needsRounds ? roundCount : 0);
  const height = chartHeight(width);

  const graph = useMemo(() => {
    if (view === 'rounds') return buildRoundsGraph(model, rounds);
    // A loop that amplifies itself has no totals: draw what the shown rounds carry instead.
    return buildLoopGraph(model, result.status === 'converged' ? result : sumRounds(rounds, rounds.length));
  }, [model, view, rounds, result]);

  // Node order is fixed per dataset and view so that nodes never swap places while a slider moves.
  const order = useMemo(() => {
    const base = solveLoop(model, defaultValues(model.dataset.parameters));
    const baseRounds = view === 'rounds' ? buildRoundsGraph(model, rounds) : null;
    const baseGraph = baseRounds ?? buildLoopGraph(model, base.status === 'converged' ? base : sumRounds(rounds, rounds.length));
    return nodeOrder(baseGraph, 1000, 640);
    // Deliberately not keyed on the sliders: the order must hold still while they move.
  }, [model, view, roundCount]);

  const geometry = useMemo(
    () => layoutSankey(graph, { width, height, order, offsets: view === 'loop' ? offsets : undefined }),
    [graph, width, height, order, offsets, view],
  );
  const labels = useMemo(
    () =>
      placeLabels(geometry.nodes, width, geometry.height, LABEL_FONT * 1.25, (key) => {
        const node = geometry.nodes.find((n) => n.key === key);
        if (!node) return 60;
        return Math.max(...labelLines(node.entity, node.value).map((line) => estimateTextWidth(line, LABEL_FONT))) + 8;
      }),
    [geometry, width, labelLines],
  );
  return { graph, geometry, labels, result, rounds };
}
