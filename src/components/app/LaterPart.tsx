import { lazyPart, throwIfFailed } from '../shared/lazyPart';

type LaterParts = typeof import('./laterParts');

const laterParts = lazyPart(() => import('./laterParts'));

/**
 * Starts loading the parts below the first screen. The entry calls it as the dataset downloads, so
 * they are usually there by the first render; the chart never waits for them.
 */
export const preloadLaterParts = () => laterParts.preload().catch(() => undefined);

/** One of the page's parts below the first screen: nothing until its code is there. */
export function LaterPart({ name }: { name: keyof LaterParts }) {
  const { module, failure } = laterParts.useModule(true);
  // Thrown to the part boundary, which says so and offers a reload.
  throwIfFailed(failure);
  if (!module) return null;
  const Part = module[name];
  return <Part />;
}
