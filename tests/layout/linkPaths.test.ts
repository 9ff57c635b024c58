import { describe, expect, it } from 'vitest';
import {
  bandOffsets,
  linkBands,
  linkPath,
  MAX_BANDS,
  MIN_BAND_LINK_WIDTH,
  OTHER_ORIGINS,
  sameRoute,
  traceLink,
  type BackRoute,
  type PathContext,
} from '../../src/layout/linkPaths';
import { px } from '../../src/layout/units';
import { OriginMatrix } from '../../src/model/originMatrix';
import { money } from '../../src/model/units';

const widths = (bands: { width: number }[]) => bands.reduce((sum, b) => sum + b.width, 0);

describe('bands of a link by origin', () => {
  it('stacks the origins in order and fills the link width exactly', () => {
    const bands = bandOffsets([2, 0, 6], money(8), px(16));
    expect(bands.map((b) => b.origin)).toEqual([0, 2]);
    expect(bands.map((b) => b.width)).toEqual([4, 12]);
    expect(bands.map((b) => b.offset)).toEqual([-6, 2]);
    expect(widths(bands)).toBe(16);
  });

  it(`keeps the ${MAX_BANDS} largest origins and gathers the rest in one band, last`, () => {
    const byOrigin = [1, 9, 2, 8, 3, 7, 4, 6, 5, 0];
    const bands = bandOffsets(byOrigin, money(45), px(45));
    expect(bands.map((b) => b.origin)).toEqual([1, 3, 5, 6, 7, 8, OTHER_ORIGINS]);
    expect(bands.at(-1)!.value).toBe(1 + 2 + 3);
    expect(widths(bands)).toBeCloseTo(45, 12);
  });

  it('prefers the earlier of equal origins when it must choose', () => {
    const bands = bandOffsets([1, 1, 1, 1, 1, 1, 1, 1], money(8), px(8));
    expect(bands.map((b) => b.origin)).toEqual([0, 1, 2, 3, 4, 5, OTHER_ORIGINS]);
  });

  it('draws a thin link as one band in its largest origin, on the centre line', () => {
    const bands = bandOffsets([1, 3, 3, 2], money(9), px(MIN_BAND_LINK_WIDTH / 2));
    expect(bands).toEqual([{ origin: 1, offset: 0, width: MIN_BAND_LINK_WIDTH / 2, value: 9 }]);
  });

  it('has no bands for an empty or zero-width link', () => {
    expect(bandOffsets([0, 0], money(0), px(10))).toEqual([]);
    expect(bandOffsets([1, 2], money(3), px(0))).toEqual([]);
    expect(bandOffsets([0, 0], money(3), px(10))).toEqual([]);
  });
});

describe("a laid-out link's bands, from its row of the split", () => {
  // Rows of three flows by three origins; the layout reads row `flow`.
  const split = new OriginMatrix(Float64Array.of(1, 0, 0, 2, 0, 6, 0, 4, 4), 3);
  const reads: number[] = [];
  const counted = { origins: 3, get: split.get.bind(split), row: (f: number, into?: Float64Array) => (reads.push(f), split.row(f, into)) };

  it('reads the row of a wide link, and of a thin one whose main origin is not known', () => {
    reads.length = 0;
    expect(linkBands({ split: counted, flow: 1, value: money(8), mainOrigin: 2 }, px(16))).toEqual(
      bandOffsets([2, 0, 6], money(8), px(16)),
    );
    expect(linkBands({ split: counted, flow: 2, value: money(8), mainOrigin: undefined }, px(1))).toEqual([
      { origin: 1, offset: 0, width: 1, value: 8 },
    ]);
    // A row read after another holds its own parts only.
    expect(linkBands({ split: counted, flow: 0, value: money(1), mainOrigin: 0 }, px(4))).toEqual([
      { origin: 0, offset: 0, width: 4, value: 1 },
    ]);
    expect(reads).toEqual([1, 2, 0]);
  });

  it('reads a row of fewer origins after one of more (a compared scenario may have fewer), and no part beyond them', () => {
    const two = new OriginMatrix(Float64Array.of(3, 1), 2);
    linkBands({ split, flow: 1, value: money(8), mainOrigin: 2 }, px(16));
    expect(linkBands({ split: two, flow: 0, value: money(4), mainOrigin: 0 }, px(8))).toEqual(bandOffsets([3, 1], money(4), px(8)));
  });

  it("reads no row for a thin link whose main origin the engine found: most of a large graph's links", () => {
    reads.length = 0;
    expect(linkBands({ split: counted, flow: 1, value: money(8), mainOrigin: 2 }, px(1))).toEqual([
      { origin: 2, offset: 0, width: 1, value: 8 },
    ]);
    expect(reads).toEqual([]);
  });
});

describe('link centre lines', () => {
  const forward = { back: false, x0: 10, y0: 20, x1: 110, y1: 60, via: [] } as const;
  const back: BackRoute = { back: true, x0: 300, y0: 50, x1: 100, y1: 80, after: [], before: [], laneY: 400, reach: 20, width: 4 };

  it('draws a forward link as one cubic from source edge to target edge, shifted by the band offset', () => {
    expect(linkPath(forward)).toBe('M10,20C60,20,60,60,110,60');
    expect(linkPath(forward, 2.04)).toBe('M10,22C60,22,60,62,110,62');
  });

  it('routes a back link right, down to its lane, left under the diagram, and up into the target', () => {
    // Corners of radius 8 (half the width plus 6): out to x 320, down to the lane at 400, back to x 80, up to 80.
    expect(linkPath(back)).toBe('M300,50L312,50Q320,50,320,58L320,392Q320,400,312,400L88,400Q80,400,80,392L80,88Q80,80,88,80L100,80');
  });

  it('draws a link through its slots: an S-curve to each, straight through it, and on', () => {
    // One slot from x 50 to 62 at height 30, between a source at 20 and a target at 60.
    expect(linkPath({ ...forward, via: [50, 62, 30] })).toBe('M10,20C30,20,30,30,50,30L62,30C86,30,86,60,110,60');
    // A back link through a slot right of its source (to x 340) and one left of its target (from x 60).
    expect(linkPath({ ...back, after: [328, 340, 50], before: [60, 72, 80] })).toBe(
      'M300,50C314,50,314,50,328,50L340,50L352,50Q360,50,360,58L360,392Q360,400,352,400L48,400Q40,400,40,392L40,88Q40,80,48,80L60,80L72,80C86,80,86,80,100,80',
    );
    expect(sameRoute({ ...forward, via: [50, 62, 30] }, { ...forward, via: [50, 62, 31] })).toBe(false);
    expect(sameRoute({ ...back, after: [328, 340, 50] }, { ...back, after: [328, 340, 50] })).toBe(true);
    expect(sameRoute({ ...back, before: [60, 72, 80] }, back)).toBe(false);
  });

  it('traces into a canvas exactly the line the SVG path draws, unrounded', () => {
    const calls: string[] = [];
    const record =
      (name: string) =>
      (...xy: number[]) =>
        calls.push(`${name} ${xy.join(',')}`);
    const canvas: PathContext = { moveTo: record('M'), lineTo: record('L'), bezierCurveTo: record('C'), quadraticCurveTo: record('Q') };
    traceLink(canvas, { ...back, y0: 50.04 }, 0);
    expect(calls[0]).toBe('M 300,50.04');
    expect(calls.map((call) => call.replace(/ .*/, '')).join('')).toBe(linkPath(back).replace(/[^A-Z]/g, ''));
  });

  it('tells routes that draw the same line from routes that do not', () => {
    expect(sameRoute({ ...back }, back)).toBe(true);
    expect(sameRoute({ ...back, laneY: 401 }, back)).toBe(false);
    expect(sameRoute(forward, { ...forward })).toBe(true);
    expect(sameRoute(forward, { ...back, x0: 10, y0: 20, x1: 110, y1: 60 })).toBe(false);
    expect(sameRoute(null, null)).toBe(true);
    expect(sameRoute(forward, null)).toBe(false);
  });
});
