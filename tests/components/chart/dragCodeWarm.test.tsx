// The code that settles a dragged box starts loading as a pointer comes over the loop view's chart,
// so a first move does not wait for it.
import { act, fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dragCode } from '../../../src/components/chart/dragCode';
import { dragNodesProvided } from '../../../src/layout/sankeyLayout';
import { renderApp } from '../renderApp';

describe('the code for dragged boxes', () => {
  it('loads as a pointer comes over the loop view’s chart, not the rounds view’s, and a first move is then made at once', async () => {
    const preload = vi.spyOn(dragCode, 'preload');
    const { container, store } = renderApp();
    const chart = () => container.querySelector<SVGSVGElement>('svg.chart__svg')!;
    act(() => store.getState().setView('rounds'));
    const rounds = await waitFor(() => {
      const svg = container.querySelector<SVGSVGElement>('svg.chart__svg[data-view="rounds"] g.link');
      expect(svg).not.toBeNull();
      return svg!;
    });
    fireEvent.pointerOver(rounds);
    expect(preload).not.toHaveBeenCalled();
    expect(dragNodesProvided()).toBe(false);

    act(() => store.getState().setView('loop'));
    fireEvent.pointerOver(chart().querySelector('g.link')!);
    expect(preload).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(dragNodesProvided()).toBe(true));
    const nvidia = container.querySelector<SVGGElement>('.chart g.node[data-key="nvidia"]')!;
    act(() => nvidia.focus());
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    expect(Object.keys(store.getState().offsets)).toEqual(['nvidia']);
  });
});
