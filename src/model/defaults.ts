import type { Dataset, Parameter, ParamValues } from './types';

/** Every slider at its default. */
export function defaultValues(parameters: Parameter[]): ParamValues {
  return Object.fromEntries(parameters.map((p) => [p.id, p.default]));
}

/** Every slider as a scenario sets it (null: the defaults), or undefined for an unknown scenario. */
export function scenarioValues(dataset: Dataset, id: string | null): ParamValues | undefined {
  if (id === null) return defaultValues(dataset.parameters);
  const scenario = dataset.scenarios.find((s) => s.id === id);
  return scenario && { ...defaultValues(dataset.parameters), ...scenario.values };
}

/**
 * The states a dataset's fixed chart scale is set from: the defaults and every scenario (the largest
 * of them fills the chart's height). The one place to add a dimension such as model years: each
 * scenario in each year would then be a state here.
 */
export function referenceValues(dataset: Dataset): ParamValues[] {
  return [null, ...dataset.scenarios.map((s) => s.id)].map((id) => scenarioValues(dataset, id)!);
}
