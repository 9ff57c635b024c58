import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LinkShape } from '../../../layout/sankeyLayout';
import { NEUTRAL, thinLinkGroups, type ThinLinkGroup } from './thinLinkGroups';
import { announcePainted, announcePaintedWithFrame, canPaintInWorker, type PainterReply } from '../paintInWorker';
import { packFrame, paintFrame, type ThinLinksFrame } from './thinLinksPainter';
import { usePageDark } from '../darkPalette';

export interface BulkLinksProps {
  links: LinkShape[];
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1 for all. */
  isolated: number;
  width: number;
  height: number;
  /** A slider is dragged: the links are painted at fewer pixels (see thinLinksRatio). */
  dragging: boolean;
  /** Filled with a way to paint a drag's step without rendering (see useDirectDrag); emptied when the canvas goes. */
  stepPainterRef?: { current: PaintThinStep | null };
}

/** Paints a step's thin links at the canvas's size; false when the chart is taller than the canvas, or there is no painter. */
export type PaintThinStep = (links: LinkShape[], chartHeight: number) => boolean;

// Back links turn up to about 60 px beyond the outer columns; the canvas reaches that far.
const MARGIN_X = 64;
const MARGIN_Y = 8;

/**
 * Device pixels per CSS pixel of the thin links: the screen's, or while a slider is dragged half the
 * screen's (at least 0.5, and never more than the screen's), so a quarter of the pixels. Why: their
 * raster goes by pixels (hairlines; at 500 / 2,500, 12–14 ms a paint on an idle page and 25–35 ms
 * beside a drag's other work, on a worker's thread), and at half the resolution it took about half
 * as long. They look softer while the drag lasts (at a screen of 2 device pixels per CSS pixel, no
 * softer than at 1); the drag's end paints them at the screen's own.
 */
export function thinLinksRatio(screen: number, dragging: boolean): number {
  return dragging ? Math.min(screen, Math.max(0.5, screen / 2)) : screen;
}

interface Painter {
  paint(frame: ThinLinksFrame): void;
  /** Memory a painted frame left, for the next frame's routes (a worker hands it back). */
  spare(): ArrayBuffer | undefined;
  dispose(): void;
}

/**
 * A canvas can be handed to a worker only once, and development mode mounts every component
 * twice: the painter stays with its canvas element.
 */
const painters = new WeakMap<HTMLCanvasElement, Painter | undefined>();

interface Started {
  worker: Worker;
  /** It failed before a canvas took it (its script blocked or lost). */
  failed: boolean;
}

function startWorker(): Started {
  const started = { worker: new Worker(new URL('./thinLinksWorker.ts', import.meta.url), { type: 'module' }), failed: false };
  const onError = () => (started.failed = true);
  started.worker.addEventListener('error', onError, { once: true });
  return started;
}

/**
 * A worker started with this module, which loads before a large graph's first chart (see
 * whenDrawable): its code is loaded and running by the time the chart hands it the canvas, so the
 * first links are painted beside the page's own first paint rather than after the worker starts.
 * The first canvas takes it; any later one starts its own.
 */
let early: Started | undefined = canPaintInWorker ? startEarly() : undefined;

function startEarly(): Started | undefined {
  try {
    return startWorker();
  } catch {
    return undefined;
  }
}

/**
 * Stops the worker started with this module if no canvas has taken it: the dataset that came turned
 * out small enough to draw link by link. A large graph later (another dataset, the rounds view)
 * starts its own.
 */
export function releaseEarlyWorker(): void {
  early?.worker.terminate();
  early = undefined;
}

function workerPainter(canvas: HTMLCanvasElement, onFailure: () => void): Painter {
  const started = early ?? startWorker();
  early = undefined;
  const { worker } = started;
  if (started.failed) queueMicrotask(onFailure);
  worker.addEventListener('error', onFailure);
  // Frames' memory back from the worker: a few at most (those on their way or waiting to be painted).
  const spares: ArrayBuffer[] = [];
  worker.addEventListener('message', (event: MessageEvent<PainterReply>) => {
    if (event.data.failed) onFailure();
    if (event.data.painted && event.data.sent !== undefined) announcePainted(canvas, event.data.painted, event.data.sent);
    if (event.data.spare) spares.push(event.data.spare);
  });
  const offscreen = canvas.transferControlToOffscreen();
  worker.postMessage({ canvas: offscreen }, [offscreen]);
  return {
    paint: (frame) => worker.postMessage({ frame }, [frame.routes.buffer]),
    spare: () => spares.pop(),
    dispose: () => worker.terminate(),
  };
}

function mainThreadPainter(canvas: HTMLCanvasElement): Painter | undefined {
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  let last: ThinLinksFrame | undefined;
  return {
    paint: (frame) => {
      paintFrame(canvas, context, frame);
      announcePaintedWithFrame(canvas, frame.sent);
      last = frame;
    },
    // Painted here, a frame's memory is free again at once.
    spare: () => last?.routes.buffer,
    dispose: () => {},
  };
}

/**
 * The thin links of a large graph, stroked into a canvas under the rest of the chart (wider links
 * are drawn one by one, as SVG). A worker paints them where the browser allows, so a slider drag
 * spends the main thread on the model, the layout and the rest of the chart. The canvas sits in
 * the SVG, so it overflows as the SVG does without widening the page.
 */
export function BulkLinks({ links, colorByOrigin, isolated, width, height, dragging, stepPainterRef }: BulkLinksProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // A worker that fails to start (a host's policy, a lost chunk) hands over to a fresh canvas painted here.
  const [inWorker, setInWorker] = useState(canPaintInWorker);
  const groups = useMemo(() => thinLinkGroups(links, colorByOrigin, isolated), [links, colorByOrigin, isolated]);
  // The origins' colours follow the theme: a change of it paints the links again (as the SVG's follow it).
  const dark = usePageDark();
  const outerWidth = width + 2 * MARGIN_X;
  const outerHeight = height + 2 * MARGIN_Y;
  // Whether a slider is dragged, for the paints of links rendered mid-drag; and whether the last paint was at a drag's ratio.
  const dragNow = useRef(dragging);
  const paintedAtDrag = useRef(false);
  useLayoutEffect(() => {
    dragNow.current = dragging;
  });
  const paintGroups = useCallback(
    (element: HTMLCanvasElement, shown: ThinLinkGroup[], drag: boolean) => {
      paintedAtDrag.current = drag;
      // The neutral colour follows the theme (a CSS variable): read only when some link needs it.
      const neutral = shown.some((group) => group.origin === NEUTRAL) ? getComputedStyle(element).color : '';
      const ratio = thinLinksRatio(window.devicePixelRatio || 1, drag);
      const painter = painters.get(element);
      const sent = performance.timeOrigin + performance.now();
      const size = { width: outerWidth, height: outerHeight, ratio, originX: MARGIN_X, originY: MARGIN_Y, sent };
      painter?.paint(packFrame(shown, neutral, size, painter.spare(), dark));
    },
    [outerWidth, outerHeight, dark],
  );
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    if (!painters.has(element))
      painters.set(element, inWorker ? workerPainter(element, () => setInWorker(false)) : mainThreadPainter(element));
    paintGroups(element, groups, dragNow.current);
  }, [groups, paintGroups, inWorker]);
  // A drag's start repaints nothing (a click on a slider changes no link); its end paints the links
  // at the screen's ratio if they were last painted at the drag's, whether or not they changed.
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!dragging && paintedAtDrag.current && element && painters.get(element)) paintGroups(element, groups, false);
  }, [dragging, groups, paintGroups]);
  useLayoutEffect(() => {
    if (!stepPainterRef) return;
    stepPainterRef.current = (stepLinks, chartHeight) => {
      const element = canvas.current;
      if (!element || !painters.get(element) || chartHeight > height) return false;
      // The step painter is only called during a drag (see useDirectDrag): always at the drag's ratio.
      paintGroups(element, thinLinkGroups(stepLinks, colorByOrigin, isolated), true);
      return true;
    };
    return () => void (stepPainterRef.current = null);
  }, [stepPainterRef, paintGroups, height, colorByOrigin, isolated]);
  useEffect(() => {
    const element = canvas.current;
    return () => {
      // Still in the page: a development-mode remount, which keeps its painter.
      if (element && !element.isConnected) painters.get(element)?.dispose();
    };
  }, [inWorker]);
  return (
    <foreignObject className="links__canvas-box" x={-MARGIN_X} y={-MARGIN_Y} width={outerWidth} height={outerHeight} aria-hidden="true">
      <canvas
        key={inWorker ? 'worker' : 'main'}
        ref={canvas}
        className="links__canvas"
        style={{ width: outerWidth, height: outerHeight }}
        data-links={groups.reduce((sum, group) => sum + group.routes.length, 0)}
        data-painter={inWorker ? 'worker' : 'main'}
      />
    </foreignObject>
  );
}
