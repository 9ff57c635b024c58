import * as v from 'valibot';
import { defaultValues } from '../model/defaults';
import type { Dataset } from '../model/types';
import { MAX_ROUNDS, type SharedState } from '../state/sharedState';
import type { ExplorerStoreApi } from '../state/store';

export const SET_MESSAGE = 'capital-loop:set';

/** What a host page may send: every field optional, nothing else allowed. */
const HostMessageSchema = v.strictObject({
  type: v.literal(SET_MESSAGE),
  scenario: v.optional(v.string()),
  values: v.optional(v.record(v.string(), v.pipe(v.number(), v.finite()))),
  view: v.optional(v.picklist(['loop', 'rounds'])),
  rounds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ROUNDS))),
  lang: v.optional(v.picklist(['en', 'zh-TW'])),
  colorByOrigin: v.optional(v.boolean()),
  isolated: v.optional(v.nullable(v.string())),
  showNet: v.optional(v.boolean()),
});

/**
 * A host's message as a state change, or why it is ignored. Strict: an unknown scenario, parameter
 * or origin, or a value outside a slider's range, rejects the whole message, so a malformed one
 * changes nothing at all.
 */
export function interpretHostMessage(
  data: unknown,
  dataset: Dataset,
  origins: string[],
): { ok: true; patch: Partial<SharedState> } | { ok: false; reason: string } {
  const parsed = v.safeParse(HostMessageSchema, data);
  if (!parsed.success) return { ok: false, reason: parsed.issues[0]?.message ?? 'malformed' };
  const message = parsed.output;
  const patch: Partial<SharedState> = {};
  let values: Record<string, number> | undefined;
  if (message.scenario !== undefined) {
    const scenario = dataset.scenarios.find((s) => s.id === message.scenario);
    if (!scenario) return { ok: false, reason: `unknown scenario '${message.scenario}'` };
    values = { ...defaultValues(dataset.parameters), ...scenario.values };
    patch.scenario = scenario.id;
  }
  if (message.values) {
    values ??= {};
    for (const [id, value] of Object.entries(message.values)) {
      const parameter = dataset.parameters.find((p) => p.id === id);
      if (!parameter) return { ok: false, reason: `unknown parameter '${id}'` };
      if (value < parameter.min || value > parameter.max)
        return { ok: false, reason: `${id}=${value} is outside ${parameter.min}–${parameter.max}` };
      values[id] = value;
    }
    // Values that depart from the scenario's make it a custom view.
    const scenarioValues = dataset.scenarios.find((s) => s.id === message.scenario)?.values;
    const departs = Object.entries(message.values).some(([id, value]) => scenarioValues?.[id] !== value);
    if (departs) patch.scenario = null;
  }
  if (message.isolated !== undefined && message.isolated !== null && !origins.includes(message.isolated)) {
    return { ok: false, reason: `unknown origin '${message.isolated}'` };
  }
  if (values) patch.values = values;
  for (const key of ['view', 'rounds', 'lang', 'colorByOrigin', 'isolated', 'showNet'] as const) {
    if (message[key] !== undefined) (patch as Record<string, unknown>)[key] = message[key];
  }
  return { ok: true, patch };
}

/** Lets the page that embeds the chart drive it (scroll-driven stories), from allowed origins only. */
export function listenForHostMessages(store: ExplorerStoreApi, allowedOrigins: string[], win: Window = window): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win) return;
    if (allowedOrigins.length > 0 && !allowedOrigins.includes(event.origin)) return;
    if (typeof event.data !== 'object' || event.data === null || (event.data as { type?: unknown }).type !== SET_MESSAGE) return;
    const state = store.getState();
    const result = interpretHostMessage(event.data, state.model.dataset, state.model.structure.origins);
    if (result.ok) store.getState().applyShared(result.patch);
    else console.warn(`Capital Loop ignored a host message: ${result.reason}`);
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
