import { defaultValues } from './defaults';
import { evaluateFlows, type CompiledModel } from './engine';
import type { ParamValues } from './types';

const known = new WeakMap<CompiledModel, boolean[]>();

/**
 * Which origins can put money in at this model's moment, by origin index: one of their own flows
 * into the loop (an amount, or a reinvested share) is above zero with the sliders at their
 * defaults, all at their lowest or all at their highest. A legend that named an origin whose deals
 * put nothing in this year (a stake made in an earlier one) would name a colour the chart never
 * shows. Worked out once per model, not per slider step, so a drag never adds or drops an item.
 */
export function originsInPlay(model: CompiledModel): boolean[] {
  const cached = known.get(model);
  if (cached) return cached;
  const { dataset, structure: s } = model;
  const inPlay = s.origins.map(() => false);
  const at = (pick: (p: (typeof dataset.parameters)[number]) => number): ParamValues =>
    Object.fromEntries(dataset.parameters.map((p) => [p.id, pick(p)]));
  for (const values of [defaultValues(dataset.parameters), at((p) => p.min), at((p) => p.max)]) {
    const { amounts, shares } = evaluateFlows(model, values);
    for (let f = 0; f < s.flowCount; f++) {
      const origin = s.originOfEntity[s.flowFrom[f] as number] as number;
      const puts = (s.isAmount[f] && (amounts[f] as number) > 0) || (s.isReinvestment[f] && (shares[f] as number) > 0);
      if (origin >= 0 && puts) inPlay[origin] = true;
    }
  }
  known.set(model, inPlay);
  return inPlay;
}
