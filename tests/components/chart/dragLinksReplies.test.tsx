// The drag's worker answers each paint with the drag it was for: a late answer to the drag before
// (a busy worker) must not tell the new drag's canvas it is painted, or the SVG bands would go before
// the canvas shows anything. A fake worker stands in (see fakeWorker).
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, importWithFakeWorker, unstubWorkers } from './fakeWorker';

const loadWithFakeWorker = () => importWithFakeWorker(() => import('../../../src/components/chart/DragLinksCanvas'));

// A chart large enough for its drag to be painted by the worker (a smaller one's is painted by the page: see PAGE_PAINTS_UP_TO).
const props = {
  links: [],
  shapes: 1000,
  nodes: undefined,
  colorByOrigin: false,
  isolated: -1,
  activeKey: null,
  width: 300,
  height: 200,
};

describe('DragLinksCanvas and its worker', () => {
  afterEach(() => {
    unstubWorkers();
    vi.restoreAllMocks();
  });

  it("drops a late answer to the drag before, and takes the current drag's", async () => {
    const { DragLinksCanvas } = await loadWithFakeWorker();
    const first = vi.fn();
    const one = render(
      <svg>
        <DragLinksCanvas {...props} onPainted={first} />
      </svg>,
    );
    const [worker] = FakeWorker.started;
    expect(worker).toBeDefined();
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
    worker!.reply({ painted: 1000, drag: firstDrag, nodes: true, sent: 990 });
    expect(second).not.toHaveBeenCalled();
    expect(first).not.toHaveBeenCalled();
    worker!.reply({ painted: 1010, drag: secondDrag, nodes: false, sent: 1005 });
    expect(second).toHaveBeenCalledExactlyOnceWith(false);
  });

  it("leaves a small chart's drag to the page, under a stress test too, and gives a larger one's to the worker, started by the first that needs it", async () => {
    const { DragLinksCanvas, PAGE_PAINTS_UP_TO } = await loadWithFakeWorker();
    // jsdom draws nothing: the page's painter then has no context (and says nothing of it).
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const drag = (shapes: number) => {
      const view = render(
        <svg>
          <DragLinksCanvas {...props} shapes={shapes} onPainted={() => {}} />
        </svg>,
      );
      const painter = view.container.querySelector('canvas')!.dataset.painter;
      view.unmount();
      return painter;
    };
    expect(drag(0)).toBe('main');
    expect(drag(PAGE_PAINTS_UP_TO)).toBe('main');
    expect(FakeWorker.started).toEqual([]);
    expect(drag(PAGE_PAINTS_UP_TO + 1)).toBe('worker');
    const [worker] = FakeWorker.started;
    expect(worker!.sent[0]!.canvas).toBeDefined();
    // One worker for every drag.
    expect(drag(PAGE_PAINTS_UP_TO + 1)).toBe('worker');
    // A small chart's stays with the page, whatever it shows (a stress test's figures follow a drag ten times a second).
    expect(drag(10)).toBe('main');
    expect(FakeWorker.started).toHaveLength(1);
  });

  it("passes a late answer to the worker's drag to no later drag the page paints", async () => {
    const { DragLinksCanvas } = await loadWithFakeWorker();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const large = vi.fn();
    const one = render(
      <svg>
        <DragLinksCanvas {...props} onPainted={large} />
      </svg>,
    );
    const [worker] = FakeWorker.started;
    const drag = worker!.sent[0]!.drag as number;
    one.unmount();
    // Another dataset, small: its drag is painted by the page.
    const small = vi.fn();
    render(
      <svg>
        <DragLinksCanvas {...props} shapes={10} onPainted={small} />
      </svg>,
    );
    worker!.reply({ painted: 1000, drag, nodes: true, sent: 990 });
    expect(large).not.toHaveBeenCalled();
    expect(small).not.toHaveBeenCalled();
  });

  it('lets the worker drop the canvas when the drag is over (its pixels need not outlive it)', async () => {
    const { DragLinksCanvas } = await loadWithFakeWorker();
    const view = render(
      <svg>
        <DragLinksCanvas {...props} onPainted={() => {}} />
      </svg>,
    );
    const [worker] = FakeWorker.started;
    expect(worker!.sent.some((m) => m.release)).toBe(false);
    view.unmount();
    expect(worker!.sent.at(-1)).toEqual({ release: true });
  });
});
