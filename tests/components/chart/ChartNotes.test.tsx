import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartNotes } from '../../../src/components/chart/ChartNotes';
import { createChartDeriver } from '../../../src/i18n/deriveChart';
import type { Lang } from '../../../src/model/types';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { loadDefaultDataset } from '../../model/fixtures';

/** The notes under the default chart in the rounds view, `rounds` asked for, in `year`. */
function renderNotes(lang: Lang, year: number, rounds: number) {
  const store = createExplorerStore(loadDefaultDataset(), lang);
  store.getState().setYear(year);
  store.getState().setView('rounds');
  store.getState().setRounds(rounds);
  const chart = createChartDeriver()(store.getState(), { width: 1280 });
  render(
    <StoreContext.Provider value={store}>
      <ChartNotes lang={lang} roundFrame={chart.roundFrame} partialRounds={chart.partialRounds} scaleShare={chart.scaleShare} />
    </StoreContext.Provider>,
  );
  return chart.roundFrame?.headers.length ?? 0;
}

describe('the notes under the rounds view', () => {
  it('say how many of the rounds asked for carry money when fewer do (2026: nothing comes back)', () => {
    expect(renderNotes('en', 2026, 4)).toBe(1);
    expect(screen.getByText(/Only 1 of the 4 rounds asked for carry money/)).toBeTruthy();
  });

  it('say it in Taiwanese Mandarin', () => {
    renderNotes('zh-TW', 2026, 3);
    expect(screen.getByText(/成為下一輪。要求顯示 3 輪，但只有前 1 輪有資金/)).toBeTruthy();
  });

  it('say nothing of it when every round asked for is drawn', () => {
    renderNotes('en', 2026, 1);
    expect(screen.queryByText(/rounds asked for carry money/)).toBeNull();
  });
});
