import * as v from 'valibot';
import { isLanguageLoaded, loadLanguage } from '../i18n/strings';
import type { Dataset } from '../model/types';
import { cleanPatch, type SharedPatch } from '../state/makeConsistent';
import { MAX_ROUNDS, PARAM_PREFIX, SHOCK_KEYS, type Notice } from '../state/sharedState';
import type { ExplorerStoreApi } from '../state/store';
import { startHostInbox, type HostInbox } from './hostInbox';

export const SET_MESSAGE = 'capital-loop:set';
export const PLAY_MESSAGE = 'capital-loop:play';
export const PAUSE_MESSAGE = 'capital-loop:pause';
/** Posted once, when the embed takes commands (messages sent earlier are applied by then). */
export const READY_MESSAGE = 'capital-loop:ready';

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
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  date: v.optional(v.nullable(v.string())),
  focus: v.optional(v.nullable(v.string())),
  fitToView: v.optional(v.boolean()),
  compare: v.optional(v.nullable(v.string())),
  step: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)))),
  highlight: v.optional(v.array(v.string())),
  shocks: v.optional(
    v.strictObject({
      revenueFall: v.optional(v.pipe(v.number(), v.finite())),
      equitySlowdown: v.optional(v.pipe(v.number(), v.finite())),
      fails: v.optional(v.string()),
      dropUncommitted: v.optional(v.boolean()),
      lenderStops: v.optional(v.string()),
    }),
  ),
  alpha: v.optional(v.pipe(v.number(), v.finite())),
  beta: v.optional(v.pipe(v.number(), v.finite())),
});

/** `{type: "capital-loop:step", step: 3}` shows a story step (null: leaves the story). */
export const STEP_MESSAGE = 'capital-loop:step';
/** `{type: "capital-loop:highlight", ids: [...]}` dims all but these entities and flows (empty: none). */
export const HIGHLIGHT_MESSAGE = 'capital-loop:highlight';

/** The step and highlight commands as the set message they stand for. */
function asSetMessage(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { type, ...rest } = data as Record<string, unknown>;
  if (type === STEP_MESSAGE) return { type: SET_MESSAGE, step: rest.step, ...(rest.step === null ? { highlight: [] } : {}) };
  if (type === HIGHLIGHT_MESSAGE) return { type: SET_MESSAGE, highlight: rest.ids };
  return data;
}

/**
 * A host's message as a state change, or why it is ignored. Strict: an unknown scenario, parameter
 * or origin, or a value outside a slider's range, rejects the whole message, so a malformed one
 * changes nothing at all. What passes is applied through makeConsistent like any other change, so
 * a value between a slider's steps is snapped to one.
 */
export function interpretHostMessage(
  data: unknown,
  dataset: Dataset,
  origins: string[],
): { ok: true; patch: SharedPatch } | { ok: false; reason: string } {
  const parsed = v.safeParse(HostMessageSchema, asSetMessage(data));
  if (!parsed.success) return { ok: false, reason: parsed.issues[0]?.message ?? 'malformed' };
  // Valibot leaves out the optional fields a message does not have, so none is undefined.
  const { type: _, ...patch } = parsed.output as SharedPatch & { type: string };
  const [notice] = cleanPatch(dataset, origins, patch).notices;
  return notice ? { ok: false, reason: reasonFor(notice) } : { ok: true, patch };
}

// The notices name a link's keys; a host page wrote the message's field names.
const FIELD_OF_KEY: Record<string, string> = {
  isolate: 'isolated',
  color: 'colorByOrigin',
  net: 'showNet',
  fit: 'fitToView',
  ...Object.fromEntries(Object.entries(SHOCK_KEYS).map(([field, key]) => [key, `shocks.${field}`])),
};

/** Why a host message was ignored, for the console, in the message's own field names. */
function reasonFor(notice: Notice): string {
  if (notice.kind === 'unknown-scenario') return `unknown scenario '${notice.value}'`;
  if (notice.kind === 'unknown-compare') return `unknown scenario to compare '${notice.value}'`;
  const field = notice.key.startsWith(PARAM_PREFIX)
    ? `values['${notice.key.slice(PARAM_PREFIX.length)}']`
    : (FIELD_OF_KEY[notice.key] ?? notice.key);
  switch (notice.kind) {
    case 'unknown-key':
      return `unknown parameter '${notice.key.slice(PARAM_PREFIX.length)}'`;
    case 'clamped':
      return `${field} = ${notice.value} is outside its range`;
    case 'not-a-number':
      return `${field} = ${notice.value} is not a number`;
    case 'bad-value':
      return field === 'isolated' ? `unknown origin '${notice.value}'` : `${field} = ${notice.value} is not allowed`;
  }
}

/** What a command does once it is accepted: now, or once something it needs (a language) has loaded. */
export type HostCommandResult = { ok: true; run: () => void | Promise<void> } | { ok: false; reason: string };

/** Reads one kind of host message: checks it against the current state and says what to do, or why not. */
export type HostCommand = (data: unknown, store: ExplorerStoreApi) => HostCommandResult;

const PlaySchema = v.strictObject({ type: v.literal(PLAY_MESSAGE) });
const PauseSchema = v.strictObject({ type: v.literal(PAUSE_MESSAGE) });

/** A command that takes no fields and calls one store action. */
function bareCommand(schema: v.GenericSchema, act: (store: ExplorerStoreApi) => void): HostCommand {
  return (data, store) => {
    const parsed = v.safeParse(schema, data);
    return parsed.success ? { ok: true, run: () => act(store) } : { ok: false, reason: parsed.issues[0]?.message ?? 'malformed' };
  };
}

/** A set message, or a step or highlight command (read as the set message it stands for). */
const setCommand: HostCommand = (data, store) => {
  const state = store.getState();
  const result = interpretHostMessage(data, state.model.dataset, state.model.structure.origins);
  if (!result.ok) return result;
  const { patch } = result;
  const apply = () => store.getState().applyShared(patch);
  // A language is shown once its words are here; later messages wait behind this one (see the queue).
  if (patch.lang === undefined || isLanguageLoaded(patch.lang)) return { ok: true, run: apply };
  const lang = patch.lang;
  return {
    ok: true,
    run: () =>
      loadLanguage(lang).then(apply, () => console.warn(`Capital Loop could not load the language '${lang}'; the message was not applied`)),
  };
};

/**
 * Every command a host page may send, by message type. A new command is one more entry here (and
 * its line in the README's table of messages).
 */
export const HOST_COMMANDS: Record<string, HostCommand> = {
  [SET_MESSAGE]: setCommand,
  [STEP_MESSAGE]: setCommand,
  [HIGHLIGHT_MESSAGE]: setCommand,
  [PLAY_MESSAGE]: bareCommand(PlaySchema, (store) => store.getState().play()),
  [PAUSE_MESSAGE]: bareCommand(PauseSchema, (store) => store.getState().pause()),
};

/**
 * Lets the page that embeds the chart drive it (scroll-driven stories), from allowed origins only.
 * Messages that came before (kept by `inbox`) are applied first, in the order sent; then the host is
 * told, once, that the embed takes commands. Commands run one after another, so a message that
 * waits for a language holds the later ones behind it rather than letting them overtake.
 */
export function listenForHostMessages(
  store: ExplorerStoreApi,
  allowedOrigins: string[],
  win: Window = window,
  inbox: HostInbox = startHostInbox(win),
): () => void {
  let queue: Promise<void> = Promise.resolve();
  let waiting = 0;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win) return;
    if (allowedOrigins.length > 0 && !allowedOrigins.includes(event.origin)) return;
    const type = typeof event.data === 'object' && event.data !== null ? (event.data as { type?: unknown }).type : undefined;
    const command = typeof type === 'string' && Object.hasOwn(HOST_COMMANDS, type) ? HOST_COMMANDS[type] : undefined;
    if (!command) return;
    const result = command(event.data, store);
    if (!result.ok) {
      console.warn(`Capital Loop ignored a host message: ${result.reason}`);
      return;
    }
    if (waiting === 0) {
      const pending = result.run();
      if (!pending) return;
      waiting++;
      queue = pending.finally(() => waiting--);
      return;
    }
    waiting++;
    queue = queue.then(result.run).finally(() => waiting--);
  };
  const stop = inbox.take(onMessage);
  if (win.parent !== win) {
    for (const target of allowedOrigins.length > 0 ? allowedOrigins : ['*']) win.parent.postMessage({ type: READY_MESSAGE }, target);
  }
  return stop;
}
