// Paints the thin links of a large graph off the main thread, into a canvas handed over by the page.
import { paintNewest, replyPainted, type PainterReply } from '../paintInWorker';
import { paintFrame, type ThinLinksFrame } from './thinLinksPainter';

let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;

const frames = paintNewest(
  (frame: ThinLinksFrame, count) => {
    if (!canvas || !context) return;
    paintFrame(canvas, context, frame);
    replyPainted(count);
  },
  // Its memory goes back to the page, which packs a later frame into it rather than into fresh pages.
  (frame) => self.postMessage({ spare: frame.routes.buffer } satisfies PainterReply, { transfer: [frame.routes.buffer] }),
);

self.onmessage = (event: MessageEvent<{ canvas: OffscreenCanvas } | { frame: ThinLinksFrame }>) => {
  if ('canvas' in event.data) {
    canvas = event.data.canvas;
    context = canvas.getContext('2d');
    // A browser may hand over a canvas yet draw no 2D in workers: the page then paints itself.
    if (!context) self.postMessage({ failed: 'no 2D context in a worker' });
    return;
  }
  frames.receive(event.data.frame);
};
