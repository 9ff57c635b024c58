// The SVG's boxes and labels give way to the drag's canvas only once a paint has shown the canvas's:
// not on a paint of the bands alone (the canvas could not paint them, or a late paint from before),
// and not again after the chart stopped being plain until a new paint shows them.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useDragPainting } from '../../../src/components/chart/useDragPainting';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

describe('useDragPainting', () => {
  it('holds the SVG boxes and labels only after a paint with them, while the drag lasts and the chart is plain', () => {
    const store = createExplorerStore(defaultDataset(), 'en');
    const wrapper = ({ children }: { children: ReactNode }) => <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
    const ownHeight = () => 0;
    const { result, rerender } = renderHook(({ plain }: { plain: boolean }) => useDragPainting([], [], ownHeight, null, plain), {
      wrapper,
      initialProps: { plain: true },
    });
    expect(result.current.paintedNodes).toBeUndefined();
    act(() => store.getState().setDragging(true));
    expect(result.current.paintedNodes).toEqual({ nodes: [], labels: [], ownHeight, stress: null });
    // The bands alone: the SVG bands go, the boxes and labels stay.
    act(() => result.current.onPainted(false));
    expect([result.current.painted, result.current.held]).toEqual([true, false]);
    act(() => result.current.onPainted(true));
    expect(result.current.held).toBe(true);
    // A tooltip opens (or a round plays): the SVG's come back; plain again, they wait for a paint with them.
    rerender({ plain: false });
    expect([result.current.held, result.current.paintedNodes]).toEqual([false, undefined]);
    rerender({ plain: true });
    expect(result.current.held).toBe(false);
    act(() => result.current.onPainted(true));
    expect(result.current.held).toBe(true);
    act(() => store.getState().setDragging(false));
    expect([result.current.painted, result.current.held]).toEqual([false, false]);
  });
});
