// The tornado chart's geometry from plain numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentMarkPath, tornadoGeometry } from '../../src/layout/tornadoGeometry';

const rows = [
  { key: 'wide', atMin: 0.4, atMax: 0.1 },
  { key: 'narrow', atMin: 0.2, atMax: 0.25 },
  { key: 'still', atMin: 0.2, atMax: 0.2 },
  { key: 'half', atMin: null, atMax: 0.3 },
];

describe('tornado geometry', () => {
  const g = tornadoGeometry(rows, 0.2, { width: 320, rowHeight: 30, margin: 60 });
  const x = (v: number) => g.left + ((v - g.ticks[0]!.value) / (g.ticks.at(-1)!.value - g.ticks[0]!.value)) * (g.right - g.left);

  it('keeps the rows in the order given, one under the other', () => {
    expect(g.bars.map((b) => b.key)).toEqual(['wide', 'narrow', 'still', 'half']);
    g.bars.forEach((bar, i) => {
      expect(bar.y).toBeGreaterThanOrEqual(i * 30);
      expect(bar.y + bar.height).toBeLessThanOrEqual((i + 1) * 30);
      expect(bar.labelY).toHaveLength(1);
      expect(bar.labelY[0]).toBeLessThan(bar.y);
    });
    expect(g.axisY).toBeGreaterThanOrEqual(4 * 30);
    expect(g.height).toBeGreaterThan(g.axisY);
  });

  // A reader's review: at 320 px the line of today's figure, drawn the chart's height, struck through every name.
  it("marks today's figure through each bar and at the axis, never through a name", () => {
    const two = tornadoGeometry(
      rows.map((r) => ({ ...r, labelLines: r.key === 'narrow' ? 3 : 1 })),
      0.2,
      { width: 320, rowHeight: 30, lineHeight: 12, margin: 60 },
    );
    const path = currentMarkPath(two)!;
    const segments = [...path.matchAll(/M([\d.]+),([\d.-]+)V([\d.-]+)/g)].map((m) => ({ x: +m[1]!, y0: +m[2]!, y1: +m[3]! }));
    expect(segments).toHaveLength(two.bars.length + 1);
    for (const segment of segments) expect(segment.x).toBeCloseTo(two.currentX!, 9);
    // Each bar is crossed; no name's line (its glyphs: 11 px above the baseline, 3 below) is.
    for (const bar of two.bars) expect(segments.some((s) => s.y0 <= bar.y && s.y1 >= bar.y + bar.height)).toBe(true);
    for (const bar of two.bars)
      for (const baseline of bar.labelY) expect(segments.filter((s) => s.y0 < baseline + 3 && baseline - 11 < s.y1)).toEqual([]);
    expect(currentMarkPath({ ...two, currentX: null })).toBeNull();
  });

  it('makes a row taller by a line for each more line of its name, its bar under the last', () => {
    const two = tornadoGeometry(
      rows.map((r) => ({ ...r, labelLines: r.key === 'narrow' ? 3 : 1 })),
      0.2,
      { width: 320, rowHeight: 30, lineHeight: 12, margin: 60 },
    );
    const [wide, narrow, still] = two.bars;
    expect(narrow!.labelY).toHaveLength(3);
    expect(narrow!.labelY.map((y) => y - narrow!.labelY[0]!)).toEqual([0, 12, 24]);
    // The name starts below the row above's bar, and ends above its own bar.
    expect(narrow!.labelY[0]!).toBeGreaterThan(wide!.y + wide!.height);
    expect(narrow!.labelY[2]!).toBeLessThan(narrow!.y);
    // The rows below move down by the two more lines.
    expect(still!.y - g.bars[2]!.y).toBe(24);
    expect(two.axisY - g.axisY).toBe(24);
  });

  it('draws each bar between its two ends on one scale, whichever end is higher', () => {
    const wide = g.bars[0]!;
    expect(wide.minX).toBeCloseTo(x(0.4), 9);
    expect(wide.maxX).toBeCloseTo(x(0.1), 9);
    expect(wide.x).toBeCloseTo(x(0.1), 9);
    expect(wide.width).toBeCloseTo(x(0.4) - x(0.1), 9);
    expect(g.bars[1]!.x).toBeCloseTo(x(0.2), 9);
    expect(g.currentX).toBeCloseTo(x(0.2), 9);
  });

  // A reader's review: nothing but a table for screen readers said which end of a bar was the slider's minimum.
  it("splits each bar at today's figure into a part toward each end, the longer drawn first", () => {
    const span = (part: { x: number; width: number }) => [part.x, part.x + part.width];
    const [wide, narrow, , half] = g.bars;
    expect(wide!.parts.map((p) => p.end)).toEqual(['min', 'max']);
    expect(span(wide!.parts[0]!)[0]).toBeCloseTo(x(0.2), 9);
    expect(span(wide!.parts[0]!)[1]).toBeCloseTo(x(0.4), 9);
    expect(span(wide!.parts[1]!)[0]).toBeCloseTo(x(0.1), 9);
    expect(span(wide!.parts[1]!)[1]).toBeCloseTo(x(0.2), 9);
    // Both ends on one side of today's figure: the shorter part lies over the longer.
    expect(narrow!.parts.map((p) => p.end)).toEqual(['max', 'min']);
    expect(narrow!.parts[1]!.width).toBe(0);
    expect(span(narrow!.parts[0]!)[1]).toBeCloseTo(x(0.25), 9);
    // Both ends past today's figure on one side (0.22 and 0.25 beside 0.2): each part runs from today's figure.
    const past = tornadoGeometry([{ key: 'p', atMin: 0.22, atMax: 0.25 }, ...rows], 0.2, { width: 320, rowHeight: 30, margin: 60 });
    const at = (v: number) =>
      past.left + ((v - past.ticks[0]!.value) / (past.ticks.at(-1)!.value - past.ticks[0]!.value)) * (past.right - past.left);
    expect(past.bars[0]!.parts.map((p) => p.end)).toEqual(['max', 'min']);
    expect(past.bars[0]!.parts.map(span)).toEqual([
      [expect.closeTo(at(0.2), 9), expect.closeTo(at(0.25), 9)],
      [expect.closeTo(at(0.2), 9), expect.closeTo(at(0.22), 9)],
    ]);
    // A missing end has no part.
    expect(half!.parts.map((p) => p.end)).toEqual(['max']);
    expect(span(half!.parts[0]!)).toEqual([x(0.2), x(0.3)].map((v) => expect.closeTo(v, 9)));
    // No figure today: the parts meet halfway between the ends.
    const none = tornadoGeometry([{ key: 'a', atMin: 0.1, atMax: 0.3 }], null, { width: 320, margin: 60 });
    const [first, second] = none.bars[0]!.parts;
    expect(first!.width).toBeCloseTo(second!.width, 9);
    expect(first!.x + first!.width).toBeCloseTo(none.bars[0]!.x + none.bars[0]!.width / 2, 9);
  });

  it('gives a slider that moves nothing a bar of no width at its value, and a missing end no position', () => {
    expect(g.bars[2]!.width).toBe(0);
    expect(g.bars[2]!.x).toBeCloseTo(x(0.2), 9);
    expect(g.bars[3]!.minX).toBeNull();
    expect(g.bars[3]!.x).toBeCloseTo(x(0.3), 9);
    expect(g.bars[3]!.width).toBe(0);
  });

  it('spans round ticks that cover every value, within 0..1, across the plot', () => {
    const values = g.ticks.map((t) => t.value);
    expect(values).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(g.ticks[0]!.x).toBe(60);
    expect(g.ticks.at(-1)!.x).toBe(260);
    expect(g.left).toBe(60);
    expect(g.right).toBe(260);
  });

  it('still has an axis when nothing moves, and no line for a missing current value', () => {
    const flat = tornadoGeometry([{ key: 'a', atMin: 0, atMax: 0 }], null, { width: 200 });
    expect(flat.currentX).toBeNull();
    expect(flat.ticks[0]!.value).toBe(0);
    expect(flat.ticks.at(-1)!.value).toBeGreaterThan(0);
    expect(Number.isFinite(flat.bars[0]!.x)).toBe(true);
  });

  it('places every value where the hand-written linear scale it replaced did (d3-scale)', () => {
    // Shares on a 1/10,000 grid: the ticks are rounded to millionths, so they then are the scale's domain exactly.
    const share = fc.option(
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
      { nil: null },
    );
    const row = fc.record({ key: fc.string(), atMin: share, atMax: share });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), share, fc.integer({ min: 120, max: 900 }), (rows, current, width) => {
        const geometry = tornadoGeometry(rows, current, { width });
        const d0 = geometry.ticks[0]!.value;
        const d1 = geometry.ticks.at(-1)!.value;
        // The formula tornadoGeometry used before d3-scale; ticks lie on round values, so the domain is theirs.
        const old = (v: number) => geometry.left + ((v - d0) / (d1 - d0 || 1)) * (geometry.right - geometry.left);
        // To a millionth of a pixel: the two formulas round apart over a domain as narrow as
        // 0.9989–0.999 (seed 910027103 put a bar 5e-10 px away, past 9 digits).
        const DIGITS = 6;
        if (current !== null) expect(geometry.currentX).toBeCloseTo(old(current), DIGITS);
        geometry.ticks.forEach((tick) => expect(tick.x).toBeCloseTo(old(tick.value), DIGITS));
        geometry.bars.forEach((bar, i) => {
          const { atMin, atMax } = rows[i]!;
          if (atMin !== null) expect(bar.minX).toBeCloseTo(old(atMin), DIGITS);
          if (atMax !== null) expect(bar.maxX).toBeCloseTo(old(atMax), DIGITS);
        });
      }),
    );
  });
});
