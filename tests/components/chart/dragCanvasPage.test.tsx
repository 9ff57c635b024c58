// A small chart's drag is painted by the page into a desynchronized canvas, which a browser may show
// as it is drawn: each step is painted whole in a buffer first and put on the canvas in one draw, so
// no frame shows a step half painted (cleared, or bands without their boxes).
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

  it('is painted whole in a buffer, then put on its desynchronized canvas in one draw, step after step', async () => {
    const contexts = recordContexts();
    const { DragLinksCanvas } = await importWithFakeWorker(() => import('../../../src/components/chart/DragLinksCanvas'));
    // (Loaded where a worker could paint; the buffer is then a canvas element, as where there are no offscreen canvases.)
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
    // The buffer was cleared and painted (its size set, its transform, the links' dashes reset); the
    // canvas itself only took the result, replacing what it showed ('copy').
    // (The others: the hatches' tiles.)
    const buffers = [...contexts].filter(([canvas]) => canvas !== shown && canvas.width === shown.width);
    expect(buffers).toHaveLength(1);
    const [buffer, drawn] = buffers[0]!;
    expect(drawn.calls.length).toBeGreaterThan(0);
    expect(visible.calls).toEqual(['drawImage copy from another canvas']);
    expect([shown.width, shown.height]).toEqual([buffer.width, buffer.height]);
    expect(painted).toHaveBeenCalledOnce();

    // A step painted without rendering (see useDirectDrag) goes the same way.
    expect(stepPainter.current!([], undefined, 100)).toBe(true);
    expect(visible.calls).toEqual(['drawImage copy from another canvas', 'drawImage copy from another canvas']);
  });
});
