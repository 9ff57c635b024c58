import { solveLoop, type CompiledModel } from './engine';
import { loopRevenue } from './figures';
import type { ParamValues } from './types';
import type { Share } from './units';

/** How far one slider moves the headline: the focus company's round-trip share at the slider's two ends. */
export interface SliderSwing {
  parameter: string;
  /** The share with this slider at its minimum (the others as they are); null when nothing is booked or the loop diverges there. */
  atMin: Share | null;
  atMax: Share | null;
  /** Whether the loop amplifies itself with the slider at that end (then there is no share). */
  diverges: { min: boolean; max: boolean };
  /**
   * |atMax − atMin|. Infinity when one end has no share (the loop diverges there, or the company
   * books nothing): the slider decides whether there is a headline at all, so it sorts first.
   */
  swing: number;
}

/**
 * For every slider, the round-trip share of `focus`'s loop revenue (its own money ÷ what it books
 * from the loop) at the slider's min and at its max, the other sliders at `values`: two solves
 * per slider. Sorted by swing, widest first (ties in dataset order); sliders that move nothing stay
 * in the list with swing 0.
 */
export function roundTripSensitivity(model: CompiledModel, values: ParamValues, focus: string): SliderSwing[] {
  const at = (id: string, value: number): { share: Share | null; diverges: boolean } => {
    const result = solveLoop(model, { ...values, [id]: value });
    if (result.status !== 'converged') return { share: null, diverges: true };
    return { share: loopRevenue(model, result, focus).ownShare, diverges: false };
  };
  const swings = model.dataset.parameters.map((p): SliderSwing => {
    const min = at(p.id, p.min);
    const max = at(p.id, p.max);
    const bothShares = min.share !== null && max.share !== null;
    const neitherShare = min.share === null && max.share === null && !min.diverges && !max.diverges;
    const swing = bothShares ? Math.abs(max.share! - min.share!) : neitherShare ? 0 : Infinity;
    return { parameter: p.id, atMin: min.share, atMax: max.share, diverges: { min: min.diverges, max: max.diverges }, swing };
  });
  // Array.prototype.sort is stable: equal swings keep the dataset's order.
  // Two infinite swings compare equal (their difference is NaN).
  return swings.sort((a, b) => b.swing - a.swing || 0);
}
