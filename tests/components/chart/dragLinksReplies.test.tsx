// The drag's worker answers each paint with the drag it was for: a late answer to the drag before
// (a busy worker) must not tell the new drag's canvas it is painted, or the SVG bands would go before
// the canvas shows anything. A fake worker stands in (see fakeWorker).
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkShape } from '../../../src/layout/sankeyLayout';
import { FakeWorker, importWithFakeWorker, unstubWorkers } from './fakeWorker';

const loadWithFakeWorker = () => importWithFakeWorker(() => import('../../../src/components/chart/DragLinksCanvas'));

// A drag large enough to be painted by the worker (a smaller one is painted by the page: see PAGE_PAINTS_UP_TO).
const manyLinks = Array.from({ length: 251 }, (_, i) => ({ key: `l${i}` }) as LinkShape);
const props = { links: manyLinks, nodes: undefined, colorByOrigin: false, isolated: -1, activeKey: null, width: 300, height: 200 };

describe('DragLinksCanvas and its worker', () => {
  afterEach(() => {
    unstubWorkers();
    vi.restoreAllMocks();
  });

  it("drops a late answer to the drag before, and takes the current drag's", async () => {
    const { DragLinksCanvas } = await loadWithFakeWorker();
    const [worker] = FakeWorker.started;
    expect(worker).toBeDefined();
    const first = vi.fn();
    const one = render(
      <svg>
        <DragLinksCanvas {...props} onPainted={first} />
      </svg>,
    );
    const firstDrag = worker!.sent[0]!.drag as number;
    expect(worker!.sent.map((m) => m.canvas !== undefined)).toEqual([true, false]);
    one.unmount();

    const second = vi.fn();
    render(
      <svg>
        <DragLinksCanvas {...props} onPainted={second} />
      </svg>,
    );
    // The first drag's canvas was let go; the second's set up.
    expect(worker!.sent[2]).toEqual({ release: true });
    const secondDrag = worker!.sent[3]!.drag as number;
    expect(secondDrag).not.toBe(firstDrag);
    // The worker was still painting the first drag's last frame.
    worker!.reply({ painted: 1000, frames: 1, drag: firstDrag, nodes: true, sent: 990 });
    expect(second).not.toHaveBeenCalled();
    expect(first).not.toHaveBeenCalled();
    worker!.reply({ painted: 1010, frames: 1, drag: secondDrag, nodes: false, sent: 1005 });
    expect(second).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('leaves a small drag to the page and gives a large one to the worker, counting its bands and its boxes', async () => {
    const { DragLinksCanvas, PAGE_PAINTS_UP_TO } = await loadWithFakeWorker();
    const [worker] = FakeWorker.started;
    // jsdom draws nothing: the page's painter then has no context (and says nothing of it).
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const drag = (links: LinkShape[], boxes: number) => {
      const nodes = { nodes: manyLinks.slice(0, boxes) as never[], labels: [], ownHeight: () => 0, stress: null };
      const view = render(
        <svg>
          <DragLinksCanvas {...props} links={links} nodes={boxes > 0 ? nodes : undefined} onPainted={() => {}} />
        </svg>,
      );
      const painter = view.container.querySelector('canvas')!.dataset.painter;
      view.unmount();
      return painter;
    };
    const links = manyLinks.slice(0, PAGE_PAINTS_UP_TO - 60);
    expect(drag(links, 0)).toBe('main');
    expect(drag(links, 60)).toBe('main');
    expect(worker!.sent).toEqual([]);
    expect(drag(links, 61)).toBe('worker');
    expect(worker!.sent[0]!.canvas).toBeDefined();
  });

  it('lets the worker drop the canvas when the drag is over (its pixels need not outlive it)', async () => {
    const { DragLinksCanvas } = await loadWithFakeWorker();
    const [worker] = FakeWorker.started;
    const view = render(
      <svg>
        <DragLinksCanvas {...props} onPainted={() => {}} />
      </svg>,
    );
    expect(worker!.sent.some((m) => m.release)).toBe(false);
    view.unmount();
    expect(worker!.sent.at(-1)).toEqual({ release: true });
  });
});
