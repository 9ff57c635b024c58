import { useMemo } from 'react';
import { pickText } from '../../i18n/strings';
import { labelRects, placeCallouts, type Callout, type CalloutNote } from '../../layout/callouts';
import type { LabelPlacement } from '../../layout/labels';
import type { Geometry } from '../../layout/sankeyLayout';
import { storyStep } from '../../model/story';
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

/** A story step's annotations as notes to place, in the reader's language (none when no step is shown). */
export function storyNotes(dataset: Dataset, step: number | null, lang: Lang): CalloutNote[] {
  const notes = (step === null ? undefined : storyStep(dataset, step)?.annotations) ?? [];
  return notes.map((note) => ({
    target: 'entity' in note ? { entity: note.entity } : { flow: note.flow },
    text: pickText(note.text, lang).text,
  }));
}
