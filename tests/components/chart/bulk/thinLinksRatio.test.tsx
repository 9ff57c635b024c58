// While a slider is dragged, a large graph's thin links are painted at half the screen's resolution
// (at least half a device pixel per CSS pixel, never more than the screen's): their raster goes by
// pixels. A drag's start repaints nothing; its end paints them at the screen's resolution again,
// whether or not the links changed. A fake worker stands in (see fakeWorker).
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ThinLinksFrame } from '../../../../src/components/chart/bulk/thinLinksPainter';
import type { PaintThinStep } from '../../../../src/components/chart/bulk/BulkLinks';
import type { LinkShape } from '../../../../src/layout/sankeyLayout';
import { px } from '../../../../src/layout/units';
import { money } from '../../../../src/model/units';
import { FakeWorker, importWithFakeWorker, unstubWorkers } from '../fakeWorker';

const thinLink: LinkShape = {
  key: 'a',
  flow: 0,
  source: 'a',
  target: 'b',
  value: money(1),
  width: px(0.5),
  back: false,
  route: { back: false, x0: 0, y0: 10, x1: 100, y1: 20, via: [] },
  bands: [{ origin: 0, offset: px(0), width: px(0.5), value: money(1) }],
};

describe('the thin links’ pixels', () => {
  afterEach(unstubWorkers);

  it('are half the screen’s while a slider is dragged, at least 0.5 per CSS pixel, and the screen’s otherwise', async () => {
    const { thinLinksRatio } = await import('../../../../src/components/chart/bulk/BulkLinks');
    expect([1, 2, 3, 0.75, 0.25].map((screen) => thinLinksRatio(screen, true))).toEqual([0.5, 1, 1.5, 0.5, 0.25]);
    expect([1, 2, 3, 0.75, 0.25].map((screen) => thinLinksRatio(screen, false))).toEqual([1, 2, 3, 0.75, 0.25]);
  });

  it('are painted at the drag’s ratio for each step, and at the screen’s as it ends; a drag’s start or a click paints nothing', async () => {
    const { BulkLinks } = await importWithFakeWorker(() => import('../../../../src/components/chart/bulk/BulkLinks'));
    const painter: { current: PaintThinStep | null } = { current: null };
    // The same links throughout, as the chart's are while nothing but the drag changes.
    const links = [thinLink];
    const chart = (dragging: boolean) => (
      <svg>
        <BulkLinks links={links} colorByOrigin isolated={-1} width={300} height={200} dragging={dragging} stepPainterRef={painter} />
      </svg>
    );
    const { rerender } = render(chart(false));
    const [worker] = FakeWorker.started;
    const frames = () => worker!.sent.flatMap((message) => (message as { frame?: ThinLinksFrame }).frame ?? []);
    expect(frames().map((frame) => frame.ratio)).toEqual([1]);
    // A click: pressed and let go, no step.
    rerender(chart(true));
    rerender(chart(false));
    expect(frames()).toHaveLength(1);
    // A drag: two steps, then let go with the links as they were.
    rerender(chart(true));
    expect(frames()).toHaveLength(1);
    expect(painter.current!([{ ...thinLink, route: { ...thinLink.route!, y1: 30 } }], 200)).toBe(true);
    expect(painter.current!([{ ...thinLink, route: { ...thinLink.route!, y1: 40 } }], 200)).toBe(true);
    rerender(chart(false));
    expect(frames().map((frame) => frame.ratio)).toEqual([1, 0.5, 0.5, 1]);
  });
});
