import { defaultValues } from '../model/defaults';
import { defaultYear } from '../model/resolveMoment';
import type { Dataset, Lang, ParamValues, Shocks } from '../model/types';

export type View = 'loop' | 'rounds';

/** The part of the explorer's state a link carries (and a host page may set). */
export interface SharedState {
  values: ParamValues;
  /** The scenario whose values are showing, until a slider moves away from them. */
  scenario: string | null;
  view: View;
  rounds: number;
  colorByOrigin: boolean;
  /** Origin (company id) shown alone, or null for all. */
  isolated: string | null;
  showNet: boolean;
  /** Fill the chart's height (close reading) instead of the dataset's fixed scale. */
  fitToView: boolean;
  /** Scenario drawn as an outline behind the chart on the same scale, or null for none. */
  compare: string | null;
  lang: Lang;
  /** The model year shown (one of the dataset's years), or null for a dataset without years. */
  year: number | null;
  /** The date deals stand as of (yyyy-mm-dd): the last scenario's, kept while sliders move; null for the dataset's as-of date. */
  date: string | null;
  /** The company whose revenue the headline follows, or null for the dataset's own focus. */
  focus: string | null;
  /** The story step shown (1-based) while its settings hold, or null. */
  step: number | null;
  /** Entity and flow ids drawn at full strength, everything else dimmed; empty for none. */
  highlight: string[];
  /** The stress test's shocks ({} for none): the chart then shows what is paid once obligations clear. */
  shocks: Shocks;
  /** Rogers–Veraart default costs: the share of outside assets (α) and of receipts (β) a defaulter realises; 1 = no cost. */
  alpha: number;
  beta: number;
}

/** How a link spells each shock. */
export const SHOCK_KEYS = {
  revenueFall: 'shock.revenue',
  equitySlowdown: 'shock.equity',
  fails: 'shock.fails',
  dropUncommitted: 'shock.uncommitted',
  lenderStops: 'shock.lender',
} as const satisfies Record<keyof Shocks, string>;

/** Something in a URL (or host message) that was clamped or ignored, for a visible notice. */
export type Notice =
  | { kind: 'unknown-key'; key: string }
  | { kind: 'not-a-number'; key: string; value: string }
  | { kind: 'clamped'; key: string; value: string; to: number }
  | { kind: 'bad-value'; key: string; value: string }
  | { kind: 'unknown-scenario'; value: string }
  | { kind: 'unknown-compare'; value: string };

export const MAX_ROUNDS = 8;

/** How a link spells a slider's key; notices name sliders the same way, whoever asked. */
export const PARAM_PREFIX = 'p.';

/** What a view starts as before a link or the reader changes it. */
export const DEFAULT_SHARED: Omit<SharedState, 'values' | 'lang' | 'year'> = {
  scenario: null,
  view: 'loop',
  rounds: 4,
  colorByOrigin: true,
  isolated: null,
  showNet: false,
  date: null,
  focus: null,
  fitToView: false,
  compare: null,
  step: null,
  highlight: [],
  shocks: {},
  alpha: 1,
  beta: 1,
};

/** A dataset's shared state before a link, a host or the reader changes it. */
export function startingShared(dataset: Dataset, lang: Lang): SharedState {
  return { ...DEFAULT_SHARED, values: defaultValues(dataset.parameters), lang, year: defaultYear(dataset.meta) };
}
