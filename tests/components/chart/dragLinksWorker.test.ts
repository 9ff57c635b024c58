// The drag's painting worker paints each step into the canvas it was handed, and once the page says
// the drag is over it lets that canvas go: a frame arriving after is not painted into it.
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the worker that paints a drag', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('paints frames into its canvas until released, and nothing after', async () => {
    vi.useFakeTimers();
    const cleared: number[] = [];
    const context = new Proxy(
      { clearRect: () => cleared.push(1), createPattern: () => null, setLineDash() {}, setTransform() {} },
      { get: (target, key) => (key in target ? target[key as keyof typeof target] : () => {}) },
    );
    vi.spyOn(self, 'postMessage').mockImplementation(() => {});
    await import('../../../src/components/chart/dragLinksWorker');
    const receive = (data: unknown) => self.onmessage!(new MessageEvent('message', { data }));
    const canvas = { width: 100, height: 50, getContext: () => context };
    receive({ canvas, neutral: 'grey', dark: false, hatchColor: 'black', nodePaint: null, ratio: 1, drag: 1 });
    const frame = { links: [], colorByOrigin: false, isolated: -1, activeKey: null, sent: 0, width: 100, height: 50, ratio: 1 };
    receive({ frame });
    vi.runAllTimers();
    expect(cleared).toHaveLength(1);
    receive({ release: true });
    receive({ frame });
    vi.runAllTimers();
    expect(cleared).toHaveLength(1);
  });

  it('rasterises each paint before saying it is painted while its canvas was handed over timed (the benchmark), and not otherwise', async () => {
    vi.useFakeTimers();
    const events: string[] = [];
    const context = new Proxy({ createPattern: () => null, getImageData: () => events.push('raster') } as Record<string, unknown>, {
      get: (target, key) => (key in target ? target[key as string] : () => {}),
    });
    vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => {
      if ((message as { painted?: number }).painted) events.push('painted');
    });
    await import('../../../src/components/chart/dragLinksWorker');
    const receive = (data: unknown) => self.onmessage!(new MessageEvent('message', { data }));
    const canvas = { width: 100, height: 50, getContext: () => context };
    const frame = { links: [], colorByOrigin: false, isolated: -1, activeKey: null, sent: 0, width: 100, height: 50, ratio: 1 };
    // One worker paints every drag: each canvas handed over says whether its paints are timed.
    for (const timeRaster of [true, false, undefined, true]) {
      events.length = 0;
      receive({ canvas, neutral: 'grey', dark: false, hatchColor: 'black', nodePaint: null, ratio: 1, drag: 1, timeRaster });
      receive({ frame });
      vi.runAllTimers();
      expect(events, String(timeRaster)).toEqual(timeRaster ? ['raster', 'painted'] : ['painted']);
    }
  });
});
