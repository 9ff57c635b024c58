import { lazyPart, throwIfFailed } from '../../shared/lazyPart';

const compareParts = lazyPart(() => import('./compareParts'));

/** The Compare components once `needed` and loaded, else undefined. */
export function useCompareParts(needed: boolean) {
  const { module, failure } = compareParts.useModule(needed);
  // The chart's error boundary says what failed and keeps the rest of the page working.
  throwIfFailed(failure);
  return module;
}
