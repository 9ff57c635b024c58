import { drawsInBulk, preloadBulkDrawing } from '../components/chart/bulk/useBulkDrawing';
import { preloadIssueText } from '../components/problems/useIssueText';
import type { Dataset } from '../model/types';
import type { ExplorerStoreApi } from '../state/store';
// Imported outright, not on demand: a linked dataset's page loads this module beside the dataset
// (see main.tsx), and the build puts both in one chunk (see PART_COMPANIONS in vite.config.ts).
import { parseAny } from './parseAny';

/** A file's name and its text: several are the CSV tables of one dataset. */
export interface LoadedFile {
  name: string;
  text: string;
}

/**
 * Parses text (or files) as a dataset and shows it, or reports every problem and leaves the chart as it was:
 * a bad dataset never replaces what the reader had, nor the address. A dataset fetched from a web
 * address (`address`) is named in the address's `?data=`; any other is the reader's own, which
 * the link carries in its fragment.
 */
export async function loadInto(store: ExplorerStoreApi, text: string | LoadedFile[], origin: string, address?: string): Promise<boolean> {
  const result = parseAny(text, origin);
  const state = store.getState();
  if (!result.ok) {
    await preloadIssueText();
    state.setLoadReport({ origin, errors: result.errors, warnings: [] });
    return false;
  }
  await Promise.all([whenDrawable(result.dataset), result.warnings.length > 0 && preloadIssueText()]);
  if (address !== undefined) {
    const url = new URL(location.href);
    url.searchParams.set('data', new URL(address, location.href).href);
    history.replaceState(history.state, '', url.href);
  }
  state.replaceDataset(result.dataset, address === undefined ? 'own' : 'address');
  state.setLoadReport(result.warnings.length > 0 ? { origin, errors: [], warnings: result.warnings } : null);
  return true;
}

/**
 * Waits for the code that draws a large dataset, so its first chart is drawn once, complete. If it
 * fails to load, the chart's own attempt reports it.
 */
export async function whenDrawable(dataset: Dataset): Promise<void> {
  if (drawsInBulk(dataset.entities.length, dataset.flows.length)) await preloadBulkDrawing().catch(() => undefined);
}
