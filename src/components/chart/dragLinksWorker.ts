// Paints the links' bands during a slider drag off the main thread, into a canvas handed over by the
// page: the page's frame then holds the model, the layout and the rest of the chart, and the bands'
// rasterising (most of a step's cost in the browser) runs beside it.
import { paintNewest, replyPainted } from './paintInWorker';
import { paintDragFrame, type DragCanvasMessage, type DragFrame, type DragTheme } from './dragFrame';
import { hatchPattern } from './paintLinks';
import { ownHatch } from './paintNodes';

let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;
let theme: DragTheme = { neutral: '', hatch: null, dots: '', dark: false, nodes: null };
/** The drag under way: replies name it, so the page can tell a late one of the drag before. */
let drag = 0;
/** The page times each paint's raster (see replyPainted). */
let timeRaster = false;

const frames = paintNewest((frame: DragFrame) => {
  if (!canvas || !context) return;
  const nodes = paintDragFrame(canvas, context, frame, theme);
  replyPainted(context, timeRaster, { drag, nodes, sent: frame.sent });
});

self.onmessage = (event: MessageEvent<DragCanvasMessage>) => {
  const message = event.data;
  if ('canvas' in message) {
    canvas = message.canvas;
    context = canvas.getContext('2d');
    // A browser may hand over a canvas yet draw no 2D in workers: the page then paints itself.
    if (!context) return self.postMessage({ failed: 'no 2D context in a worker' });
    const { nodePaint, ratio } = message;
    theme = {
      neutral: message.neutral,
      dark: message.dark,
      hatch: hatchPattern(context, message.hatchColor, ratio),
      dots: message.hatchColor,
      nodes: nodePaint && { paint: nodePaint, ownHatch: ownHatch(context, nodePaint.bg, ratio) },
    };
    drag = message.drag;
    timeRaster = message.timeRaster === true;
    frames.drop();
    return;
  }
  if ('release' in message) {
    // The drag is over and its canvas gone from the page: its pixels (megabytes at a large chart's
    // size) need not outlive it here.
    canvas = undefined;
    context = null;
    frames.drop();
    return;
  }
  frames.receive(message.frame);
};
