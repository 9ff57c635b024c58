import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourcesFooter } from '../../../src/components/panels/SourcesFooter';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

describe('the sources footer', () => {
  it('counts the sources in full-width brackets and names each publisher in Chinese words (zh-TW)', () => {
    const dataset = defaultDataset();
    render(
      <StoreContext.Provider value={createExplorerStore(dataset, 'zh-TW')}>
        <SourcesFooter />
      </StoreContext.Provider>,
    );
    expect(screen.getByText(`資料來源（${dataset.meta.sources.length}）`)).toBeTruthy();
    expect(screen.getAllByRole('link').some((a) => a.textContent?.startsWith('Particle（媒體報導摘要）, '))).toBe(true);
    expect(screen.queryByText(/summary of media reports/)).toBeNull();
  });
});
