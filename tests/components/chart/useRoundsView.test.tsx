import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('the rounds view, loaded when first asked for', () => {
  it('says in the reader’s language that it is loading, then draws the rounds with their headers', async () => {
    const en = renderApp(undefined, 'en');
    const zh = renderApp(undefined, 'zh-TW');
    act(() => {
      en.store.getState().setView('rounds');
      zh.store.getState().setView('rounds');
    });
    // Its code is not in the first download: until it is here the chart says so, rather than drawing the loop.
    const [enNote, zhNote] = screen.getAllByRole('status').filter((el) => el.hasAttribute('data-loading'));
    expect(enNote!.textContent).toBe('Loading the rounds view…');
    expect(zhNote!.textContent).toBe('正在載入逐輪檢視…');
    expect(en.container.querySelector('svg.chart__svg')).toBeNull();
    // Both pages wait for the one download of that code, each rendering in its own time.
    await waitFor(() => {
      expect(en.container.querySelector('svg.chart__svg[data-view="rounds"]')).not.toBeNull();
      expect(zh.container.querySelector('svg.chart__svg[data-view="rounds"]')).not.toBeNull();
    });
    expect(en.container.querySelector('[data-loading="rounds"]')).toBeNull();
    expect(en.container.querySelector('.round-frame__header[data-round="1"]')?.textContent).toBe('Round 1');
    expect(zh.container.querySelector('svg.chart__svg[data-view="rounds"] .round-frame__header[data-round="1"]')?.textContent).toBe(
      '第 1 輪',
    );
  });
});
