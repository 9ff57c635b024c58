import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useExplorer } from './context';

/** While a slider is dragged, what follows it in text changes at most this often (ms): ten times a second. */
export const DRAG_PACE_MS = 100;

/**
 * `live`, a render behind (a deferred value; `defer` off: at once); while a slider is dragged, also at
 * most once every DRAG_PACE_MS, always ending on the newest value, and live again once the slider is
 * let go.
 *
 * Why: a drag steps once a frame, and the side panel's figures and the stress report, which follow it
 * this way, took nearly as long as the step itself (under a stress test on the default loop, 4.6 ms
 * a step of React and layout against the step's 4.5, and the browser's paint of the new text
 * besides; at 500 entities and 2,500 flows, 3.0 ms), leaving the page's thread little time to spare
 * (2.4 ms a step on the default loop under a stress test, 0.3 ms at 500 / 2,500) and the workers
 * that paint the chart a core to share.
 * Text that changes sixty times a second cannot be read anyway; ten times a second it can. The chart
 * itself follows every step.
 */
export function usePacedDuringDrag<T>(live: T, defer = true): T {
  const dragging = useExplorer((s) => s.dragging);
  // The value shown during a drag, from the value live when it began (React's way to keep state in
  // step with a prop: set during render, rendered again before anything commits; only as a drag
  // begins or ends, so a step outside a drag renders once).
  const [pace, setPace] = useState({ dragging, value: live });
  if (pace.dragging !== dragging) setPace({ dragging, value: live });
  const paced = pace.dragging === dragging ? pace.value : live;
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (!dragging || paced === live) return;
    // A timer even when it is due: the new value renders in a task of its own, never in the step's.
    const due = Math.max(0, shownAt.current + DRAG_PACE_MS - performance.now());
    const timer = setTimeout(() => {
      shownAt.current = performance.now();
      setPace((now) => (now.dragging ? { dragging: true, value: live } : now));
    }, due);
    return () => clearTimeout(timer);
  }, [dragging, live, paced]);
  const shown = dragging ? paced : live;
  // (Not deferring: a constant, so React schedules no deferred render for nothing.)
  const deferred = useDeferredValue(defer ? shown : null);
  return defer ? (deferred as T) : shown;
}
