import { useState } from 'react';
import datasetUrl from '../../data/ai-capital-loop.json?url';
import { translate } from '../i18n/strings';
import type { Dataset } from '../model/types';
import { useExplorer, useStoreApi } from '../state/context';
import { loadProblem } from './readSources';
import { reportFailure } from './reportFailure';

/** Shown while the reader's own (or a `?data=`) dataset is on the page: back to the site's own, address and all. */
export function BundledDataButton() {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const origin = useExplorer((s) => s.dataOrigin);
  const [busy, setBusy] = useState(false);
  if (origin === 'bundled') return null;
  const restore = async () => {
    setBusy(true);
    try {
      const response = await fetch(datasetUrl);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      // The bundled dataset was validated when the site was built (see vite.config.ts).
      const dataset = (await response.json()) as Dataset;
      store.getState().replaceDataset(dataset, 'bundled');
      store.getState().setLoadReport(null);
    } catch (error) {
      await reportFailure(store, datasetUrl, loadProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" disabled={busy} onClick={() => void restore()} data-action="bundled-data">
      {translate(lang, 'load.bundled')}
    </button>
  );
}
