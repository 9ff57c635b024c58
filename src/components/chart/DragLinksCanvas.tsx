import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LinkShape } from '../../layout/sankeyLayout';
import { MARGIN_X, MARGIN_Y, paintDragFrame, type DragCanvasMessage, type DragFrame } from './dragFrame';
import { announcePainted, announcePaintedWithFrame, canPaintInWorker, type PainterReply } from './paintInWorker';
import { hatchPattern } from './paintLinks';
import { ownHatch, type NodePaint } from './paintNodes';
import { paintedNodesOf, type DragNodes } from './paintedNodes';
import { pageIsDark } from './darkPalette';
import { armDirectDrag } from './directDrag';
import { provideDirectDrag } from './useDirectDrag';

// A drag this canvas shows whole is painted from the model, without rendering the chart (see useDirectDrag).
provideDirectDrag(armDirectDrag);

export interface DragLinksCanvasProps {
  links: LinkShape[];
  /**
   * How many links and boxes the chart has, all of them (drawn one by one or in bulk, on the canvas
   * or not): who paints the drag (see PAGE_PAINTS_UP_TO) does not change with the slider's position.
   */
  shapes: number;
  /** The boxes and labels to paint over the bands, when the canvas shows them too. */
  nodes: DragNodes | undefined;
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1 for all. */
  isolated: number;
  activeKey: string | null;
  width: number;
  height: number;
  /** The canvas shows this drag's bands (and, when `nodes` says so, its boxes and labels): the SVG's may go. */
  onPainted(nodes: boolean): void;
  /** Filled with a way to paint a step straight from the model, without rendering (see useDirectDrag); emptied when the canvas goes. */
  stepPainterRef?: { current: PaintStep | null };
}

/**
 * Paints one step of the drag (its bands, and boxes and labels), at the canvas's size and colours;
 * false when it cannot: a chart taller than the canvas (its box is sized by the page), or no painter.
 */
export type PaintStep = (links: LinkShape[], nodes: DragNodes | undefined, chartHeight: number) => boolean;

interface Painter {
  paint(frame: DragFrame): void;
  /** The drag is over: what holds its canvas lets it go. */
  release(): void;
}

/** The theme's colours as the page resolves them (CSS variables): the links', and the boxes' and labels' where the chart has them. */
interface Theme {
  neutral: string;
  dark: boolean;
  /** The text's colour (`--fg`), which the hatch and the dots are drawn in. */
  hatchColor: string;
  nodePaint: NodePaint | null;
}

/**
 * The boxes' and labels' colours and font, read from the chart's own elements (none before it has a
 * box and a label); a stress test's mark colour from the canvas (its border colour, see chart.css:
 * the chart may have no mark to read when a drag starts, and gain one mid-drag).
 */
function readNodePaint(svg: SVGSVGElement | null, canvas: HTMLCanvasElement): NodePaint | null {
  const box = svg?.querySelector('.node__box');
  const label = svg?.querySelector('text.label');
  const amount = svg?.querySelector('.label__amount');
  const hatch = svg?.querySelector('#own-hatch .hatch');
  if (!box || !label || !amount || !hatch) return null;
  const labelStyle = getComputedStyle(label);
  return {
    node: getComputedStyle(box).fill,
    bg: getComputedStyle(hatch).fill,
    fg: labelStyle.fill,
    muted: getComputedStyle(amount).fill,
    halo: labelStyle.stroke,
    font: labelStyle.fontFamily,
    mark: getComputedStyle(canvas).borderTopColor,
  };
}

/**
 * One worker for every drag of a chart too large for the page to paint (see PAGE_PAINTS_UP_TO),
 * started by the first such drag (a small chart's drags never need it; until its first paint, that
 * drag's SVG bands stay); false once it has failed (the page paints then).
 */
let worker: Worker | undefined | false;
/** Where the worker's replies go: the canvas of the drag it paints, if any. */
let onReply: (reply: PainterReply) => void = () => {};

/** The drags' worker, started now if it has not been; undefined where none can paint. */
function paintingWorker(): Worker | undefined {
  if (worker === undefined) worker = (canPaintInWorker && startWorker()) || false;
  return worker || undefined;
}

function startWorker(): Worker | undefined {
  try {
    const started = new Worker(new URL('./dragLinksWorker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<PainterReply>) => onReply(event.data));
    // It may fail before any drag (its script blocked or lost): later drags are painted here then.
    started.addEventListener('error', () => {
      started.terminate();
      worker = false;
      onReply({ failed: 'the worker did not start' });
    });
    return started;
  } catch {
    return undefined;
  }
}

/** Drags painted by the worker so far: each names its own, so a late reply to the one before is dropped. */
let drags = 0;

function workerPainter(
  running: Worker,
  canvas: HTMLCanvasElement,
  theme: Theme,
  onPainted: (nodes: boolean) => void,
  onFailure: () => void,
): Painter {
  const drag = ++drags;
  onReply = (reply) => {
    if (reply.failed) {
      running.terminate();
      worker = false;
      return onFailure();
    }
    if (reply.painted === undefined || reply.drag !== drag) return;
    if (reply.sent !== undefined) announcePainted(canvas, reply.painted, reply.sent);
    onPainted(reply.nodes === true);
  };
  const offscreen = canvas.transferControlToOffscreen();
  const ratio = window.devicePixelRatio || 1;
  const setup: DragCanvasMessage = { canvas: offscreen, ...theme, ratio, drag };
  running.postMessage(setup, [offscreen]);
  return {
    paint: (frame) => running.postMessage({ frame } satisfies DragCanvasMessage),
    release: () => {
      running.postMessage({ release: true } satisfies DragCanvasMessage);
      // A late reply to this drag must not reach a later one's canvas painted by the page.
      onReply = () => {};
    },
  };
}

function mainThreadPainter(canvas: HTMLCanvasElement, theme: Theme, onPainted: (nodes: boolean) => void): Painter | undefined {
  // Desynchronized: the canvas hands its pixels to the compositor itself, at the end of the task that
  // paints it, rather than the page's next frame copying them. Without a GPU that copy held every
  // frame of a drag on the page's thread: in a trace of the default chart's drag, when the page
  // still painted it (headless Chromium,
  // the bench's machine), 6.1–9.4 ms of each frame's update of layers, against 0.04 ms with the flag,
  // the step's own task unchanged (4.7 against 4.6 ms).
  //
  // The price: a browser may show such a canvas from the buffer it draws in (the HTML standard allows
  // it for a desynchronized canvas), so a refresh may catch a step part painted, for that refresh.
  // Painting each step in a buffer first and drawing it on the canvas in one go would avoid that, but
  // the buffer's raster then runs inside the step: the default chart's step took 10.1–10.6 ms rather
  // than 3.5–3.8.
  const context = canvas.getContext('2d', { desynchronized: true });
  if (!context) return undefined;
  const ratio = window.devicePixelRatio || 1;
  const paint = {
    neutral: theme.neutral,
    dark: theme.dark,
    hatch: hatchPattern(context, theme.hatchColor, ratio),
    dots: theme.hatchColor,
    nodes: theme.nodePaint && { paint: theme.nodePaint, ownHatch: ownHatch(context, theme.nodePaint.bg, ratio) },
  };
  return {
    paint: (frame) => {
      const nodes = paintDragFrame(canvas, context, frame, paint);
      announcePaintedWithFrame(canvas, frame.sent);
      onPainted(nodes);
    },
    release: () => {},
  };
}

/**
 * The most links and boxes a chart may have for the page to paint its drag itself; a worker paints
 * a larger chart's. What costs is not the drawing calls but
 * rasterising them, without a GPU, when the canvas's frame is finished: on the page that is the
 * main thread's time; in a worker the other core's, which the page's thread then shares with it.
 * Traces and drags of the default loop (86 links and boxes) in headless Chromium, 2 cores, no GPU:
 * - when assumed flows' bands were cut into dots (some 6,000), the page's canvas took 10.8 ms a
 *   frame to finish and dropped 10–25% of frames, so the worker painted it: 0–1 frames dropped in
 *   300, but the step's p95 was 7.2–11.7 ms (the worker's raster on the other core);
 * - with the dots on one thin line along each assumed link (see linkMarkStyle), the page's canvas
 *   takes 6.5–7.2 ms a frame: painted by the page the step's p95 is 4.2–5.4 ms and 0–10 frames of
 *   300 are dropped, rounds view alike;
 * - under a stress test (2027, equity and revenue shocked, real customers' revenue dragged) the
 *   worker painted it while the panel's figures and table followed each step on the page (painted
 *   by the page, 18–64 frames of 300 dropped; by the worker, 7–8). Since they follow a drag ten
 *   times a second (see usePacedDuringDrag), the page paints it: three alternated runs of 300 steps,
 *   no frame dropped either way, the step's p95 5.4–6.7 ms painted by the page against 6.7–8.3 by
 *   the worker (its raster on the other core took the page's thread's time; median 4.1–4.4 against
 *   3.6–3.9).
 * The medium chart of the end-to-end tests (210) and anything larger stay with the worker.
 */
export const PAGE_PAINTS_UP_TO = 150;

/** A canvas can be handed over only once, and development mode mounts every component twice: the painter stays with its canvas. */
const painters = new WeakMap<HTMLCanvasElement, Painter | undefined>();

/**
 * The links' bands while a slider is dragged, painted into one canvas: each step of a drag changes
 * every band, and as SVG paths their new shapes cost the page far more than the model and layout
 * (style, layout and rasterising of hundreds of elements). The page paints a small chart's, a
 * worker a larger one's beside the page's frame where the browser allows (see PAGE_PAINTS_UP_TO).
 * The picture is the one ChartLink draws (see paintLinks); once the slider is let go the SVG bands
 * return, with their transitions and focus rings.
 */
export function DragLinksCanvas(props: DragLinksCanvasProps) {
  const { links, shapes, nodes, colorByOrigin, isolated, activeKey, width, height, onPainted, stepPainterRef } = props;
  const box = useRef<SVGForeignObjectElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  // Chosen once a drag, by the chart's size; a worker that fails hands over to a fresh canvas painted here.
  const [inWorker, setInWorker] = useState(() => canPaintInWorker && worker !== false && shapes > PAGE_PAINTS_UP_TO);
  const painted = useRef(onPainted);
  useEffect(() => {
    painted.current = onPainted;
  }, [onPainted]);
  const outerWidth = width + 2 * MARGIN_X;
  const outerHeight = height + 2 * MARGIN_Y;
  const frameOf = useCallback(
    (frameLinks: LinkShape[], frameNodes: DragNodes | undefined): DragFrame => ({
      links: frameLinks,
      // Packed here, on the page's side: the frame is copied to the worker.
      nodes: frameNodes && paintedNodesOf(frameNodes),
      colorByOrigin,
      isolated,
      activeKey,
      sent: performance.timeOrigin + performance.now(),
      width: outerWidth,
      height: outerHeight,
      ratio: window.devicePixelRatio || 1,
    }),
    [colorByOrigin, isolated, activeKey, outerWidth, outerHeight],
  );
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element || !box.current) return;
    if (!painters.has(element)) {
      // The theme's colours, read once: the canvas lives only as long as a drag.
      const theme = {
        neutral: getComputedStyle(element).color,
        dark: pageIsDark(element.ownerDocument),
        hatchColor: getComputedStyle(box.current).color,
        nodePaint: readNodePaint(box.current.ownerSVGElement, element),
      };
      const announce = (nodes: boolean) => painted.current(nodes);
      const running = inWorker ? paintingWorker() : undefined;
      painters.set(
        element,
        running ? workerPainter(running, element, theme, announce, () => setInWorker(false)) : mainThreadPainter(element, theme, announce),
      );
    }
    painters.get(element)?.paint(frameOf(links, nodes));
  }, [links, nodes, frameOf, inWorker]);
  useEffect(() => {
    const element = canvas.current;
    return () => {
      // Still in the page: a development-mode remount, which keeps its painter and canvas.
      if (element && !element.isConnected) painters.get(element)?.release();
    };
  }, [inWorker]);
  useLayoutEffect(() => {
    if (!stepPainterRef) return;
    stepPainterRef.current = (stepLinks, stepNodes, chartHeight) => {
      const painter = canvas.current && painters.get(canvas.current);
      if (!painter || chartHeight > height) return false;
      painter.paint(frameOf(stepLinks, stepNodes));
      return true;
    };
    return () => void (stepPainterRef.current = null);
  }, [stepPainterRef, frameOf, height]);
  return (
    <foreignObject
      ref={box}
      className="links__canvas-box links__canvas-box--drag"
      x={-MARGIN_X}
      y={-MARGIN_Y}
      width={outerWidth}
      height={outerHeight}
      aria-hidden="true"
    >
      <canvas
        key={inWorker ? 'worker' : 'main'}
        ref={canvas}
        className="links__drag-canvas"
        style={{ width: outerWidth, height: outerHeight }}
        data-painter={inWorker ? 'worker' : 'main'}
      />
    </foreignObject>
  );
}
