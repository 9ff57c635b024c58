import { describe, expect, it } from 'vitest';
import { DOT_WIDTH, DOTS, LINK_MARKS, linkMark, linkMarkStyle, marksPresent, routeLength } from '../../src/layout/linkMarks';
import type { FlowStanding } from '../../src/model/flowStanding';

const standing = (commitment: FlowStanding['commitment']): FlowStanding => ({ status: null, basis: 'reported', commitment });

describe('linkMark', () => {
  it('draws committed money solid, uncommitted dashed, on ice hatched and assumptions dotted', () => {
    expect(linkMark(standing('committed'))).toBe('solid');
    expect(linkMark(standing('uncommitted'))).toBe('dashed');
    expect(linkMark(standing('on-ice'))).toBe('hatched');
    expect(linkMark(standing('assumed'))).toBe('dotted');
    expect(linkMark(undefined)).toBe('solid');
  });
});

describe('linkMarkStyle', () => {
  it('draws solid links continuous and unfaded', () => {
    expect(linkMarkStyle('solid', 10)).toEqual({ dashes: null, fade: 1, hatchWidth: 0, dotWidth: 0 });
  });

  it('keeps dashes readable on a 1 px link and broken on a wide one, and dots shorter than dashes at every width', () => {
    for (const width of [0.5, 1, 3, 8, 20, 60]) {
      const [dash, gap] = linkMarkStyle('dashed', width).dashes!;
      const [dot, dotGap] = DOTS;
      expect(dash).toBeGreaterThanOrEqual(7);
      expect(gap).toBeGreaterThanOrEqual(4);
      expect(dot).toBeLessThanOrEqual(4);
      expect(dash).toBeGreaterThan(2 * dot);
      expect(dotGap).toBeGreaterThanOrEqual(dot);
    }
    expect(linkMarkStyle('dashed', 1).dashes).toEqual([7, 4]);
    // Gaps of at most 5 px: on a wide band that curves steeply, a wider gap opened on the curve's
    // outer edge until the band read as a fan of separate wedges (a reader's review, at 768 px).
    expect(linkMarkStyle('dashed', 60).dashes).toEqual([22, 5]);
  });

  it('shortens the dashes of a link shorter than it is wide, so it still shows several', () => {
    expect(linkMarkStyle('dashed', 80, 65).dashes).toEqual([13, 5]);
    expect(linkMarkStyle('dashed', 80, 20).dashes).toEqual([7, 4]);
    expect(routeLength({ back: false, x0: 0, y0: 0, x1: 30, y1: 40, via: [] })).toBe(50);
    expect(routeLength({ back: true, x0: 0, y0: 0, x1: 30, y1: 40, after: [], before: [], laneY: 90, reach: 10, width: 4 })).toBe(Infinity);
    expect(routeLength(null)).toBe(Infinity);
  });

  it('fades an assumed link and dots a line along its middle, or dots a link no wider than that line', () => {
    for (const width of [0.5, 1, DOT_WIDTH])
      expect(linkMarkStyle('dotted', width)).toEqual({ dashes: DOTS, fade: 1, hatchWidth: 0, dotWidth: 0 });
    for (const width of [2.5, 8, 60])
      expect(linkMarkStyle('dotted', width)).toEqual({ dashes: null, fade: 0.5, hatchWidth: 0, dotWidth: DOT_WIDTH });
  });

  it('fades a link on ice and hatches it at least 3 px wide', () => {
    expect(linkMarkStyle('hatched', 1)).toEqual({ dashes: null, fade: 0.35, hatchWidth: 3, dotWidth: 0 });
    expect(linkMarkStyle('hatched', 12).hatchWidth).toBe(12);
  });
});

describe('marksPresent', () => {
  it('lists the marks of links that carry money, in legend order', () => {
    const links = [
      { standing: standing('assumed'), width: 3 },
      { standing: standing('on-ice'), width: 0 },
      { standing: undefined, width: 1 },
      { standing: standing('uncommitted'), width: 2 },
    ];
    expect(marksPresent(links)).toEqual(['solid', 'dashed', 'dotted']);
    expect(LINK_MARKS).toEqual(['solid', 'dashed', 'hatched', 'dotted']);
  });
});
