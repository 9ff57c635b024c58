// A slider's pointer drag starts with the main button and ends when the pointer goes up, is cancelled,
// or the window loses focus mid-press (its pointerup may then never come, and a drag left on would keep
// the chart painted in its drag canvas).
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SliderControl } from '../../../src/components/controls/SliderControl';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

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
