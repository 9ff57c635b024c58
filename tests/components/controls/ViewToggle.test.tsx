// The rounds view's controls: how many rounds are shown, and how many carry money.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

describe('the rounds view’s controls', () => {
  // A reader's review: story step 2 drew one round under "Rounds shown 4" and said nothing of why.
  it('says when fewer rounds carry money than are shown, and why', async () => {
    const { store } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rounds' }));
    // Nothing is reinvested by default: the loop gain is 0, so only the first round has money.
    await waitFor(() =>
      expect(document.querySelector('[data-rounds-with-money]')!.textContent).toBe(
        'Only round 1 carries money: at these settings none comes back round the loop.',
      ),
    );
    act(() => store.getState().setValue('nvidia-reinvest', 0.3));
    await waitFor(() => expect(document.querySelector('[data-rounds-with-money]')).toBeNull());
    act(() => store.getState().setLang('zh-TW'));
    act(() => store.getState().setValue('nvidia-reinvest', 0));
    await waitFor(() =>
      expect(document.querySelector('[data-rounds-with-money]')!.textContent).toBe(
        '只有第 1 輪有資金：在目前設定下，沒有資金繞回循環進入下一輪。',
      ),
    );
  });
});
