import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileModel } from '../../src/model/engine';
import { createExplorerStore, selectShared, type ExplorerStore } from '../../src/state/store';
import { decodeState } from '../../src/state/urlState';
import { startUrlSync } from '../../src/state/urlSync';
import { loadDefaultDataset } from '../model/fixtures';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;

/** An address bar and history that only replaceState changes, as in a browser. */
function fakeBrowser(href: string) {
  const location = { href } as Location;
  const history = {
    state: null,
    replaceState: vi.fn((_state: unknown, _title: string, url: string) => (location.href = url)),
  } as unknown as History;
  return { location, history };
}

describe('URL sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows every change of the state, keeping the embed and data keys', () => {
    const store = createExplorerStore(ds, 'en');
    const { location, history } = fakeBrowser('https://example.org/loop/?data=https%3A%2F%2Fdata.example%2Fa.json');
    const stop = startUrlSync(store, history, location);
    const changes: ((s: ExplorerStore) => void)[] = [
      (s) => s.setValue('nvidia-openai', 60),
      (s) => s.applyScenario('sept-2025-loi'),
      (s) => s.setView('rounds'),
      (s) => s.isolate('amazon'),
      (s) => s.setRounds(6),
      (s) => s.setValue('nvidia-margin', 0.4),
      (s) => s.reset(),
    ];
    for (const change of changes) {
      change(store.getState());
      vi.advanceTimersByTime(300);
      const url = new URL(location.href);
      expect(decodeState(url.search, ds, origins, 'en').state).toEqual(selectShared(store.getState()));
      expect(url.searchParams.get('data')).toBe('https://data.example/a.json');
    }
    stop();
  });

  it('writes a burst of changes once, with the last state', () => {
    const store = createExplorerStore(ds, 'en');
    const { location, history } = fakeBrowser('https://example.org/loop/');
    const stop = startUrlSync(store, history, location);
    for (const value of [10, 20, 30, 40]) store.getState().setValue('amazon-openai', value);
    expect(history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(new URL(location.href).searchParams.get('p.amazon-openai')).toBe('40');
    stop();
    store.getState().setValue('amazon-openai', 45);
    vi.advanceTimersByTime(300);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('waits while a slider is dragged, and writes the drag’s last value once it is let go', () => {
    const store = createExplorerStore(ds, 'en');
    const { location, history } = fakeBrowser('https://example.org/loop/');
    const stop = startUrlSync(store, history, location);
    // A change just before the drag: its write falls due mid-drag, and waits too.
    store.getState().setValue('amazon-openai', 5);
    store.getState().setDragging(true);
    for (const value of [10, 20, 30, 40]) {
      store.getState().setValue('amazon-openai', value);
      vi.advanceTimersByTime(300);
    }
    expect(history.replaceState).not.toHaveBeenCalled();
    store.getState().setDragging(false);
    vi.advanceTimersByTime(300);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(new URL(location.href).searchParams.get('p.amazon-openai')).toBe('40');
    // A drag that changed nothing writes nothing.
    store.getState().setDragging(true);
    store.getState().setDragging(false);
    vi.advanceTimersByTime(300);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    stop();
  });

  it('writes a change made before it started (the page starts it once the first view is drawn)', () => {
    const store = createExplorerStore(ds, 'en');
    const shown = selectShared(store.getState());
    const { location, history } = fakeBrowser('https://example.org/loop/');
    store.getState().setValue('amazon-openai', 40);
    const stop = startUrlSync(store, history, location, shown);
    vi.advanceTimersByTime(300);
    expect(new URL(location.href).searchParams.get('p.amazon-openai')).toBe('40');
    stop();
  });
});
