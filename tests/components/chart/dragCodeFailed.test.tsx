// Should the code for dragged boxes fail to download, the chart stays as it was and says so, with a reload.
// (The warm-up is tried once a page, by a pointer over the chart or a box's focus, see warmDragCode:
// the test of it comes first, and the tests after it focus boxes once it has been tried.)
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dragCode } from '../../../src/components/chart/dragCode';
import { renderApp } from '../renderApp';

// Each try to load the code, counted: once it has failed, moving a box again does not try again.
const tries = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/layout/dragNodes', () => {
  tries.count++;
  throw new Error('Failed to fetch dynamically imported module');
});

describe('moving a box, when the code for it cannot be loaded', () => {
  it('tries once as a pointer comes over the chart, says nothing then, and a move tries again and says so', async () => {
    const { container } = renderApp();
    const chart = container.querySelector<SVGSVGElement>('svg.chart__svg')!;
    const before = tries.count;
    const preload = vi.spyOn(dragCode, 'preload');
    fireEvent.pointerOver(chart.querySelector('g.link')!);
    await waitFor(() => expect(tries.count).toBe(before + 1));
    // Over the chart again once that try has failed: no other.
    fireEvent.pointerOver(chart.querySelector('g.link')!);
    fireEvent.pointerOver(chart);
    expect(preload).toHaveBeenCalledTimes(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(tries.count).toBe(before + 1);
    expect(container.querySelector('[data-failed="drag"]')).toBeNull();
    const nvidia = container.querySelector<SVGGElement>('.chart g.node[data-key="nvidia"]')!;
    // Nor as a box takes the focus.
    act(() => nvidia.focus());
    expect(preload).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(container.querySelector('[data-failed="drag"]')).not.toBeNull());
    expect(tries.count).toBe(before + 2);
  });

  it.each([
    ['en', 'Boxes cannot be moved: that part of the page could not be loaded'],
    ['zh-TW', '無法載入移動方塊的功能'],
  ] as const)('keeps the chart and the store as they were, and says so in %s', async (lang, text) => {
    const { container, store } = renderApp(undefined, lang);
    const nvidia = container.querySelector<SVGGElement>('.chart g.node[data-key="nvidia"]')!;
    const before = nvidia.querySelector('rect')!.getAttribute('y');
    act(() => nvidia.focus());
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    const alert = await waitFor(() => {
      const shown = container.querySelector<HTMLElement>('[data-failed="drag"]');
      expect(shown).not.toBeNull();
      return shown!;
    });
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(text);
    expect(screen.getAllByRole('button', { name: lang === 'en' ? 'Reload the page' : '重新載入頁面' }).length).toBeGreaterThan(0);
    expect(store.getState().offsets).toEqual({});
    // Nothing moved, so nothing is said to have moved.
    expect(container.querySelector('[data-live="nodes"]')!.textContent).toBe('');
    expect(nvidia.querySelector('rect')!.getAttribute('y')).toBe(before);
    expect(container.querySelectorAll('svg.chart__svg g.link').length).toBeGreaterThan(10);
    const tried = tries.count;
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(nvidia, { key: 'ArrowUp', altKey: true });
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(tries.count).toBe(tried);
    expect(store.getState().offsets).toEqual({});
    // Not said in the rounds view, whose boxes are not moved.
    act(() => store.getState().setView('rounds'));
    expect(container.querySelector('[data-failed="drag"]')).toBeNull();
  });
});
