import { scenarioValues } from './defaults';
import { compileModel, type CompiledModel } from './engine';
import { modelYears } from './resolveMoment';
import type { Dataset, ParamValues } from './types';

/** A state the chart's fixed scale must hold: a model (a year and a date) and slider values. */
export interface ReferenceState {
  model: CompiledModel;
  values: ParamValues;
}

/**
 * The states a dataset's fixed chart scale is set from: the defaults and every scenario (each at its
 * own date), in every model year. The largest of them fills the chart's height, so switching a
 * scenario or a year never changes the scale.
 */
export function referenceStates(source: Dataset): ReferenceState[] {
  const years = modelYears(source.meta);
  const moments = [null, ...source.scenarios.map((s) => s.id)].map((id) => ({
    values: scenarioValues(source, id)!,
    date: source.scenarios.find((s) => s.id === id)?.date ?? source.meta.asOf,
  }));
  return (years.length ? years : [null]).flatMap((year) =>
    moments.map(({ values, date }) => ({ model: compileModel(source, { year, date }), values })),
  );
}
