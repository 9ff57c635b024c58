import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import datasetUrl from '../data/ai-capital-loop.json?url';
import { App } from './components/App';
import { DatasetErrors } from './components/DatasetErrors';
import { parseEmbedOptions } from './embed/embedOptions';
import { startHeightReporting } from './embed/heightReporter';
import { ShareBar } from './embed/ShareBar';
import { ExportMenu } from './export/ExportMenu';
import { DatasetReport } from './load/DatasetReport';
import { LoadDataPanel } from './load/LoadDataPanel';
import type { LoadReport } from './state/store';
import type { Dataset } from './model/types';
import { compileStructure } from './model/structure';
import { StoreContext } from './state/context';
import { initialLang } from './state/initialLang';
import { createExplorerStore } from './state/store';
import { decodeState } from './state/urlState';
import { startUrlSync } from './state/urlSync';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const lang = initialLang(location.search, navigator.languages ?? [navigator.language]);
  const { options, notices: embedNotices } = parseEmbedOptions(location.search);
  if (options.embed) {
    document.documentElement.classList.add('is-embed');
    // Listening from the first moment: the host script asks for the height when the iframe loads.
    startHeightReporting(options.id, options.allowedOrigins);
  }
  // The dataset is fetched as JSON rather than bundled, so it does not weigh on the JavaScript.
  let input: unknown;
  try {
    const response = await fetch(datasetUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    input = await response.json();
  } catch (error) {
    root.render(<DatasetErrors lang={lang} errors={[{ path: datasetUrl, message: String(error) }]} />);
    return;
  }
  // The bundled dataset was validated when the site was built (see vite.config.ts); what readers
  // bring is validated when they load it.
  const { dataset, report } = await datasetFromQuery(input as Dataset);
  const { state: shared, notices } = decodeState(location.search, dataset, compileStructure(dataset).origins, lang);
  const store = createExplorerStore(dataset, shared.lang, { shared, notices: [...embedNotices, ...notices] });
  store.getState().setLoadReport(report);

  if (options.embed) {
    // Embed-only code loads only for embeds, so the full app's first load stays small.
    const [{ EmbedApp }, { listenForHostMessages }] = await Promise.all([import('./embed/EmbedApp'), import('./embed/hostMessages')]);
    listenForHostMessages(store, options.allowedOrigins);
    root.render(
      <StrictMode>
        <StoreContext.Provider value={store}>
          <EmbedApp controls={options.controls} />
        </StoreContext.Provider>
      </StrictMode>,
    );
    return;
  }
  startUrlSync(store);
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App
          toolbar={
            <>
              <ShareBar />
              <ExportMenu />
              <LoadDataPanel />
              <DatasetReport />
            </>
          }
        />
      </StoreContext.Provider>
    </StrictMode>,
  );
}

/**
 * `?data=<url>` names a dataset to show instead of the bundled one. If it cannot be fetched or is
 * not valid, the bundled dataset is shown with every problem listed.
 */
async function datasetFromQuery(fallback: Dataset): Promise<{ dataset: Dataset; report: LoadReport | null }> {
  const address = new URLSearchParams(location.search).get('data');
  if (!address) return { dataset: fallback, report: null };
  const [{ fetchDatasetText, LoadError }, { parseAny }] = await Promise.all([import('./load/readSources'), import('./load/parseAny')]);
  try {
    const loaded = parseAny(await fetchDatasetText(address, location.href), new URL(address, location.href).pathname);
    if (!loaded.ok) return { dataset: fallback, report: { origin: address, errors: loaded.errors, warnings: [] } };
    return { dataset: loaded.dataset, report: loaded.warnings.length ? { origin: address, errors: [], warnings: loaded.warnings } : null };
  } catch (error) {
    const message = error instanceof LoadError ? error.message : String(error);
    return { dataset: fallback, report: { origin: address, errors: [{ path: address, message }], warnings: [] } };
  }
}

void start();
