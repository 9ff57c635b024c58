import { scenarioValues } from '../model/defaults';
import { focusCandidates } from '../model/figures';
import { defaultYear, modelYears } from '../model/resolveMoment';
import { stepSettings, storyStep } from '../model/story';
import type { Dataset, Parameter, ParamValues, Shocks } from '../model/types';
import { DEFAULT_SHARED, MAX_ROUNDS, PARAM_PREFIX, SHOCK_KEYS, type Notice, type SharedState } from './sharedState';

/** A requested change: the fields it names, and only the sliders it names. */
export type SharedPatch = Partial<SharedState>;

/**
 * The one place shared state is made consistent; the store's actions, the URL decoder and host
 * messages all go through it, so a state one of them makes is a state every other accepts.
 * Afterwards: every value is on its slider's step and in its range, rounds is an integer in
 * 1–MAX_ROUNDS, ids (compared scenario included) are ones the dataset knows, a scenario is named
 * only while every slider shows its value, and an isolated origin is coloured by origin. The year is
 * one the dataset covers; the date is the applied scenario's (kept while sliders move away from it)
 * unless the patch names one; the focus is a company the headline can follow. Within one patch, `isolated` wins over
 * `colorByOrigin: false` (an isolated origin is told apart by its colour); a later patch that turns
 * colour off ends the isolation. Notices say what was clamped or ignored (snapping to a step is not
 * worth one); callers that act for the reader drop them.
 */
export function makeConsistent(
  dataset: Dataset,
  origins: readonly string[],
  current: SharedState,
  patch: SharedPatch,
): { state: SharedState; notices: Notice[] } {
  const { patch: cleaned, notices } = cleanPatch(dataset, origins, patch);
  const clean = withStep(dataset, cleaned);
  const requested = clean.scenario !== undefined ? clean.scenario : current.scenario;
  // A scenario brings its own values; sliders the patch names then move away from them.
  const base = clean.scenario ? scenarioValues(dataset, clean.scenario)! : current.values;
  const merged = Object.fromEntries(
    dataset.parameters.map((p) => [p.id, settleValue(dataset, p, clean.values?.[p.id] ?? base[p.id] ?? Number.NaN)]),
  );
  const scenarioShown = requested !== null && sameValues(dataset, merged, scenarioValues(dataset, requested));
  // A scenario brings its date; a patch that names a date as well (a link) keeps that one.
  const applied = clean.scenario !== undefined ? dataset.scenarios.find((s) => s.id === clean.scenario) : undefined;
  const wantedDate = clean.date !== undefined ? clean.date : clean.scenario !== undefined ? (applied?.date ?? null) : current.date;
  // The dataset's own as-of date is written null, so one date has one spelling (and one link).
  const date = wantedDate === dataset.meta.asOf ? null : wantedDate;
  const wanted = clean.isolated !== undefined ? clean.isolated : clean.colorByOrigin === false ? null : current.isolated;
  const isolated = wanted !== null && origins.includes(wanted) ? wanted : null;
  const compare = clean.compare !== undefined ? clean.compare : current.compare;
  const state: SharedState = {
    ...current,
    ...clean,
    // Unchanged values keep their identity: the solved loop is cached by it. Object.is, as a -0
    // the current state was handed unchecked is not a value a link can carry.
    values:
      dataset.parameters.every((p) => Object.is(merged[p.id], current.values[p.id])) &&
      Object.keys(current.values).length === dataset.parameters.length
        ? current.values
        : merged,
    scenario: scenarioShown ? requested : null,
    date,
    year: settleYear(dataset, clean.year !== undefined ? clean.year : current.year),
    rounds: settleRounds(clean.rounds ?? current.rounds),
    isolated,
    compare: compare !== null && dataset.scenarios.some((s) => s.id === compare) ? compare : null,
    colorByOrigin: isolated !== null || (clean.colorByOrigin ?? current.colorByOrigin),
  };
  // A step is shown while what it set holds; moving away from it leaves the story, and its highlight with it.
  const step = clean.step !== undefined ? clean.step : current.step;
  state.step = step !== null && stepHolds(dataset, state, step) ? step : null;
  if (state.step === null && current.step !== null && clean.highlight === undefined) state.highlight = [];
  if (sameIds(state.highlight, current.highlight)) state.highlight = current.highlight;
  return { state, notices };
}

/**
 * A patch that names a story step, with the step's settings under it: what the patch names itself
 * (a link's own keys) wins, sliders one by one.
 */
function withStep(dataset: Dataset, patch: SharedPatch): SharedPatch {
  const step = patch.step ? storyStep(dataset, patch.step) : undefined;
  if (!step) return patch;
  const { values, ...settings } = stepSettings(dataset, step);
  return { ...settings, ...patch, values: { ...values, ...patch.values } };
}

/** Whether a state shows what a step sets: its sliders (and so its scenario), year, date, view and focus. */
function stepHolds(dataset: Dataset, state: SharedState, number: number): boolean {
  const step = storyStep(dataset, number);
  if (!step) return false;
  const settings = stepSettings(dataset, step);
  const values = Object.fromEntries(dataset.parameters.map((p) => [p.id, settleValue(dataset, p, settings.values[p.id] ?? Number.NaN)]));
  const scenario =
    settings.scenario !== null && sameValues(dataset, values, scenarioValues(dataset, settings.scenario)) ? settings.scenario : null;
  return (
    sameValues(dataset, state.values, values) &&
    state.scenario === scenario &&
    state.year === settings.year &&
    state.date === settings.date &&
    state.view === settings.view &&
    state.focus === settings.focus
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Each field of a patch on its own: unknown scenarios (shown or compared), sliders and origins and non-numbers are
 * dropped, values snapped to their step and clamped to their range, rounds made a whole number in
 * range. The host-message path rejects any patch this has a notice about.
 */
export function cleanPatch(dataset: Dataset, origins: readonly string[], patch: SharedPatch): { patch: SharedPatch; notices: Notice[] } {
  const notices: Notice[] = [];
  const { scenario, compare, values, rounds, isolated, year, date, focus, step, highlight, shocks, alpha, beta, ...rest } = patch;
  const clean: SharedPatch = rest;
  if (scenario !== undefined) {
    if (scenario === null || dataset.scenarios.some((s) => s.id === scenario)) clean.scenario = scenario;
    else notices.push({ kind: 'unknown-scenario', value: scenario });
  }
  if (compare !== undefined) {
    if (compare === null || dataset.scenarios.some((s) => s.id === compare)) clean.compare = compare;
    else notices.push({ kind: 'unknown-compare', value: compare });
  }
  if (values) {
    // Entries, not assignments: a slider may be called "__proto__", which `values[id] =` would not store.
    const settledValues: [string, number][] = [];
    for (const [id, value] of Object.entries(values)) {
      const key = PARAM_PREFIX + id;
      const parameter = dataset.parameters.find((p) => p.id === id);
      if (!parameter) notices.push({ kind: 'unknown-key', key });
      else if (!Number.isFinite(value)) notices.push({ kind: 'not-a-number', key, value: String(value) });
      else {
        const settled = settleValue(dataset, parameter, value);
        if (value < parameter.min || value > parameter.max) notices.push({ kind: 'clamped', key, value: String(value), to: settled });
        settledValues.push([id, settled]);
      }
    }
    clean.values = Object.fromEntries(settledValues);
  }
  if (rounds !== undefined) {
    if (!Number.isFinite(rounds)) notices.push({ kind: 'not-a-number', key: 'rounds', value: String(rounds) });
    else {
      clean.rounds = settleRounds(rounds);
      if (clean.rounds !== rounds) notices.push({ kind: 'clamped', key: 'rounds', value: String(rounds), to: clean.rounds });
    }
  }
  if (isolated !== undefined) {
    if (isolated === null || origins.includes(isolated)) clean.isolated = isolated;
    else notices.push({ kind: 'bad-value', key: 'isolate', value: isolated });
  }
  if (year !== undefined) {
    const years = modelYears(dataset.meta);
    if (year === null ? years.length === 0 : years.includes(year)) clean.year = year;
    else notices.push({ kind: 'bad-value', key: 'year', value: String(year) });
  }
  if (date !== undefined) {
    if (date === null || isIsoDate(date)) clean.date = date;
    else notices.push({ kind: 'bad-value', key: 'date', value: date });
  }
  if (focus !== undefined) {
    if (focus === null || focusCandidates(dataset).includes(focus)) clean.focus = focus;
    else notices.push({ kind: 'bad-value', key: 'focus', value: focus });
  }
  if (step !== undefined) {
    if (step === null || storyStep(dataset, step)) clean.step = step;
    else notices.push({ kind: 'bad-value', key: 'step', value: String(step) });
  }
  if (highlight !== undefined) {
    const known = (id: string) => dataset.entities.some((e) => e.id === id) || dataset.flows.some((f) => f.id === id);
    for (const id of highlight) if (!known(id)) notices.push({ kind: 'bad-value', key: 'highlight', value: id });
    clean.highlight = [...new Set(highlight.filter(known))];
  }
  if (shocks !== undefined) clean.shocks = cleanShocks(dataset, shocks, notices);
  if (alpha !== undefined) clean.alpha = settleFraction('alpha', alpha, notices) ?? DEFAULT_SHARED.alpha;
  if (beta !== undefined) clean.beta = settleFraction('beta', beta, notices) ?? DEFAULT_SHARED.beta;
  return { patch: clean, notices };
}

/** Shocks the dataset can take: fractions in 0–1 (clamped, with a notice), companies it has (else dropped, with a notice). */
function cleanShocks(dataset: Dataset, shocks: Shocks, notices: Notice[]): Shocks {
  const clean: Shocks = {};
  for (const field of ['revenueFall', 'equitySlowdown'] as const) {
    const value = shocks[field] === undefined ? undefined : settleFraction(SHOCK_KEYS[field], shocks[field], notices);
    if (value) clean[field] = value;
  }
  for (const field of ['fails', 'lenderStops'] as const) {
    const id = shocks[field];
    if (id === undefined) continue;
    if (dataset.entities.some((e) => e.id === id)) clean[field] = id;
    else notices.push({ kind: 'bad-value', key: SHOCK_KEYS[field], value: id });
  }
  if (shocks.dropUncommitted) clean.dropUncommitted = true;
  return clean;
}

/** A fraction in 0–1: clamped with a notice when outside, undefined (noticed) when not a number. */
function settleFraction(key: string, value: number, notices: Notice[]): number | undefined {
  if (!Number.isFinite(value)) {
    notices.push({ kind: 'not-a-number', key, value: String(value) });
    return undefined;
  }
  const settled = Math.min(1, Math.max(0, value)) + 0;
  if (settled !== value) notices.push({ kind: 'clamped', key, value: String(value), to: settled });
  return settled;
}

/**
 * A value the slider can show: on its step and in its range. The dataset's own defaults and
 * scenario values are kept as written (a CSV's amounts need not fall on a step).
 */
function settleValue(dataset: Dataset, parameter: Parameter, value: number): number {
  const { id, min, max, step } = parameter;
  if (!Number.isFinite(value)) return parameter.default;
  const inRange = value >= min && value <= max;
  // + 0 turns -0, which a link cannot carry, into 0.
  if (inRange && (value === parameter.default || dataset.scenarios.some((s) => s.values[id] === value))) return value + 0;
  const stepped = min + Math.round((value - min) / step) * step;
  // Rounding to the step's decimals (plus one) cleans floating-point dust like 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Math.min(max, Math.max(min, Number(stepped.toFixed(Math.min(12, decimals)))));
}

/** A real calendar day written yyyy-mm-dd (2026-02-30 is not one). */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** A year the dataset covers: the one asked for, else the dataset's first year shown (a dataset may change under a state). */
function settleYear(dataset: Dataset, year: number | null): number | null {
  const years = modelYears(dataset.meta);
  if (year !== null && years.includes(year)) return year;
  return defaultYear(dataset.meta);
}

function settleRounds(rounds: number): number {
  // Math.min/max pass NaN through, so a non-number falls back to the default.
  return Number.isFinite(rounds) ? Math.max(1, Math.min(MAX_ROUNDS, Math.round(rounds))) : DEFAULT_SHARED.rounds;
}

function sameValues(dataset: Dataset, a: ParamValues, b: ParamValues | undefined): boolean {
  return b !== undefined && dataset.parameters.every((p) => a[p.id] === b[p.id]);
}
