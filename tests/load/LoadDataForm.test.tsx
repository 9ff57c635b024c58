import { spawnSync } from 'node:child_process';
import { File as NodeFile } from 'node:buffer';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadDataForm } from '../../src/load/LoadDataForm';
import type { Lang } from '../../src/model/types';
import { StoreContext } from '../../src/state/context';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';

// Big5 bytes as Traditional Chinese Excel saves them, written by Python's codec.
function big5(text: string): Uint8Array {
  const python = spawnSync('python3', ['-c', "import sys; sys.stdout.buffer.write(sys.stdin.read().encode('big5'))"], {
    input: Buffer.from(text, 'utf8'),
  });
  return new Uint8Array(python.stdout);
}

const CHINESE = 'from,to,amount,share\n基金,台積電,12,\n台積電,鴻海,,0.5\n台積電,成本,,rest\n';

/** A file as the browser gives it (jsdom's has no arrayBuffer; Node's has). */
const file = (name: string, bytes: Uint8Array | string) => new NodeFile([bytes], name) as unknown as File;

function renderForm(lang: Lang) {
  const store = createExplorerStore(loadDefaultDataset(), lang);
  const view = render(
    <StoreContext.Provider value={store}>
      <LoadDataForm />
    </StoreContext.Provider>,
  );
  const ids = () => store.getState().model.source.entities.map((e) => e.id);
  const note = () => view.container.querySelector('[data-note="encoding"]')?.textContent;
  const select = () => view.container.querySelector('select[data-input="encoding"]') as HTMLSelectElement;
  const choose = (file: File | File[]) =>
    fireEvent.change(view.container.querySelector('input[data-input="file"]')!, { target: { files: [file].flat() } });
  return { store, ids, note, select, choose };
}

describe('the load panel says which encoding it read a file in, and reads it again in another', () => {
  it('notes Big5 as detected, re-reads as Windows-1252 when chosen, and keeps the chart when UTF-8 cannot read it', async () => {
    const { store, ids, note, select, choose } = renderForm('en');
    choose(file('taiwan.csv', big5(CHINESE)));
    await waitFor(() => expect(ids()).toEqual(['基金', '台積電', '鴻海', '成本']));
    expect(note()).toBe('Read as Big5 (detected)');
    expect(select().value).toBe('auto');

    fireEvent.change(select(), { target: { value: 'windows-1252' } });
    await waitFor(() => expect(ids()).not.toContain('台積電'));
    expect(note()).toBe('Read as Windows-1252 (chosen)');
    const western = ids();
    expect(western).toHaveLength(4);

    fireEvent.change(select(), { target: { value: 'utf-8' } });
    await waitFor(() => expect(store.getState().loadReport?.errors[0]?.code).toBe('not-in-encoding'));
    expect(store.getState().loadReport?.errors[0]?.params).toEqual({ encoding: 'UTF-8' });
    expect(ids()).toEqual(western); // the chart keeps what it showed
    expect(note()).toBe('Read as Windows-1252 (chosen)');
    expect(select().value).toBe('windows-1252');

    fireEvent.change(select(), { target: { value: 'auto' } });
    await waitFor(() => expect(ids()).toContain('台積電'));
    expect(note()).toBe('Read as Big5 (detected)');
  });

  it('says it in Traditional Chinese, file by file when a CSV comes as flows and entities files', async () => {
    const { store, ids, note, choose } = renderForm('zh-TW');
    const entities = 'id,label,role,focus\n基金,基金,source,\n台積電,台積電,chipmaker,yes\n鴻海,鴻海,cloud,\n成本,成本,sink,\n';
    choose([file('flows.csv', big5(CHINESE)), file('entities.csv', entities)]);
    await waitFor(() => expect(ids()).toEqual(['基金', '台積電', '鴻海', '成本']));
    expect(store.getState().model.source.meta.focus).toBe('台積電');
    expect(note()).toBe('flows.csv：以 Big5 讀取（自動偵測）；entities.csv：以 UTF-8 讀取（自動偵測）');
  });
});
