import { useSyncExternalStore } from 'react';
import type { Chart } from '../../i18n/deriveChart';
import type { Lang } from '../../model/types';
import { useExplorer } from '../../state/context';
import { usePacedDuringDrag } from '../../state/pacedValue';
import { lazyPart } from '../shared/lazyPart';
import { ChartFootnotes } from './ChartFootnotes';
import type { LatestValue } from './latestValue';

export interface StepFootnotesProps {
  lang: Lang;
  /** The chart as rendered. */
  chart: Chart;
  /** A drag's latest step, painted without rendering the chart (see useDirectDrag), or null. */
  step: LatestValue<Chart | null>;
}

// The story's layers, as the chart loads them (a second handle on the same chunk: sharing the chart's
// would make the first script export it): the notes of callouts with no room on the chart come first.
const storyLayers = lazyPart(() => import('./storyLayers'));

/**
 * The footnotes of the chart the reader sees: of a drag's latest step while the chart is painted
 * without rendering, else of the chart rendered. The key to numbered boxes gives their amounts, and
 * the notes say when a chart is drawn smaller or adds up rounds: they follow the canvas, during a
 * drag ten times a second, as the panel's figures do (see usePacedDuringDrag; at 500 entities,
 * rendering them anew took about 0.25 ms of every step, a profile of 200 steps). While a slider is
 * dragged they only grow (see ChartFootnotes), so the chart above holds still.
 */
export function StepFootnotes({ lang, chart, step }: StepFootnotesProps) {
  const shown = usePacedDuringDrag(useSyncExternalStore(step.subscribe, step.get) ?? chart, false);
  const story = storyLayers.useModule(useExplorer((s) => s.step !== null)).module;
  return (
    <>
      {story && <story.CalloutNotes geometry={chart.geometry} labels={chart.labels} />}
      <ChartFootnotes
        lang={lang}
        geometry={shown.geometry}
        labels={shown.labels}
        ownHeight={shown.ownHeight}
        stress={shown.stress}
        roundFrame={shown.roundFrame}
        partialRounds={shown.partialRounds}
        scaleShare={shown.scaleShare}
      />
    </>
  );
}
