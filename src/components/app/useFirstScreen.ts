import { lazyPart } from '../shared/lazyPart';

const firstScreen = lazyPart(() => import('./firstScreen'));

/** The parts round the chart that take no props (see FirstScreenPart). */
export type FirstScreenName = 'HeadlineFigures' | 'Legend' | 'ViewControls' | 'LanguageSwitch' | 'StoryLauncher';

/** Starts loading the parts round the chart (once); the entry waits for them before the first render. */
export const preloadFirstScreen = () => firstScreen.preload().catch(() => undefined);

/** The parts round the chart, once loaded (always, after the entry's wait, unless the download failed). */
export function useFirstScreen() {
  return firstScreen.useModule(true);
}
