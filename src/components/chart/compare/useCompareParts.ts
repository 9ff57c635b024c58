import { lazyPart } from '../../shared/lazyPart';

const compareParts = lazyPart(() => import('./compareParts'));

/** The Compare components once `needed` and loaded, else undefined. */
export function useCompareParts(needed: boolean) {
  const { module, failure } = compareParts.useModule(needed);
  // The chart's error boundary says what failed and keeps the rest of the page working.
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  return module;
}
