import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { moneyUnit, type MoneyUnit } from '../model/format';
import type { ExplorerStore, ExplorerStoreApi } from './store';

export const StoreContext = createContext<ExplorerStoreApi | null>(null);

export function useStoreApi(): ExplorerStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('no store provider');
  return store;
}

/** Subscribe to one slice of the explorer state. */
export function useExplorer<T>(selector: (state: ExplorerStore) => T): T {
  return useStore(useStoreApi(), selector);
}

/** The currency and scale the dataset's amounts are in, for every amount the page writes. */
export function useMoneyUnit(): MoneyUnit {
  return moneyUnit(useExplorer((s) => s.model.dataset.meta));
}
