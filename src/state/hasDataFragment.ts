/** How a link's fragment that carries a dataset starts. */
export const DATA_FRAGMENT_PREFIX = '#data=';

/** Whether an address's fragment carries a dataset: the page asks at every start, the codec loads only when it does. */
export function hasDataFragment(hash: string): boolean {
  return hash.startsWith(DATA_FRAGMENT_PREFIX);
}
