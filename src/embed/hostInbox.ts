/** At most this many early messages are kept: a page posting in a loop cannot grow the buffer without end. */
const MAX_EARLY = 200;

/** Messages to the embed, caught from the first moment and handed on in order once something takes them. */
export interface HostInbox {
  /** Hands every message kept so far to `handler`, in order, then each new one as it arrives; returns a stop function. */
  take(handler: (event: MessageEvent) => void): () => void;
}

/**
 * Starts catching messages now, before the dataset and the embed's code have loaded: a host that
 * posts on the iframe's load event would otherwise post into a page that is not listening yet.
 */
export function startHostInbox(win: Window = window): HostInbox {
  const early: MessageEvent[] = [];
  let handler: ((event: MessageEvent) => void) | undefined;
  const onMessage = (event: MessageEvent) => {
    if (handler) handler(event);
    else if (early.length < MAX_EARLY) early.push(event);
  };
  win.addEventListener('message', onMessage);
  return {
    take(next) {
      handler = next;
      for (const event of early.splice(0)) next(event);
      return () => win.removeEventListener('message', onMessage);
    },
  };
}
