// Should the rounds view's code fail to download, the chart says so in the reader's language, in its
// own place (the view controls and the rest of the page stay), and offers the way back to the loop
// and a reload (Chromium would fail another try in the page); where a browser fetches it again, the
// rounds view asked for again is drawn.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../renderApp';

const network = vi.hoisted(() => ({ down: true }));
vi.mock('../../../src/components/chart/RoundFrame', async (importOriginal) => {
  if (network.down) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('the rounds view, when its code cannot be loaded', () => {
  it('says so in place, offers a reload, goes back to the loop, and draws the rounds once asked again and loaded', async () => {
    const zh = renderApp(undefined, 'zh-TW');
    act(() => zh.store.getState().setView('rounds'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('無法載入逐輪檢視');
    expect(screen.getByRole('button', { name: '重新載入頁面' })).toBeTruthy();
    // The view controls are still there (not taken down with the chart).
    expect(zh.container.querySelector('svg.chart__svg')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '回到循環檢視' }));
    expect(zh.store.getState().view).toBe('loop');
    await waitFor(() => expect(zh.container.querySelector('svg.chart__svg[data-view="loop"]')).not.toBeNull());
    zh.unmount();

    const en = renderApp(undefined, 'en');
    act(() => en.store.getState().setView('rounds'));
    await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: 'Loop', pressed: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    network.down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Back to the loop view' }));
    act(() => en.store.getState().setView('rounds'));
    await waitFor(() => expect(en.container.querySelector('svg.chart__svg[data-view="rounds"]')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
