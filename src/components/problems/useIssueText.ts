import { lazyPart } from '../shared/lazyPart';

// Only a dataset with problems needs their texts, so they stay out of the first download.
const problemText = lazyPart(() => import('../../i18n/problemText'));

/** Loads the texts of dataset and load problems; whoever reports problems waits for this first. */
export function preloadIssueText() {
  // If they cannot load, the list says so (and shows each problem's code).
  return problemText.preload().catch(() => undefined);
}

/** The texts once loaded (undefined until then), and whether they could not be loaded. */
export function useIssueText() {
  const { module, failure } = problemText.useModule(true);
  return { texts: module, failed: failure !== undefined };
}
