import { encodeDataFragment, hasDataFragment } from './dataFragment';
import type { Dataset } from '../model/types';
import type { ExplorerState, ExplorerStoreApi } from './store';
import { urlForState } from './urlSync';

/** A link to this view that carries the reader's own dataset, or how long its fragment would be. */
export type DataLink = { ok: true; link: string } | { ok: false; chars: number };

/** The link to share: the view's address and, for a dataset the reader brought, that dataset in the fragment. */
export async function linkWithData(store: ExplorerStoreApi, href: string): Promise<DataLink> {
  const url = new URL(urlForState(store, href));
  const { dataOrigin, model } = store.getState();
  if (dataOrigin !== 'own') {
    if (hasDataFragment(url.hash)) url.hash = '';
    return { ok: true, link: url.href };
  }
  const fragment = await encodeDataFragment(model.source);
  if (!fragment.ok) return fragment;
  url.hash = fragment.hash;
  return { ok: true, link: url.href };
}

/**
 * Keeps the address's dataset in step with the one shown, so a reload shows the reader's own
 * dataset again: in the fragment (when it fits), as the `?data=` address, or neither for the
 * bundled one. Only changes count: the address already says what is shown, `shown` (the page starts
 * the sync after the first view is drawn; a dataset loaded before is written then).
 */
export function startDataSync(
  store: ExplorerStoreApi,
  history: History = window.history,
  location: Location = window.location,
  shown: Dataset = store.getState().model.source,
): () => void {
  let last = shown;
  let written = 0;
  // Started with the address in step with the view (see urlSync): a reload brings back what it
  // shows; unless the bundled data is shown in place of a dataset the address still names (a
  // cancelled or failed ?data=, an unreadable #data=), which a reload would load again: then no
  // promise at all.
  const { dataOrigin } = store.getState();
  const named = new URL(location.href).searchParams.has('data') || hasDataFragment(new URL(location.href).hash);
  store.setState({ addressKeeps: dataOrigin === 'bundled' && named ? undefined : 'all' });
  const follow = (state: ExplorerState) => {
    if (state.model.source === last) return;
    last = state.model.source;
    const turn = ++written;
    // Said once the write settles, not before: an editor's every keystroke would change a notice on screen.
    void linkWithData(store, location.href).then(
      (result) => {
        // A later dataset (an editor's next keystroke) has its own write under way.
        if (turn !== written) return;
        const url = new URL(result.ok ? result.link : urlForState(store, location.href));
        // Too large for the fragment: the address says nothing rather than something stale.
        if (!result.ok) url.hash = '';
        if (state.dataOrigin === 'bundled') url.searchParams.delete('data');
        if (url.href !== location.href) history.replaceState(history.state, '', url.href);
        store.setState({ addressKeeps: result.ok ? 'all' : 'view' });
      },
      () => turn === written && store.setState({ addressKeeps: undefined }),
    ); // not written (no compression here): no promise
  };
  const unsubscribe = store.subscribe(follow);
  follow(store.getState());
  return unsubscribe;
}
