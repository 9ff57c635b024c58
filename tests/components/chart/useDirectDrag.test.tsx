// Once the drag's canvas shows the whole chart, a slider's step is painted straight from the model and
// the chart is not rendered for it; anything else that changes what the chart draws, a step the canvas
// cannot paint, or letting go, hands the chart back to rendering with the live values.
import { act, render } from '@testing-library/react';
import { useMemo, useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useDirectDrag } from '../../../src/components/chart/useDirectDrag';
import type { HeldInput } from '../../../src/components/chart/useChart';
import { StoreContext, useExplorer } from '../../../src/state/context';
import { createExplorerStore, type ExplorerState } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

const SLIDER = 'nvidia-openai';

function setup(paint: (state: ExplorerState) => boolean) {
  const store = createExplorerStore(defaultDataset(), 'en');
  const rendered: number[] = [];
  /** A chart as SankeyDiagram reads it: the held values while armed, else the store's. */
  function Chart({ armed }: { armed: boolean; width?: number }) {
    const heldRef = useRef<HeldInput | null>(null);
    const values = useExplorer((s) => heldRef.current?.values ?? s.values);
    const stressed = useExplorer((s) => (heldRef.current ? heldRef.current.stressed : s.stressed));
    const drawn = useMemo(() => ({ values, stressed }), [values, stressed]);
    rendered.push(values[SLIDER] as number);
    useDirectDrag(armed, heldRef, drawn, paint);
    return null;
  }
  const view = render(
    <StoreContext.Provider value={store}>
      <Chart armed={false} />
    </StoreContext.Provider>,
  );
  const arm = (armed: boolean, width = 900) =>
    view.rerender(
      <StoreContext.Provider value={store}>
        <Chart armed={armed} width={width} />
      </StoreContext.Provider>,
    );
  const slide = (value: number) => act(() => store.getState().setValue(SLIDER, value));
  return { store, rendered, arm, slide };
}

describe('useDirectDrag', () => {
  it('paints each slider step without rendering while armed, and renders the last one when disarmed', () => {
    const paint = vi.fn((_: ExplorerState) => true);
    const { store, rendered, arm, slide } = setup(paint);
    act(() => store.getState().setDragging(true));
    arm(true);
    const before = rendered.length;
    slide(20);
    slide(35);
    expect(rendered.length).toBe(before);
    expect(paint.mock.calls.map(([state]) => state.values[SLIDER])).toEqual([20, 35]);
    // Letting go changes `dragging`, one of the things the chart draws from: rendered with the live values.
    act(() => store.getState().setDragging(false));
    expect(rendered.at(-1)).toBe(35);
    arm(false);
    slide(50);
    expect(paint).toHaveBeenCalledTimes(2);
    expect(rendered.at(-1)).toBe(50);
  });

  it('renders a step the canvas cannot paint, then paints the next ones from there', () => {
    const paint = vi.fn((state: ExplorerState) => state.values[SLIDER] !== 60);
    const { store, rendered, arm, slide } = setup(paint);
    act(() => store.getState().setDragging(true));
    arm(true);
    slide(40);
    const before = rendered.length;
    slide(60);
    expect(rendered.slice(before)).toContain(60);
    const after = rendered.length;
    slide(45);
    expect(rendered.length).toBe(after);
    expect(paint.mock.calls.map(([state]) => state.values[SLIDER])).toEqual([40, 60, 45]);
  });

  it('hands the chart back to rendering when anything else it draws changes mid-drag (the language)', () => {
    const paint = vi.fn((_: ExplorerState) => true);
    const { store, rendered, arm, slide } = setup(paint);
    act(() => store.getState().setDragging(true));
    arm(true);
    slide(25);
    act(() => store.getState().setLang('zh-TW'));
    expect(rendered.at(-1)).toBe(25);
    expect(paint).toHaveBeenCalledTimes(1);
  });

  it('renders the live values when the chart renders for a reason of its own mid-drag (its width), not the held ones', () => {
    const paint = vi.fn((_: ExplorerState) => true);
    const { store, rendered, arm, slide } = setup(paint);
    act(() => store.getState().setDragging(true));
    arm(true);
    slide(20);
    slide(35);
    arm(true, 400);
    expect(rendered.at(-1)).toBe(35);
    // And holds those: the next step is painted, not rendered.
    const after = rendered.length;
    slide(40);
    expect(rendered.length).toBe(after);
  });

  it('renders a step that fails to derive or paint, so that its failure reaches the error boundary as a render’s would', () => {
    const paint = vi.fn((state: ExplorerState) => {
      if (state.values[SLIDER] === 60) throw new Error('no layout');
      return true;
    });
    const { store, rendered, arm, slide } = setup(paint);
    act(() => store.getState().setDragging(true));
    arm(true);
    slide(60);
    expect(rendered.at(-1)).toBe(60);
  });
});
