import { useMemo } from 'react';
import { chartGraph, chartLabels, chartLayout, chartNodeOrder } from '../../layout/chartGeometry';
import { focusEntity } from '../../model/figures';
import { useExplorer, useLoopResult, useRounds } from '../../state/context';

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

  const graph = useMemo(() => chartGraph(model, view, result, rounds), [model, view, rounds, result]);
  // Deliberately not keyed on the sliders: the order must hold still while they move.
  const order = useMemo(() => chartNodeOrder(model, view, roundCount), [model, view, roundCount]);
  const geometry = useMemo(
    () => chartLayout(graph, width, order, view === 'loop' ? offsets : undefined),
    [graph, width, order, offsets, view],
  );
  const focus = useMemo(() => model.structure.entityIndex.get(focusEntity(model) ?? ''), [model]);
  const labels = useMemo(() => chartLabels(geometry, labelLines, focus), [geometry, labelLines, focus]);
  return { graph, geometry, labels, result, rounds };
}
