import { translate } from '../i18n/strings';
import { problem } from '../model/problems';
import type { Dataset, Lang } from '../model/types';
import { decodeDataFragment } from '../state/dataFragment';
import type { LoadReport } from '../state/store';
import { fetchDatasetText, loadProblem } from './readSources';
// Imported outright: this module loads only for a link that carries a dataset, which the parser
// must read (the build puts both in one chunk: see PART_COMPANIONS in vite.config.ts).
import { parseAny } from './parseAny';

/** A dataset a link brings instead of the bundled one, or why it could not (the bundled one is shown then). */
export interface LinkedDataset {
  dataset: Dataset | undefined;
  report: LoadReport | null;
}

/**
 * `?data=<url>` names a dataset to show instead of the bundled one. If it cannot be fetched or is
 * not valid, there is no dataset here, and the report lists every problem (the bundled one is shown).
 * `started` is its download, begun with `cancel`'s signal before this code arrived (at `startedAt`).
 */
export async function datasetFromQuery(
  address: string,
  cancel: AbortController,
  started?: Promise<Response>,
  startedAt?: number,
): Promise<LinkedDataset> {
  try {
    const text = await fetchDatasetText(address, location.href, { cancel, started, startedAt });
    const loaded = parseAny(text, new URL(address, location.href).pathname);
    if (!loaded.ok) return { dataset: undefined, report: { origin: address, errors: loaded.errors, warnings: [] } };
    return { dataset: loaded.dataset, report: loaded.warnings.length ? { origin: address, errors: [], warnings: loaded.warnings } : null };
  } catch (error) {
    return { dataset: undefined, report: { origin: address, errors: [{ path: address, ...loadProblem(error) }], warnings: [] } };
  }
}

/**
 * `#data=` carries a dataset the reader brought, compressed, in the link itself. It is validated
 * like any load; if it cannot be read, the report says so in the reader's language.
 */
export async function datasetFromFragment(fragment: string, lang: Lang, words: Promise<unknown>): Promise<LinkedDataset> {
  const [text] = await Promise.all([decodeDataFragment(fragment).catch(() => undefined), words]);
  const origin = translate(lang, 'load.fromLink');
  if (text === undefined)
    return { dataset: undefined, report: { origin, errors: [{ path: origin, ...problem('fragment-unreadable', {}) }], warnings: [] } };
  const loaded = parseAny(text, 'link.json');
  if (!loaded.ok) return { dataset: undefined, report: { origin, errors: loaded.errors, warnings: [] } };
  return { dataset: loaded.dataset, report: loaded.warnings.length ? { origin, errors: [], warnings: loaded.warnings } : null };
}
