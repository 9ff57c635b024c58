// A small chart's drag is painted by the page into a desynchronized canvas: it hands its pixels to
// the compositor itself, rather than the page's every frame copying them (6-9 ms a frame without a
// GPU). Each step is painted on it straight away (a buffer to paint in first doubled the step).
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PaintStep } from '../../../src/components/chart/DragLinksCanvas';
import { importWithFakeWorker, unstubWorkers } from './fakeWorker';

/** Each canvas's context as asked for, recording what is drawn on it with the compositing it was drawn with. */
function recordContexts() {
  const contexts = new Map<HTMLCanvasElement, { options: unknown; calls: string[] }>();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
    _type: string,
    options?: unknown,
  ) {
    const calls: string[] = [];
    const state: Record<string, unknown> = { globalCompositeOperation: 'source-over' };
    contexts.set(this, { options, calls });
    const context = new Proxy(state, {
      get: (target, key: string) => {
        if (key in target) return target[key];
        // No pattern here (jsdom has no DOMMatrix for one): the hatches are left out.
        if (key === 'createPattern') return () => null;
        return (...args: unknown[]) => {
          const from = key === 'drawImage' && args[0] instanceof HTMLCanvasElement && args[0] !== this ? ' from another canvas' : '';
          calls.push(`${key} ${String(target.globalCompositeOperation)}${from}`);
        };
      },
      set: (target, key: string, value) => {
        target[key] = value;
        return true;
      },
    });
    return context as never;
  });
  return contexts;
}

describe("a small chart's drag painted by the page", () => {
  afterEach(() => {
    unstubWorkers();
    vi.restoreAllMocks();
  });

  it('is painted on a desynchronized canvas, step after step', async () => {
    const contexts = recordContexts();
    const { DragLinksCanvas } = await importWithFakeWorker(() => import('../../../src/components/chart/DragLinksCanvas'));
    // (Loaded where a worker could paint; the hatches' tiles are then canvas elements, as where there are no offscreen canvases.)
    vi.stubGlobal('OffscreenCanvas', undefined);
    const stepPainter: { current: PaintStep | null } = { current: null };
    const painted = vi.fn();
    const view = render(
      <svg>
        <DragLinksCanvas
          links={[]}
          shapes={10}
          nodes={undefined}
          colorByOrigin={false}
          isolated={-1}
          activeKey={null}
          width={300}
          height={200}
          onPainted={painted}
          stepPainterRef={stepPainter}
        />
      </svg>,
    );
    const shown = view.container.querySelector('canvas')!;
    expect(shown.dataset.painter).toBe('main');
    const visible = contexts.get(shown)!;
    expect(visible.options).toEqual({ desynchronized: true });
    // Sized for the chart and its margins (which clears it), its links' dashes reset after them.
    expect([shown.width, shown.height]).toEqual([300 + 2 * 64, 200 + 2 * 8]);
    expect(visible.calls).toEqual(['setTransform source-over', 'setLineDash source-over']);
    expect(painted).toHaveBeenCalledOnce();

    // A step painted without rendering (see useDirectDrag) is cleared and painted on the same canvas.
    expect(stepPainter.current!([], undefined, 100)).toBe(true);
    expect(visible.calls.slice(2)).toEqual([
      'setTransform source-over',
      'clearRect source-over',
      'setTransform source-over',
      'setLineDash source-over',
    ]);
    expect(painted).toHaveBeenCalledTimes(2);
  });
});
