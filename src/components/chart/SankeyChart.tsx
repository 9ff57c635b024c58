import { useEffect, useRef } from 'react';
import { useExplorer } from '../../state/context';
import { useElementWidth } from '../shared/hooks';
import { SankeyDiagram } from './SankeyDiagram';

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
  // Recorded for the export, which draws at the width the reader sees without reading the page.
  useEffect(() => {
    if (width !== undefined) setChartWidth(width);
  }, [width, setChartWidth]);
  return (
    <div className={`chart chart--${view}${dragging ? ' chart--dragging' : ''}`} ref={container}>
      {width !== undefined && <SankeyDiagram width={width} />}
    </div>
  );
}
