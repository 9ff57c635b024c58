/** A download begun before the code that reads it has loaded, and the way to stop it. */
export interface StartedDownload {
  response: Promise<Response>;
  controller: AbortController;
}

/**
 * Starts downloading a linked dataset from the page's first script, so that it comes beside the
 * code that reads it (which loads a round trip or two later) rather than after. Only an http(s)
 * address is started: the reader meets any other, and says what is wrong with it.
 */
export function startDownload(address: string, base: string): StartedDownload | undefined {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal, credentials: 'omit' });
  // Its failure is the reader's to report: not unhandled meanwhile.
  response.catch(() => undefined);
  return { response, controller };
}
