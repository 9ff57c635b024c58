import { DARK_ORIGIN_COLORS } from '../../../../src/components/chart/darkPalette';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkPath, type LinkRoute } from '../../../../src/layout/linkPaths';
import type { LinkShape } from '../../../../src/layout/sankeyLayout';
import { NEUTRAL, thinLinkGroups } from '../../../../src/components/chart/bulk/thinLinkGroups';
import { packFrame, paintFrame } from '../../../../src/components/chart/bulk/thinLinksPainter';
import { originColor } from '../../../../src/components/chart/palette';
import { px } from '../../../../src/layout/units';
import type { FlowStanding } from '../../../../src/model/flowStanding';
import { money } from '../../../../src/model/units';

const forward = (y: number): LinkRoute => ({ back: false, x0: 10, y0: y, x1: 200, y1: y + 30, via: [] });

function link(key: string, width: number, origin: number, route: LinkRoute | null = forward(10)): LinkShape {
  return {
    key,
    flow: 0,
    source: 'a',
    target: 'b',
    value: money(width),
    width: px(width),
    back: false,
    route,
    bands: route ? [{ origin, offset: px(0), width: px(width), value: money(width) }] : [],
  };
}

/** A canvas context that writes what it is asked to draw as SVG path data, one entry per stroke. */
function recordingContext() {
  let d = '';
  let dashes: number[] = [];
  const strokes: { d: string; style: string; width: number; alpha: number; dashes: number[]; operation: string }[] = [];
  /** Strokes, fills and images in the order drawn, with their compositing. */
  const log: string[] = [];
  const context = {
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    beginPath: () => void (d = ''),
    moveTo: (x: number, y: number) => void (d += `M${x},${y}`),
    lineTo: (x: number, y: number) => void (d += `L${x},${y}`),
    bezierCurveTo: (...xy: number[]) => void (d += `C${xy.join(',')}`),
    quadraticCurveTo: (...xy: number[]) => void (d += `Q${xy.join(',')}`),
    stroke: () => {
      strokes.push({
        d,
        style: String(context.strokeStyle),
        width: context.lineWidth,
        alpha: context.globalAlpha,
        dashes,
        operation: context.globalCompositeOperation,
      });
      log.push(`stroke ${context.globalCompositeOperation} ${d}`);
    },
    setTransform: () => {},
    setLineDash: (pattern: number[]) => void (dashes = pattern),
    clearRect: () => {},
    fillStyle: '' as unknown,
    globalCompositeOperation: 'source-over',
    fills: [] as { style: unknown; operation: string; x: number; y: number; width: number; height: number }[],
    fillRect: (x: number, y: number, width: number, height: number) => {
      context.fills.push({ style: context.fillStyle, operation: context.globalCompositeOperation, x, y, width, height });
      log.push(`fill ${context.globalCompositeOperation}`);
    },
    images: [] as unknown[],
    drawImage: (image: unknown) => {
      context.images.push(image);
      log.push(`image ${context.globalCompositeOperation} alpha ${context.globalAlpha}`);
    },
    createPattern: (tile: unknown, repetition: string) => ({ tile, repetition }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, strokes, fills: context.fills, images: context.images, log };
}

/** Offscreen canvases whose contexts record as above, for the layer dashed links are drawn in. */
function recordingOffscreenCanvases() {
  const made: { canvas: { width: number; height: number }; recorded: ReturnType<typeof recordingContext> }[] = [];
  class RecordingOffscreenCanvas {
    constructor(
      public width: number,
      public height: number,
    ) {
      made.push({ canvas: this, recorded: recordingContext() });
    }
    getContext() {
      return made.find((m) => m.canvas === this)!.recorded.context;
    }
  }
  vi.stubGlobal('OffscreenCanvas', RecordingOffscreenCanvas);
  return made;
}

const size = { width: 300, height: 200, ratio: 2, originX: 0, originY: 0, sent: 0 };

/** A thin link of origin 0 whose deal is `commitment`, at `y`. */
const marked = (key: string, commitment: FlowStanding['commitment'], y: number) => ({
  ...link(key, 1, 0, forward(y)),
  standing: { status: null, basis: 'reported', commitment } satisfies FlowStanding,
});

describe('thin links drawn in bulk', () => {
  afterEach(() => vi.restoreAllMocks());
  // Routes through slots pack as many numbers as they have (see thinLinksPainter.ts).
  const back: LinkRoute = {
    back: true,
    x0: 200,
    y0: 30,
    x1: 10,
    y1: 50,
    after: [220, 232, 30],
    before: [],
    laneY: 180,
    reach: 12,
    width: 0.8,
  };
  const skip: LinkRoute = { back: false, x0: 10, y0: 40, x1: 200, y1: 70, via: [100, 112, 50, 150, 162, 60] };
  const links = [
    link('a', 0.6, 0, forward(10)),
    link('b', 0.4, 0, skip),
    link('c', 1.2, 1, forward(70)),
    link('d', 0.9, 1, back),
    link('wide', 5, 0),
    link('empty', 0, 0, null),
  ];

  it('groups thin links by origin and half-pixel width, leaving wide and empty links to SVG', () => {
    const groups = thinLinkGroups(links, true, -1);
    expect(groups.map((g) => [g.origin, g.width, g.routes.length])).toEqual([
      [0, 0.5, 2],
      [1, 1, 2],
    ]);
    expect(thinLinkGroups(links, false, -1).map((g) => [g.origin, g.routes.length])).toEqual([
      [NEUTRAL, 2],
      [NEUTRAL, 2],
    ]);
  });

  it('strokes each group once, along the same lines as the links SVG paths, in a canvas sized for the screen', () => {
    const { context, strokes } = recordingContext();
    const canvas = { width: 0, height: 0 } as HTMLCanvasElement;
    paintFrame(canvas, context, packFrame(thinLinkGroups(links, true, 1), '#8a96a3', size));
    expect([canvas.width, canvas.height]).toEqual([600, 400]);
    expect(strokes).toHaveLength(2);
    expect(strokes[0]!.d).toBe(linkPath(forward(10)) + linkPath(skip));
    expect(strokes[0]).toMatchObject({ style: originColor(0), width: 0.5 });
    expect(strokes[1]).toMatchObject({ d: linkPath(forward(70)) + linkPath(back), style: originColor(1), width: 1, alpha: 0.6 });
    // Origin 1 is isolated: the others fade.
    expect(strokes[0]!.alpha).toBeCloseTo(0.6 * 0.08, 12);
  });

  it("strokes each origin's group in its dark colour on the dark theme", () => {
    const { context, strokes } = recordingContext();
    paintFrame(
      { width: 0, height: 0 } as HTMLCanvasElement,
      context,
      packFrame(thinLinkGroups(links, true, 1), '#8a96a3', size, undefined, true),
    );
    expect(strokes.map((s) => s.style)).toEqual([DARK_ORIGIN_COLORS[0], DARK_ORIGIN_COLORS[1]]);
  });

  it('uses the theme neutral colour when links are not coloured by origin', () => {
    const { context, strokes } = recordingContext();
    paintFrame({ width: 0, height: 0 } as HTMLCanvasElement, context, packFrame(thinLinkGroups(links, false, -1), 'rgb(1, 2, 3)', size));
    expect(strokes.map((s) => s.style)).toEqual(['rgb(1, 2, 3)', 'rgb(1, 2, 3)']);
  });

  it("strokes thin links apart by their deal's status: dashed when not committed, faded when on ice, dotted when assumed (with the canvas's own dashes where no mask can be drawn)", () => {
    // No offscreen canvases here (jsdom), and a canvas element that draws no 2D: no mask.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const groups = thinLinkGroups(
      [link('a', 1, 0), marked('b', 'uncommitted', 10), marked('c', 'on-ice', 10), marked('d', 'assumed', 10)],
      true,
      -1,
    );
    expect(groups.map((g) => g.mark)).toEqual(['solid', 'dashed', 'hatched', 'dotted']);
    const { context, strokes } = recordingContext();
    paintFrame({ width: 0, height: 0 } as HTMLCanvasElement, context, packFrame(groups, '#8a96a3', size));
    expect(strokes.map((s) => [s.dashes, s.alpha])).toEqual([
      [[], 0.6],
      [[7, 4], 0.6],
      [[7, 4], 0.6 * 0.35],
      [[2, 3], 0.6],
    ]);
  });

  describe('with offscreen canvases', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('strokes dashed links whole, cuts them with a mask of their dashes, and puts solid links under them', () => {
      const made = recordingOffscreenCanvases();
      const groups = thinLinkGroups(
        [
          link('a', 1, 0),
          marked('b', 'uncommitted', 20),
          marked('c', 'assumed', 30),
          marked('d', 'on-ice', 40),
          link('e', 1, 1, forward(50)),
        ],
        true,
        -1,
      );
      const recorded = recordingContext();
      const { context, strokes, fills, images, log } = recorded;
      paintFrame({ width: 0, height: 0 } as HTMLCanvasElement, context, packFrame(groups, '#8a96a3', size));
      // Dashed and on-ice links share their dashes: stroked whole on the canvas itself, then cut by
      // their mask; dotted ones in a layer (the canvas's size) cut by theirs and drawn over them; the
      // solid links last, each under everything before it (so the last group first), as if stroked first.
      // The order is what keeps the cut off the other links.
      expect(log).toEqual([
        `stroke source-over ${linkPath(forward(20))}`,
        `stroke source-over ${linkPath(forward(40))}`,
        'fill destination-out',
        'image source-over alpha 1',
        `stroke destination-over ${linkPath(forward(50))}`,
        `stroke destination-over ${linkPath(forward(10))}`,
      ]);
      expect(strokes.map((s) => [s.dashes, s.alpha])).toEqual([
        [[], 0.6],
        [[], 0.6 * 0.35],
        [[], 0.6],
        [[], 0.6],
      ]);
      // Left as a plain paint expects it.
      expect([recorded.context.globalCompositeOperation, recorded.context.globalAlpha]).toEqual(['source-over', 0.6]);
      const [layer, tile0, tile1] = made;
      expect([layer!.canvas.width, layer!.canvas.height]).toEqual([600, 400]);
      expect(layer!.recorded.log).toEqual([`stroke source-over ${linkPath(forward(30))}`, 'fill destination-out']);
      const cut = (tile: (typeof made)[number]) => ({
        style: { tile: tile.canvas, repetition: 'repeat' },
        // Erasing under the mask's gaps: keeping under the dashes ('destination-in') costs Chromium a layer the size of the canvas.
        operation: 'destination-out',
        x: 0,
        y: 0,
        width: 600,
        height: 400,
      });
      expect(fills).toEqual([cut(tile0!)]);
      expect(layer!.recorded.fills).toEqual([cut(tile1!)]);
      expect(images).toEqual([layer!.canvas]);
      const tiles = [tile0, tile1];
      // Each mask's tile is one period of dashes wide in screen pixels (ratio 2), filled, and every row
      // of it has the dashes cut out as the pattern is: 7 of every 11 px, 2 of every 5, each row from
      // its own start (what is left, the gaps, is erased from the links).
      for (const [tile, on, period] of [
        [tiles[0]!, 7, 11],
        [tiles[1]!, 2, 5],
      ] as const) {
        expect(tile.canvas.width).toBe(period * 2);
        const [filled, ...dashes] = tile.recorded.fills;
        expect(filled).toMatchObject({ operation: 'source-over', x: 0, y: 0, width: period * 2, height: tile.canvas.height });
        expect(dashes.every((fill) => fill.operation === 'destination-out')).toBe(true);
        const rows = new Map<number, number[]>();
        for (const fill of dashes) {
          const covered = Math.min(fill.x + fill.width, period * 2) - Math.max(fill.x, 0);
          if (covered > 0) rows.set(fill.y, [...(rows.get(fill.y) ?? []), covered]);
        }
        expect(rows.size).toBe(tile.canvas.height);
        for (const covered of rows.values()) expect(covered.reduce((a, b) => a + b, 0)).toBeCloseTo(on * 2, 9);
        const starts = new Set(dashes.filter((f) => f.x >= 0).map((f) => f.x));
        expect(starts.size).toBeGreaterThan(period);
      }
      // A second paint reuses the layer and the masks, and paints the same, whatever the first left set.
      const first = [...log];
      log.length = 0;
      recorded.context.globalCompositeOperation = 'destination-over';
      paintFrame({ width: 600, height: 400 } as HTMLCanvasElement, context, packFrame(groups, '#8a96a3', size));
      expect(made).toHaveLength(3);
      expect(log).toEqual(first);
    });

    it('strokes every link with the canvas dashes when a second kind of dashes has no layer to be cut in', () => {
      const made: { canvas: { width: number }; recorded: ReturnType<typeof recordingContext> }[] = [];
      const groups = thinLinkGroups([link('a', 1, 0), marked('b', 'uncommitted', 20), marked('c', 'assumed', 30)], true, -1);
      // The layer (the canvas's size) draws no 2D; the masks' tiles do.
      const getContext = vi.fn(function (this: { width: number }) {
        return this.width === 600 ? null : made.find((m) => m.canvas === this)!.recorded.context;
      });
      vi.stubGlobal(
        'OffscreenCanvas',
        class {
          constructor(
            public width: number,
            public height: number,
          ) {
            made.push({ canvas: this, recorded: recordingContext() });
          }
          getContext = getContext;
        },
      );
      const { context, log, fills } = recordingContext();
      paintFrame({ width: 0, height: 0 } as HTMLCanvasElement, context, packFrame(groups, '#8a96a3', size));
      expect(fills).toEqual([]);
      expect(log.every((entry) => entry.startsWith('stroke source-over'))).toBe(true);
    });
  });

  describe('without offscreen canvases', () => {
    afterEach(() => vi.restoreAllMocks());

    it('cuts dashed links with a mask drawn in a detached canvas element', () => {
      const tile = recordingContext();
      vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => tile.context) as never);
      const groups = thinLinkGroups([link('a', 1, 0), marked('b', 'uncommitted', 20)], true, -1);
      const { context, log } = recordingContext();
      paintFrame({ width: 0, height: 0 } as HTMLCanvasElement, context, packFrame(groups, '#8a96a3', size));
      expect(log).toEqual([
        `stroke source-over ${linkPath(forward(20))}`,
        'fill destination-out',
        `stroke destination-over ${linkPath(forward(10))}`,
      ]);
      // The tile filled, then its dashes cut out.
      expect(tile.fills[0]).toMatchObject({ operation: 'source-over', x: 0, y: 0 });
      expect(tile.fills.slice(1).filter((fill) => fill.operation === 'destination-out').length).toBeGreaterThan(0);
    });
  });
});
