// Where a tooltip goes: beside what it describes, never over the pointer, inside the viewport.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

export type TooltipSide = 'below' | 'above' | 'right' | 'left';

export interface TooltipPlacement {
  left: number;
  top: number;
  side: TooltipSide;
}

export interface PlacementRequest {
  /** The tooltip's size. */
  width: number;
  height: number;
  /**
   * What the tooltip should leave uncovered, most wanted first (say a focused link's whole extent,
   * then the part around its middle): the first one it can sit beside wins.
   */
  avoid: readonly Rect[];
  /** The pointer, when it is over the chart: never covered (nor `gap` around it), whichever rectangle is kept clear. */
  pointer?: Point | null;
  /** The viewport (less a margin), in the same coordinates. */
  bounds: Rect;
  /** Room between the tooltip and what it avoids. */
  gap?: number;
}

const SIDES: readonly TooltipSide[] = ['below', 'above', 'right', 'left'];

/** A square `radius` each way around a point: what to keep clear around the pointer. */
export function around(point: Point, radius: number): Rect {
  return { left: point.x - radius, top: point.y - radius, right: point.x + radius, bottom: point.y + radius };
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (r: Rect, bounds: Rect) =>
  r.left >= bounds.left - 1e-6 && r.right <= bounds.right + 1e-6 && r.top >= bounds.top - 1e-6 && r.bottom <= bounds.bottom + 1e-6;

/**
 * The tooltip's top-left corner on one side of `avoid`: centred on the pointer (or on what it
 * avoids) along that side, slid along it to stay in `bounds`.
 */
function beside(side: TooltipSide, avoid: Rect, width: number, height: number, centre: Point, bounds: Rect, gap: number): Rect {
  let left: number;
  let top: number;
  if (side === 'below' || side === 'above') {
    left = clamp(centre.x - width / 2, bounds.left, bounds.right - width);
    top = side === 'below' ? avoid.bottom + gap : avoid.top - gap - height;
  } else {
    top = clamp(centre.y - height / 2, bounds.top, bounds.bottom - height);
    left = side === 'right' ? avoid.right + gap : avoid.left - gap - width;
  }
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * Places a tooltip below, above, right or left of the first rectangle in `avoid` it can sit beside
 * inside `bounds` without covering the pointer; then of the pointer alone. A tooltip larger than
 * the viewport goes to its left edge, at the bottom when the pointer is in the top half, else at the top.
 */
export function placeTooltip({ width, height, avoid, pointer, bounds, gap = 8 }: PlacementRequest): TooltipPlacement {
  // The pointer keeps a margin everywhere: the cursor's arrow reaches past its hot spot.
  const clear = pointer ? around(pointer, gap) : null;
  const targets = clear ? [...avoid, clear] : [...avoid];
  for (const target of targets) {
    const centre = pointer ?? { x: (target.left + target.right) / 2, y: (target.top + target.bottom) / 2 };
    for (const side of SIDES) {
      const box = beside(side, target, width, height, centre, bounds, gap);
      if (!inside(box, bounds) || overlaps(box, target)) continue;
      if (clear && overlaps(box, clear)) continue;
      return { left: box.left, top: box.top, side };
    }
  }
  // Nothing fits (a tooltip about as large as the viewport): keep it in view, starting at the corner
  // away from the pointer where there is one.
  const below = !pointer || pointer.y < (bounds.top + bounds.bottom) / 2;
  const top = below ? Math.max(bounds.top, bounds.bottom - height) : bounds.top;
  return { left: bounds.left, top, side: below ? 'below' : 'above' };
}
