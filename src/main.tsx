import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import datasetUrl from '../data/ai-capital-loop.json?url';
import { App } from './components/App';
import { DatasetErrors } from './components/DatasetErrors';
import { validateDataset } from './model/validate';
import { StoreContext } from './state/context';
import { initialLang } from './state/initialLang';
import { createExplorerStore } from './state/store';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const lang = initialLang(location.search, navigator.languages ?? [navigator.language]);
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
  const store = createExplorerStore(result.dataset, lang);
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void start();
