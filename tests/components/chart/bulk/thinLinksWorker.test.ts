import { afterEach, describe, expect, it, vi } from 'vitest';
import { thinLinkGroups } from '../../../../src/components/chart/bulk/thinLinkGroups';
import { packFrame } from '../../../../src/components/chart/bulk/thinLinksPainter';
import type { LinkShape } from '../../../../src/layout/sankeyLayout';
import { px } from '../../../../src/layout/units';
import { money } from '../../../../src/model/units';

const size = { width: 300, height: 200, ratio: 1, originX: 0, originY: 0, sent: 0 };
// (Sent at its own y, so a reply tells which frame it painted.)
const frameAt = (y: number) => packFrame(frameGroups(y), '', { ...size, sent: y });
function frameGroups(y: number) {
  const link: LinkShape = {
    key: 'a',
    flow: 0,
    source: 'a',
    target: 'b',
    value: money(1),
    width: px(1),
    back: false,
    route: { back: false, x0: 0, y0: y, x1: 100, y1: y, via: [] },
    bands: [{ origin: 0, offset: px(0), width: px(1), value: money(1) }],
  };
  return thinLinkGroups([link], true, -1);
}

describe('the worker that paints thin links', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('paints only the newest of the frames that arrive while it is busy, and says when that frame was sent', async () => {
    vi.useFakeTimers();
    const posted: unknown[] = [];
    const moves: number[] = [];
    const context = {
      setTransform() {},
      setLineDash() {},
      clearRect() {},
      beginPath() {},
      lineTo() {},
      bezierCurveTo() {},
      quadraticCurveTo() {},
      stroke() {},
      moveTo: (_x: number, y: number) => moves.push(y),
    };
    const transferred: unknown[] = [];
    vi.spyOn(self, 'postMessage').mockImplementation((message: unknown, options?: unknown) => {
      posted.push(message);
      transferred.push((options as { transfer?: unknown[] } | undefined)?.transfer);
    });
    await import('../../../../src/components/chart/bulk/thinLinksWorker');
    const receive = (data: unknown) => self.onmessage!(new MessageEvent('message', { data }));
    receive({ canvas: { width: 0, height: 0, getContext: () => context } });
    const sent = [10, 20, 30].map(frameAt);
    for (const frame of sent) receive({ frame });
    vi.runAllTimers();
    expect(moves).toEqual([30]);
    const painted = () => posted.filter((message) => (message as { painted?: number }).painted);
    expect(painted()).toEqual([{ painted: expect.any(Number), sent: sent[2]!.sent }]);
    // Every frame's memory goes back to the page once painted or passed over, for it to pack later frames into.
    const spares = () => posted.flatMap((message) => (message as { spare?: ArrayBuffer }).spare ?? []);
    // (toEqual finds any two ArrayBuffers equal: each is checked to be the very buffer, handed over, not copied.)
    expect(spares()).toHaveLength(3);
    sent.forEach((frame, k) => {
      expect(spares()[k]).toBe(frame.routes.buffer);
      const at = posted.findIndex((message) => (message as { spare?: ArrayBuffer }).spare === frame.routes.buffer);
      expect(transferred[at]).toEqual([frame.routes.buffer]);
      expect((transferred[at] as unknown[])[0]).toBe(frame.routes.buffer);
    });
    const last = frameAt(40);
    receive({ frame: last });
    vi.runAllTimers();
    expect(moves).toEqual([30, 40]);
    expect(painted().at(-1)).toEqual({ painted: expect.any(Number), sent: last.sent });
    expect(spares().at(-1)).toBe(last.routes.buffer);
  });

  it('rasterises each paint before saying it is painted when the page times rasters (the benchmark), and not otherwise', async () => {
    vi.useFakeTimers();
    for (const timeRaster of [true, false, undefined]) {
      vi.resetModules();
      const events: string[] = [];
      const context = new Proxy({ getImageData: () => events.push('raster') } as Record<string, unknown>, {
        get: (target, key) => (key in target ? target[key as string] : () => {}),
      });
      vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => {
        if ((message as { painted?: number }).painted) events.push('painted');
      });
      await import('../../../../src/components/chart/bulk/thinLinksWorker');
      const receive = (data: unknown) => self.onmessage!(new MessageEvent('message', { data }));
      receive({ canvas: { width: 0, height: 0, getContext: () => context }, timeRaster });
      receive({ frame: frameAt(10) });
      vi.runAllTimers();
      expect(events).toEqual(timeRaster ? ['raster', 'painted'] : ['painted']);
    }
  });

  it('packs a frame into memory handed back where it is large enough, else into new memory', () => {
    const first = frameAt(10);
    const again = packFrame(thinLinkGroups([], true, -1), '', size, first.routes.buffer);
    expect(again.routes.buffer).toBe(first.routes.buffer);
    expect(again.routes).toHaveLength(0);
    const tooSmall = new ArrayBuffer(8);
    const fresh = packFrame(frameGroups(10), '', size, tooSmall);
    expect(fresh.routes.buffer).not.toBe(tooSmall);
    // The same numbers whichever memory holds them, whatever a frame before left in it.
    const used = new Float64Array(512).fill(NaN);
    expect([...packFrame(frameGroups(10), '', size, used.buffer).routes]).toEqual([...frameAt(10).routes]);
  });

  it('tells the page when it cannot draw 2D into the canvas it was handed, so the page paints instead', async () => {
    vi.resetModules();
    const posted: unknown[] = [];
    vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => void posted.push(message));
    await import('../../../../src/components/chart/bulk/thinLinksWorker');
    self.onmessage!(new MessageEvent('message', { data: { canvas: { width: 0, height: 0, getContext: () => null } } }));
    expect(posted).toEqual([{ failed: expect.stringMatching(/no 2D context/) }]);
  });
});
