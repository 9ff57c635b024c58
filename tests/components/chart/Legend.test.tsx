import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../../src/components/chart/Legend';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

const renderLegend = (store: ReturnType<typeof createExplorerStore>) =>
  render(
    <StoreContext.Provider value={store}>
      <Legend />
    </StoreContext.Provider>,
  );

describe('the legend', () => {
  it('names every origin that puts money in this year, in order, and a click shows that origin alone', () => {
    const dataset = defaultDataset();
    const store = createExplorerStore(dataset, 'en');
    renderLegend(store);
    const origins = store.getState().model.structure.origins.filter((id) => id !== 'alphabet' && id !== 'openai-reserves');
    const label = (id: string) => dataset.entities.find((e) => e.id === id)?.label.en;
    const items = screen.getAllByRole('button');
    expect(items.map((item) => item.textContent)).toEqual(origins.map(label));
    expect(items.map((item) => item.dataset.origin)).toEqual(origins);
    const second = origins[1] as string;
    expect(items[1]?.getAttribute('aria-label')).toContain(label(second));
    fireEvent.click(items[1]!);
    expect(store.getState().isolated).toBe(second);
  });

  it('names Alphabet in 2025, the year of its reported stake, and not in 2026, when it puts nothing in', () => {
    const store = createExplorerStore(defaultDataset(), 'en');
    renderLegend(store);
    expect(screen.queryByRole('button', { name: /Alphabet/ })).toBeNull();
    act(() => store.getState().setYear(2025));
    expect(screen.getByRole('button', { name: /Alphabet/ })).toBeTruthy();
  });

  it('says why the chart is faded when the origin shown alone puts nothing in, with a way back to all', () => {
    const store = createExplorerStore(defaultDataset(), 'zh-TW');
    renderLegend(store);
    act(() => store.getState().setYear(2025));
    act(() => store.getState().isolate('alphabet'));
    // In 2025 Alphabet's stake is in: no note (the live region is there, empty).
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => store.getState().setYear(2026));
    // Still shown alone (nothing the reader chose is dropped), and the note says why all is faded.
    expect(store.getState().isolated).toBe('alphabet');
    const note = screen.getByRole('status');
    expect(note.textContent).toContain('Alphabet（Google）沒有資金投入這個循環');
    fireEvent.click(note.querySelector('button')!);
    expect(store.getState().isolated).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
