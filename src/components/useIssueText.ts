import { useEffect, useState } from 'react';

type IssueText = typeof import('../i18n/issueText');

let loaded: IssueText | undefined;
let loading: Promise<IssueText> | undefined;

/**
 * Loads the translations of dataset problems (once). Only a dataset with problems needs them, so
 * they stay out of the first download; whoever reports problems waits for this first.
 */
export function preloadIssueText(): Promise<IssueText | undefined> {
  loading ??= import('../i18n/issueText').then((module) => (loaded = module));
  // Without them the problems still show, in the model's English.
  return loading.catch(() => {
    loading = undefined;
    return undefined;
  });
}

/** The translations once loaded; until then (if a report came without waiting) undefined. */
export function useIssueText(): IssueText | undefined {
  const [text, setText] = useState(loaded);
  useEffect(() => {
    if (text) return;
    let live = true;
    void preloadIssueText().then((module) => live && module && setText(module));
    return () => {
      live = false;
    };
  }, [text]);
  return text;
}
