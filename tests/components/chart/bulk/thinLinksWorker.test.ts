import { afterEach, describe, expect, it, vi } from 'vitest';
import { thinLinkGroups } from '../../../../src/components/chart/bulk/thinLinkGroups';
import { packFrame } from '../../../../src/components/chart/bulk/thinLinksPainter';
import type { LinkShape } from '../../../../src/layout/sankeyLayout';
import { px } from '../../../../src/layout/units';
import { money } from '../../../../src/model/units';

const size = { width: 300, height: 200, ratio: 1, originX: 0, originY: 0 };
const frameAt = (y: number) => {
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
  return packFrame(thinLinkGroups([link], true, -1), '', size);
};

describe('the worker that paints thin links', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('paints only the newest of the frames that arrive while it is busy, and says how many that stands for', async () => {
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
    vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => void posted.push(message));
    await import('../../../../src/components/chart/bulk/thinLinksWorker');
    const receive = (data: unknown) => self.onmessage!(new MessageEvent('message', { data }));
    receive({ canvas: { width: 0, height: 0, getContext: () => context } });
    for (const y of [10, 20, 30]) receive({ frame: frameAt(y) });
    vi.runAllTimers();
    expect(moves).toEqual([30]);
    expect(posted).toEqual([{ painted: expect.any(Number), frames: 3 }]);
    receive({ frame: frameAt(40) });
    vi.runAllTimers();
    expect(moves).toEqual([30, 40]);
    expect(posted.at(-1)).toEqual({ painted: expect.any(Number), frames: 1 });
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
