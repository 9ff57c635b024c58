import { useEffect, useRef } from 'react';
import { translate } from '../../i18n/strings';
import { chartHeight } from '../../layout/chartGeometry';
import { useExplorer } from '../../state/context';
import { useElementWidth } from '../shared/hooks';
import { LoadFailed } from '../shared/LoadFailed';
import { SankeyDiagram } from './SankeyDiagram';
import { useRoundsView } from './useRoundsView';

/**
 * The chart's box. The diagram is drawn once the box's width is known, before the first paint:
 * drawing at a guessed width first would lay out a 500-entity graph twice on load.
 */
export function SankeyChart() {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container);
  const view = useExplorer((s) => s.view);
  const dragging = useExplorer((s) => s.dragging);
  const setChartWidth = useExplorer((s) => s.setChartWidth);
  const lang = useExplorer((s) => s.lang);
  const setView = useExplorer((s) => s.setView);
  const rounds = useRoundsView(view === 'rounds');
  // The rounds view's code loads when that view is first asked for (the entry waits for it when a
  // link opens in rounds); until then the chart says so at its usual height, rather than drawing the loop.
  const waiting = view === 'rounds' && !rounds.module;
  // Should it fail, the chart says so in its place, with the way back to the loop (the view controls
  // may be out of reach on a narrow screen, and Reset keeps the view): not thrown to the section's
  // boundary, which would take the view controls and the story with it.
  const failed = waiting && rounds.failure !== undefined;
  // Recorded for the export, which draws at the width the reader sees without reading the page.
  useEffect(() => {
    if (width !== undefined) setChartWidth(width);
  }, [width, setChartWidth]);
  return (
    <div className={`chart chart--${view}${dragging ? ' chart--dragging' : ''}`} ref={container}>
      {width !== undefined &&
        (failed ? (
          <div className="chart__note" data-failed="rounds" role="alert" style={{ minHeight: chartHeight(width) }}>
            <p>
              <LoadFailed text="chart.roundsFailed" />
            </p>
            <button type="button" onClick={() => setView('loop')}>
              {translate(lang, 'chart.roundsBack')}
            </button>
          </div>
        ) : waiting ? (
          <p className="chart__note" data-loading="rounds" role="status" style={{ minHeight: chartHeight(width) }}>
            {translate(lang, 'chart.roundsLoading')}
          </p>
        ) : (
          <SankeyDiagram width={width} />
        ))}
    </div>
  );
}
