// Should the other language's words fail to download, the switch says so beside itself, with a
// reload (another click could not fetch them in Chromium), and the page stays in its language.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../../../src/components/controls/LanguageSwitch';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

vi.mock('../../../src/i18n/strings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/i18n/strings')>()),
  loadLanguage: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
}));

describe('the language switch, when the other language cannot be downloaded', () => {
  it('says so with a reload, and keeps the language shown', async () => {
    const store = createExplorerStore(defaultDataset(), 'en');
    store.setState({ addressKeeps: 'all' });
    render(
      <StoreContext.Provider value={store}>
        <LanguageSwitch />
      </StoreContext.Provider>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '中文' })));
    expect(screen.getByRole('alert').textContent).toBe(
      'Traditional Chinese could not be loaded (the connection may have dropped). Reload the page, then switch again. The address keeps your settings. Reload the page',
    );
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(store.getState().lang).toBe('en');
  });
});
