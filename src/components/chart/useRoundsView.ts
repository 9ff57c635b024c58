import { provideRoundsView } from '../../layout/chartGeometry';
import { lazyPart } from '../shared/lazyPart';
import { retrying } from '../shared/retrying';

const roundsCode = retrying(() => import('../../layout/roundsView'));
const roundFrame = retrying(() => import('./RoundFrame'));

// The rounds view's geometry and its frame's component load together, when that view is first asked for.
const roundsView = lazyPart(
  () =>
    Promise.all([roundsCode(), roundFrame()]).then(([code, frame]) => {
      provideRoundsView(code);
      return frame;
    }),
  false,
);

/**
 * Starts loading the rounds view's code; the entry waits for it before a first view in rounds, so
 * that view is drawn at once. Should it fail, the chart says so and tries again (see useRoundsView).
 */
export const preloadRoundsView = () => roundsView.preload().catch(() => undefined);

/** The rounds view's frame component once its code is loaded (it is needed), else undefined; `failure` if it could not load. */
export function useRoundsView(needed: boolean) {
  return roundsView.useModule(needed);
}
