// A part whose code could not be loaded offers a reload, not a reset (a reset would not bring the
// code back, and Chromium keeps a failed import failed for the page's life), and says what a reload
// keeps, as the address holds it (addressKeeps, which dataSync keeps: see its tests): the view; not
// the reader's own dataset when it is too large for the address; nothing before the address follows
// the view (in an embed, or when that code failed to load).
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PartBoundary } from '../../../src/components/app/PartBoundary';
import { failedLoads } from '../../../src/components/shared/lazyPart';
import { StoreContext, useExplorer } from '../../../src/state/context';
import { createExplorerStore, type ExplorerState } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

function Broken({ error }: { error: Error }): never {
  throw error;
}

function notice(
  error: Error,
  { lang = 'en', addressKeeps }: { lang?: 'en' | 'zh-TW'; addressKeeps: ExplorerState['addressKeeps'] } = { addressKeeps: 'all' },
) {
  const store = createExplorerStore(defaultDataset(), lang);
  store.setState({ addressKeeps });
  render(
    <StoreContext.Provider value={store}>
      <PartBoundary>
        <Broken error={error} />
      </PartBoundary>
    </StoreContext.Provider>,
  );
  return screen.getByRole('alert');
}

const unloaded = () => {
  const error = new TypeError('Failed to fetch dynamically imported module: https://example.org/assets/laterParts-x.js');
  failedLoads.add(error);
  return error;
};

describe('the notice of a part that failed', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers a reload when its code could not be loaded, and says the address keeps the view', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const alert = notice(unloaded());
    expect(alert.textContent).toContain(
      'This section could not be loaded (the connection may have dropped). The address keeps your settings. Reload the page',
    );
    expect(alert.textContent).not.toContain('not your dataset');
    expect(alert.textContent).not.toContain('Failed to fetch');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reset to default' })).toBeNull();
  });

  it('says in Chinese too', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const alert = notice(unloaded(), { lang: 'zh-TW', addressKeeps: 'all' });
    expect(alert.textContent).toContain('無法載入這個區塊（連線可能中斷）。網址會保留你目前的設定。');
    expect(screen.getByRole('button', { name: '重新載入頁面' })).toBeTruthy();
  });

  it("warns that a reload would not keep the reader's own dataset when the address does not carry it", () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const text = notice(unloaded(), { addressKeeps: 'view' }).textContent;
    expect(text).toContain(
      'A reload loses your dataset, too large for the address, and its settings: first download it (Load data, then Download the current dataset), and load it again after reloading.',
    );
  });

  it('promises nothing of an address that does not follow the view', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const alert = notice(unloaded(), { addressKeeps: undefined });
    expect(alert.textContent).toBe('This section could not be loaded (the connection may have dropped). Reload the page');
  });

  it('is not tried again at every change of state when its code could not load (each try would fail at once, announcing the alert again)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = unloaded();
    let renders = 0;
    function Counted(): never {
      renders++;
      throw error;
    }
    const store = createExplorerStore(defaultDataset(), 'en');
    render(
      <StoreContext.Provider value={store}>
        <PartBoundary>
          <Counted />
        </PartBoundary>
      </StoreContext.Provider>,
    );
    const alert = screen.getByRole('alert');
    const before = renders;
    act(() => store.getState().setValue('nvidia-openai', 60));
    expect(renders).toBe(before);
    expect(screen.getByRole('alert')).toBe(alert);
  });

  it('is tried again when another dataset is loaded, which may not need the code that failed (a smaller one draws without the bulk drawing)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = unloaded();
    const store = createExplorerStore(defaultDataset(), 'en');
    const large = store.getState().model.source;
    function NeedsCode() {
      const source = useExplorer((s) => s.model.source);
      if (source === large) throw error;
      return <p>drawn</p>;
    }
    render(
      <StoreContext.Provider value={store}>
        <PartBoundary>
          <NeedsCode />
        </PartBoundary>
      </StoreContext.Provider>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    act(() => store.getState().setValue('nvidia-openai', 60));
    expect(screen.getByRole('alert')).toBeTruthy();
    act(() => store.getState().replaceDataset(defaultDataset()));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('drawn')).toBeTruthy();
  });

  it('offers a reset, as before, when the part itself failed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const alert = notice(new Error('boom'));
    expect(alert.textContent).toContain('This part of the page failed: boom.');
    expect(screen.getByRole('button', { name: 'Reset to default' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reload the page' })).toBeNull();
  });
});
