// A canvas off the page to draw into: a tile for a pattern, or a layer to composite.

export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * An offscreen canvas `width` × `height`, or a detached canvas element where there are no offscreen
 * canvases (a worker always has them), with its 2D context; undefined where it cannot draw 2D.
 */
export function scratchCanvas(
  width: number,
  height: number,
): { canvas: OffscreenCanvas | HTMLCanvasElement; context: Canvas2D } | undefined {
  let canvas: OffscreenCanvas | HTMLCanvasElement;
  if (typeof OffscreenCanvas !== 'undefined') canvas = new OffscreenCanvas(width, height);
  else if (typeof document !== 'undefined') {
    canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
  } else return undefined;
  const context = canvas.getContext('2d') as Canvas2D | null;
  return context ? { canvas, context } : undefined;
}
