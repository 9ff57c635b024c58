// The embed tells its host its height even where the browser pauses resize notifications (an
// offscreen cross-origin iframe): after every render, and on changes to the page's elements.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, reportHeightNow, SETTLE_MS, startHeightReporting } from '../../src/embed/heightReporter';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the embed’s height reports', () => {
  it('follow a chart whose height changes by an attribute alone (a large chart catching up with its sliders)', async () => {
    vi.useFakeTimers();
    // Resize notifications never come, as in an offscreen iframe.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    document.body.innerHTML = '<div id="root"><svg class="chart__svg" height="400"><rect height="10"></rect></svg></div>';
    const root = document.getElementById('root')!;
    let height = 500;
    root.getBoundingClientRect = () => ({ height }) as DOMRect;
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
    expect(posts).toContainEqual({ type: HEIGHT_MESSAGE, id: 'loop', height: 500 });

    posts.length = 0;
    height = 640;
    document.querySelector('svg')!.setAttribute('height', '540');
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 10);
    expect(posts).toContainEqual({ type: HEIGHT_MESSAGE, id: 'loop', height: 640 });
    stop();
  });
});
