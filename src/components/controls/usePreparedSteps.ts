import { useEffect } from 'react';
import type { CompiledModel } from '../../model/engine';

/** Numbers written per idle moment: 4 MB, about 20 ms of fresh pages on the bench machine (a long task is 50). */
const SLICE = 1 << 19;

/**
 * While the page is idle, makes ready the arrays of a large model's first slider steps (see
 * `prepareSteps`), so that a reader's first moves of a slider do not wait for fresh memory; drops
 * what no step took once the chart moves on to another model (another year, another dataset).
 */
export function usePreparedSteps(model: CompiledModel): void {
  useEffect(() => {
    let handle: number | undefined;
    let stopped = false;
    let release = () => {};
    // Safari has no idle callbacks: a short timeout leaves the page's own work first.
    const whenIdle = (work: () => void) =>
      (handle = typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 2000 }) : window.setTimeout(work, 50));
    // The step's own code, loaded beside the dataset (see loadSteps): should it fail, steps are full solves and need nothing.
    void import('../../model/solveStep').then(
      ({ prepareSteps, releaseSteps }) => {
        if (stopped) return;
        release = () => releaseSteps(model);
        const slice = () => {
          if (!stopped && prepareSteps(model, SLICE)) whenIdle(slice);
        };
        whenIdle(slice);
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      release();
      if (handle === undefined) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [model]);
}
