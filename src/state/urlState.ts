import { scenarioValues } from '../model/defaults';
import { defaultYear } from '../model/resolveMoment';
import { stepSettings, storyStep } from '../model/story';
import type { Dataset, Lang, Shocks } from '../model/types';
import { makeConsistent, type SharedPatch } from './makeConsistent';
import { DEFAULT_SHARED, PARAM_PREFIX, SHOCK_KEYS, startingShared, type Notice, type SharedState } from './sharedState';

const FLAGS = ['1', 'true', '0', 'false'] as const;

/** Keys a story step sets (a step is shown only while they hold), so a link to a step leaves them out. */
const SET_BY_STEP = new Set(['scenario', 'view', 'year', 'date', 'focus']);

/** Keys the embed and data loading own; the state codec leaves them alone. */
export const RESERVED_KEYS = new Set(['embed', 'controls', 'id', 'origin', 'theme', 'background', 'show', 'data']);

/** Only what differs from the defaults, so links stay short; a scenario stands for its values. */
export function encodeState(state: SharedState, dataset: Dataset): URLSearchParams {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  const step = state.step === null ? undefined : storyStep(dataset, state.step);
  const implied = step && stepSettings(dataset, step);
  if (implied) params.set('step', String(state.step));
  const highlight = implied?.highlight ?? [];
  if (state.highlight.length !== highlight.length || state.highlight.some((id, i) => id !== highlight[i])) {
    // An empty key says "nothing highlighted" where the step would highlight something.
    if (state.highlight.length === 0) params.set('highlight', '');
    for (const id of state.highlight) params.append('highlight', id);
  }
  const scenario = dataset.scenarios.some((s) => s.id === state.scenario) ? state.scenario : null;
  const baseline = scenarioValues(dataset, scenario)!;
  if (scenario !== null) params.set('scenario', scenario);
  for (const parameter of dataset.parameters) {
    const value = state.values[parameter.id];
    if (value !== undefined && value !== baseline[parameter.id]) params.set(PARAM_PREFIX + parameter.id, String(value));
  }
  if (state.view !== DEFAULT_SHARED.view) params.set('view', state.view);
  if (state.rounds !== DEFAULT_SHARED.rounds) params.set('rounds', String(state.rounds));
  if (state.colorByOrigin !== DEFAULT_SHARED.colorByOrigin) params.set('color', state.colorByOrigin ? '1' : '0');
  if (state.isolated !== null) params.set('isolate', state.isolated);
  if (state.showNet) params.set('net', '1');
  if (state.year !== null && state.year !== defaultYear(dataset.meta)) params.set('year', String(state.year));
  // A scenario stands for its date too; a date differs from it only when a link or host set one.
  const scenarioDate = dataset.scenarios.find((s) => s.id === scenario)?.date ?? dataset.meta.asOf;
  const date = state.date ?? dataset.meta.asOf;
  if (date !== scenarioDate) params.set('date', date);
  if (state.focus !== null) params.set('focus', state.focus);
  if (state.fitToView) params.set('fit', '1');
  if (state.compare !== null) params.set('compare', state.compare);
  // A story link is `step=3` and what the reader changed that the step does not set.
  if (implied) for (const key of [...params.keys()]) if (SET_BY_STEP.has(key) || key.startsWith(PARAM_PREFIX)) params.delete(key);
  const { shocks } = state;
  if (shocks.revenueFall) params.set(SHOCK_KEYS.revenueFall, String(shocks.revenueFall));
  if (shocks.equitySlowdown) params.set(SHOCK_KEYS.equitySlowdown, String(shocks.equitySlowdown));
  if (shocks.fails !== undefined) params.set(SHOCK_KEYS.fails, shocks.fails);
  if (shocks.dropUncommitted) params.set(SHOCK_KEYS.dropUncommitted, '1');
  if (shocks.lenderStops !== undefined) params.set(SHOCK_KEYS.lenderStops, shocks.lenderStops);
  if (state.alpha !== DEFAULT_SHARED.alpha) params.set('alpha', String(state.alpha));
  if (state.beta !== DEFAULT_SHARED.beta) params.set('beta', String(state.beta));
  return params;
}

/**
 * Reads a query string into state. Nothing in it can crash the page: unknown keys, non-numbers and
 * unknown ids are ignored, numbers outside a slider's range are clamped, and each case is noticed
 * (what cannot be read first, in the link's order; then what makeConsistent changed or dropped).
 */
export function decodeState(
  search: string,
  dataset: Dataset,
  origins: string[],
  fallbackLang: Lang,
): { state: SharedState; notices: Notice[] } {
  const notices: Notice[] = [];
  const patch: SharedPatch = {};
  // Entries, not assignments: a slider may be called "__proto__", which `values[id] =` would not store.
  const values: [string, number][] = [];
  const highlight: string[] = [];
  let highlighted = false;
  const shocks: Shocks = {};
  let shocked = false;
  // What cannot be read leaves the field as it was (each reader has noticed why).
  const take = <K extends keyof SharedState>(field: K, value: SharedState[K] | undefined) => {
    if (value !== undefined) patch[field] = value;
  };
  const pick = <T extends string>(key: string, raw: string, allowed: readonly T[]): T | undefined => {
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    notices.push({ kind: 'bad-value', key, value: raw });
    return undefined;
  };
  const flag = (key: string, raw: string): boolean | undefined => {
    const value = pick(key, raw, FLAGS);
    return value === undefined ? undefined : value === '1' || value === 'true';
  };
  const number = (key: string, raw: string): number | undefined => {
    const value = raw.trim() === '' ? Number.NaN : Number(raw);
    if (Number.isFinite(value)) return value;
    notices.push({ kind: 'not-a-number', key, value: raw });
    return undefined;
  };

  for (const [key, raw] of new URLSearchParams(search)) {
    if (RESERVED_KEYS.has(key)) continue;
    if (key.startsWith(PARAM_PREFIX)) {
      const value = number(key, raw);
      if (value !== undefined) values.push([key.slice(PARAM_PREFIX.length), value]);
      continue;
    }
    switch (key) {
      case 'scenario':
        patch.scenario = raw;
        break;
      case 'lang':
        take('lang', pick(key, raw, ['en', 'zh-TW'] as const));
        break;
      case 'view':
        take('view', pick(key, raw, ['loop', 'rounds'] as const));
        break;
      case 'rounds':
        take('rounds', number(key, raw));
        break;
      case 'color':
        take('colorByOrigin', flag(key, raw));
        break;
      case 'net':
        take('showNet', flag(key, raw));
        break;
      case 'isolate':
        patch.isolated = raw;
        break;
      case 'year':
        take('year', number(key, raw));
        break;
      case 'date':
        patch.date = raw;
        break;
      case 'focus':
        patch.focus = raw;
        break;
      case 'fit':
        take('fitToView', flag(key, raw));
        break;
      case 'compare':
        patch.compare = raw;
        break;
      case 'step':
        take('step', number(key, raw));
        break;
      case 'highlight':
        highlighted = true;
        if (raw !== '') highlight.push(raw);
        break;
      case SHOCK_KEYS.revenueFall:
      case SHOCK_KEYS.equitySlowdown: {
        const value = number(key, raw);
        if (value !== undefined) shocks[key === SHOCK_KEYS.revenueFall ? 'revenueFall' : 'equitySlowdown'] = value;
        shocked = true;
        break;
      }
      case SHOCK_KEYS.fails:
        shocks.fails = raw;
        shocked = true;
        break;
      case SHOCK_KEYS.lenderStops:
        shocks.lenderStops = raw;
        shocked = true;
        break;
      case SHOCK_KEYS.dropUncommitted: {
        const on = flag(key, raw);
        if (on) shocks.dropUncommitted = true;
        shocked = true;
        break;
      }
      case 'alpha':
      case 'beta':
        take(key, number(key, raw));
        break;
      default:
        notices.push({ kind: 'unknown-key', key });
    }
  }
  if (highlighted) patch.highlight = highlight;
  const start: SharedState = startingShared(dataset, fallbackLang);
  if (shocked) patch.shocks = shocks;
  const consistent = makeConsistent(dataset, origins, start, { ...patch, values: Object.fromEntries(values) });
  return { state: consistent.state, notices: [...notices, ...consistent.notices] };
}
