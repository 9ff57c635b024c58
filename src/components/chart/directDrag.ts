import type { ExplorerState, ExplorerStoreApi } from '../../state/store';
import type { HeldInput } from './useChart';

// How a slider's drag is painted straight from the model (see useDirectDrag): with the drag's canvas,
// which hands it over as it loads (see provideDirectDrag), as only a drag painted there needs it.

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

export interface DirectDrag {
  store: ExplorerStoreApi;
  heldRef: { current: HeldInput | null };
  /** What the chart was rendered at. */
  rendered: HeldInput;
  /** Derives and paints a step; false when it cannot be painted alone. */
  paint: { current: (state: ExplorerState) => boolean };
  /** Renders the chart again (with the live values). */
  render: () => void;
}

/**
 * Arms a drag painted directly, after a render of the chart: returns what disarms it. The chart may
 * render for reasons of its own mid-drag (its width, a focused link, a worker that failed), and then
 * it rendered the held values, now old: it renders again with the live ones (before the browser
 * paints) rather than hold or show those.
 */
export function armDirectDrag({ store, heldRef, rendered, paint, render }: DirectDrag): (() => void) | undefined {
  const live = store.getState();
  if (rendered.values !== live.values || rendered.stressed !== live.stressed) {
    render();
    return undefined;
  }
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
}

/** A step that fails to derive or paint is rendered instead: the failure then reaches the chart's error boundary, as any render's does. */
function paintSafely(paint: (state: ExplorerState) => boolean, state: ExplorerState): boolean {
  try {
    return paint(state);
  } catch {
    return false;
  }
}
