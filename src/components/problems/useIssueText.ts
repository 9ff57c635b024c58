import { lazyPart } from '../shared/lazyPart';

// Only a dataset with problems needs their translations, so they stay out of the first download.
const issueText = lazyPart(() => import('../../i18n/issueText'));

/** Loads the translations of dataset problems; whoever reports problems waits for this first. */
export function preloadIssueText() {
  // Without them the problems still show, in the model's English.
  return issueText.preload().catch(() => undefined);
}

/** The translations once loaded; until then (if a report came without waiting) undefined. */
export function useIssueText() {
  return issueText.useModule(true).module;
}
