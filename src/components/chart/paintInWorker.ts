// What the canvases painted off the main thread share: whether this browser can, and how a paint is announced.

/** A canvas can be handed to a worker that draws 2D into it (checked again in the worker: see its `failed` message). */
export const canPaintInWorker =
  typeof OffscreenCanvas !== 'undefined' &&
  typeof Worker !== 'undefined' &&
  typeof HTMLCanvasElement !== 'undefined' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype;

/** What a painting worker posts back: it could not draw, or it painted (when, ms since the epoch). */
export interface PainterReply {
  failed?: string;
  painted?: number;
  /** The drag a paint was for (a reply may arrive after the next drag has begun). */
  drag?: number;
  /** The paint showed the boxes and labels too. */
  nodes?: boolean;
  /** When the page sent the frame painted (ms since the epoch). */
  sent?: number;
  /** Memory of a frame painted or passed over, handed back for the page to pack later frames into. */
  spare?: ArrayBuffer;
}

/**
 * A 'linkspainted' event on the canvas: when (ms since the epoch) a drawing was done, and when the
 * page sent the frame painted (a busy worker paints only the newest: the steps before it are on
 * screen with it). A worker paints after the page's frame, and the benchmark times that too.
 */
export function announcePainted(canvas: HTMLCanvasElement, at: number, sent: number) {
  canvas.dispatchEvent(new CustomEvent('linkspainted', { detail: { at, sent } }));
}

/**
 * The same for a paint by the page itself, whose pixels reach the screen with the frame it was
 * painted in (a desynchronized canvas's, as the drag's is, are handed over as the painting task
 * ends: no later): announced from the next animation frame's callbacks. For a step made in a frame's
 * callback (as the bench's and the tests' are) that is once its frame is drawn; a step made by an
 * input event may be announced before its frame is drawn. Only the bench and the tests read it.
 */
export function announcePaintedWithFrame(canvas: HTMLCanvasElement, sent: number) {
  requestAnimationFrame(() => announcePainted(canvas, performance.timeOrigin + performance.now(), sent));
}

/** What hands a canvas to a painting worker; the benchmark adds `timeRaster` (see replyPainted). */
export interface CanvasHandover {
  canvas: OffscreenCanvas;
  timeRaster?: boolean;
}

/**
 * Tells the page a paint is done, in a task after the painting one. A canvas's 2D calls are only
 * recorded as they are made, and Chromium rasterises them as the frame goes to the compositor, which
 * may be after this reply: at 500 / 2,500, in headless Chromium without a GPU (as the benchmark runs
 * it), the thin links' calls took 1.5 ms a step during a drag and their raster, after the reply,
 * 25–35 ms. So when the page asked (`timed`: `timeRaster` in the canvas's handover, which only the
 * benchmark sets, see scripts/bench/appTimings.mjs) the drawing is rasterised first, by reading one
 * pixel back, and "painted" means its pixels exist. Not for readers: reading back a GPU canvas stalls
 * it, and Chromium may then stop drawing it on the GPU.
 */
export function replyPainted(
  context: Pick<OffscreenCanvasRenderingContext2D, 'getImageData'>,
  timed: boolean,
  about: Pick<PainterReply, 'drag' | 'nodes'> & { sent: number },
) {
  if (timed) context.getImageData(0, 0, 1, 1);
  setTimeout(() => self.postMessage({ painted: performance.timeOrigin + performance.now(), ...about } satisfies PainterReply), 0);
}

/**
 * A worker's painting of frames as they arrive: frames that arrive while one is painted are not
 * painted one by one, so the picture never falls behind a drag; whatever is newest when the worker
 * is free gets painted. `drop` forgets a frame not yet painted
 * (its canvas was replaced). Every frame is done with once painted, passed over or dropped: `done`
 * is told then.
 */
export function paintNewest<F>(paint: (frame: F) => void, done: (frame: F) => void = () => {}): { receive(frame: F): void; drop(): void } {
  let latest: F | undefined;
  let scheduled = false;
  const paintLatest = () => {
    const frame = latest;
    latest = undefined;
    scheduled = false;
    if (frame === undefined) return;
    try {
      paint(frame);
    } finally {
      done(frame);
    }
  };
  return {
    receive(frame) {
      if (latest !== undefined) done(latest);
      latest = frame;
      if (!scheduled) setTimeout(paintLatest, 0);
      scheduled = true;
    },
    drop() {
      if (latest !== undefined) done(latest);
      latest = undefined;
    },
  };
}
