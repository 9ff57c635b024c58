import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { App } from '../../src/components/App';
import { validateDataset } from '../../src/model/validate';
import type { Dataset, Lang } from '../../src/model/types';
import { StoreContext } from '../../src/state/context';
import { createExplorerStore } from '../../src/state/store';

export function defaultDataset(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(join(process.cwd(), 'data/ai-capital-loop.json'), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

/** The full app on a fresh store (tests never share state). */
export function renderApp(dataset: Dataset = defaultDataset(), lang: Lang = 'en') {
  const store = createExplorerStore(dataset, lang);
  const view = render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  return { store, ...view };
}

export function linkWidth(container: HTMLElement, key: string): number {
  const link = container.querySelector(`g.link[data-key="${key}"]`);
  if (!link) throw new Error(`no link ${key}`);
  return Number(link.getAttribute('data-width') ?? 'NaN');
}
