import { useEffect, useState } from 'react';

export interface LazyPart<M> {
  /** Starts loading the module (once; again after a failure) and resolves with it. */
  preload(): Promise<M>;
  /**
   * The module once `needed` and loaded, else undefined while it loads; `failure` if it could not.
   * Not React.lazy: a part that suspends is rendered again from scratch (at 500 entities a chart
   * render is most of a second); this way the page renders once and the part fills in.
   */
  useModule(needed: boolean): { module: M | undefined; failure: Error | undefined };
}

/**
 * The failures of lazy parts' code to load, as thrown (see throwIfFailed): their notices offer a
 * reload. Mostly a dropped connection; a module that throws as it is evaluated lands here too, and a
 * reload is then as good a remedy as any the page has.
 */
export const failedLoads = new WeakSet<Error>();

/** Code that only some pages need, kept out of the first download and loaded when it is. */
export function lazyPart<M>(load: () => Promise<M>): LazyPart<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  /** Every part waiting for the module, told once it loads, whoever's try it was. */
  const waiting = new Set<(module: M) => void>();
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        waiting.forEach((tell) => tell(module));
        return module;
      },
      (error: unknown) => {
        loading = undefined; // let a later page try again
        const failure = error instanceof Error ? error : new Error(String(error));
        failedLoads.add(failure);
        throw failure;
      },
    );
    return loading;
  };
  function useModule(needed: boolean) {
    const [module, setModule] = useState(loaded);
    const [failure, setFailure] = useState<Error>();
    // Each try is one run of this effect: a part needed again (a section opened again, the rounds
    // view chosen again) or mounted afresh. A part whose own try failed also fills in when another
    // part's later try loads the module, not only after a reload. (Chromium keeps a failed import's
    // failure for the page's life, so there a later try fails too, and the notices offer a reload:
    // whatwg/html#10327 asks browsers to fetch it again.)
    useEffect(() => {
      if (!needed || module) return;
      let live = true;
      const tell = (loadedModule: M) => {
        if (live) {
          setModule(loadedModule);
          setFailure(undefined);
        }
      };
      waiting.add(tell);
      preload().then(tell, (error: Error) => live && setFailure(error));
      return () => {
        live = false;
        waiting.delete(tell);
        // No longer needed: needed again, it shows as loading, not as this failure, until its next try says.
        setFailure(undefined);
      };
    }, [needed, module]);
    return { module: needed ? module : undefined, failure };
  }
  return { preload, useModule };
}

/** Throws a part's failure to load to the nearest part boundary, whose notice offers a reload. */
export function throwIfFailed(failure: Error | undefined): void {
  if (failure) throw failure;
}
