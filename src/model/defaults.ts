import type { Parameter, ParamValues } from './types';

/** Every slider at its default. */
export function defaultValues(parameters: Parameter[]): ParamValues {
  return Object.fromEntries(parameters.map((p) => [p.id, p.default]));
}
