// The code that settles a dragged box starts loading as a box of the loop view's chart takes the
// keyboard's focus, so a first Alt+↓ does not wait for it.
import { act, fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dragCode } from '../../../src/components/chart/dragCode';
import { dragNodesProvided } from '../../../src/layout/sankeyLayout';
import { renderApp } from '../renderApp';

describe('the code for dragged boxes, by keyboard', () => {
  it('loads as a box of the loop view takes the focus (not a link, nor a box of the rounds view), and Alt+↓ then moves it at once', async () => {
    const preload = vi.spyOn(dragCode, 'preload');
    const { container, store } = renderApp();
    act(() => store.getState().setView('rounds'));
    const roundsBox = await waitFor(() => {
      const box = container.querySelector<SVGGElement>('svg.chart__svg[data-view="rounds"] g.node');
      expect(box).not.toBeNull();
      return box!;
    });
    act(() => roundsBox.focus());
    expect(document.activeElement).toBe(roundsBox);
    expect(preload).not.toHaveBeenCalled();

    act(() => store.getState().setView('loop'));
    const link = container.querySelector<SVGGElement>('svg.chart__svg[data-view="loop"] g.link[tabindex]')!;
    act(() => link.focus());
    expect(document.activeElement).toBe(link);
    expect(preload).not.toHaveBeenCalled();
    expect(dragNodesProvided()).toBe(false);

    const nvidia = container.querySelector<SVGGElement>('.chart g.node[data-key="nvidia"]')!;
    act(() => nvidia.focus());
    expect(preload).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(dragNodesProvided()).toBe(true));
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    expect(Object.keys(store.getState().offsets)).toEqual(['nvidia']);
  });
});
