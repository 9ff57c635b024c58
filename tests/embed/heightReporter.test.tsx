// The embed tells its host its height even where the browser pauses resize notifications (an
// offscreen cross-origin iframe): after every render, and on changes to the page's elements.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, reportHeightNow, SETTLE_MS, startHeightReporting } from '../../src/embed/heightReporter';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** An embed page of `html` in an offscreen iframe (resize notifications never come), `height` tall, reporting to its host. */
async function startOffscreen(html: string, height: number) {
  vi.useFakeTimers();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const root = document.getElementById('root')!;
  const page = { height };
  root.getBoundingClientRect = () => ({ height: page.height }) as DOMRect;
  const posts: unknown[] = [];
  const win = {
    parent: { postMessage: (message: unknown) => posts.push(message) },
    document,
    location: { href: 'https://charts.example/embed' },
    addEventListener() {},
    removeEventListener() {},
  } as unknown as Window;
  const stop = startHeightReporting('loop', [], win);
  reportHeightNow();
  await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
  expect(posts).toContainEqual({ type: HEIGHT_MESSAGE, id: 'loop', height });
  posts.length = 0;
  return { page, posts, stop };
}

describe('the embed’s height reports', () => {
  it('follow a chart whose height changes by an attribute alone (a large chart catching up with its sliders)', async () => {
    const { page, posts, stop } = await startOffscreen('<svg class="chart__svg" height="400"><rect height="10"></rect></svg>', 500);
    page.height = 640;
    document.querySelector('svg')!.setAttribute('height', '540');
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(posts).toContainEqual({ type: HEIGHT_MESSAGE, id: 'loop', height: 640 });
    stop();
  });

  it('follow figures whose text alone changes and wraps onto another line (the panel catching up with a slider)', async () => {
    const { page, posts, stop } = await startOffscreen('<p class="headline__scope">Of the US$44.8B Nvidia books</p>', 500);
    page.height = 520;
    document.querySelector('p')!.firstChild!.textContent = 'Of the US$112.3B Nvidia books from this loop in 2026';
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(posts).toContainEqual({ type: HEIGHT_MESSAGE, id: 'loop', height: 520 });
    stop();
  });
});
