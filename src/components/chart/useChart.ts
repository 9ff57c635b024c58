import { useState } from 'react';
import { createChartDeriver, type Chart } from '../../i18n/deriveChart';
import { useExplorer } from '../../state/context';

/** The current view as a chart at a width: derived as the export derives it, each step redone only when its inputs change. */
export function useChart(width: number): Chart {
  const model = useExplorer((s) => s.model);
  const values = useExplorer((s) => s.values);
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
  return derive({ model, values, view, rounds, offsets, showNet, fitToView, compare, lang, playRound, stressed, stressRun }, { width });
}
