import { useState } from 'react';
import { chartHeight, MAX_GROWTH } from '../../layout/chartGeometry';
import { useExplorer } from '../../state/context';

/**
 * How much taller than the chart its box grows when a drag makes the chart taller than the box: a
 * quarter more, up to the tallest a chart of its width can be (see MAX_GROWTH). A step painted
 * straight onto the drag's canvas (see useDirectDrag) must fit in it, and a taller chart renders the
 * whole chart again to grow the box. Grown only to the chart's own height, a drag that made the loop
 * bigger (a deal's amount dragged up from where it was) grew the box on every step, so every step
 * was rendered: on the default chart in headless Chromium, 60 of 60 steps of such a drag, with an
 * update of 22.0 ms median (30.4 p95) and frames of 48.7 ms (62.0), against 5.2 (10.6) and 17.7
 * (25.1) with the room. The price: the room is blank below the chart until the slider is let go,
 * when the box fits the chart again and what is below moves up.
 */
export const GROWTH_ROOM = 1.25;

/** The box for a chart `height` tall that outgrew it mid-drag, at a width: with room, within the tallest chart there can be. */
export function roomFor(height: number, width: number): number {
  return Math.min(Math.ceil(height * GROWTH_ROOM), Math.max(height, chartHeight(width) * MAX_GROWTH));
}

/**
 * The chart's box height: while a slider is dragged it only grows (to the tallest chart of the drag,
 * with room to grow: see GROWTH_ROOM), and when let go it is the chart's own again. At a fixed scale
 * the loop's height follows its money, step by step; a box that shrank and grew each step would move
 * the page below it under the reader's eyes, and each new height (the SVG's viewBox) restyles and
 * lays out the whole chart and the page again. The extra room is blank, below the chart.
 */
export function useHeldHeight(height: number, width: number): number {
  const dragging = useExplorer((s) => s.dragging);
  const [held, setHeld] = useState(0);
  // The drag's first render holds the chart's own height; the box grows, with room, only when a step outgrows it.
  const outgrown = held > 0 && height > held;
  const shown = !dragging ? height : outgrown ? roomFor(height, width) : Math.max(held, height);
  // Kept for the next step (React renders again at once, before anything is drawn): the box since the drag began.
  const next = dragging ? shown : 0;
  if (next !== held) setHeld(next);
  return shown;
}
