// What follows a slider in text (the panel's figures, the stress report) follows a drag at most ten
// times a second, always ending on the newest value; outside a drag, a render behind as before.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StressPanel } from '../../src/components/stress/StressPanel';
import type { ParamValues } from '../../src/model/types';
import { StoreContext, useExplorer } from '../../src/state/context';
import { DRAG_PACE_MS, usePacedDuringDrag } from '../../src/state/pacedValue';
import { PanelInputProvider, usePanelInput } from '../../src/state/panelInput';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';

describe('a value paced during a drag', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  function mount() {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    const shown: ParamValues[] = [];
    function Probe() {
      shown.push(usePacedDuringDrag(useExplorer((s) => s.values)));
      return null;
    }
    render(
      <StoreContext.Provider value={store}>
        <Probe />
      </StoreContext.Provider>,
    );
    const [slider] = store.getState().model.dataset.parameters;
    const move = (value: number) => act(() => store.getState().setValue(slider!.id, value));
    const last = () => shown[shown.length - 1];
    return { store, shown, move, last, slider: slider! };
  }

  it('outside a drag, shows each value a render behind', () => {
    const { store, shown, move, last, slider } = mount();
    shown.length = 0;
    move(slider.max);
    expect(shown[0]).not.toBe(store.getState().values);
    expect(last()).toBe(store.getState().values);
  });

  it('during a drag, shows the newest value at most once every DRAG_PACE_MS, and the live one once let go', () => {
    const { store, move, last, slider } = mount();
    act(() => store.getState().setDragging(true));
    const shownValues = new Set<ParamValues>();
    const liveValues = new Set<ParamValues>([store.getState().values]);
    // A drag of 60 steps a second for a second: a step every 16 ms.
    for (let i = 0; i < 60; i++) {
      move(slider.min + ((i % 10) / 10) * (slider.max - slider.min));
      liveValues.add(store.getState().values);
      act(() => vi.advanceTimersByTime(16));
      shownValues.add(last()!);
    }
    // The first step's value at once (a task later), then one every 100 ms: 11 at most in 960 ms.
    expect(shownValues.size).toBeGreaterThanOrEqual(Math.floor((60 * 16) / DRAG_PACE_MS));
    expect(shownValues.size).toBeLessThanOrEqual(Math.ceil((60 * 16) / DRAG_PACE_MS) + 1);
    // Each value shown was live at some step (not a mixture, not an old one from before the drag).
    for (const value of shownValues) expect(liveValues.has(value)).toBe(true);
    // The drag stopped where it was: within DRAG_PACE_MS the newest value shows, with no further step.
    act(() => vi.advanceTimersByTime(DRAG_PACE_MS));
    expect(last()).toBe(store.getState().values);
    // Let go mid-pace: the live value at once (a render behind), not DRAG_PACE_MS later.
    move(slider.max);
    expect(last()).not.toBe(store.getState().values);
    act(() => store.getState().setDragging(false));
    expect(last()).toBe(store.getState().values);
  });

  it('shows a new drag’s first step at once, however soon after the last drag', () => {
    const { store, move, last, slider } = mount();
    act(() => store.getState().setDragging(true));
    move(slider.max);
    act(() => vi.advanceTimersByTime(1));
    act(() => store.getState().setDragging(false));
    // A second drag 10 ms after the first one's last tick: its first step is not held back.
    act(() => vi.advanceTimersByTime(10));
    act(() => store.getState().setDragging(true));
    move(slider.min);
    act(() => vi.advanceTimersByTime(1));
    expect(last()).toBe(store.getState().values);
  });

  it('does not render as a drag begins and ends when there is nothing to pace (null)', () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    let renders = 0;
    function Probe() {
      usePacedDuringDrag(null);
      renders++;
      return null;
    }
    render(
      <StoreContext.Provider value={store}>
        <Probe />
      </StoreContext.Provider>,
    );
    const before = renders;
    act(() => store.getState().setDragging(true));
    act(() => store.getState().setDragging(false));
    expect(renders).toBe(before);
  });

  it('starts a drag from the value live when it began', () => {
    const { store, move, last, slider } = mount();
    move(slider.max);
    act(() => store.getState().setDragging(true));
    expect(last()).toBe(store.getState().values);
  });

  it('paces what uses it: the panel’s input and the stress report, while the store moves every step', () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    act(() => store.getState().setShocks({ revenueFall: 0.5 }));
    const panelValues = new Set<ParamValues>();
    function Probe() {
      panelValues.add(usePanelInput().values);
      return null;
    }
    const view = render(
      <StoreContext.Provider value={store}>
        <PanelInputProvider>
          <Probe />
          <StressPanel open />
        </PanelInputProvider>
      </StoreContext.Provider>,
    );
    const headline = () => view.container.querySelector('.stress__headline')?.textContent;
    const slider = store.getState().model.dataset.parameters.find((p) => p.id === 'customer-revenue')!;
    act(() => store.getState().setDragging(true));
    panelValues.clear();
    const headlines = new Set<string | null | undefined>();
    // Twelve steps, 16 ms apart: 192 ms, so two or three values shown, not twelve.
    for (let i = 0; i < 12; i++) {
      act(() => store.getState().setValue(slider.id, slider.min + ((i + 1) / 12) * (slider.max - slider.min)));
      act(() => vi.advanceTimersByTime(16));
      headlines.add(headline());
    }
    expect(panelValues.size).toBeGreaterThanOrEqual(2);
    expect(panelValues.size).toBeLessThanOrEqual(3);
    expect(headlines.size).toBeGreaterThanOrEqual(2);
    expect(headlines.size).toBeLessThanOrEqual(3);
  });
});
