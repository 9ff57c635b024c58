import { useState } from 'react';
import { useExplorer } from '../../state/context';

/**
 * The chart's height as shown: while a slider is dragged it only grows (the tallest chart of the
 * drag), and when let go it is the chart's own again. At a fixed scale the loop's height follows
 * its money, step by step; a box that shrank and grew each step would move the page below it under
 * the reader's eyes, and each new height (the SVG's viewBox) restyles and lays out the whole chart
 * and the page again. The extra room is blank, below the chart.
 */
export function useHeldHeight(height: number): number {
  const dragging = useExplorer((s) => s.dragging);
  const [held, setHeld] = useState(0);
  const shown = dragging ? Math.max(held, height) : height;
  // Kept for the next step (React renders again at once, before anything is drawn): the tallest since the drag began.
  const next = dragging ? shown : 0;
  if (next !== held) setHeld(next);
  return shown;
}
