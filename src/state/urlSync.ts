import { encodeState, RESERVED_KEYS } from './urlState';
import type { SharedState } from './sharedState';
import { selectShared, type ExplorerState, type ExplorerStoreApi } from './store';

/**
 * The page's URL for the store's current state, keeping the embed and data keys it came with and
 * its fragment (which carries the reader's own dataset). A `?data=` address no longer applies once
 * the reader has brought a dataset of their own.
 */
export function urlForState(store: ExplorerStoreApi, href: string): string {
  const url = new URL(href);
  const state = store.getState();
  const kept = [...url.searchParams].filter(([key]) => RESERVED_KEYS.has(key) && !(key === 'data' && state.dataOrigin === 'own'));
  const params = encodeState(selectShared(state), state.model.dataset);
  for (const [key, value] of kept) params.set(key, value);
  url.search = params.toString();
  return url.href;
}

const THROTTLE_MS = 250;

/**
 * Keeps the address bar in step with the state. replaceState, never pushState, so a slider drag
 * adds no history entries; throttled, because browsers throttle (and warn about) rapid calls.
 * `shown` is the state the address says: the page starts the sync after the first view is drawn,
 * and a change the reader made before is written then.
 */
export function startUrlSync(
  store: ExplorerStoreApi,
  history: History = window.history,
  location: Location = window.location,
  shown: SharedState = selectShared(store.getState()),
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastShared = shown;
  /** A change not yet written because a slider was being dragged. */
  let held = false;
  const write = () => {
    timer = undefined;
    // replaceState costs a frame's worth of time in Chromium now and then: while a slider is
    // dragged the address waits, and is written once the slider is let go.
    if (store.getState().dragging) return void (held = true);
    const next = urlForState(store, location.href);
    if (next !== location.href) history.replaceState(history.state, '', next);
  };
  const follow = (state: ExplorerState) => {
    const shared = selectShared(state);
    const changed = (Object.keys(shared) as (keyof typeof shared)[]).some((key) => shared[key] !== lastShared[key]);
    lastShared = shared;
    if ((changed || held) && timer === undefined) {
      held = false;
      timer = setTimeout(write, THROTTLE_MS);
    }
  };
  const unsubscribe = store.subscribe(follow);
  follow(store.getState());
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
