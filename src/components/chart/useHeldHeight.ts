import { useState } from 'react';
import { useExplorer } from '../../state/context';

/**
 * How much taller than the chart its box grows when a drag makes the chart taller than the box: a
 * quarter more. A step painted straight onto the drag's canvas (see useDirectDrag) must fit in it,
 * and a taller chart renders the whole chart again to grow the box. Grown only to the chart's own
 * height, a drag that made the loop bigger (a deal's amount dragged up from where it was) grew the
 * box on every step, so every step was rendered: on the default chart in headless Chromium, 60 of
 * 60 steps of such a drag, 20 ms a step (median) against under 5 when painted.
 */
export const GROWTH_ROOM = 1.25;

/**
 * The chart's height as shown: while a slider is dragged it only grows (the tallest chart of the
 * drag, with room to grow: see GROWTH_ROOM), and when let go it is the chart's own again. At a fixed
 * scale the loop's height follows its money, step by step; a box that shrank and grew each step
 * would move the page below it under the reader's eyes, and each new height (the SVG's viewBox)
 * restyles and lays out the whole chart and the page again. The extra room is blank, below the chart.
 */
export function useHeldHeight(height: number): number {
  const dragging = useExplorer((s) => s.dragging);
  const [held, setHeld] = useState(0);
  // The drag's first render holds the chart's own height; the box grows, with room, only when a step outgrows it.
  const shown = !dragging ? height : held === 0 || height <= held ? Math.max(held, height) : Math.ceil(height * GROWTH_ROOM);
  // Kept for the next step (React renders again at once, before anything is drawn): the tallest since the drag began.
  const next = dragging ? shown : 0;
  if (next !== held) setHeld(next);
  return shown;
}
