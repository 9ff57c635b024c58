import type { CalloutNote } from '../layout/callouts';
import { storyStep } from '../model/story';
import type { Dataset, Lang } from '../model/types';
import { pickText } from './strings';

/** A story step's annotations as notes for callouts, in the reader's language (none when no step is shown). */
export function storyNotes(dataset: Dataset, step: number | null, lang: Lang): CalloutNote[] {
  const notes = (step === null ? undefined : storyStep(dataset, step)?.annotations) ?? [];
  return notes.map((note) => ({
    target: 'entity' in note ? { entity: note.entity } : { flow: note.flow },
    text: pickText(note.text, lang).text,
  }));
}
