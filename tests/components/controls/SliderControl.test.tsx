// A slider's pointer drag starts with the main button and ends when the pointer goes up, is cancelled,
// or the window loses focus mid-press (its pointerup may then never come, and a drag left on would keep
// the chart painted in its drag canvas).
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SliderControl } from '../../../src/components/controls/SliderControl';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset, renderApp } from '../renderApp';

function renderSlider() {
  const dataset = defaultDataset();
  const store = createExplorerStore(dataset, 'en');
  const parameter = dataset.parameters.find((p) => p.id === 'nvidia-openai')!;
  const onDrag = vi.fn();
  render(
    <StoreContext.Provider value={store}>
      <SliderControl parameter={parameter} lang="en" onChange={() => {}} onDrag={onDrag} />
    </StoreContext.Provider>,
  );
  return { input: screen.getByRole('slider'), onDrag };
}

describe('SliderControl drag', () => {
  for (const end of ['pointerup', 'pointercancel', 'blur'] as const) {
    it(`ends on the window's ${end}, once`, () => {
      const { input, onDrag } = renderSlider();
      fireEvent.pointerDown(input, { button: 0 });
      expect(onDrag.mock.calls).toEqual([[true]]);
      window.dispatchEvent(new Event(end));
      expect(onDrag.mock.calls).toEqual([[true], [false]]);
      // Its listeners are gone: a later pointerup or blur ends nothing.
      window.dispatchEvent(new Event('pointerup'));
      window.dispatchEvent(new Event('blur'));
      expect(onDrag.mock.calls).toEqual([[true], [false]]);
    });
  }

  it('does not start on another button (a menu may swallow its pointerup)', () => {
    const { input, onDrag } = renderSlider();
    fireEvent.pointerDown(input, { button: 2 });
    expect(onDrag).not.toHaveBeenCalled();
  });
});

describe('a slider of a deal not made yet at the date shown', () => {
  it('says it counts 0 then, in both languages, and no longer once the date has the deal', async () => {
    for (const [lang, text] of [
      ['en', 'Not agreed yet on 30 January 2026: counts 0 at this date, whatever the slider says.'],
      ['zh-TW', '截至 2026 年 1 月 30 日尚未達成：在這個日期計為 0，無論滑桿設為多少。'],
    ] as const) {
      const { store, container, unmount } = renderApp(undefined, lang);
      const note = () => container.querySelector('[data-parameter="nvidia-openai"] [data-note="not-yet"]')?.textContent ?? null;
      await act(async () => store.getState().applyScenario('jan-2026-on-ice'));
      expect(note()).toBe(text);
      expect(container.querySelector('[data-parameter="amazon-openai"] [data-note="not-yet"]')).toBeNull();
      await act(async () => store.getState().applyScenario('mar-2026-close'));
      expect(note()).toBeNull();
      unmount();
    }
  });
});

describe("a not-yet slider's note", () => {
  it('describes the slider to a screen reader', async () => {
    const { store, container, unmount } = renderApp();
    await act(async () => store.getState().applyScenario('jan-2026-on-ice'));
    const input = container.querySelector('#slider-nvidia-openai')!;
    const described = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(/^Not agreed yet on 30 January 2026/);
    unmount();
  });
});
