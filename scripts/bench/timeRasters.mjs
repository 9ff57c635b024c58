// An init script for the bench's pages (see appTimings.mjs).

/**
 * Asks the workers that paint the links to rasterise each paint before announcing it (`timeRaster`,
 * see replyPainted in src/components/chart/paintInWorker.ts): a canvas's drawing is rasterised
 * after the task that drew it, so without this "links painted" would stop before the pixels exist.
 * Also in the first chart's timing, whose links are painted by a worker. An init script: it runs in
 * the page, before the app.
 */
export function timeRasters() {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    return post.call(this, message?.canvas ? { ...message, timeRaster: true } : message, ...rest);
  };
}
