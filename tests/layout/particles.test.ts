// Play's particles: coloured by origin in proportion to the money, each within its band and the link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER_ORIGINS, bandOffsets, MAX_BANDS, MIN_BAND_LINK_WIDTH } from '../../src/layout/linkPaths';
import { particleStreams } from '../../src/layout/particles';
import type { LinkShape } from '../../src/layout/sankeyLayout';
import { px, pxPerMoney } from '../../src/layout/units';
import { money } from '../../src/model/units';

const SCALE = pxPerMoney(2);

/** A link carrying `byOrigin` at SCALE, as the layout makes it. */
function link(byOrigin: number[]): LinkShape {
  const value = money(byOrigin.reduce((a, b) => a + b, 0));
  const width = px(value * SCALE);
  return {
    key: 'l',
    flow: 0,
    source: 'a',
    target: 'b',
    value,
    width,
    back: false,
    route: { back: false, x0: 0, y0: 50, x1: 200, y1: 80, via: [] },
    bands: bandOffsets(byOrigin, value, width),
  };
}

const parts = fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true })), { minLength: 1, maxLength: 9 });

describe('particleStreams', () => {
  it('gives each origin a stream as wide as its share of the link, in its band, when the round is the whole link', () => {
    const l = link([30, 0, 10]);
    const streams = particleStreams(l, [30, 0, 10], l.value, SCALE);
    expect(streams.map((s) => [s.origin, s.width, s.offset])).toEqual(l.bands.map((b) => [b.origin, b.width, b.offset]));
    expect(streams.map((s) => s.width)).toEqual([60, 20]);
    // Particles as long as the link is wide, up to 10 px, one every 24 px.
    expect(streams.every((s) => s.length === 10 && s.length + s.gap === 24)).toBe(true);
  });

  it('colours a link by origin in proportion to the round’s money, each particle within its band and the link', () => {
    fc.assert(
      fc.property(parts, parts, fc.double({ min: 0.01, max: 1, noNaN: true }), (whole, roundParts, fraction) => {
        const l = link(whole);
        fc.pre(l.value > 0);
        // The round carries part of the link's money, split by origin its own way.
        const roundTotal = roundParts.reduce((a, b) => a + b, 0);
        fc.pre(roundTotal > 0);
        const round = roundParts.map((v) => (v / roundTotal) * l.value * fraction);
        const value = money(l.value * fraction);
        const streams = particleStreams(l, round, value, SCALE);
        const width = Math.min(l.width, value * SCALE);
        expect(streams.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(width, 6);
        // Under 2 px, as the links themselves, one stream in the main origin's colour.
        if (width < MIN_BAND_LINK_WIDTH) {
          expect(streams).toHaveLength(1);
          expect(round[streams[0]!.origin]).toBe(Math.max(...round));
          return;
        }
        // Colours in proportion: each origin's breadth over the whole is its money over the round's.
        for (const stream of streams) {
          const share = stream.origin === OTHER_ORIGINS ? stream.value / value : (round[stream.origin] as number) / value;
          expect(stream.width / width).toBeCloseTo(share, 6);
        }
        if (roundParts.filter((v) => v > 0).length <= MAX_BANDS) expect(streams.every((s) => s.origin !== OTHER_ORIGINS)).toBe(true);
        // Within the link, and side by side without overlapping: each particle stays in its band.
        const sorted = [...streams].sort((a, b) => a.offset - b.offset);
        let edge = -l.width / 2 - 1e-9;
        for (const s of sorted) {
          expect(s.offset - s.width / 2).toBeGreaterThanOrEqual(edge - 1e-9);
          edge = s.offset + s.width / 2;
          expect(edge).toBeLessThanOrEqual(l.width / 2 + 1e-9);
          expect(s.length).toBeGreaterThanOrEqual(3);
          expect(s.length).toBeLessThanOrEqual(10);
        }
      }),
    );
  });

  it('draws nothing on a link without a route or a round without money there', () => {
    const l = link([5, 5]);
    expect(particleStreams({ ...l, route: null }, [5, 5], l.value, SCALE)).toEqual([]);
    expect(particleStreams(l, [0, 0], money(0), SCALE)).toEqual([]);
  });
});
