import { useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import { createChartDeriver, type Chart, type ChartDeriver, type ChartInput } from '../../i18n/deriveChart';
import type { ParamValues } from '../../model/types';
import { useExplorer } from '../../state/context';
import type { StressedView } from '../../state/store';
import { drawsInBulk } from './bulk/useBulkDrawing';

/**
 * What of the state a slider's step changes and a drag painted without rendering holds still: the
 * values, and the stress outcome the stress panel hands over after each step.
 */
export interface HeldInput {
  values: ParamValues;
  stressed: StressedView | null;
}

/**
 * The current view as a chart at a width: derived as the export derives it, each step redone only
 * when its inputs change. While `heldRef` holds an input (a drag painted without rendering: see
 * useDirectDrag), the chart is of that, and a slider's step does not render it. A large chart
 * outside a drag may be a render behind the sliders (below). Also returns the deriver, whose memory a
 * step derived outside rendering shares, and the input drawn.
 */
export function useChart(
  width: number,
  heldRef?: { readonly current: HeldInput | null },
): { chart: Chart; derive: ChartDeriver; drawn: HeldInput } {
  const model = useExplorer((s) => s.model);
  const liveValues = useExplorer((s) => heldRef?.current?.values ?? s.values);
  const view = useExplorer((s) => s.view);
  const rounds = useExplorer((s) => s.rounds);
  const offsets = useExplorer((s) => s.offsets);
  const showNet = useExplorer((s) => s.showNet);
  const fitToView = useExplorer((s) => s.fitToView);
  const compare = useExplorer((s) => s.compare);
  const lang = useExplorer((s) => s.lang);
  const playRound = useExplorer((s) => s.playRound);
  const liveStressed = useExplorer((s) => (heldRef?.current ? heldRef.current.stressed : s.stressed));
  const stressRun = useExplorer((s) => s.stressRun);
  const dragging = useExplorer((s) => s.dragging);
  const live: ChartInput = useMemo(
    () => ({
      model,
      values: liveValues,
      view,
      rounds,
      offsets,
      showNet,
      fitToView,
      compare,
      lang,
      playRound,
      stressed: liveStressed,
      stressRun,
    }),
    [model, liveValues, view, rounds, offsets, showNet, fitToView, compare, lang, playRound, liveStressed, stressRun],
  );
  // A large chart takes a tenth of a second or more to derive and render: a held arrow key (30
  // steps a second) would queue seconds of them. Outside a drag (painted apart, see useDirectDrag)
  // it follows the sliders as soon as it can, skipping the steps that came meanwhile, while the
  // slider and the headline move at once. Anything else it draws (a view, a dataset, a reset's
  // offsets) is drawn at once, with the values of the moment: never a state that never was.
  const large = drawsInBulk(model.dataset.entities.length, model.dataset.flows.length);
  // Nothing is deferred for a small chart, nor during a drag: a drag is painted apart (see
  // useDirectDrag), and a deferred render landing in one would render the chart again.
  const deferred = useDeferredValue(large && !dragging ? live : null);
  // A step drawn at once while React's deferred input was older (a click on a slider's track: the
  // pointer down and up before the chart caught up): the chart must not go back to that input.
  const [ahead, setAhead] = useState<{ input: ChartInput; stale: ChartInput } | null>(null);
  let drawn = live;
  // Just after a drag (nothing deferred yet) the chart draws the drag's last step at once: the SVG
  // held its first behind the drag's canvas.
  if (!dragging && deferred !== null) {
    if (ahead?.stale !== deferred) drawn = sameBesidesValues(deferred, live) ? deferred : live;
    else if (sameBesidesValues(ahead.input, live)) drawn = ahead.input;
  }
  // Adjusted while rendering, as for a prop that changes (react.dev, "You might not need an effect").
  // Only while something is deferred: not for a small chart, nor in a drag (each rendered step would render twice).
  if (drawn === live && deferred !== live && deferred !== null) {
    if (ahead?.input !== live) setAhead({ input: live, stale: deferred });
  } else if (ahead && ahead.stale !== deferred) setAhead(null);
  // One deriver per chart: its memory of the last inputs plays the part of useMemo per step.
  const [derive] = useState(createChartDeriver);
  const chart = derive(drawn, { width });
  // Committed: this chart is on screen, and stays remembered while later steps are derived (see ChartDeriver's keep).
  useLayoutEffect(() => derive.keep());
  // What a drag holds the chart at: its values and stress outcome (see useDirectDrag).
  const { values, stressed = null } = drawn;
  const held = useMemo(() => ({ values, stressed }), [values, stressed]);
  return { chart, derive, drawn: held };
}

/** Every input but the sliders' values (and the stress outcome, which goes with them). */
const FOLLOWED = ['model', 'view', 'rounds', 'offsets', 'showNet', 'fitToView', 'compare', 'lang', 'playRound', 'stressRun'] as const;

function sameBesidesValues(a: ChartInput, b: ChartInput): boolean {
  return FOLLOWED.every((key) => a[key] === b[key]);
}
