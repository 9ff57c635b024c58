// Under the chart, what comes and goes as a slider is dragged (the key to numbered boxes) keeps its
// room until the slider is let go, so the chart above it holds still.
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDragHeldHeight } from '../../../src/components/chart/useDragHeldHeight';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { loadDefaultDataset } from '../../model/fixtures';

function Held() {
  const box = useRef<HTMLDivElement>(null);
  useDragHeldHeight(box);
  return <div className="held" ref={box} />;
}

/** Resize observers as the browser runs them: `resize(h)` tells each one observing that its element is now `h` tall. */
function stubResizeObserver() {
  const live = new Set<ResizeObserverCallback>();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe() {
        live.add(this.callback);
      }
      disconnect() {
        live.delete(this.callback);
      }
    },
  );
  return (height: number) =>
    act(() => {
      for (const callback of live)
        callback([{ borderBoxSize: [{ blockSize: height, inlineSize: 600 }] } as unknown as ResizeObserverEntry], {} as ResizeObserver);
    });
}

describe('the room under the chart during a drag', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('only grows while a slider is dragged, and fits its content again when let go', () => {
    const resize = stubResizeObserver();
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    const { container } = render(
      <StoreContext.Provider value={store}>
        <Held />
      </StoreContext.Provider>,
    );
    const held = container.querySelector<HTMLElement>('.held')!;
    // Not dragged: nothing held, whatever it measures.
    resize(80);
    expect(held.style.minHeight).toBe('');

    // Held from the drag's start, before the observer's first report (the press may move the slider).
    vi.spyOn(held, 'getBoundingClientRect').mockReturnValue({ height: 80 } as DOMRect);
    act(() => store.getState().setDragging(true));
    expect(held.style.minHeight).toBe('80px');
    resize(60);
    expect(held.style.minHeight).toBe('80px');
    // The key comes: the room grows with it.
    resize(125);
    expect(held.style.minHeight).toBe('125px');
    // It goes: the room stays.
    resize(80);
    expect(held.style.minHeight).toBe('125px');

    act(() => store.getState().setDragging(false));
    expect(held.style.minHeight).toBe('');
    resize(80);
    expect(held.style.minHeight).toBe('');
  });
});
