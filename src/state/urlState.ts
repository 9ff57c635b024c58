import { defaultValues } from '../model/defaults';
import type { Dataset, Lang } from '../model/types';
import { clampToParameter, DEFAULT_SHARED, MAX_ROUNDS, type Notice, type SharedState } from './sharedState';

export const PARAM_PREFIX = 'p.';
/** Keys the embed and data loading own; the state codec leaves them alone. */
export const RESERVED_KEYS = new Set(['embed', 'controls', 'id', 'origin', 'data']);

/** Only what differs from the defaults, so links stay short; a scenario stands for its values. */
export function encodeState(state: SharedState, dataset: Dataset): URLSearchParams {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  const scenario = dataset.scenarios.find((s) => s.id === state.scenario);
  const baseline = scenario ? { ...defaultValues(dataset.parameters), ...scenario.values } : defaultValues(dataset.parameters);
  if (scenario) params.set('scenario', scenario.id);
  for (const parameter of dataset.parameters) {
    const value = state.values[parameter.id];
    if (value !== undefined && value !== baseline[parameter.id]) params.set(PARAM_PREFIX + parameter.id, String(value));
  }
  if (state.view !== DEFAULT_SHARED.view) params.set('view', state.view);
  if (state.rounds !== DEFAULT_SHARED.rounds) params.set('rounds', String(state.rounds));
  if (state.colorByOrigin !== DEFAULT_SHARED.colorByOrigin) params.set('color', state.colorByOrigin ? '1' : '0');
  if (state.isolated !== null) params.set('isolate', state.isolated);
  if (state.showNet) params.set('net', '1');
  return params;
}

/**
 * Reads a query string into state. Nothing in it can crash the page: unknown keys, non-numbers and
 * unknown ids are ignored, numbers outside a slider's range are clamped, and each case is noticed.
 */
export function decodeState(
  search: string,
  dataset: Dataset,
  origins: string[],
  fallbackLang: Lang,
): { state: SharedState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state: SharedState = { ...DEFAULT_SHARED, values: defaultValues(dataset.parameters), lang: fallbackLang };
  const flag = (key: string, raw: string): boolean | undefined => {
    if (raw === '1' || raw === 'true') return true;
    if (raw === '0' || raw === 'false') return false;
    notices.push({ kind: 'bad-value', key, value: raw });
    return undefined;
  };

  const scenarioId = params.get('scenario');
  if (scenarioId !== null) {
    const scenario = dataset.scenarios.find((s) => s.id === scenarioId);
    if (scenario) {
      state.scenario = scenario.id;
      Object.assign(state.values, scenario.values);
    } else notices.push({ kind: 'unknown-scenario', value: scenarioId });
  }

  for (const [key, raw] of params) {
    if (key === 'scenario' || RESERVED_KEYS.has(key)) continue;
    if (key.startsWith(PARAM_PREFIX)) {
      const id = key.slice(PARAM_PREFIX.length);
      if (!dataset.parameters.some((p) => p.id === id)) {
        notices.push({ kind: 'unknown-key', key });
        continue;
      }
      const value = raw.trim() === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(value)) {
        notices.push({ kind: 'not-a-number', key, value: raw });
        continue;
      }
      const clamped = clampToParameter(dataset, id, value) as number;
      const parameter = dataset.parameters.find((p) => p.id === id)!;
      // Snapping to the slider's step is not worth a notice; leaving its range is.
      if (value < parameter.min || value > parameter.max) notices.push({ kind: 'clamped', key, value: raw, to: clamped });
      if (state.values[id] !== clamped) state.scenario = null;
      state.values[id] = clamped;
      continue;
    }
    switch (key) {
      case 'lang':
        if (raw === 'en' || raw === 'zh-TW') state.lang = raw;
        else notices.push({ kind: 'bad-value', key, value: raw });
        break;
      case 'view':
        if (raw === 'loop' || raw === 'rounds') state.view = raw;
        else notices.push({ kind: 'bad-value', key, value: raw });
        break;
      case 'rounds': {
        const rounds = Number(raw);
        if (!Number.isFinite(rounds) || raw.trim() === '') notices.push({ kind: 'not-a-number', key, value: raw });
        else {
          state.rounds = Math.max(1, Math.min(MAX_ROUNDS, Math.round(rounds)));
          if (state.rounds !== rounds) notices.push({ kind: 'clamped', key, value: raw, to: state.rounds });
        }
        break;
      }
      case 'color':
        state.colorByOrigin = flag(key, raw) ?? state.colorByOrigin;
        break;
      case 'net':
        state.showNet = flag(key, raw) ?? state.showNet;
        break;
      case 'isolate':
        if (origins.includes(raw)) state.isolated = raw;
        else notices.push({ kind: 'bad-value', key, value: raw });
        break;
      default:
        notices.push({ kind: 'unknown-key', key });
    }
  }
  if (state.isolated !== null) state.colorByOrigin = true;
  return { state, notices };
}
