import { scenarioValues } from './defaults';
import { defaultYear } from './resolveMoment';
import type { StoryStep } from './storyTypes';
import type { Dataset, ParamValues } from './types';

/** Everything a story step sets, with the defaults filled in for what it leaves out. */
export interface StepSettings {
  scenario: string | null;
  values: ParamValues;
  year: number | null;
  /** null: the dataset's own as-of date. */
  date: string | null;
  view: 'loop' | 'rounds';
  focus: string | null;
  /** Entity and flow ids the step highlights. */
  highlight: string[];
}

/** The story's step numbered `step` (1-based), if there is one. */
export function storyStep(dataset: Dataset, step: number): StoryStep | undefined {
  return Number.isInteger(step) && step >= 1 ? dataset.story?.[step - 1] : undefined;
}

/** How many steps the dataset's story has. */
export function storyLength(dataset: Dataset): number {
  return dataset.story?.length ?? 0;
}

/** What a step shows: its own settings over its scenario's, over the dataset's defaults. */
export function stepSettings(dataset: Dataset, step: StoryStep): StepSettings {
  const state = step.state ?? {};
  const scenario = state.scenario ?? null;
  const scenarioDate = dataset.scenarios.find((s) => s.id === scenario)?.date;
  const date = state.date ?? scenarioDate ?? null;
  return {
    scenario,
    values: { ...scenarioValues(dataset, scenario), ...state.values },
    year: state.year ?? defaultYear(dataset.meta),
    date: date === dataset.meta.asOf ? null : date,
    view: state.view ?? 'loop',
    // The dataset's own focus is written null, as the reader's choice of it is.
    focus: state.focus === undefined || state.focus === dataset.meta.focus ? null : state.focus,
    highlight: [...(step.highlight?.entities ?? []), ...(step.highlight?.flows ?? [])],
  };
}
