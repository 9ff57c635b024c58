import { describe, expect, it, vi } from 'vitest';
import { decodeDataFragment } from '../../src/state/dataFragment';
import { linkWithData, startDataSync } from '../../src/state/dataSync';
import { createExplorerStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';
import { euroDataset } from '../model/euroDataset';
import { loadDefaultDataset } from '../model/fixtures';

function fakeBrowser(href: string) {
  const location = { href } as Location;
  const history = {
    state: null,
    replaceState: vi.fn((_state: unknown, _title: string, url: string) => (location.href = url)),
  } as unknown as History;
  return { location, history };
}

describe('data sync', () => {
  it('writes the reader’s own dataset into the fragment, drops ?data=, and keeps it while settings change', async () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en', { dataOrigin: 'address' });
    const { location, history } = fakeBrowser('https://example.org/loop/?data=https%3A%2F%2Fdata.example%2Fa.json');
    startDataSync(store, history, location);
    startUrlSync(store, history, location);
    const euro = euroDataset();
    store.getState().replaceDataset(euro);
    await vi.waitFor(() => expect(location.href).toContain('#data='));
    expect(new URL(location.href).searchParams.has('data')).toBe(false);
    expect(JSON.parse(await decodeDataFragment(new URL(location.href).hash))).toEqual(euro);
    const parameter = euro.parameters[0]!;
    store.getState().setValue(parameter.id, parameter.max);
    await vi.waitFor(() => expect(location.href).toContain(`p.${parameter.id}=`));
    expect(location.href).toContain('#data=');
  });

  it('clears the address when the bundled dataset comes back', async () => {
    const store = createExplorerStore(euroDataset(), 'en', { dataOrigin: 'own' });
    const { location, history } = fakeBrowser('https://example.org/loop/?data=x.json#data=abc');
    startDataSync(store, history, location);
    store.getState().replaceDataset(loadDefaultDataset(), 'bundled');
    await vi.waitFor(() => expect(new URL(location.href).hash).toBe(''));
    expect(new URL(location.href).searchParams.has('data')).toBe(false);
  });

  it('gives no link when the dataset is too large for one', async () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en', { dataOrigin: 'own' });
    const result = await linkWithData(store, 'https://example.org/loop/');
    expect(result.ok).toBe(false);
    store.getState().replaceDataset(loadDefaultDataset(), 'bundled');
    const bundled = await linkWithData(store, 'https://example.org/loop/#data=abc');
    expect(bundled.ok && new URL(bundled.link).hash).toBe('');
  });

  it('writes a dataset loaded before it started (the page starts it once the first view is drawn)', async () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    const shown = store.getState().model.source;
    const { location, history } = fakeBrowser('https://example.org/loop/');
    store.getState().replaceDataset(euroDataset());
    startDataSync(store, history, location, shown);
    await vi.waitFor(() => expect(location.href).toContain('#data='));
  });

  it('says what a reload would bring back: nothing before it starts, then the settings and the dataset, the settings alone once a dataset too large for the address is shown', async () => {
    const store = createExplorerStore(euroDataset(), 'en', { dataOrigin: 'own' });
    expect(store.getState().addressKeeps).toBeUndefined();
    const { location, history } = fakeBrowser('https://example.org/loop/#data=abc');
    startDataSync(store, history, location);
    expect(store.getState().addressKeeps).toBe('all');
    // Too large for the address: said once written (an editor's every keystroke would flip a notice on screen otherwise).
    store.getState().replaceDataset(loadDefaultDataset());
    await vi.waitFor(() => expect(new URL(location.href).hash).toBe(''));
    expect(store.getState().addressKeeps).toBe('view');
    store.getState().replaceDataset(euroDataset());
    await vi.waitFor(() => expect(store.getState().addressKeeps).toBe('all'));
    expect(location.href).toContain('#data=');
  });

  it('promises nothing when the bundled data stands in for a dataset the address names (a reload would load that one)', () => {
    for (const href of [
      'https://example.org/loop/?data=https%3A%2F%2Fdata.example%2Fa.json',
      'https://example.org/loop/#data=unreadable',
    ]) {
      const store = createExplorerStore(loadDefaultDataset(), 'en', { dataOrigin: 'bundled' });
      const { location, history } = fakeBrowser(href);
      startDataSync(store, history, location);
      expect(store.getState().addressKeeps, href).toBeUndefined();
    }
  });

  it('promises nothing when a dataset could not be written (no compression in this browser)', async () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    const { location, history } = fakeBrowser('https://example.org/loop/');
    startDataSync(store, history, location);
    vi.stubGlobal(
      'CompressionStream',
      class {
        constructor() {
          throw new Error('no deflate-raw');
        }
      },
    );
    try {
      store.getState().replaceDataset(euroDataset());
      await vi.waitFor(() => expect(store.getState().addressKeeps).toBeUndefined());
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
