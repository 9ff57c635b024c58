import { memo, useMemo, useRef } from 'react';
import { chartKey } from '../../i18n/chartKey';
import type { RoundFrame } from '../../i18n/deriveChart';
import type { LabelPlacement } from '../../layout/labels';
import type { Geometry, NodeBox } from '../../layout/sankeyLayout';
import type { StressMarks } from '../../layout/stressMarks';
import type { Lang } from '../../model/types';
import { ChartKey } from './ChartKey';
import { ChartNotes } from './ChartNotes';
import { LabelKey } from './LabelKey';
import { useDragHeldHeight } from './useDragHeldHeight';

export interface ChartFootnotesProps {
  lang: Lang;
  geometry: Geometry;
  labels: LabelPlacement[];
  ownHeight: (node: NodeBox) => number;
  stress: StressMarks | null;
  roundFrame: RoundFrame | null;
  partialRounds: number | null;
  scaleShare: number;
}

/**
 * Under the chart: the notes on how to read it, the key to numbered labels, and the key to its
 * marks; while a slider is dragged they only grow (see useDragHeldHeight). Loaded apart from the
 * first script, with all it needs. Memoised: during a drag its parent renders at every step but
 * passes new props only ten times a second (see StepFootnotes), and the notes and keys under it
 * were rendered anew at every step for nothing.
 */
export const ChartFootnotes = memo(function ChartFootnotes({
  lang,
  geometry,
  labels,
  ownHeight,
  stress,
  roundFrame,
  partialRounds,
  scaleShare,
}: ChartFootnotesProps) {
  const entries = useMemo(() => chartKey(geometry, ownHeight, lang, stress), [geometry, ownHeight, lang, stress]);
  const box = useRef<HTMLDivElement>(null);
  useDragHeldHeight(box);
  return (
    <div className="chart__footnotes" ref={box}>
      <ChartNotes lang={lang} roundFrame={roundFrame} partialRounds={partialRounds} scaleShare={scaleShare} />
      <LabelKey labels={labels} lang={lang} />
      <ChartKey entries={entries} lang={lang} />
    </div>
  );
});
