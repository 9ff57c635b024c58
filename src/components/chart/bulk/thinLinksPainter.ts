import { linkMarkStyle } from '../../../layout/linkMarks';
import { traceLink, type BackRoute, type ForwardRoute, type LinkRoute } from '../../../layout/linkPaths';
import { NO_SLOTS } from '../../../layout/linkSlots';
import { NEUTRAL, THIN_LINK_OPACITY, DIMMED, type ThinLinkGroup } from './thinLinkGroups';
import { originColorIn } from '../darkPalette';
import { scratchCanvas, type Canvas2D } from '../scratchCanvas';

/** One drawing of the thin links, in a form that crosses to a worker without copying objects. */
export interface ThinLinksFrame {
  /** Canvas size in CSS pixels, the device pixel ratio, and where the chart's origin is in the canvas. */
  width: number;
  height: number;
  ratio: number;
  originX: number;
  originY: number;
  /** Per group: stroke colour, width, opacity, dashes (empty for none) and how many routes it has, in order. */
  groups: { color: string; width: number; alpha: number; dashes: number[]; count: number }[];
  /**
   * Per route: back (0 or 1), x0, y0, x1, y1, laneY, reach, width, then how many numbers of slots
   * follow after the source and before the target, and those numbers (see `Slots`).
   */
  routes: Float64Array<ArrayBuffer>;
  /** When the page sent it (ms since the epoch), for the benchmark to tell which step a paint shows. */
  sent: number;
}

const HEADER = 10;

const slotsAfter = (route: LinkRoute) => (route.back ? route.after : route.via);
const slotsBefore = (route: LinkRoute) => (route.back ? route.before : NO_SLOTS);

/**
 * The thin links as a frame, their routes packed into `spare` where it is large enough (memory a
 * worker handed back: fresh memory costs a step more than the packing, see model/scratch.ts), else
 * into a new buffer with room to grow.
 */
export function packFrame(
  groups: ThinLinkGroup[],
  neutralColor: string,
  size: Omit<ThinLinksFrame, 'groups' | 'routes'>,
  spare?: ArrayBuffer,
  /** The dark theme is shown: the origins' dark colours (see darkPalette.ts). */
  dark = false,
): ThinLinksFrame {
  let length = 0;
  for (const group of groups) for (const route of group.routes) length += HEADER + slotsAfter(route).length + slotsBefore(route).length;
  const bytes = length * Float64Array.BYTES_PER_ELEMENT;
  const buffer = spare && spare.byteLength >= bytes ? spare : new ArrayBuffer(Math.ceil(bytes * 1.125));
  const routes = new Float64Array(buffer, 0, length);
  let i = 0;
  for (const group of groups) {
    for (const route of group.routes) {
      const after = slotsAfter(route);
      const before = slotsBefore(route);
      routes[i] = route.back ? 1 : 0;
      routes[i + 1] = route.x0;
      routes[i + 2] = route.y0;
      routes[i + 3] = route.x1;
      routes[i + 4] = route.y1;
      // (A forward route has no lane: 0s, not what a frame before left in reused memory.)
      routes[i + 5] = route.back ? route.laneY : 0;
      routes[i + 6] = route.back ? route.reach : 0;
      routes[i + 7] = route.back ? route.width : 0;
      routes[i + 8] = after.length;
      routes[i + 9] = before.length;
      i += HEADER;
      // Copied one by one: a typed array's set() from a short plain array costs about three times as much.
      for (let k = 0; k < after.length; k++) routes[i++] = after[k]!;
      for (let k = 0; k < before.length; k++) routes[i++] = before[k]!;
    }
  }
  return {
    ...size,
    routes,
    groups: groups.map((group) => {
      // Too thin for a hatch to show: a thin link on ice is faded, and dashed like the other uncommitted money.
      const style = linkMarkStyle(group.mark === 'hatched' ? 'dashed' : group.mark, group.width);
      const fade = group.mark === 'hatched' ? linkMarkStyle('hatched', group.width).fade : style.fade;
      return {
        color: group.origin === NEUTRAL ? neutralColor : originColorIn(group.origin, dark),
        width: group.width,
        alpha: (group.dimmed ? THIN_LINK_OPACITY * DIMMED : THIN_LINK_OPACITY) * fade,
        dashes: style.dashes ? [...style.dashes] : [],
        count: group.routes.length,
      };
    }),
  };
}

export function paintFrame(canvas: HTMLCanvasElement | OffscreenCanvas, context: Canvas2D, frame: ThinLinksFrame): void {
  const pixelWidth = Math.round(frame.width * frame.ratio);
  const pixelHeight = Math.round(frame.height * frame.ratio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  context.setTransform(1, 0, 0, 1, 0, 0);
  // Set, not assumed: a paint cut short (by a throw) may have left them otherwise.
  context.globalCompositeOperation = 'source-over';
  context.globalAlpha = 1;
  context.clearRect(0, 0, pixelWidth, pixelHeight);
  // Where each group's routes start, so groups can be stroked in any order.
  const starts: number[] = [];
  let i = 0;
  for (const group of frame.groups) {
    starts.push(i);
    for (let n = 0; n < group.count; n++) i += HEADER + (frame.routes[i + 8] as number) + (frame.routes[i + 9] as number);
  }
  const dashedKinds = new Map<string, { dashes: number[]; groups: number[] }>();
  const plain: number[] = [];
  frame.groups.forEach((group, g) => {
    const key = group.dashes.join(',');
    if (!key) plain.push(g);
    else if (dashedKinds.has(key)) dashedKinds.get(key)!.groups.push(g);
    else dashedKinds.set(key, { dashes: group.dashes, groups: [g] });
  });
  const kinds = [...dashedKinds.values()];
  // The first kind of dashed links is stroked on the canvas itself; any other kind in a layer, one kind at a time.
  const layer = kinds.length > 1 ? layerFor(context, pixelWidth, pixelHeight) : undefined;
  const targets = kinds.map((_, k) => (k === 0 ? context : layer?.context));
  const masks = kinds.map(({ dashes }, k) => targets[k] && dashMask(targets[k], dashes, frame.ratio));
  // No dashed links; or no layer or mask to be had: every link with the canvas's own dashes (one look for all).
  if (!kinds.length || masks.some((mask) => !mask)) return strokeGroups(context, frame, frame.groups.keys(), starts, true);
  kinds.forEach(({ groups }, k) => {
    const target = targets[k]!;
    if (k > 0) {
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.clearRect(0, 0, pixelWidth, pixelHeight);
    }
    // Alone on its canvas, so the mask cuts nothing else.
    strokeGroups(target, frame, groups, starts, false);
    cutBy(target, masks[k]!, pixelWidth, pixelHeight);
    if (k > 0) {
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.globalAlpha = 1;
      context.drawImage(layer!.canvas, 0, 0);
    }
  });
  // Solid links under the dashed ones, as if stroked first: each under all before it, so the last first.
  context.globalCompositeOperation = 'destination-over';
  strokeGroups(context, frame, plain.reverse(), starts, false);
  context.globalCompositeOperation = 'source-over';
}

/**
 * Keeps only what lies under the dashes, by erasing what lies under the mask (the gaps between
 * them). Keeping what lies under a mask of the dashes ('destination-in') changes pixels outside what
 * is drawn too, and Chromium draws it through a layer the size of the canvas: 8–10 ms a paint at
 * 500 / 2,500 in headless Chromium without a GPU, about as long as the strokes themselves, against
 * 0.7 ms for 'destination-out', drawn straight onto the canvas.
 */
function cutBy(context: Canvas2D, mask: CanvasPattern, width: number, height: number) {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  context.globalCompositeOperation = 'destination-out';
  context.fillStyle = mask;
  context.fillRect(0, 0, width, height);
  context.globalCompositeOperation = 'source-over';
}

/** Strokes the groups numbered `groups`, each as one path; with the canvas's dashes when `ownDashes`. */
function strokeGroups(context: Canvas2D, frame: ThinLinksFrame, groups: Iterable<number>, starts: number[], ownDashes: boolean) {
  context.setTransform(frame.ratio, 0, 0, frame.ratio, frame.originX * frame.ratio, frame.originY * frame.ratio);
  const forward: ForwardRoute = { back: false, x0: 0, y0: 0, x1: 0, y1: 0, via: [] };
  const back: BackRoute = { back: true, x0: 0, y0: 0, x1: 0, y1: 0, after: [], before: [], laneY: 0, reach: 0, width: 0 };
  const r = frame.routes;
  for (const g of groups) {
    const group = frame.groups[g]!;
    let i = starts[g]!;
    context.beginPath();
    for (let n = 0; n < group.count; n++) {
      const route = r[i] === 1 ? back : forward;
      const afterEnd = i + HEADER + (r[i + 8] as number);
      const end = afterEnd + (r[i + 9] as number);
      route.x0 = r[i + 1] as number;
      route.y0 = r[i + 2] as number;
      route.x1 = r[i + 3] as number;
      route.y1 = r[i + 4] as number;
      if (route.back) {
        route.laneY = r[i + 5] as number;
        route.reach = r[i + 6] as number;
        route.width = r[i + 7] as number;
        route.after = r.subarray(i + HEADER, afterEnd);
        route.before = r.subarray(afterEnd, end);
      } else route.via = r.subarray(i + HEADER, afterEnd);
      traceLink(context, route, 0);
      i = end;
    }
    context.setLineDash(ownDashes ? group.dashes : []);
    context.strokeStyle = group.color;
    context.lineWidth = group.width;
    context.globalAlpha = group.alpha;
    context.stroke();
  }
}

type Layer = NonNullable<ReturnType<typeof scratchCanvas>>;

/** What painting keeps with a context: the layer for a second kind of dashed links, and masks by dash list and pixel ratio. */
const kept = new WeakMap<Canvas2D, { layer?: Layer | null; masks: Map<string, CanvasPattern | null> }>();

function keptWith(context: Canvas2D) {
  let found = kept.get(context);
  if (!found) kept.set(context, (found = { masks: new Map() }));
  return found;
}

/** A canvas the size of the links' to draw a second and later kinds of dashed links in before they are cut (undefined where none can be made). */
function layerFor(context: Canvas2D, width: number, height: number): Layer | undefined {
  const own = keptWith(context);
  if (own.layer === undefined) own.layer = scratchCanvas(width, height) ?? null;
  const { layer } = own;
  if (layer && layer.canvas.width !== width) layer.canvas.width = width;
  if (layer && layer.canvas.height !== height) layer.canvas.height = height;
  return layer ?? undefined;
}

/** Rows of a dash mask: its dashes repeat every this many rows of screen pixels. */
const MASK_ROWS = 64;

/**
 * Dashed links are stroked whole and then cut by a mask of the gaps between their dashes (see
 * `cutBy`): a canvas dashes a line by cutting it into a piece per dash, and for the dotted thin links
 * of a large graph (some 200,000 dots at 2,500 links) that was about six times the raster of plain
 * strokes, which painting without a GPU (as in a worker) spends on every slider step. The dashes run
 * along each row of screen pixels, each row starting at its own fixed, pseudo-random point, so a link
 * this thin reads as dashed in any direction and neighbouring links are not dashed in step. The mask
 * is opaque in the gaps and clear under the dashes. One mask per dash list and pixel ratio, drawn once
 * and kept with the context; null where none can be made.
 */
function dashMask(context: Canvas2D, dashes: number[], ratio: number): CanvasPattern | null {
  const { masks } = keptWith(context);
  const key = `${dashes.join(',')} ${ratio}`;
  let mask = masks.get(key);
  if (mask === undefined) {
    // As a canvas does with a dash list of odd length: repeated once to make it even.
    const pattern = dashes.length % 2 ? [...dashes, ...dashes] : dashes;
    const period = Math.max(1, Math.round(pattern.reduce((sum, d) => sum + d, 0) * ratio));
    const tile = scratchCanvas(period, MASK_ROWS);
    // Opaque in the gaps, clear under the dashes: the dashes are cut out of a filled tile.
    tile?.context.fillRect(0, 0, period, MASK_ROWS);
    if (tile) tile.context.globalCompositeOperation = 'destination-out';
    let seed = 0x9e3779b9;
    for (let row = 0; tile && row < MASK_ROWS; row++) {
      // A small linear congruential generator: the same rows on every paint, so dashes hold still.
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      let x = Math.floor((seed / 2 ** 32) * period);
      pattern.forEach((length, i) => {
        const w = length * ratio;
        // Each dash, wrapped round the tile's right edge.
        if (i % 2 === 0) for (const from of [x, x - period]) tile.context.fillRect(from, row, w, 1);
        x = (x + w) % period;
      });
    }
    // (A pattern copies its canvas when made: the tile is drawn first.)
    mask = tile ? context.createPattern(tile.canvas, 'repeat') : null;
    masks.set(key, mask);
  }
  return mask;
}
