import { useEffect, useRef, type ReactNode } from 'react';
import { pickText, translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { LinkNotices } from '../problems/LinkNotices';
import { PartBoundary } from './PartBoundary';
import { SankeyChart } from '../chart/SankeyChart';
import { useMediaQuery } from '../shared/hooks';
import { ChartStage } from './ChartStage';
import { FirstScreenPart } from './FirstScreenPart';
import { useFirstScreen } from './useFirstScreen';
import { LaterPart } from './LaterPart';
import { REPORT_SLOT } from './reportSlot';

/** Below this the page is one column and the controls move into a sheet (base.css breaks at the same width). */
const ONE_COLUMN = '(max-width: 900px)';
/** Below this the share and export buttons would push the headline off the first screen. */
const PHONE = '(max-width: 600px)';

/**
 * The full explorer: chart and its controls, headline figures, sliders and scenarios, sources.
 * `toolbar` holds the share and export features, composed in by the entry point.
 * On wide screens the chart stays in view beside the sliders; in one column the headline comes
 * first, then the chart, and the controls open in a sheet over the lower part of the screen.
 */
export function App({ toolbar }: { toolbar?: ReactNode }) {
  const lang = useExplorer((s) => s.lang);
  const meta = useExplorer((s) => s.model.dataset.meta);
  const title = pickText(meta.title, lang).text;
  const oneColumn = useMediaQuery(ONE_COLUMN);
  const phone = useMediaQuery(PHONE);
  const chart = useRef<HTMLDivElement>(null);
  // The dataset says what the page is about; the generic line stands in when it has no tagline.
  const tagline = meta.tagline ? pickText(meta.tagline, lang).text : translate(lang, 'app.tagline');
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', tagline);
  }, [lang, title, tagline]);
  const toolbarBlock = toolbar && <div className="app__toolbar">{toolbar}</div>;
  const Sheet = useFirstScreen().module?.ControlsSheet;
  const sheetControls = (
    <>
      <FirstScreenPart name="ViewControls" />
      <PartBoundary>
        <LaterPart name="ScenarioBar" />
        <LaterPart name="StressSection" />
        <LaterPart name="ParameterSliders" />
      </PartBoundary>
    </>
  );
  return (
    <div className={`app${oneColumn ? ' app--one-column' : ''}`}>
      <header className="app__header">
        <div>
          <h1>{title}</h1>
          <p className="app__tagline">{tagline}</p>
        </div>
        <FirstScreenPart name="LanguageSwitch" />
        {!phone && toolbarBlock}
      </header>
      <LinkNotices />
      <main className="app__main">
        {/* On a phone the toolbar stands at the page's end: a dataset's report comes here instead (see DatasetReport). */}
        {phone && <div id={REPORT_SLOT} />}
        {oneColumn && <FirstScreenPart name="HeadlineFigures" />}
        <section className="app__chart" aria-label={translate(lang, 'chart.title', { title })}>
          <PartBoundary>
            <FirstScreenPart name="StoryLauncher" />
            {!oneColumn && <FirstScreenPart name="ViewControls" />}
            <p className="hint">
              {translate(lang, 'chart.dragHint')}
              {/* Hidden on a touch screen without a keyboard's pointer (see base.css). */}
              <span className="hint__keys">{translate(lang, 'chart.keysHint')}</span>
            </p>
            <ChartStage>
              {/* On a phone the legend's many rows would push the chart off the first two screens. */}
              {!phone && <FirstScreenPart name="Legend" />}
              <div ref={chart}>
                <SankeyChart />
              </div>
              {phone && <FirstScreenPart name="Legend" />}
              {/* A boundary of its own: should the code of the parts below the first screen fail, the chart stays. */}
              <PartBoundary>
                <LaterPart name="PlayControls" />
              </PartBoundary>
            </ChartStage>
          </PartBoundary>
        </section>
        {oneColumn &&
          // Should the sheet's code have failed to load, the controls stand in the page instead.
          (Sheet ? <Sheet chart={chart}>{sheetControls}</Sheet> : sheetControls)}
        <aside className="app__panel">
          {!oneColumn && <FirstScreenPart name="HeadlineFigures" />}
          <PartBoundary>
            {!oneColumn && (
              <>
                <LaterPart name="ScenarioBar" />
                <LaterPart name="StressSection" />
                <LaterPart name="ParameterSliders" />
              </>
            )}
            {/* Below the sliders: opened, they would push the sliders out of view. */}
            <LaterPart name="RoundTripTable" />
            <LaterPart name="SensitivityView" />
          </PartBoundary>
        </aside>
        {/* In the main landmark, as every part of the page is in one. */}
        {phone && toolbarBlock}
      </main>
      {/* Below the two columns: open, it is long, and the chart above stays in view while sliders move. */}
      <PartBoundary>
        <LaterPart name="FlowTable" />
      </PartBoundary>
      <PartBoundary>
        <LaterPart name="SourcesFooter" />
      </PartBoundary>
    </div>
  );
}
