// Working arrays a solve fills and drops before it returns, kept between calls. A slider step
// solves again and again at the same size, and fresh memory for a temporary array (megabytes at
// 500 or 2,000 entities: one row per entity, one column per origin) costs the page more than the
// arithmetic it holds: the browser maps new pages and zeroes them, fault by fault (measured in
// headless Chromium: writing a fresh 2 MB array took 10 ms, refilling one kept 0.3 ms). An array
// from a slot must not outlive the call that took it, nor be taken again from the same slot while
// in use: each slot belongs to one function.

/**
 * Whose working array: solveClosedLoop's first pass and later passes, solveInflowByOrigin's
 * injections by origin, buildPortSystem's reach of each port, runStress's unit payments and their reach.
 */
export type ScratchSlot = 'first' | 'later' | 'injected' | 'ports' | 'units' | 'reach';

/** One array per slot, as large as the largest call has needed (one set for the page, whichever model or year). */
const kept = new Map<ScratchSlot, Float64Array>();

/** A zeroed array of `length` from `slot` (grown as needed, never shrunk). */
export function scratch(slot: ScratchSlot, length: number): Float64Array {
  const array = kept.get(slot);
  if (array && array.length >= length) return array.subarray(0, length).fill(0);
  const fresh = new Float64Array(length);
  kept.set(slot, fresh);
  return fresh;
}
