import { provideRoundsView } from '../../layout/chartGeometry';
import { lazyPart } from '../shared/lazyPart';

// The rounds view's geometry and its frame's component load together, when that view is first asked for.
const roundsView = lazyPart(() =>
  Promise.all([import('../../layout/roundsView'), import('./RoundFrame')]).then(([code, frame]) => {
    provideRoundsView(code);
    return frame;
  }),
);

/**
 * Starts loading the rounds view's code; the entry waits for it before a first view in rounds, so
 * that view is drawn at once. Should it fail, the chart says so, in place of the view (see SankeyChart).
 */
export const preloadRoundsView = () => roundsView.preload().catch(() => undefined);

/** The rounds view's frame component once its code is loaded (it is needed), else undefined; `failure` if it could not load. */
export function useRoundsView(needed: boolean) {
  return roundsView.useModule(needed);
}
