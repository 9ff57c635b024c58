import { buildSnapshot } from '../../src/export/buildSnapshot';
import type { SnapshotInput } from '../../src/export/snapshotTypes';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop, type CompiledModel, type SteadyState } from '../../src/model/engine';
import type { Dataset, Lang } from '../../src/model/types';
import { loadDefaultDataset } from '../model/fixtures';
import { createExplorerStore } from '../../src/state/store';

export const loadDataset = loadDefaultDataset;

/** The default dataset with one entity's label replaced (in both languages). */
export function withLabel(dataset: Dataset, entityId: string, label: string): Dataset {
  return { ...dataset, entities: dataset.entities.map((e) => (e.id === entityId ? { ...e, label: { en: label, 'zh-TW': label } } : e)) };
}

export function solved(
  dataset: Dataset,
  overrides: Record<string, number> = {},
): { model: CompiledModel; result: SteadyState; values: Record<string, number> } {
  const model = compileModel(dataset);
  const values = { ...defaultValues(dataset.parameters), ...overrides };
  const result = solveLoop(model, values);
  if (result.status !== 'converged') throw new Error('default dataset diverges');
  return { model, result, values };
}

interface Options {
  lang?: Lang;
  width?: number;
  colorByOrigin?: boolean;
  showNet?: boolean;
  alert?: string;
  values?: Record<string, number>;
  scenario?: string;
  compare?: string;
}

/** The snapshot input the app itself builds, from a fresh store in the given state. */
export function snapshotInput(dataset: Dataset, options: Options = {}): SnapshotInput {
  const { lang = 'en', width = 900, colorByOrigin = true, showNet = true } = options;
  const store = createExplorerStore(dataset, lang, {
    shared: {
      // A scenario brings its own values (sliders named beside it would move away from them).
      ...(options.scenario ? { scenario: options.scenario } : { values: { ...defaultValues(dataset.parameters), ...options.values } }),
      ...(options.compare ? { compare: options.compare } : {}),
      colorByOrigin,
      showNet,
    },
  });
  const input = buildSnapshot(store.getState(), { width });
  return options.alert ? { ...input, alert: options.alert } : input;
}
