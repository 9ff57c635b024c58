export const HEIGHT_MESSAGE = 'capital-loop:height';
/** A host script that starts after the embed asks for the height again with this. */
export const MEASURE_MESSAGE = 'capital-loop:measure';
/** How long the height must hold still before it is posted: one height, not the steps of a layout. */
export const SETTLE_MS = 150;

let reportNow: (() => void) | undefined;
let drawn = false;

/**
 * Measures now (and reports once the height settles). The embed calls it after every render:
 * browsers pause ResizeObserver in offscreen cross-origin iframes, but layout still answers. The
 * first call also says the embed is drawn: nothing is posted before, so the host never sizes the
 * iframe to a page still loading.
 */
export function reportHeightNow(): void {
  drawn = true;
  reportNow?.();
}

/**
 * Tells the host page the content height whenever it changes and has settled, in our own message,
 * in the shape newsroom CMSs already listen for from responsive chart embeds
 * ({"datawrapper-height": {id: h}}), and in Embedly's (a JSON string with context "iframe.resize",
 * which Medium-style hosts read). Only the size, and the iframe's own address, is ever posted.
 */
export function startHeightReporting(id: string, allowedOrigins: string[], win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const targets = allowedOrigins.length > 0 ? allowedOrigins : ['*'];
  let posted = -1;
  let measured = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fontsReady = !win.document.fonts;
  // #root is a flow-root, so its box includes every margin: the page is exactly this tall.
  const root = win.document.getElementById('root') ?? win.document.documentElement;
  const post = () => {
    timer = undefined;
    if (!drawn || !fontsReady || measured === posted) return;
    posted = measured;
    const height = measured;
    for (const target of targets) {
      win.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, target);
      win.parent.postMessage({ 'datawrapper-height': { [id]: height } }, target);
      win.parent.postMessage(JSON.stringify({ context: 'iframe.resize', height, src: win.location.href }), target);
    }
  };
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === measured && (timer !== undefined || height === posted)) return;
    measured = height;
    clearTimeout(timer);
    timer = setTimeout(post, SETTLE_MS);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || (event.data as { type?: unknown } | null)?.type !== MEASURE_MESSAGE) return;
    posted = -1;
    report();
  };
  win.addEventListener('message', onMessage);
  reportNow = report;
  void win.document.fonts?.ready.then(() => {
    fontsReady = true;
    report();
  });
  const observer = new ResizeObserver(report);
  observer.observe(root);
  // Parts that render on their own (the chart draws once its width is known) add elements, a large
  // chart catching up with its sliders (see useChart) only changes its height attribute, and the
  // figures catching up (see usePanelInput) only change text, which may wrap onto another line;
  // unlike resize notifications, mutation records still arrive in an offscreen iframe.
  const mutations = new MutationObserver(report);
  mutations.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['height'] });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    mutations.disconnect();
    win.removeEventListener('message', onMessage);
    reportNow = undefined;
  };
}
