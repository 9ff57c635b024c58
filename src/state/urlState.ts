import { scenarioValues } from '../model/defaults';
import { defaultYear } from '../model/resolveMoment';
import type { Dataset, Lang } from '../model/types';
import { makeConsistent, type SharedPatch } from './makeConsistent';
import { DEFAULT_SHARED, PARAM_PREFIX, startingShared, type Notice, type SharedState } from './sharedState';

const FLAGS = ['1', 'true', '0', 'false'] as const;

/** Keys the embed and data loading own; the state codec leaves them alone. */
export const RESERVED_KEYS = new Set(['embed', 'controls', 'id', 'origin', 'theme', 'background', 'show', 'data']);

/** Only what differs from the defaults, so links stay short; a scenario stands for its values. */
export function encodeState(state: SharedState, dataset: Dataset): URLSearchParams {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
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
      default:
        notices.push({ kind: 'unknown-key', key });
    }
  }
  const start: SharedState = startingShared(dataset, fallbackLang);
  const consistent = makeConsistent(dataset, origins, start, { ...patch, values: Object.fromEntries(values) });
  return { state: consistent.state, notices: [...notices, ...consistent.notices] };
}
