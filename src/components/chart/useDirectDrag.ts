import { useLayoutEffect, useReducer, useRef } from 'react';
import { useStoreApi } from '../../state/context';
import type { ExplorerState } from '../../state/store';
import type { HeldInput } from './useChart';

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
  'stressRun',
  'dragging',
  'colorByOrigin',
  'isolated',
  'step',
  'highlight',
] as const satisfies readonly (keyof ExplorerState)[];

/**
 * The stress panel hands its outcome over after each step (an effect): for the values shown, by the
 * run the chart is derived with (see deriveChart's currentStress), and with no cascade step picked,
 * it changes nothing the chart draws.
 */
function stressChanged(state: ExplorerState, previous: ExplorerState): boolean {
  const { stressed } = state;
  if (stressed === previous.stressed) return false;
  const handedOver = stressed !== null && state.stressRun !== null && stressed.model === state.model && stressed.values === state.values;
  return !handedOver || stressed.shown !== undefined;
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
 * says no (a chart taller than its canvas), or something else the chart draws changed.
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
  // After every render: the chart may render for reasons of its own mid-drag (its width, a focused
  // link, a worker that failed), and then it rendered the held values, now old: render again with
  // the live ones (before the browser paints) rather than hold or show those.
  useLayoutEffect(() => {
    if (!armed) return;
    const live = store.getState();
    if (rendered.values !== live.values || rendered.stressed !== live.stressed) return render();
    heldRef.current = rendered;
    // Runs inside the store's update, before React renders for it: whatever it lets go is rendered with the live values.
    const unsubscribe = store.subscribe((state, previous) => {
      if (heldRef.current === null) return;
      const drawnChanged = DRAWN_KEYS.some((key) => state[key] !== previous[key]) || stressChanged(state, previous);
      if (!drawnChanged && (state.values === previous.values || paintSafely(paint.current, state))) return;
      heldRef.current = null;
      // React may already have seen the held values (no change) for this update: render for it.
      render();
    });
    return () => {
      unsubscribe();
      heldRef.current = null;
    };
  });
}

/** A step that fails to derive or paint is rendered instead: the failure then reaches the chart's error boundary, as any render's does. */
function paintSafely(paint: (state: ExplorerState) => boolean, state: ExplorerState): boolean {
  try {
    return paint(state);
  } catch {
    return false;
  }
}
