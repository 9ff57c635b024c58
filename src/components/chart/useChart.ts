import { useState } from 'react';
import { createChartDeriver, type Chart, type ChartInput, type ChartSize } from '../../i18n/deriveChart';
import type { ParamValues } from '../../model/types';
import { useExplorer } from '../../state/context';

/** Derives the chart, remembering its last inputs (see createChartDeriver). */
export type ChartDeriver = (input: ChartInput, size: ChartSize) => Chart;

/**
 * The current view as a chart at a width: derived as the export derives it, each step redone only
 * when its inputs change. While `heldRef` holds values (a drag painted without rendering: see
 * useDirectDrag), the chart is of those, and a slider's step does not render it. Also returns the
 * deriver, whose memory a step derived outside rendering shares, and the values drawn.
 */
export function useChart(
  width: number,
  heldRef?: { readonly current: ParamValues | null },
): { chart: Chart; derive: ChartDeriver; values: ParamValues } {
  const model = useExplorer((s) => s.model);
  const values = useExplorer((s) => heldRef?.current ?? s.values);
  const view = useExplorer((s) => s.view);
  const rounds = useExplorer((s) => s.rounds);
  const offsets = useExplorer((s) => s.offsets);
  const showNet = useExplorer((s) => s.showNet);
  const fitToView = useExplorer((s) => s.fitToView);
  const compare = useExplorer((s) => s.compare);
  const lang = useExplorer((s) => s.lang);
  const playRound = useExplorer((s) => s.playRound);
  const stressed = useExplorer((s) => s.stressed);
  const stressRun = useExplorer((s) => s.stressRun);
  // One deriver per chart: its memory of the last inputs plays the part of useMemo per step.
  const [derive] = useState(createChartDeriver);
  const chart = derive(
    { model, values, view, rounds, offsets, showNet, fitToView, compare, lang, playRound, stressed, stressRun },
    { width },
  );
  return { chart, derive, values };
}
