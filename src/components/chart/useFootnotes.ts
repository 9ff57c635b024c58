import { lazyPart } from '../shared/lazyPart';

// Below the chart, so out of the first screen: the entry starts loading it beside the dataset, and
// the chart is drawn without waiting for it. (With what makes them follow a drag's painted steps.)
const footnotes = lazyPart(() => import('./StepFootnotes'));

/** Starts loading the chart's footnotes (once); they are then usually there by the first render. */
export const preloadFootnotes = () => footnotes.preload().catch(() => undefined);

/** The footnotes' code once loaded; undefined while it loads, or if it could not (the chart stands without them). */
export function useFootnotes() {
  return footnotes.useModule(true).module;
}
