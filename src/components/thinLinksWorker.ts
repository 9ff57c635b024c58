// Paints the thin links of a large graph off the main thread, into a canvas handed over by the page.
import { paintFrame, type ThinLinksFrame } from './thinLinksPainter';

let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;

self.onmessage = (event: MessageEvent<{ canvas: OffscreenCanvas } | { frame: ThinLinksFrame }>) => {
  if ('canvas' in event.data) {
    canvas = event.data.canvas;
    context = canvas.getContext('2d');
    // A browser may hand over a canvas yet draw no 2D in workers: the page then paints itself.
    if (!context) self.postMessage({ failed: 'no 2D context in a worker' });
    return;
  }
  if (!canvas || !context) return;
  paintFrame(canvas, context, event.data.frame);
  // The canvas reaches the screen as this task ends; a task queued now runs after that.
  setTimeout(() => self.postMessage({ painted: performance.timeOrigin + performance.now() }), 0);
};
