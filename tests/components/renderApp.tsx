import { render } from '@testing-library/react';
import { App } from '../../src/components/app/App';
import { loadDefaultDataset } from '../model/fixtures';
import type { Dataset, Lang } from '../../src/model/types';
import { StoreContext } from '../../src/state/context';
import { PanelInputProvider } from '../../src/state/panelInput';
import { createExplorerStore } from '../../src/state/store';

export const defaultDataset = loadDefaultDataset;

/** The full app on a fresh store (tests never share state), as src/main.tsx mounts it. */
export function renderApp(dataset: Dataset = defaultDataset(), lang: Lang = 'en') {
  const store = createExplorerStore(dataset, lang);
  const view = render(
    <StoreContext.Provider value={store}>
      <PanelInputProvider>
        <App />
      </PanelInputProvider>
    </StoreContext.Provider>,
  );
  return { store, ...view };
}

export function linkWidth(container: HTMLElement, key: string): number {
  const link = container.querySelector(`g.link[data-key="${key}"]`);
  if (!link) throw new Error(`no link ${key}`);
  return Number(link.getAttribute('data-width') ?? 'NaN');
}
