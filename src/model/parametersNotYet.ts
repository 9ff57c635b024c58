import type { CompiledModel } from './engine';
import { exprInYear, exprParams } from './expr';
import { statusAt } from './resolveMoment';
import { isAmountFlow } from './types';

const found = new WeakMap<CompiledModel, ReadonlySet<string>>();

/**
 * The sliders whose every flow (in the model's year) belongs to a deal not agreed yet at the model's
 * date: each of those flows counts 0 then (see resolveMoment), whatever the slider says, so the
 * slider must say so too. A slider that moves any flow in being is not among them. Worked out once
 * per model.
 */
export function parametersNotYet(model: CompiledModel): ReadonlySet<string> {
  let notYet = found.get(model);
  if (notYet) return notYet;
  const { year, date } = model.moment;
  const absent = new Set<string>();
  const present = new Set<string>();
  for (const flow of model.source.flows) {
    const expr = isAmountFlow(flow) ? flow.amount : flow.share;
    if (expr === 'rest') continue;
    const into = statusAt(flow.provenance, date) === 'not-yet' ? absent : present;
    exprParams(exprInYear(expr, year), into);
  }
  notYet = new Set([...absent].filter((id) => !present.has(id)));
  found.set(model, notYet);
  return notYet;
}
