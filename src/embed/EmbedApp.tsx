import { useShallow } from 'zustand/react/shallow';
import { selectShared } from '../state/store';
import { useEffect, useLayoutEffect } from 'react';
import { HeadlineFigures } from '../components/panels/HeadlineFigures';
import { Legend } from '../components/chart/Legend';
import { Notices } from '../components/problems/Notices';
import { ParameterSliders } from '../components/controls/ParameterSliders';
import { PlayControls } from '../components/controls/PlayControls';
import { SankeyChart } from '../components/chart/SankeyChart';
import { PartBoundary } from '../components/app/PartBoundary';
import { ScenarioBar } from '../components/controls/ScenarioBar';
import { StoryLauncher } from '../components/story/StoryLauncher';
import { StressRunner } from '../components/stress/StressRunner';
import { pickText, translate } from '../i18n/strings';
import { unitLabel } from '../i18n/unitLabel';
import { formatDate } from '../model/format';
import { useExplorer, useStoreApi } from '../state/context';
import { urlForState } from '../state/urlSync';
import { EmbedExtras } from './EmbedExtras';
import { EMBED_KEYS, type EmbedOptions } from './embedOptions';
import { reportHeightNow } from './heightReporter';
import { publisherList, publisherName } from '../i18n/publisherName';

/** Publishers named in the credit: a compact embed has one line for it. */
const CREDITED = { compact: 1, full: 6 };

/**
 * The compact chart for an article's iframe: no page chrome, the controls the host asked for, and a
 * credit with the source, the chart's date and unit, the data and a way out.
 */
export function EmbedApp({ options, dataHref }: { options: EmbedOptions; dataHref: string }) {
  const { controls, show } = options;
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const meta = useExplorer((s) => s.model.dataset.meta);
  const date = useExplorer((s) => s.model.moment.date);
  // Play shows when the host asks for it, and while a host's play command runs (its timer lives there).
  const playing = useExplorer((s) => s.playing || s.playRound > 0);
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
  const all = [...new Set(meta.sources.map((s) => publisherName(s, lang)))];
  const credited = all.slice(0, controls === 'none' ? CREDITED.compact : CREDITED.full);
  const publishers = publisherList(credited, lang) + (credited.length < all.length ? ` +${all.length - credited.length}` : '');
  return (
    <main className="embed">
      <h1 className="embed__title">{title}</h1>
      <Notices />
      <PartBoundary>
        <StoryLauncher />
        <EmbedExtras show={show} />
        <Legend />
        <SankeyChart />
        <StressRunner />
        {(show.includes('play') || playing) && <PlayControls />}
        <HeadlineFigures canFollow={controls !== 'none'} />
      </PartBoundary>
      {controls !== 'none' && <ScenarioBar />}
      {controls === 'all' && <ParameterSliders />}
      <p className="embed__credit">
        <a href={full.href} target="_blank" rel="noopener noreferrer">
          {translate(lang, 'embed.openFull')}
        </a>
        {' · '}
        {translate(lang, 'embed.credit', { publishers, date: formatDate(date, lang), unit: unitLabel(meta, lang) })}
        {' · '}
        <a href={dataHref} target="_blank" rel="noopener noreferrer" data-embed="data">
          {translate(lang, 'embed.getData')}
        </a>
      </p>
    </main>
  );
}
