import type { Shocks } from './types';

/** True when the shocks change anything. Apart from the shocks' arithmetic, which only a stressed view loads. */
export function hasShocks(shocks: Shocks): boolean {
  return Boolean(shocks.revenueFall || shocks.equitySlowdown || shocks.fails || shocks.dropUncommitted || shocks.lenderStops);
}
