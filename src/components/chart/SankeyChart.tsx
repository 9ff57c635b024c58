import { useEffect, useRef } from 'react';
import { translate } from '../../i18n/strings';
import { chartHeight } from '../../layout/chartGeometry';
import { useExplorer } from '../../state/context';
import { useElementWidth } from '../shared/hooks';
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
  const rounds = useRoundsView(view === 'rounds');
  // Thrown to the part boundary, which says so and tries again when the reader resets.
  if (rounds.failure !== undefined) throw rounds.failure instanceof Error ? rounds.failure : new Error(String(rounds.failure));
  // The rounds view's code loads when that view is first asked for (the entry waits for it when a
  // link opens in rounds); until then the chart says so at its usual height, rather than drawing the loop.
  const waiting = view === 'rounds' && !rounds.module;
  // Recorded for the export, which draws at the width the reader sees without reading the page.
  useEffect(() => {
    if (width !== undefined) setChartWidth(width);
  }, [width, setChartWidth]);
  return (
    <div className={`chart chart--${view}${dragging ? ' chart--dragging' : ''}`} ref={container}>
      {width !== undefined &&
        (waiting ? (
          <p className="chart__note" data-loading="rounds" role="status" style={{ minHeight: chartHeight(width) }}>
            {translate(lang, 'chart.roundsLoading')}
          </p>
        ) : (
          <SankeyDiagram width={width} />
        ))}
    </div>
  );
}
