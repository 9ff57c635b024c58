import { useEffect, useState } from 'react';

type BulkDrawing = typeof import('./bulkDrawing');

let loaded: BulkDrawing | undefined;
let loading: Promise<BulkDrawing> | undefined;

// Above these, a graph is drawn in bulk: thin links and all nodes as a few paths, one tab stop.
const MAX_FOCUSABLE_LINKS = 300;
const MAX_FOCUSABLE_NODES = 150;

export function drawsInBulk(nodes: number, links: number): boolean {
  return links > MAX_FOCUSABLE_LINKS || nodes > MAX_FOCUSABLE_NODES;
}

/** Starts loading the bulk drawing (once); a large dataset about to be shown then draws in one render. */
export function preloadBulkDrawing(): Promise<BulkDrawing> {
  loading ??= import('./bulkDrawing').then((module) => (loaded = module));
  return loading;
}

/**
 * The bulk drawing components once `needed`, else undefined while they load. Not React.lazy: a
 * first chart that suspends is rendered again from scratch, and at 500 entities a render is most
 * of a second; this way the chart renders once and the bulk parts fill in when they arrive.
 */
export function useBulkDrawing(needed: boolean): BulkDrawing | undefined {
  const [drawing, setDrawing] = useState(loaded);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    if (!needed || drawing) return;
    let live = true;
    preloadBulkDrawing().then(
      (module) => live && setDrawing(module),
      (error: unknown) => {
        loading = undefined; // let a later large chart try again
        if (live) setFailure(error);
      },
    );
    return () => {
      live = false;
    };
  }, [needed, drawing]);
  // The chart's error boundary says what failed and keeps the rest of the page working.
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  return needed ? drawing : undefined;
}
