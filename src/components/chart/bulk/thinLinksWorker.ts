// Paints the thin links of a large graph off the main thread, into a canvas handed over by the page.
import { paintNewest, replyPainted, type CanvasHandover, type PainterReply } from '../paintInWorker';
import { paintFrame, type ThinLinksFrame } from './thinLinksPainter';

let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;
/** The page times each paint's raster (see replyPainted). */
let timeRaster = false;

const frames = paintNewest(
  (frame: ThinLinksFrame) => {
    if (!canvas || !context) return;
    paintFrame(canvas, context, frame);
    replyPainted(context, timeRaster, { sent: frame.sent });
  },
  // Its memory goes back to the page, which packs a later frame into it rather than into fresh pages.
  (frame) => self.postMessage({ spare: frame.routes.buffer } satisfies PainterReply, { transfer: [frame.routes.buffer] }),
);

self.onmessage = (event: MessageEvent<CanvasHandover | { frame: ThinLinksFrame }>) => {
  if ('canvas' in event.data) {
    canvas = event.data.canvas;
    timeRaster = event.data.timeRaster === true;
    context = canvas.getContext('2d');
    // A browser may hand over a canvas yet draw no 2D in workers: the page then paints itself.
    if (!context) self.postMessage({ failed: 'no 2D context in a worker' });
    return;
  }
  frames.receive(event.data.frame);
};
