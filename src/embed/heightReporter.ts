export const HEIGHT_MESSAGE = 'capital-loop:height';
/** A host script that starts after the embed asks for the height again with this. */
export const MEASURE_MESSAGE = 'capital-loop:measure';

let reportNow: (() => void) | undefined;

/**
 * Measures and reports now if the height changed. The embed calls it after every render:
 * browsers pause ResizeObserver in offscreen cross-origin iframes, but layout still answers.
 */
export function reportHeightNow(): void {
  reportNow?.();
}

/**
 * Tells the host page the content height whenever it changes, in our own message and in the shape
 * newsroom CMSs already listen for from responsive chart embeds ({"datawrapper-height": {id: h}}).
 * Only the size is ever posted.
 */
export function startHeightReporting(id: string, allowedOrigins: string[], win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const targets = allowedOrigins.length > 0 ? allowedOrigins : ['*'];
  let last = -1;
  // #root is a flow-root, so its box includes every margin: the page is exactly this tall.
  const root = win.document.getElementById('root') ?? win.document.documentElement;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const target of targets) {
      win.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, target);
      win.parent.postMessage({ 'datawrapper-height': { [id]: height } }, target);
    }
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || (event.data as { type?: unknown } | null)?.type !== MEASURE_MESSAGE) return;
    last = -1;
    report();
  };
  win.addEventListener('message', onMessage);
  reportNow = report;
  report();
  void win.document.fonts?.ready.then(report);
  const observer = new ResizeObserver(report);
  observer.observe(root);
  // Parts that render on their own (the chart draws once its width is known) add elements; unlike
  // resize notifications, mutation records still arrive in an offscreen iframe.
  const mutations = new MutationObserver(report);
  mutations.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    mutations.disconnect();
    win.removeEventListener('message', onMessage);
    reportNow = undefined;
  };
}
