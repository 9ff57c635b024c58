// The bundled dataset solved as its tests need it: at a scenario's date and values, in a model year.
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop, type SteadyState } from '../../src/model/engine';
import { evaluateExpr } from '../../src/model/expr';
import { OriginMatrix } from '../../src/model/originMatrix';
import { momentDate } from '../../src/model/resolveMoment';
import { isAmountFlow, type Dataset, type Flow } from '../../src/model/types';
import { loadDefaultDataset } from './fixtures';

export const ds = loadDefaultDataset();

export function scenario(id: string) {
  const found = ds.scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

/** The loop solved at a scenario's date and values, in a model year. */
export function solveAt(dataset: Dataset, year: number, scenarioId?: string) {
  const s = scenarioId ? scenario(scenarioId) : undefined;
  const model = compileModel(dataset, { year, date: momentDate(dataset, s) });
  const result = solveLoop(model, { ...defaultValues(dataset.parameters), ...(s?.values ?? {}) });
  if (result.status !== 'converged') throw new Error('the default dataset diverges');
  return { model, result: result as SteadyState };
}

export function inflowOf(dataset: Dataset, year: number, entity: string, scenarioId?: string): number {
  const { model, result } = solveAt(dataset, year, scenarioId);
  return result.inflow[model.structure.entityIndex.get(entity)!]!;
}

/** Money into `entity` whose origin is `origin`'s company. */
export function originInto(dataset: Dataset, year: number, scenarioId: string, entity: string, origin: string): number {
  const { model, result } = solveAt(dataset, year, scenarioId);
  const s = model.structure;
  const byOrigin = new OriginMatrix(result.inflowByOrigin, s.origins.length);
  return byOrigin.get(s.entityIndex.get(entity)!, s.origins.indexOf(origin));
}

/**
 * The flow's amount or share in model year `year`, at the parameters' defaults, on the date it was
 * first made when that is after the defaults' date (a later deal counts 0 at the defaults).
 */
export function flowFigure(flow: Flow, year: number): number {
  const first = flow.provenance.status?.[0]?.date;
  const date = first && first > ds.meta.asOf ? first : ds.meta.asOf;
  const resolved = compileModel(ds, { year, date }).dataset.flows.find((f) => f.id === flow.id)!;
  const expr = isAmountFlow(resolved) ? resolved.amount : resolved.share;
  if (expr === 'rest') throw new Error(`${flow.id} takes the rest; a derivation has no figure to match`);
  return evaluateExpr(expr, defaultValues(ds.parameters));
}
