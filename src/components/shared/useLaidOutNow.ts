import { useLayoutEffect, useRef, type DependencyList } from 'react';

/**
 * A ref for an element whose changed content the browser lays out in the render that changes it
 * (when `deps` change), by reading its size. Why: a part that follows a slider a render behind
 * (see usePanelInput) renders in a task of its own, after the step's frame; left alone, its new
 * text would be laid out in the next frame, beside the next step's chart.
 */
export function useLaidOutNow<T extends HTMLElement>(deps: DependencyList) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    void ref.current?.offsetHeight;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps say when its content changed
  }, deps);
  return ref;
}
