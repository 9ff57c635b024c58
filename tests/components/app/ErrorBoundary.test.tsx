import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/components/app/App';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

describe('a part that fails', () => {
  it('is replaced by a notice with a reset; the rest of the page keeps working; reported once', async () => {
    const dataset = defaultDataset();
    const store = createExplorerStore(dataset, 'en');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const realLayout = store.getState().model.structure.topoOrder;
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
    );
    // Break the engine's compiled graph so the next chart render throws.
    act(() => {
      (store.getState().model.structure as { topoOrder: unknown }).topoOrder = null;
      store.getState().setValue('nvidia-openai', 60);
    });
    const notices = screen.getAllByRole('alert');
    expect(notices.some((n) => /This part of the page failed/.test(n.textContent ?? ''))).toBe(true);
    const ours = consoleError.mock.calls.filter((call) => String(call[0]).startsWith('Capital Loop:'));
    expect(ours.length).toBeGreaterThanOrEqual(1);
    expect(ours.length).toBeLessThanOrEqual(2); // once per failed part, never in a loop
    // The language switch outside the failed parts still works.
    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    // The switch fetches the language's words first (here already loaded: a promise away).
    await waitFor(() => expect(store.getState().lang).toBe('zh-TW'));
    // Reset brings the chart back once the cause is gone.
    (store.getState().model.structure as { topoOrder: unknown }).topoOrder = realLayout;
    for (const button of screen.getAllByRole('button', { name: '重設為預設值' })) fireEvent.click(button);
    expect(document.querySelector('svg.chart__svg g.link')).not.toBeNull();
    expect(store.getState().values['nvidia-openai']).toBe(30);
    consoleError.mockRestore();
  });

  it('recovers without a reload when a valid dataset is loaded, or when a Reset changes the values', () => {
    const dataset = defaultDataset();
    const store = createExplorerStore(dataset, 'en');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
    );
    const failed = () => screen.queryAllByRole('alert').some((n) => /This part of the page failed/.test(n.textContent ?? ''));
    const structure = store.getState().model.structure as { topoOrder: unknown };
    const realOrder = structure.topoOrder;
    act(() => {
      structure.topoOrder = null;
      store.getState().setValue('nvidia-openai', 60);
    });
    expect(failed()).toBe(true);
    // A valid dataset is a new model: the chart is drawn again, with no click on the failed part.
    act(() => store.getState().replaceDataset(defaultDataset()));
    expect(failed()).toBe(false);
    expect(document.querySelector('svg.chart__svg g.link')).not.toBeNull();

    // Fail again (both panels read the broken model), then mend the cause: a Reset from anywhere
    // (here the store's, as a host message or the URL would) changes the values and redraws.
    const next = store.getState().model.structure as { topoOrder: unknown };
    const nextOrder = next.topoOrder;
    act(() => {
      next.topoOrder = null;
      store.getState().setValue('nvidia-openai', 60);
    });
    expect(failed()).toBe(true);
    next.topoOrder = nextOrder;
    act(() => store.getState().reset());
    expect(failed()).toBe(false);
    expect(document.querySelector('svg.chart__svg g.link')).not.toBeNull();
    structure.topoOrder = realOrder;
    consoleError.mockRestore();
  });

  it('after failing again on a retry, waits for the next change of what it draws, not any change of the page', () => {
    const store = createExplorerStore(defaultDataset(), 'en');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
    );
    const structure = store.getState().model.structure as { topoOrder: unknown };
    const realOrder = structure.topoOrder;
    const reported = () => consoleError.mock.calls.filter((call) => String(call[0]).startsWith('Capital Loop:')).length;
    act(() => {
      structure.topoOrder = null;
      store.getState().setValue('nvidia-openai', 60);
    });
    // Another value: tried again, and failed again (the cause is still there).
    const first = reported();
    act(() => store.getState().setValue('nvidia-openai', 70));
    const second = reported();
    expect(second).toBeGreaterThan(first);
    // A change that draws nothing new (a drag starting): no retry, nothing reported.
    act(() => store.getState().setDragging(true));
    expect(reported()).toBe(second);
    structure.topoOrder = realOrder;
    consoleError.mockRestore();
  });
});
