import { lazyPart, throwIfFailed } from '../../shared/lazyPart';

// Above these, a graph is drawn in bulk: thin links and all nodes as a few paths, one tab stop.
const MAX_FOCUSABLE_LINKS = 300;
const MAX_FOCUSABLE_NODES = 150;

export function drawsInBulk(nodes: number, links: number): boolean {
  return links > MAX_FOCUSABLE_LINKS || nodes > MAX_FOCUSABLE_NODES;
}

const bulkDrawing = lazyPart(() => import('./bulkDrawing'));

/** Starts loading the bulk drawing (once); a large dataset about to be shown then draws in one render. */
export const preloadBulkDrawing = bulkDrawing.preload;

/** The bulk drawing components once `needed` and loaded, else undefined. */
export function useBulkDrawing(needed: boolean) {
  const { module, failure } = bulkDrawing.useModule(needed);
  // The chart's error boundary says what failed and keeps the rest of the page working.
  throwIfFailed(failure);
  return module;
}
