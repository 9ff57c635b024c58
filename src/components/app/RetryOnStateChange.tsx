import { useEffect } from 'react';
import { useStoreApi } from '../../state/context';
import { selectShared, type ExplorerState } from '../../state/store';

/** Everything a part draws from: the dataset, what a link shares, dragged boxes and the round played. */
const drawnFrom = (state: ExplorerState): unknown[] => [state.model, state.offsets, state.playRound, ...Object.values(selectShared(state))];

/**
 * Tries a failed part again once what it was drawing changes (a new dataset, a Reset elsewhere,
 * another slider value, view, language or origin shown, a dragged box, the next round played).
 * Mounted with the failure's notice only: a part that has not failed need not follow every slider
 * step (its boundary would otherwise render on each one).
 */
export function RetryOnStateChange({
  failure,
  retry,
  keys = drawnFrom,
}: {
  failure: Error;
  retry(): void;
  /** What, changed, means a try again: by default everything the part draws from. */
  keys?: ((state: ExplorerState) => unknown[]) | undefined;
}) {
  const store = useStoreApi();
  // Each failure (the first, or the part failing again on a retry) marks what it failed at: `failure`
  // is a dependency for that, though React mounts the notice afresh after a failed retry anyway.
  useEffect(() => {
    const failedAt = keys(store.getState());
    return store.subscribe((state) => {
      const now = keys(state);
      if (now.length !== failedAt.length || now.some((key, i) => !Object.is(key, failedAt[i]))) retry();
    });
  }, [store, retry, failure, keys]);
  return null;
}
