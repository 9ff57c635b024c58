// Label placement at its boundaries: touching labels, exact fits, ties, and the width estimate's ranges.
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, placeLabels } from '../../src/layout/labels';
import type { NodeBox } from '../../src/layout/sankeyLayout';
import { nodeBox } from './nodeBox';

const LINE = 10; // label blocks are 20 px tall
const node = (key: string, column: number, y0: number, y1: number, value = y1 - y0, entity = 0): NodeBox =>
  nodeBox(key, column, y0, y1, value, entity, 200, 12);
const place = (nodes: NodeBox[], width = 1000, labelWidth = 50) => placeLabels(nodes, width, 300, LINE, () => labelWidth);

describe('placeLabels', () => {
  it('puts the labels of a single column on the right', () => {
    expect(place([node('a', 0, 0, 50)])[0]).toEqual({ key: 'a', x: 16, y: 25, anchor: 'start', visible: true });
  });

  it('keeps a label block inside the chart at the bottom', () => {
    expect(place([node('a', 0, 290, 300)])[0]!.y).toBe(300 - LINE);
  });

  it('shows labels whose blocks just touch, in one column and across columns', () => {
    // Centres 20 px apart: blocks [0, 20] and [20, 40].
    expect(place([node('a', 0, 0, 20, 5), node('b', 0, 20, 40, 4)]).map((l) => l.visible)).toEqual([true, true]);
    // A wide label from column 0 reaching column 1's label (at x 216) exactly; column 2 is the last.
    const across = (labelWidth: number) =>
      placeLabels([node('a', 0, 0, 20, 5), node('b', 1, 0, 20, 4), node('z', 2, 200, 220, 1)], 1000, 300, LINE, (key) =>
        key === 'a' ? labelWidth : 50,
      ).map((l) => l.visible);
    expect(across(200)).toEqual([true, true, true]);
    expect(across(201)).toEqual([true, false, true]);
  });

  it('shows a label that fits the chart exactly and hides one a pixel wider', () => {
    expect(place([node('a', 0, 0, 50)], 66)[0]!.visible).toBe(true);
    expect(place([node('a', 0, 0, 50)], 65)[0]!.visible).toBe(false);
    // On the left of the last column: from x0 − 4 leftwards.
    const last = (labelWidth: number) => place([node('a', 0, 0, 50), node('z', 1, 100, 150)], 1000, labelWidth)[1]!;
    expect(last(196)).toMatchObject({ anchor: 'end', x: 196, visible: true });
    expect(last(197).visible).toBe(false);
  });

  it('places the alphabetically first of equal nodes first, and never labels an empty node', () => {
    expect(place([node('b', 0, 0, 20), node('a', 0, 5, 25)]).map((l) => [l.key, l.visible])).toEqual([
      ['b', false],
      ['a', true],
    ]);
    expect(place([node('empty', 0, 0, 20, 0)])[0]!.visible).toBe(false);
  });
});

describe('estimateTextWidth', () => {
  it('counts CJK, compatibility ideographs and full-width forms as one em, their neighbours as 0.58', () => {
    const widths = [0x2e7f, 0x2e80, 0x9fff, 0xa000, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xfeff, 0xff00, 0xffef, 0xfff0].map((code) =>
      estimateTextWidth(String.fromCharCode(code), 10),
    );
    expect(widths.map((w) => Math.round(w * 10) / 10)).toEqual([5.8, 10, 10, 5.8, 5.8, 10, 10, 5.8, 5.8, 10, 10, 5.8]);
  });

  it('gives the same width for a text it has seen, at any font size', () => {
    expect(estimateTextWidth('abc', 10)).toBeCloseTo(17.4, 12);
    expect(estimateTextWidth('abc', 20)).toBeCloseTo(34.8, 12);
  });
});

describe('placeLabels across columns', () => {
  it('lets labels of different columns share rows, and says where a hidden label would go', () => {
    const labels = place([node('a', 0, 0, 20, 5), node('b', 1, 0, 20, 4), node('c', 1, 5, 25, 3), node('z', 2, 0, 20, 2)]);
    expect(labels.map((l) => [l.key, l.visible, l.anchor])).toEqual([
      ['a', true, 'start'],
      ['b', true, 'start'],
      ['c', false, 'start'],
      ['z', true, 'end'],
    ]);
    const hiddenOnLeft = place([node('a', 0, 0, 20, 5), node('y', 1, 0, 20, 4), node('z', 1, 5, 25, 3)]);
    expect(hiddenOnLeft[2]).toMatchObject({ key: 'z', visible: false, anchor: 'end' });
  });

  it('does not let a label that did not fit block another', () => {
    const labels = placeLabels([node('a', 0, 0, 20, 5), node('b', 1, 0, 20, 4), node('z', 2, 200, 220, 1)], 1000, 300, LINE, (key) =>
      key === 'a' ? 5000 : 50,
    );
    expect(labels.map((l) => l.visible)).toEqual([false, true, true]);
  });
});
