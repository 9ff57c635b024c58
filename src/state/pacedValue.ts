import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useExplorer } from './context';

/** While a slider is dragged, what follows it in text changes at most this often (ms): ten times a second. */
export const DRAG_PACE_MS = 100;

/**
 * `live`, a render behind (a deferred value; `defer` off: at once); while a slider is dragged, at
 * most once every DRAG_PACE_MS instead, always ending on the newest value, and live again once the
 * slider is let go.
 *
 * Why: a drag steps once a frame, and the text that follows it (the side panel's figures, the stress
 * report) cost nearly as much as the step itself. A profile of 300 steps, per step:
 * - the default loop under a stress test: 4.6 ms of React and layout for that text against the
 *   step's 4.5, and the browser's paint of it besides; the page's thread had 2.4 ms to spare;
 * - 500 entities and 2,500 flows: 3.0 ms for the text; 0.3 ms to spare.
 * That took the frame's time from the chart and a core from the workers that paint it. Text that
 * changes sixty times a second cannot be read anyway; ten times a second it can. The chart itself
 * follows every step.
 */
export function usePacedDuringDrag<T>(live: T, defer = true): T {
  // Null has nothing to pace (a part whose input a provider above gives: see usePanelInput), so such
  // a part does not render as a drag begins and ends.
  const dragging = useExplorer((s) => live !== null && s.dragging);
  // The value shown during a drag, from the value live when it began (React's way to keep state in
  // step with a prop: set during render, rendered again before anything commits; only as a drag
  // begins or ends, so a step outside a drag renders once).
  const [pace, setPace] = useState({ dragging, value: live });
  if (pace.dragging !== dragging) setPace({ dragging, value: live });
  // (Until that render: the live value, which is what a drag begins from.)
  const shown = dragging && pace.dragging ? pace.value : live;
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  // A drag's first step shows at once (a task later), however soon after the last drag's last tick.
  useEffect(() => {
    if (dragging) shownAt.current = Number.NEGATIVE_INFINITY;
  }, [dragging]);
  useEffect(() => {
    if (!dragging || shown === live) return;
    // A timer even when it is due: the new value renders in a task of its own, never in the step's.
    const due = Math.max(0, shownAt.current + DRAG_PACE_MS - performance.now());
    const timer = setTimeout(() => {
      shownAt.current = performance.now();
      setPace((now) => (now.dragging ? { dragging: true, value: live } : now));
    }, due);
    return () => clearTimeout(timer);
  }, [dragging, live, shown]);
  // During a drag the paced value shows in the timer's own task, not deferred again: a deferred
  // render that the next steps cut short starts over with the same value, which by then may be
  // older than the steps whose solves are kept (see model/solveStep.ts) and be solved afresh. Once
  // let go, the last value paced shows until the deferred render of the live one. (`defer` is fixed
  // for a part's life; not deferring, a constant, so React schedules no deferred render for nothing.)
  const deferred = useDeferredValue(defer ? shown : null);
  return dragging || !defer ? shown : (deferred as T);
}
