import { buildPortSystem, type PortSystem } from './linear';
import { sameValues } from './sameValues';
import type { Structure } from './structure';

/**
 * The last port system built per structure, for the full loop and for the loop without
 * reinvestment. A slider that sets an amount leaves every share as it was, so the system (the
 * costliest step: a pass per port, an LU factorisation and the gain) is reused as it stands.
 */
const portSystems = new WeakMap<Structure, Partial<Record<'full' | 'own' | 'pay', { shares: Float64Array; system: PortSystem }>>>();

export function cachedPortSystem(s: Structure, shares: Float64Array, loop: 'full' | 'own' | 'pay'): PortSystem {
  const cache = portSystems.get(s) ?? {};
  portSystems.set(s, cache);
  const last = cache[loop];
  if (last && sameValues(last.shares, shares)) return last.system;
  const system = buildPortSystem(s, shares, { gain: loop !== 'own' });
  cache[loop] = { shares: Float64Array.from(shares), system };
  return system;
}
