import { linkMarkStyle } from '../../../layout/linkMarks';
import { traceLink, type BackRoute, type ForwardRoute, type LinkRoute } from '../../../layout/linkPaths';
import { NEUTRAL, THIN_LINK_OPACITY, DIMMED, type ThinLinkGroup } from './thinLinkGroups';
import { originColor } from '../palette';

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
  routes: Float64Array;
}

const HEADER = 10;

const slotsAfter = (route: LinkRoute) => (route.back ? route.after : route.via);
const slotsBefore = (route: LinkRoute) => (route.back ? route.before : []);

export function packFrame(groups: ThinLinkGroup[], neutralColor: string, size: Omit<ThinLinksFrame, 'groups' | 'routes'>): ThinLinksFrame {
  let length = 0;
  for (const group of groups) for (const route of group.routes) length += HEADER + slotsAfter(route).length + slotsBefore(route).length;
  const routes = new Float64Array(length);
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
      if (route.back) {
        routes[i + 5] = route.laneY;
        routes[i + 6] = route.reach;
        routes[i + 7] = route.width;
      }
      routes[i + 8] = after.length;
      routes[i + 9] = before.length;
      routes.set(after, i + HEADER);
      routes.set(before, i + HEADER + after.length);
      i += HEADER + after.length + before.length;
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
        color: group.origin === NEUTRAL ? neutralColor : originColor(group.origin),
        width: group.width,
        alpha: (group.dimmed ? THIN_LINK_OPACITY * DIMMED : THIN_LINK_OPACITY) * fade,
        dashes: style.dashes ? [...style.dashes] : [],
        count: group.routes.length,
      };
    }),
  };
}

type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export function paintFrame(canvas: HTMLCanvasElement | OffscreenCanvas, context: Canvas2D, frame: ThinLinksFrame): void {
  const pixelWidth = Math.round(frame.width * frame.ratio);
  const pixelHeight = Math.round(frame.height * frame.ratio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, pixelWidth, pixelHeight);
  context.setTransform(frame.ratio, 0, 0, frame.ratio, frame.originX * frame.ratio, frame.originY * frame.ratio);
  const forward: ForwardRoute = { back: false, x0: 0, y0: 0, x1: 0, y1: 0, via: [] };
  const back: BackRoute = { back: true, x0: 0, y0: 0, x1: 0, y1: 0, after: [], before: [], laneY: 0, reach: 0, width: 0 };
  const r = frame.routes;
  let i = 0;
  for (const group of frame.groups) {
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
    context.setLineDash(group.dashes);
    context.strokeStyle = group.color;
    context.lineWidth = group.width;
    context.globalAlpha = group.alpha;
    context.stroke();
  }
}
