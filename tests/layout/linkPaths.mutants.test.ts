// Bands and back-link paths at their edges: empty and thin links, negative parts, offsets, and
// corners that must shrink to fit.
import { px } from '../../src/layout/units';
import { money } from '../../src/model/units';
import { describe, expect, it } from 'vitest';
import { bandOffsets, linkPath, OTHER_ORIGINS, sameRoute, type BackRoute } from '../../src/layout/linkPaths';

describe('bandOffsets at the edges', () => {
  it('has no bands when nothing is on the link, even with parts listed', () => {
    expect(bandOffsets([1], money(0), px(10))).toEqual([]);
    expect(bandOffsets([0, 0], money(5), px(1))).toEqual([]);
  });

  it('splits a link exactly as wide as the thinnest banded link', () => {
    expect(bandOffsets([1, 1], money(2), px(2))).toEqual([
      { origin: 0, offset: -0.5, width: 1, value: 1 },
      { origin: 1, offset: 0.5, width: 1, value: 1 },
    ]);
  });

  it('draws a thin link in its largest origin, the first of equals, even when it is origin 0 or not', () => {
    expect(bandOffsets([0, 3, 3], money(6), px(1))).toEqual([{ origin: 1, offset: 0, width: 1, value: 6 }]);
    expect(bandOffsets([3, 1], money(4), px(1))).toEqual([{ origin: 0, offset: 0, width: 1, value: 4 }]);
  });

  it('leaves out negative and missing parts, also from the gathered band', () => {
    const bands = bandOffsets([7, 6, 5, 4, 3, 2, 1, -0.5, Number.NaN], money(28), px(28));
    expect(bands.map((b) => [b.origin, b.value])).toEqual([
      [0, 7],
      [1, 6],
      [2, 5],
      [3, 4],
      [4, 3],
      [5, 2],
      [OTHER_ORIGINS, 1],
    ]);
  });

  it('keeps the largest origins when they come last, and the earlier of equals at the cut', () => {
    expect(bandOffsets([1, 2, 3, 4, 5, 6, 7, 8], money(36), px(36)).map((b) => b.origin)).toEqual([2, 3, 4, 5, 6, 7, OTHER_ORIGINS]);
    expect(bandOffsets([5, 1, 1, 1, 1, 1, 2, 1], money(13), px(13)).map((b) => b.origin)).toEqual([0, 1, 2, 3, 4, 6, OTHER_ORIGINS]);
  });
});

describe('back-link paths', () => {
  const back: BackRoute = { back: true, x0: 300, y0: 50, x1: 100, y1: 80, after: [], before: [], laneY: 400, reach: 20, width: 4 };

  it('shifts a band of a back link to the inside of the loop', () => {
    expect(linkPath(back, 3)).toBe('M300,53L312,53Q317,53,317,58L317,392Q317,397,312,397L88,397Q83,397,83,392L83,88Q83,83,88,83L100,83');
    expect(linkPath(back, -3)).toBe('M300,47L312,47Q323,47,323,58L323,392Q323,403,312,403L88,403Q77,403,77,392L77,88Q77,77,88,77L100,77');
  });

  it('tightens the corners to the room there is: a shallow lane, a short reach, a target right of its source', () => {
    // Lane 10 px below the lower end: corners of 5.
    expect(linkPath({ ...back, laneY: 90 })).toBe(
      'M300,50L315,50Q320,50,320,55L320,85Q320,90,315,90L85,90Q80,90,80,85L80,85Q80,80,85,80L100,80',
    );
    // Reaching 2 px beyond the nodes: corners of 2.
    expect(linkPath({ ...back, x1: 290, reach: 2 })).toBe(
      'M300,50L300,50Q302,50,302,52L302,398Q302,400,300,400L290,400Q288,400,288,398L288,82Q288,80,290,80L290,80',
    );
    // Turns 2 px apart: corners of 1.
    expect(linkPath({ ...back, x0: 100, x1: 110, reach: 6 })).toBe(
      'M100,50L105,50Q106,50,106,51L106,399Q106,400,105,400L105,400Q104,400,104,399L104,81Q104,80,105,80L110,80',
    );
  });
});

describe('sameRoute', () => {
  const back: BackRoute = { back: true, x0: 300, y0: 50, x1: 100, y1: 80, after: [], before: [], laneY: 400, reach: 20, width: 4 };
  const forward = { back: false, x0: 10, y0: 20, x1: 110, y1: 60, via: [] } as const;

  it('tells routes apart by any one coordinate', () => {
    for (const key of ['x0', 'y0', 'x1', 'y1'] as const) {
      expect(sameRoute({ ...forward, [key]: forward[key] + 1 }, forward)).toBe(false);
      expect(sameRoute({ ...back, [key]: back[key] + 1 }, back)).toBe(false);
    }
    for (const key of ['laneY', 'reach', 'width'] as const) expect(sameRoute({ ...back, [key]: back[key] + 1 }, back)).toBe(false);
  });

  it('tells a forward route from a back route on the same ends, either way round', () => {
    const sameEnds: BackRoute = { ...back, x0: 10, y0: 20, x1: 110, y1: 60 };
    expect(sameRoute(sameEnds, forward)).toBe(false);
    expect(sameRoute(forward, sameEnds)).toBe(false);
    expect(sameRoute(null, forward)).toBe(false);
  });
});
