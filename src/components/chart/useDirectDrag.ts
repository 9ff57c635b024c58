import { useLayoutEffect, useReducer, useRef } from 'react';
import type { ParamValues } from '../../model/types';
import { useStoreApi } from '../../state/context';
import type { ExplorerState } from '../../state/store';

/**
 * What the chart draws besides the sliders' values: a change to any of these while a drag is painted
 * directly hands the chart back to rendering (the canvas was set up for the chart as it was).
 */
const DRAWN_KEYS = [
  'model',
  'view',
  'rounds',
  'offsets',
  'showNet',
  'fitToView',
  'compare',
  'lang',
  'playRound',
  'stressed',
  'stressRun',
  'dragging',
  'colorByOrigin',
  'isolated',
  'step',
  'highlight',
] as const satisfies readonly (keyof ExplorerState)[];

/**
 * A slider's drag painted straight from the model, without rendering the chart, once the drag's canvas
 * shows the whole chart (bands, boxes and labels: see useDragPainting) and so the SVG is hidden.
 *
 * Why: on the default loop a step costs about 2 ms of model, layout and labels, and twice that again
 * for React to render and commit an SVG nobody sees during the drag (its hidden boxes, link widths and
 * labels), then the browser's style and layout of it. While armed, `heldRef` holds the values the chart
 * was last rendered at (useChart renders those, so a slider's step does not render it) and each change
 * of the sliders is derived here, with the chart's own deriver, and handed to `paintStep`. The SVG
 * catches up as soon as the slider is let go, or whenever a step cannot be painted alone: `paintStep`
 * says no (a chart taller than its canvas), or something else the chart draws changed.
 */
export function useDirectDrag(
  armed: boolean,
  heldRef: { current: ParamValues | null },
  /** The values the chart was rendered at. */
  rendered: ParamValues,
  /** Derives and paints a step; false when it cannot be painted alone. */
  paintStep: (state: ExplorerState) => boolean,
): void {
  const store = useStoreApi();
  const [, render] = useReducer((n: number) => n + 1, 0);
  const paint = useRef(paintStep);
  useLayoutEffect(() => {
    paint.current = paintStep;
  });
  useLayoutEffect(() => {
    if (!armed) return;
    heldRef.current = rendered;
    // Runs inside the store's update, before React renders for it: whatever it lets go is rendered with the live values.
    const unsubscribe = store.subscribe((state, previous) => {
      if (heldRef.current === null) return;
      const drawnChanged = DRAWN_KEYS.some((key) => state[key] !== previous[key]);
      if (!drawnChanged && (state.values === previous.values || paint.current(state))) return;
      heldRef.current = null;
      // React may already have seen the held values (no change) for this update: render for it.
      render();
    });
    return () => {
      unsubscribe();
      heldRef.current = null;
    };
  }, [armed, heldRef, rendered, store]);
}
