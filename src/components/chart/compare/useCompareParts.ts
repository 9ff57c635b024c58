import { lazyPart, throwIfFailed } from '../../shared/lazyPart';

/** The Compare components: the chart's outlines of a compared scenario, the legend's key to them, the view controls' choice. */
export const compareOutlines = lazyPart(() => import('./compareParts'));

/** The Compare components once `needed` and loaded, else undefined. */
export function useCompareParts(needed: boolean) {
  const { module, failure } = compareOutlines.useModule(needed);
  // The part's error boundary says what failed and offers a reload.
  throwIfFailed(failure);
  return module;
}
