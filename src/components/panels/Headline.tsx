import { lazyPart } from '../shared/lazyPart';

// Its code is fetched beside the dataset, which the entry waits for anyway, rather than with the first script.
const headline = lazyPart(() => import('./HeadlineFigures'));

/** Starts loading the headline's code (once); the entry waits for it before the first render, so the first view has it. */
export const preloadHeadline = () => headline.preload().catch(() => undefined);

/** The headline figures, once their code is there (see preloadHeadline). */
export function Headline() {
  const { module, failure } = headline.useModule(true);
  // Thrown to the part boundary, which says so and tries again when the reader resets.
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  return module ? <module.HeadlineFigures /> : null;
}
