import { useLayoutEffect, useReducer, useRef } from 'react';
import { useStoreApi } from '../../state/context';
import type { ExplorerState } from '../../state/store';
import type { armDirectDrag } from './directDrag';
import type { HeldInput } from './useChart';

let arming: typeof armDirectDrag | undefined;

/** Hands over the code that arms a directly painted drag: the drag's canvas does, as it loads (only a drag it paints is armed). */
export function provideDirectDrag(code: typeof armDirectDrag): void {
  arming = code;
}

/**
 * A slider's drag painted straight from the model, without rendering the chart, once the drag's canvas
 * shows the whole chart (bands, boxes and labels: see useDragPainting) and so the SVG is hidden.
 *
 * Why: on the default loop a step costs about 2 ms of model, layout and labels, and twice that again
 * for React to render and commit an SVG nobody sees during the drag (its hidden boxes, link widths and
 * labels), then the browser's style and layout of it. While armed, `heldRef` holds the values (and stress outcome) the chart
 * was last rendered at (useChart renders those, so a slider's step does not render it) and each change
 * of the sliders is derived here, with the chart's own deriver, and handed to `paintStep`. The SVG
 * catches up as soon as the slider is let go, or whenever a step cannot be painted alone: `paintStep`
 * says no (a chart taller than its canvas), or something else the chart draws changed (see
 * armDirectDrag). Armed only once the canvas's code has handed over the arming (see provideDirectDrag):
 * until then every step renders.
 */
export function useDirectDrag(
  armed: boolean,
  heldRef: { current: HeldInput | null },
  /** What the chart was rendered at. */
  rendered: HeldInput,
  /** Derives and paints a step; false when it cannot be painted alone. */
  paintStep: (state: ExplorerState) => boolean,
): void {
  const store = useStoreApi();
  const [, render] = useReducer((n: number) => n + 1, 0);
  const paint = useRef(paintStep);
  useLayoutEffect(() => {
    paint.current = paintStep;
  });
  // After every render (see armDirectDrag).
  useLayoutEffect(() => (armed && arming ? arming({ store, heldRef, rendered, paint, render }) : undefined));
}
