import type { Bilingual } from './bilingual';

// The dataset's guided story ("Walk me through"): its steps, what each shows and highlights.

export const STEP_VIEWS = ['loop', 'rounds'] as const;

/**
 * What a story step shows. Fields left out take their defaults (the scenario's values and date, the
 * dataset's year and focus, the loop view), so a step always shows the same chart whatever was on
 * screen before. More fields (a stress test's shock) can join without changing the others.
 */
export interface StepState {
  scenario?: string;
  year?: number;
  /** The date deals stand as of (yyyy-mm-dd); default: the scenario's, else meta.asOf. */
  date?: string;
  /** Sliders set on top of the scenario's (or the defaults'). */
  values?: Record<string, number>;
  view?: (typeof STEP_VIEWS)[number];
  /** The company the headline follows; default: meta.focus. */
  focus?: string;
}

/** What a step draws attention to; everything else is dimmed. */
export interface StepHighlight {
  entities?: string[];
  flows?: string[];
}

/** A callout on the chart, anchored to one entity's box or one flow's link. */
export type Annotation = ({ entity: string } | { flow: string }) & { text: Bilingual };

/** One step of a guided story: its words, the chart it shows, what it highlights and annotates. */
export interface StoryStep {
  id: string;
  title: Bilingual;
  text: Bilingual;
  /** Ids in meta.sources for the figures the text quotes. */
  sources?: string[];
  state?: StepState;
  highlight?: StepHighlight;
  annotations?: Annotation[];
}
