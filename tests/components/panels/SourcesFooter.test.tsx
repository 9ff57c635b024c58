import { render, screen } from '@testing-library/react';
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
});
