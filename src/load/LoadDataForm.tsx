import { useState, type DragEvent } from 'react';
import { translate } from '../i18n/strings';
import { useExplorer, useStoreApi } from '../state/context';
import { downloadBlob } from '../components/shared/downloadBlob';
import { ENCODING_CHOICES, ENCODING_NAMES, type EncodingChoice, type TextEncoding } from './decodeText';
import { loadInto } from './loadInto';
import { reportFailure } from './reportFailure';
import { fetchDatasetText, loadProblem, readFileDecoded } from './readSources';

/** The files last read, as what the encoding menu reads again, and the encoding each was read in. */
interface ReadFiles {
  files: File[];
  choice: EncodingChoice;
  encodings: TextEncoding[];
}

/** The load panel's form: a file (chosen or dropped), pasted text or a web address; download the current dataset. */
export function LoadDataForm() {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  const [address, setAddress] = useState('');
  const [read, setRead] = useState<ReadFiles | null>(null);

  const run = async (origin: string, text: () => Promise<Parameters<typeof loadInto>[1]>, address?: string) => {
    setBusy(true);
    try {
      await loadInto(store, await text(), origin, address);
    } catch (error) {
      await reportFailure(store, origin, loadProblem(error));
    } finally {
      setBusy(false);
    }
  };
  /**
   * Reads the files (one dataset, or a CSV's flows and entities tables) in the chosen encoding and
   * loads them. The note says what they were read as once they are; a file not valid in the chosen
   * encoding changes nothing but the error shown.
   */
  const loadFiles = (files: File[], choice: EncodingChoice = 'auto') =>
    files.length > 0 &&
    void run(files.map((file) => file.name).join(' + '), async () => {
      const decoded = await Promise.all(files.map((file) => readFileDecoded(file, choice)));
      setRead({ files, choice, encodings: decoded.map((d) => d.encoding) });
      return decoded.map((d, i) => ({ name: files[i]!.name, text: d.text }));
    });
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    loadFiles([...event.dataTransfer.files]);
  };
  const loadAddress = () => {
    setRead(null);
    void run(address, () => fetchDatasetText(address, location.href), address);
  };
  const how = translate(lang, read?.choice === 'auto' ? 'load.encodingDetected' : 'load.encodingChosen');
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
          multiple
          onChange={(e) => loadFiles([...(e.target.files ?? [])])}
          data-input="file"
        />
        <span className="hint">{translate(lang, 'load.drop')}</span>
      </label>
      {read && (
        <p className="load-data__encoding">
          <span data-note="encoding">
            {read.files
              .map((file, i) => {
                const note = translate(lang, 'load.encodingNote', { encoding: ENCODING_NAMES[read.encodings[i]!], how });
                return read.files.length > 1 ? translate(lang, 'text.named', { name: file.name, text: note }) : note;
              })
              .join(translate(lang, 'text.semicolon'))}
          </span>{' '}
          <label>
            {translate(lang, 'load.encoding')}{' '}
            <select
              value={read.choice}
              disabled={busy}
              onChange={(e) => loadFiles(read.files, e.target.value as EncodingChoice)}
              data-input="encoding"
            >
              {ENCODING_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice === 'auto' ? translate(lang, 'load.encodingAuto') : ENCODING_NAMES[choice]}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <label className="load-data__field">
        {translate(lang, 'load.paste')}
        <textarea rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} data-input="paste" />
      </label>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setRead(null);
          void run(translate(lang, 'load.pasted'), async () => pasted);
        }}
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
