import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import datasetUrl from '../data/ai-capital-loop.json?url';
import { App } from './components/app/App';
import { preloadLaterParts } from './components/app/LaterPart';
import { preloadFootnotes } from './components/chart/useFootnotes';
import { drawsInBulk, preloadBulkDrawing } from './components/chart/bulk/useBulkDrawing';
import { preloadRoundsView } from './components/chart/useRoundsView';
import { preloadFirstScreen } from './components/app/useFirstScreen';
import { PartBoundary } from './components/app/PartBoundary';
import { lazyPart, throwIfFailed } from './components/shared/lazyPart';
import { isEmbedValue } from './embed/embedFlag';
import { startHostInbox } from './embed/hostInbox';
import { preloadIssueText } from './components/problems/useIssueText';
import { prepareFormats } from './model/format';
import { loadSteps } from './model/solveCache';
import { problem, type Problem } from './model/problems';
import type { Dataset } from './model/types';
import { compileStructure } from './model/structure';
import { StoreContext } from './state/context';
import { PanelInputProvider } from './state/panelInput';
import { initialLang } from './state/initialLang';
import { loadLanguage, translate } from './i18n/strings';
import { hasDataFragment } from './state/hasDataFragment';
import { createExplorerStore, selectShared, type DataOrigin } from './state/store';
import type { LinkedDataset } from './load/readLinkedDataset';
import './components/styles/base.css';
import './components/styles/chart.css';
import './components/styles/legend.css';
import './components/styles/chartLayers.css';
import './components/styles/details.css';
import './components/styles/panels.css';
import './components/styles/features.css';
import './components/styles/stress.css';
import './components/styles/tables.css';
import './components/styles/sensitivity.css';
import './components/styles/editor.css';
import './components/styles/story.css';

// Share, export and load are loaded after the chart is drawn: the first view waits only for the chart.
const toolbar = lazyPart(() => import('./toolbar'));

function Toolbar() {
  const { module, failure } = toolbar.useModule(true);
  // Thrown to the part boundary, which says so and offers a reload.
  throwIfFailed(failure);
  return module ? <module.Toolbar /> : null;
}

/** Says in the console which code could not load (the page goes on without it). */
const unloaded = (what: string) => () => void console.warn(`Capital Loop could not load code for ${what}`);

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const lang = initialLang(location.search, navigator.languages ?? [navigator.language]);
  // The reader's language (English too) downloads beside the dataset. Should it fail, the words fall back to English.
  const words = loadLanguage(lang)
    .catch(() => loadLanguage('en'))
    .catch(() => undefined);
  // Listening from the first moment: a host may send a story's first step when the iframe loads,
  // long before the embed can take it.
  const inbox = isEmbedValue(new URLSearchParams(location.search).get('embed')) ? startHostInbox() : undefined;
  // The embed's wiring, and what it imports, download beside the dataset (a failure is met below: the full app opens).
  const embedCode = inbox ? import('./embed/startEmbed') : undefined;
  void embedCode?.catch(() => undefined);
  // The embed's options are read by code that loads, beside the dataset, only for links with a query
  // (any may carry a bad one, which is a notice). Should it fail to load, the page opens as the full app.
  const embedding = location.search
    ? Promise.all([import('./embed/embedOptions'), import('./embed/embedLook')]).then(([{ parseEmbedOptions }, { applyEmbedLook }]) => {
        const reading = parseEmbedOptions(location.search);
        // Before the chart is drawn, so its first paint has the host's look.
        if (reading.options.embed) applyEmbedLook(document.documentElement, reading.options);
        return reading;
      }, unloaded('the embed options'))
    : undefined;
  // A link's settings are read by code that loads, beside the dataset, only for links that carry some.
  // Should it fail to load, the page still opens, on the defaults.
  const decoder = location.search ? import('./state/urlState').catch(unloaded('the link settings')) : undefined;
  // A dataset carried in the link's fragment (the reader's own), or named in the query, is read and
  // parsed instead of the bundled one; a slow query can be cancelled for the bundled one.
  const fragment = hasDataFragment(location.hash) ? location.hash : undefined;
  const address = new URLSearchParams(location.search).get('data');
  const cancel = new AbortController();
  // A dataset at an http(s) address, or a relative one without a colon, downloads from this moment,
  // beside the code that checks and reads it (its timeout counts from now). Any other is left to that
  // code, which fetches it then or refuses it with a reason.
  const startedAt = performance.now();
  const started =
    !fragment && address && /^(https?:|[^:]*$)/i.test(address) ? fetch(address, { signal: cancel.signal, credentials: 'omit' }) : undefined;
  void started?.catch(() => undefined);
  // Their readers load only for such links.
  const queried: Promise<LinkedDataset> = (
    fragment
      ? import('./load/readLinkedDataset').then((linked) => linked.datasetFromFragment(fragment, lang, words))
      : address
        ? import('./load/readLinkedDataset').then((linked) => linked.datasetFromQuery(address, cancel, started, startedAt))
        : Promise.resolve({ dataset: undefined, report: null })
  ).catch(
    // Should the reader's code itself fail to load, the page still opens, on the bundled data, and says
    // why; the download begun for it stops.
    async (error: unknown): Promise<LinkedDataset> => {
      cancel.abort();
      await words;
      const origin = fragment ? translate(lang, 'load.fromLink') : (address ?? '');
      const reason = error instanceof Error ? error.message : String(error);
      const why = fragment ? problem('fragment-unreadable', {}) : problem('fetch-failed', { url: origin, reason });
      return { dataset: undefined, report: { origin, errors: [{ path: origin, ...why }], warnings: [] } };
    },
  );
  let settled = false;
  if (!fragment && address)
    void Promise.all([import('./load/DataLoading'), words]).then(([{ DataLoading }]) => {
      if (!settled) root.render(<DataLoading lang={lang} origin={address} onCancel={() => cancel.abort()} />);
    });
  // The parts of the page below the first screen (the chart's footnotes, in an embed too) download
  // beside the dataset: usually there by the first render.
  if (!inbox) void preloadLaterParts();
  // The parts round the chart (headline, legend, view controls, language switch, story launcher)
  // download beside the dataset, and the first render waits for both.
  const firstScreen = inbox ? undefined : preloadFirstScreen();
  void preloadFootnotes();
  // A slider's steps are solved incrementally by code that loads beside the dataset (full solves until then).
  void loadSteps().catch(unloaded('slider steps'));
  // A linked dataset is usually a large one (the bundled one is small): the code that draws a large
  // graph loads beside it and starts its painting worker while the page is idle, as a worker can
  // only start when the page's thread is free (not during the first chart's render). Should that
  // code fail to load, the chart loads it itself. The loading code comes too, in the parser's chunk
  // (see PART_COMPANIONS in vite.config.ts).
  const drawable = fragment || address ? import('./load/loadInto').catch(() => undefined) : undefined;
  if (drawable) void preloadBulkDrawing().catch(() => undefined);
  // While the data downloads the page is idle: time to load the formatters' locale data.
  setTimeout(() => prepareFormats(lang), 0);
  // A link that opens in the rounds view has that view's code fetched beside the dataset.
  if (new URLSearchParams(location.search).get('view') === 'rounds') void preloadRoundsView();
  // What readers bring is validated when they load it.
  const { dataset: chosen, report } = await queried;
  // The bundled dataset is fetched as JSON rather than bundled, so it does not weigh on the JavaScript;
  // for a link with a dataset of its own, only should that fail (it would only hold up the link's
  // code and data). It was validated when the site was built (see vite.config.ts).
  const bundled = chosen ? undefined : await fetchBundled();
  // A linked dataset well under the sizes drawn in bulk (its chart's nodes may outnumber its entities:
  // see useBulkDrawing) needs no painting worker waiting: it stops (a large graph later starts its own).
  if (chosen && !drawsInBulk(2 * chosen.entities.length, 2 * chosen.flows.length))
    void preloadBulkDrawing()
      .then((bulk) => bulk.releaseEarlyWorker())
      .catch(() => undefined);
  const dataset = chosen ?? bundled?.dataset;
  await Promise.all([
    chosen && drawable?.then((load) => load?.whenDrawable(chosen)),
    (report || !dataset) && preloadIssueText(),
    words,
    firstScreen,
  ]);
  settled = true;
  const dataOrigin: DataOrigin = !chosen ? 'bundled' : fragment ? 'own' : 'address';
  if (!dataset) {
    // Only a page that cannot open needs it.
    const { DatasetErrors } = await import('./components/problems/DatasetErrors');
    root.render(
      <DatasetErrors
        lang={lang}
        errors={[...(bundled?.problem ? [{ path: datasetUrl, ...bundled.problem }] : []), ...(report?.errors ?? [])]}
      />,
    );
    return;
  }
  // Without a query the store starts from the dataset's defaults, as the decoder would have it.
  const [decoding, embed] = await Promise.all([decoder, embedding]);
  const { state: shared, notices } = decoding
    ? decoding.decodeState(location.search, dataset, compileStructure(dataset).origins, lang)
    : { state: { lang }, notices: [] };
  await loadLanguage(shared.lang).catch(() => undefined);
  const store = createExplorerStore(dataset, shared.lang, { shared, notices: [...(embed?.notices ?? []), ...notices], dataOrigin });
  store.getState().setLoadReport(report);
  // A first view in rounds (a link, an embed, a story step) is drawn at once rather than after a notice.
  if (store.getState().view === 'rounds') await preloadRoundsView();

  const options = embed?.options;
  if (inbox && options?.embed) {
    // Should the embed's code fail to load, the chart still opens, as the full app (not a blank frame).
    const wiring = await (embedCode ?? import('./embed/startEmbed')).catch(unloaded('the embed'));
    if (wiring) {
      const dataUrl = new URL(new URLSearchParams(location.search).get('data') ?? datasetUrl, location.href).href;
      wiring.startEmbed(root, store, options, inbox, dataUrl);
      return;
    }
  }
  const shown = store.getState();
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <PanelInputProvider>
          <App
            toolbar={
              <PartBoundary>
                <Toolbar />
              </PartBoundary>
            }
          />
        </PanelInputProvider>
      </StoreContext.Provider>
    </StrictMode>,
  );
  // The address follows the state once the first view is drawn; what changed before is written then.
  void Promise.all([import('./state/urlSync'), import('./state/dataSync')]).then(([{ startUrlSync }, { startDataSync }]) => {
    startUrlSync(store, history, location, selectShared(shown));
    startDataSync(store, history, location, shown.model.source);
  }, unloaded('the address'));
}

/** The bundled dataset, or why it could not be read (the load feature's code is not needed for that). */
async function fetchBundled(): Promise<{ dataset: Dataset; problem?: undefined } | { dataset?: undefined; problem: Problem }> {
  try {
    const response = await fetch(datasetUrl);
    if (!response.ok)
      return { problem: problem('http-status', { url: response.url, status: response.status, statusText: response.statusText }) };
    return { dataset: (await response.json()) as Dataset };
  } catch (error) {
    return { problem: problem('read-failed', { reason: String(error) }) };
  }
}

void start();
