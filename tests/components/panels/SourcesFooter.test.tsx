import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourcesFooter } from '../../../src/components/panels/SourcesFooter';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

describe('the sources footer', () => {
  it('counts the sources in full-width brackets, names each publisher in Chinese words and punctuates in Chinese (zh-TW)', () => {
    const dataset = defaultDataset();
    render(
      <StoreContext.Provider value={createExplorerStore(dataset, 'zh-TW')}>
        <SourcesFooter />
      </StoreContext.Provider>,
    );
    expect(screen.getByText(`資料來源（${dataset.meta.sources.length}）`)).toBeTruthy();
    const links = screen.getAllByRole('link').map((a) => a.textContent ?? '');
    expect(links.some((text) => text.startsWith('Particle（媒體報導摘要），'))).toBe(true);
    // Full-width comma and colon between publisher, date and title: no ASCII ", 2026-01-30: ".
    expect(links.filter((text) => /, \d{4}-\d{2}-\d{2}: /.test(text))).toEqual([]);
    expect(screen.queryByText(/summary of media reports/)).toBeNull();
  });

  it.each([
    ['en', 'EvaDaily (CNBC text), 2026-01-26: Nvidia invests $2 billion in CoreWeave (The backstop of unsold capacity through April 2032)'],
    ['zh-TW', 'EvaDaily（CNBC 全文），2026-01-26：Nvidia invests $2 billion in CoreWeave（保證承購未售出的運算容量至 2032 年 4 月）'],
  ] as const)('puts a source’s note, in the reader’s language, after its own title (%s)', (lang, text) => {
    const dataset = defaultDataset();
    render(
      <StoreContext.Provider value={createExplorerStore(dataset, lang)}>
        <SourcesFooter />
      </StoreContext.Provider>,
    );
    const links = screen.getAllByRole('link').map((a) => a.textContent ?? '');
    expect(links).toContain(text);
    // No English gloss of ours in a Chinese reader's list.
    if (lang === 'zh-TW') expect(links.filter((t) => /backstop|booked in|text\)/.test(t))).toEqual([]);
  });

  it.each([
    ['en', 'Figures as of 31 March 2026. Amounts in US$ billions. Deals as they stood on 22 September 2025.'],
    ['zh-TW', '數字截至 2026 年 3 月 31 日，金額單位：億美元。交易狀態以 2025 年 9 月 22 日為準。'],
  ] as const)('says the date of the deals where a scenario shows another than the figures’ (%s)', (lang, text) => {
    const store = createExplorerStore(defaultDataset(), lang);
    act(() => store.getState().applyScenario('sept-2025-loi'));
    const { container } = render(
      <StoreContext.Provider value={store}>
        <SourcesFooter />
      </StoreContext.Provider>,
    );
    expect(container.querySelector('footer > p')?.textContent).toBe(text);
  });
});
