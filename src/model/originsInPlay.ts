import type { FlowCoefficients, CompiledModel } from './engine';

/**
 * Which origins put money in at these settings, by origin index: one of their own flows into the
 * loop (an amount, or a reinvested share) is above zero. A legend that named an origin whose deals
 * put nothing in (a stake made in an earlier year, an investor a scenario sets to zero) would name
 * a colour the chart does not show. One pass over the flows, from the coefficients the step solved.
 */
export function originsInPlay(model: CompiledModel, { amounts, shares }: FlowCoefficients): boolean[] {
  const s = model.structure;
  const inPlay = s.origins.map(() => false);
  for (let f = 0; f < s.flowCount; f++) {
    const origin = s.originOfEntity[s.flowFrom[f] as number] as number;
    if (origin >= 0 && ((s.isAmount[f] && (amounts[f] as number) > 0) || (s.isReinvestment[f] && (shares[f] as number) > 0))) {
      inPlay[origin] = true;
    }
  }
  return inPlay;
}
