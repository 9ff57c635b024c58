import { useEffect, type ReactNode } from 'react';
import { pickText, translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { HeadlineFigures } from '../panels/HeadlineFigures';
import { RoundTripTable } from '../panels/RoundTripTable';
import { SensitivityView } from '../panels/SensitivityView';
import { LanguageSwitch } from '../controls/LanguageSwitch';
import { Notices } from '../problems/Notices';
import { PartBoundary } from './PartBoundary';
import { FlowTable } from '../panels/FlowTable';
import { Legend } from '../chart/Legend';
import { ParameterSliders } from '../controls/ParameterSliders';
import { PlayControls } from '../controls/PlayControls';
import { SankeyChart } from '../chart/SankeyChart';
import { ScenarioBar } from '../controls/ScenarioBar';
import { SourcesFooter } from '../panels/SourcesFooter';
import { ViewControls } from '../controls/ViewControls';
import { StressSection } from '../stress/StressSection';

/**
 * The full explorer: chart and its controls, headline figures, sliders and scenarios, sources.
 * `toolbar` holds the share and export features, composed in by the entry point.
 */
export function App({ toolbar }: { toolbar?: ReactNode }) {
  const lang = useExplorer((s) => s.lang);
  const meta = useExplorer((s) => s.model.dataset.meta);
  const title = pickText(meta.title, lang).text;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
  return (
    <div className="app">
      <header className="app__header">
        <div>
          <h1>{title}</h1>
          <p className="app__tagline">{translate(lang, 'app.tagline')}</p>
        </div>
        <LanguageSwitch />
        {toolbar && <div className="app__toolbar">{toolbar}</div>}
      </header>
      <Notices />
      <main className="app__main">
        <section className="app__chart" aria-label={translate(lang, 'chart.title', { title })}>
          <PartBoundary>
            <ViewControls />
            <Legend />
            <SankeyChart />
            <PlayControls />
            <p className="hint">{translate(lang, 'chart.dragHint')}</p>
          </PartBoundary>
        </section>
        <aside className="app__panel">
          <PartBoundary>
            <HeadlineFigures />
            <ScenarioBar />
            <StressSection />
            <ParameterSliders />
            {/* Below the sliders: opened, they would push the sliders out of view. */}
            <RoundTripTable />
            <SensitivityView />
          </PartBoundary>
        </aside>
      </main>
      {/* Below the two columns: open, it is long, and the chart above stays in view while sliders move. */}
      <PartBoundary>
        <FlowTable />
      </PartBoundary>
      <SourcesFooter />
    </div>
  );
}
