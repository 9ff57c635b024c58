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
