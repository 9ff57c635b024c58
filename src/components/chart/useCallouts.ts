import { useMemo } from 'react';
import { storyNotes } from '../../i18n/storyNotes';
import { labelRects, placeCallouts, type Callout } from '../../layout/callouts';
import type { LabelPlacement } from '../../layout/labels';
import type { Geometry } from '../../layout/sankeyLayout';
import type { Dataset, Lang } from '../../model/types';
import { useExplorer } from '../../state/context';

/** The last placement, for the chart's callouts and the notes under it, which render with the same inputs. */
let last: { inputs: unknown[]; callouts: Callout[] } | undefined;

/** The story step's callouts on this chart, placed once for the chart and the notes under it. */
export function useCallouts(geometry: Geometry, labels: readonly LabelPlacement[]): Callout[] {
  const step = useExplorer((s) => s.step);
  const dataset = useExplorer((s) => s.model.dataset);
  const lang = useExplorer((s) => s.lang);
  return useMemo(() => placeOnce(geometry, labels, step, dataset, lang), [geometry, labels, step, dataset, lang]);
}

/** The placement for these inputs: the last one again when they are the same (the second of the two components to ask). */
function placeOnce(...inputs: Parameters<typeof place>): Callout[] {
  if (!last || inputs.some((input, i) => input !== last!.inputs[i])) last = { inputs, callouts: place(...inputs) };
  return last.callouts;
}

function place(geometry: Geometry, labels: readonly LabelPlacement[], step: number | null, dataset: Dataset, lang: Lang): Callout[] {
  return placeCallouts(geometry, storyNotes(dataset, step, lang), labelRects(labels));
}
