import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import datasetUrl from '../data/ai-capital-loop.json?url';
import { App } from './components/App';
import { DatasetErrors } from './components/DatasetErrors';
import { parseEmbedOptions } from './embed/embedOptions';
import { startHeightReporting } from './embed/heightReporter';
import { ShareBar } from './embed/ShareBar';
import { ExportMenu } from './export/ExportMenu';
import { compileStructure } from './model/structure';
import { validateDataset } from './model/validate';
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
  const result = validateDataset(input);
  if (!result.ok) {
    root.render(<DatasetErrors lang={lang} errors={result.errors} />);
    return;
  }
  const { state: shared, notices } = decodeState(location.search, result.dataset, compileStructure(result.dataset).origins, lang);
  const store = createExplorerStore(result.dataset, shared.lang, { shared, notices: [...embedNotices, ...notices] });

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
            </>
          }
        />
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void start();
