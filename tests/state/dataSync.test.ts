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

  it('says what a reload would bring back: nothing before it starts, then the view and the dataset, the view alone while a dataset is not (yet) in the address', async () => {
    const store = createExplorerStore(euroDataset(), 'en', { dataOrigin: 'own' });
    expect(store.getState().addressKeeps).toBe('nothing');
    const { location, history } = fakeBrowser('https://example.org/loop/#data=abc');
    startDataSync(store, history, location);
    expect(store.getState().addressKeeps).toBe('all');
    // Too large for the address: it holds the view only, once written as before.
    store.getState().replaceDataset(loadDefaultDataset());
    expect(store.getState().addressKeeps).toBe('view');
    await vi.waitFor(() => expect(new URL(location.href).hash).toBe(''));
    expect(store.getState().addressKeeps).toBe('view');
    // Small enough: the view alone until its fragment is written, then both.
    store.getState().replaceDataset(euroDataset());
    expect(store.getState().addressKeeps).toBe('view');
    await vi.waitFor(() => expect(store.getState().addressKeeps).toBe('all'));
    expect(location.href).toContain('#data=');
  });
});
