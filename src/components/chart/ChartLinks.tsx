import type { KeyboardEvent } from 'react';
import type { LinkShape } from '../../layout/sankeyLayout';
import type { Money } from '../../model/units';
import { useExplorer } from '../../state/context';
import type { useBulkDrawing } from './bulk/useBulkDrawing';
import type { DragNodes } from './paintedNodes';
import type { PaintStep } from './DragLinksCanvas';
import type { PaintThinStep } from './bulk/BulkLinks';
import { ChartLink } from './ChartLink';
import { lazyPart } from '../shared/lazyPart';

export interface ChartLinksProps {
  links: LinkShape[];
  /** How many boxes the chart has (a drag of a larger chart is painted by a worker: see PAGE_PAINTS_UP_TO). */
  boxes: number;
  /** The links drawn one by one (a large graph paints its thin ones in bulk). */
  drawnLinks: LinkShape[];
  bulk: boolean;
  bulkDrawing: ReturnType<typeof useBulkDrawing>;
  colorByOrigin: boolean;
  isolated: number;
  width: number;
  height: number;
  activeKey: string | null;
  /** The one link Tab reaches. */
  linkStop: string | undefined;
  linkLabel(flow: number, value: Money): string;
  onActivate(key: string, pinned: boolean): void;
  onDeactivate(key: string): void;
  onFocus(event: { target: EventTarget }): void;
  /** The drag's canvas shows the bands (its first paint is done): the SVG's go. */
  painted: boolean;
  onPainted(nodes: boolean): void;
  /** The boxes and labels the drag's canvas paints too, if any (see SankeyDiagram). */
  paintedNodes: DragNodes | undefined;
  /** Filled by the drag's canvas with a way to paint a step without rendering (see useDirectDrag). */
  stepPainterRef: { current: PaintStep | null };
  /** The same for a large graph's thin links, in their canvas. */
  thinPainterRef: { current: PaintThinStep | null };
  onKeyDown(event: KeyboardEvent<SVGGElement>): void;
}

// Loaded once the chart is up (not with the first script), before any slider is dragged.
const dragLinks = lazyPart(() => import('./DragLinksCanvas'));

/** The chart's links: each as an element of its own, thin ones of a large graph in bulk, the bands in a canvas while a slider is dragged. */
export function ChartLinks(props: ChartLinksProps) {
  const { links, drawnLinks, bulk, bulkDrawing, colorByOrigin, isolated, width, height, activeKey } = props;
  const drawing = dragLinks.useModule(true).module;
  // Until the canvas's code is there (or should it fail to load), a drag restyles the SVG bands.
  const sliderDragged = useExplorer((s) => s.dragging);
  const dragging = sliderDragged && drawing !== undefined;
  return (
    <g className="links" data-links={links.length} onFocus={props.onFocus} onKeyDown={props.onKeyDown}>
      {bulkDrawing && (
        <bulkDrawing.BulkLinks
          links={links}
          colorByOrigin={colorByOrigin}
          isolated={isolated}
          width={width}
          height={height}
          dragging={sliderDragged}
          stepPainterRef={props.thinPainterRef}
        />
      )}
      {drawnLinks.map((link) => (
        <ChartLink
          key={link.key}
          link={link}
          colorByOrigin={colorByOrigin}
          isolated={isolated}
          label={bulk ? '' : props.linkLabel(link.flow, link.value)}
          active={activeKey === link.key}
          focusable={!bulk}
          tabStop={link.key === props.linkStop}
          bandsOnCanvas={dragging && props.painted}
          onActivate={props.onActivate}
          onDeactivate={props.onDeactivate}
        />
      ))}
      {dragging && (
        <drawing.DragLinksCanvas
          links={drawnLinks}
          shapes={links.length + props.boxes}
          nodes={props.paintedNodes}
          colorByOrigin={colorByOrigin}
          isolated={isolated}
          activeKey={activeKey}
          width={width}
          height={height}
          onPainted={props.onPainted}
          stepPainterRef={props.stepPainterRef}
        />
      )}
    </g>
  );
}
