import { scenarioValues } from './defaults';
import { compileModel, type CompiledModel } from './engine';
import { momentDate } from './resolveMoment';
import type { ParamValues } from './types';

/**
 * A scenario as it stands beside the state shown: the model at the scenario's own date in the year
 * shown, and its slider values (a pair, kept short: the first script carries it); undefined for a
 * scenario the dataset does not have. What a compared scenario's chart is drawn from, and its
 * tooltip's figures read.
 */
export function scenarioState(model: CompiledModel, scenario: string): [CompiledModel, ParamValues] | undefined {
  const values = scenarioValues(model.source, scenario);
  return values && [compileModel(model.source, { year: model.moment.year, date: momentDate(model.source, scenario) }), values];
}
