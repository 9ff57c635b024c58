import { useState, type DragEvent } from 'react';
import { translate } from '../i18n/strings';
import { useExplorer, useStoreApi } from '../state/context';
import { downloadBlob } from '../components/shared/downloadBlob';
import { loadInto, reportFailure } from './loadInto';
import { fetchDatasetText, loadProblem, readFileText } from './readSources';

/** The load panel's form: a file (chosen or dropped), pasted text or a web address; download the current dataset. */
export function LoadDataForm() {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  const [address, setAddress] = useState('');

  const run = async (origin: string, read: () => Promise<string>, address?: string) => {
    setBusy(true);
    try {
      await loadInto(store, await read(), origin, address);
    } catch (error) {
      await reportFailure(store, origin, loadProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const loadFile = (file: File | undefined) => file && void run(file.name, () => readFileText(file));
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    loadFile(event.dataTransfer.files[0]);
  };
  const loadAddress = () => void run(address, () => fetchDatasetText(address, location.href), address);
  const download = () => {
    const blob = new Blob([`${JSON.stringify(store.getState().model.source, null, 2)}\n`], { type: 'application/json' });
    downloadBlob(blob, 'capital-loop-dataset.json');
  };

  return (
    <section
      className="load-data__panel"
      aria-labelledby="load-title"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      aria-busy={busy}
    >
      <h2 id="load-title">{translate(lang, 'load.title')}</h2>
      <p>{translate(lang, 'load.intro')}</p>
      <label className="load-data__drop">
        {translate(lang, 'load.file')}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => loadFile(e.target.files?.[0])}
          data-input="file"
        />
        <span className="hint">{translate(lang, 'load.drop')}</span>
      </label>
      <label className="load-data__field">
        {translate(lang, 'load.paste')}
        <textarea rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} data-input="paste" />
      </label>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run(translate(lang, 'load.pasted'), async () => pasted)}
        data-action="load-pasted"
      >
        {translate(lang, 'load.pasteButton')}
      </button>
      <label className="load-data__field">
        {translate(lang, 'load.url')}
        <input type="url" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="https://…" data-input="url" />
      </label>
      <button type="button" disabled={busy || !address} onClick={loadAddress} data-action="load-url">
        {translate(lang, 'load.urlButton')}
      </button>
      <p className="load-data__links">
        <button type="button" onClick={download} data-action="download-dataset">
          {translate(lang, 'load.download')}
        </button>{' '}
        <a href="./capital-loop.schema.json" target="_blank" rel="noopener">
          {translate(lang, 'load.schema')}
        </a>
      </p>
      {busy && <p role="status">{translate(lang, 'load.loading')}</p>}
    </section>
  );
}
