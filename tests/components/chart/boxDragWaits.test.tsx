// The first move of a box waits for the code that moves it (see useBoxDrag): should the chart change
// meanwhile, the moves made on the chart as it was are dropped, not made on another. (Alone in its
// file: the code must not have loaded before.)
import { act, fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dragNodesProvided } from '../../../src/layout/sankeyLayout';
import { renderApp } from '../renderApp';

describe('moves of a box made while its code loads', () => {
  it('are dropped when the chart is reset before it is there, and nothing is said to have moved', async () => {
    const { container, store } = renderApp();
    const nvidia = container.querySelector<SVGGElement>('.chart g.node[data-key="nvidia"]')!;
    act(() => nvidia.focus());
    expect(dragNodesProvided()).toBe(false);
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    act(() => store.getState().reset());
    await waitFor(() => expect(dragNodesProvided()).toBe(true));
    // The load's own callbacks run after it is handed over: a turn more.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(store.getState().offsets).toEqual({});
    expect(container.querySelector('[data-live="nodes"]')!.textContent).toBe('');
    // The next move is made at once, and said.
    fireEvent.keyDown(container.querySelector<SVGGElement>('.chart g.node[data-key="nvidia"]')!, { key: 'ArrowDown', altKey: true });
    expect(store.getState().offsets).toEqual({ nvidia: 8 });
    expect(container.querySelector('[data-live="nodes"]')!.textContent).toBe('Nvidia moved down');
  });
});
