import { useShallow } from 'zustand/react/shallow';
import { selectShared } from '../state/store';
import { useEffect, useLayoutEffect } from 'react';
import { HeadlineFigures } from '../components/panels/HeadlineFigures';
import { Legend } from '../components/chart/Legend';
import { Notices } from '../components/problems/Notices';
import { ParameterSliders } from '../components/controls/ParameterSliders';
import { SankeyChart } from '../components/chart/SankeyChart';
import { PartBoundary } from '../components/app/PartBoundary';
import { ScenarioBar } from '../components/controls/ScenarioBar';
import { StoryLauncher } from '../components/story/StoryLauncher';
import { pickText, translate } from '../i18n/strings';
import { useExplorer, useStoreApi } from '../state/context';
import { urlForState } from '../state/urlSync';
import { EMBED_KEYS, type EmbedControls } from './embedOptions';
import { reportHeightNow } from './heightReporter';

/** The compact chart for an article's iframe: no page chrome, optional controls, credit and a way out. */
export function EmbedApp({ controls }: { controls: EmbedControls }) {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const meta = useExplorer((s) => s.model.dataset.meta);
  // Re-render the link when anything it encodes changes.
  useExplorer(useShallow(selectShared));
  const title = pickText(meta.title, lang).text;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
  // After every render, not only on resize notifications (see reportHeightNow).
  useLayoutEffect(reportHeightNow);
  const full = new URL(urlForState(store, location.href));
  for (const key of EMBED_KEYS) full.searchParams.delete(key);
  const publishers = [...new Set(meta.sources.map((s) => s.publisher))].slice(0, 6).join(', ');
  return (
    <main className="embed">
      <h1 className="embed__title">{title}</h1>
      <Notices />
      <PartBoundary>
        <StoryLauncher />
        <Legend />
        <SankeyChart />
        <HeadlineFigures canFollow={controls !== 'none'} />
      </PartBoundary>
      {controls !== 'none' && <ScenarioBar />}
      {controls === 'all' && <ParameterSliders />}
      <p className="embed__credit">
        <a href={full.href} target="_blank" rel="noopener noreferrer">
          {translate(lang, 'embed.openFull')}
        </a>
        {' · '}
        {translate(lang, 'embed.credit', { publishers })}
      </p>
    </main>
  );
}
