/**
 * One value that changes outside React, and the components that follow it (with useSyncExternalStore):
 * a drag's latest step painted without rendering the chart, for the parts under it that must follow it.
 */
export interface LatestValue<T> {
  get(): T;
  /** Tells the followers, when it is a new value. */
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createLatestValue<T>(initial: T): LatestValue<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
