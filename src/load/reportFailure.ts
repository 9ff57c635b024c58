import { preloadIssueText } from '../components/problems/useIssueText';
import type { Problem } from '../model/problems';
import type { ExplorerStoreApi } from '../state/store';

/** Says why a load failed, in the reader's language, and leaves the chart as it was. */
export async function reportFailure(store: ExplorerStoreApi, origin: string, problem: Problem): Promise<void> {
  await preloadIssueText();
  store.getState().setLoadReport({ origin, errors: [{ path: origin, ...problem }], warnings: [] });
}
