import { useEffect, useState } from 'react';

export interface LazyPart<M> {
  /** Starts loading the module (once; again after a failure) and resolves with it. */
  preload(): Promise<M>;
  /**
   * The module once `needed` and loaded, else undefined while it loads; `failure` if it could not.
   * Not React.lazy: a part that suspends is rendered again from scratch (at 500 entities a chart
   * render is most of a second); this way the page renders once and the part fills in.
   */
  useModule(needed: boolean): { module: M | undefined; failure: unknown; retry(): void };
}

/** Code that only some pages need, kept out of the first download and loaded when it is. */
export function lazyPart<M>(load: () => Promise<M>): LazyPart<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined; // let a later page try again
        throw error;
      },
    );
    return loading;
  };
  function useModule(needed: boolean) {
    const [module, setModule] = useState(loaded);
    const [failure, setFailure] = useState<unknown>();
    // Each try is one run of the effect below (so is each time the part is needed again).
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (!needed || module) return;
      let live = true;
      preload().then(
        (m) => live && setModule(m),
        (error: unknown) => live && setFailure(error),
      );
      return () => {
        live = false;
      };
    }, [needed, module, attempt]);
    const retry = () => {
      setFailure(undefined);
      setAttempt((n) => n + 1);
    };
    return { module: needed ? module : undefined, failure, retry };
  }
  return { preload, useModule };
}

/** Throws a part's failure to load to the nearest part boundary, which says so and tries again on reset. */
export function throwIfFailed(failure: unknown): void {
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
}
