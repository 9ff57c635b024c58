// Paints the thin links of a large graph off the main thread, into a canvas handed over by the page.
import { replyPainted } from '../paintInWorker';
import { paintFrame, type ThinLinksFrame } from './thinLinksPainter';

let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;
let latest: ThinLinksFrame | undefined;
/** Frames received since the last paint: a paint shows the newest and stands for them all. */
let received = 0;

self.onmessage = (event: MessageEvent<{ canvas: OffscreenCanvas } | { frame: ThinLinksFrame }>) => {
  if ('canvas' in event.data) {
    canvas = event.data.canvas;
    context = canvas.getContext('2d');
    // A browser may hand over a canvas yet draw no 2D in workers: the page then paints itself.
    if (!context) self.postMessage({ failed: 'no 2D context in a worker' });
    return;
  }
  latest = event.data.frame;
  // Frames that arrive while one is painted are not painted one by one, so the links never fall
  // behind a drag: whatever is newest when the worker is free gets painted.
  if (received++ === 0) setTimeout(paintLatest, 0);
};

function paintLatest() {
  const frame = latest;
  const frames = received;
  latest = undefined;
  received = 0;
  if (!canvas || !context || !frame) return;
  paintFrame(canvas, context, frame);
  replyPainted(frames);
}
