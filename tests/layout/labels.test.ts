import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  LABEL_GAP,
  placeLabels,
  plainList,
  provideRectStrips,
  TAG_HEIGHT,
  tagWidth,
  type LabelPlacement,
  type Rect,
} from '../../src/layout/labels';
import { rectStrips } from '../../src/layout/rectStrips';
import type { LabelText } from '../../src/layout/labelText';
import type { NodeBox } from '../../src/layout/sankeyLayout';
import { nodeBox } from './nodeBox';

const LINE = 15;
/** Ten pixels a character: widths easy to reason about. */
const measure = (text: string) => text.length * 10;
const node = (key: string, column: number, y0: number, y1: number, value = y1 - y0, entity = 0, spacing = 200): NodeBox =>
  nodeBox(key, column, y0, y1, value, entity, spacing, 12);
const named = (name: string, short?: string) => (): LabelText => ({ name, short, amount: '$1' });

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** What a label covers as drawn: its number's tag, or a rect per line of text (each as wide as that line). */
function rectsOf(label: LabelPlacement): Rect[] {
  if (label.tag) {
    const w = tagWidth(label.tag.number);
    return [{ x0: label.tag.x - w / 2, x1: label.tag.x + w / 2, y0: label.tag.y - TAG_HEIGHT / 2, y1: label.tag.y + TAG_HEIGHT / 2 }];
  }
  const lines = [...label.name, ...label.amount];
  const top = label.y - (lines.length * LINE) / 2;
  return lines.map((line, i) => {
    const w = measure(line);
    const x0 = label.anchor === 'end' ? label.x - w : label.x;
    return { x0, x1: x0 + w, y0: top + i * LINE, y1: top + (i + 1) * LINE };
  });
}

/**
 * Each label (or number) inside the chart, over no box but its own, and no line of it over another
 * label's; with `gap`, at least that far from another label's line on the same row, so as not to
 * read as one text.
 */
function expectApart(labels: LabelPlacement[], nodes: NodeBox[], width: number, height: number, gap = 0) {
  const rects = labels.map(rectsOf);
  const widened = (r: Rect): Rect => ({ ...r, x0: r.x0 - gap, x1: r.x1 + gap });
  labels.forEach((label, i) => {
    for (const r of rects[i]!) {
      expect(r.x0 >= 0 && r.x1 <= width && r.y0 >= 0 && r.y1 <= height, `${label.key} leaves the chart`).toBe(true);
      expect(nodes.filter((n) => n.key !== label.key && overlaps(r, n)).map((n) => n.key)).toEqual([]);
      rects.slice(i + 1).forEach((others, j) =>
        expect(
          others.some((other) => overlaps(widened(r), other)),
          `${label.key} and ${labels[i + 1 + j]!.key}`,
        ).toBe(false),
      );
    }
  });
}

/** Columns of boxes stacked with room between them, as the layout stacks them, and names of any length. */
const randomColumns = fc
  .record({
    width: fc.integer({ min: 320, max: 1280 }),
    columns: fc.array(
      fc.array(
        fc.record({
          h: fc.integer({ min: 1, max: 80 }),
          gap: fc.integer({ min: 8, max: 60 }),
          name: fc.string({ minLength: 1, maxLength: 30 }),
        }),
        {
          minLength: 1,
          maxLength: 7,
        },
      ),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ width, columns }) => {
    const spacing = (width - 12) / Math.max(1, columns.length - 1);
    const names = new Map<string, string>();
    const nodes = columns.flatMap((column, c) => {
      let y = 0;
      return column.map(({ h, gap, name }, i) => {
        y += gap;
        const box = node(`n${c}.${i}`, c, y, y + h, h, names.size, spacing);
        names.set(box.key, name);
        y += h;
        return box;
      });
    });
    return { width, height: Math.max(420, ...nodes.map((n) => n.y1 + 10)), nodes, names };
  });

describe('label placement', () => {
  it('names every node, by a label or a number, with nothing overlapping another label or a box not its own, inside the chart', () => {
    fc.assert(
      fc.property(randomColumns, ({ width, height, nodes, names }) => {
        const labels = placeLabels(nodes, (n) => ({ name: names.get(n.key)!, amount: '$1' }), { width, height, lineHeight: LINE, measure });
        for (const label of labels) expect(label.visible || label.tag !== undefined).toBe(true);
        expectApart(labels, nodes, width, height, LABEL_GAP);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  }, 60_000);

  it('in a graph of hundreds of boxes, draws only labels that overlap no other label nor a box not their own, inside the chart', () => {
    const crowded = fc
      .record({
        width: fc.integer({ min: 320, max: 1280 }),
        columns: fc.array(
          fc.array(fc.record({ h: fc.integer({ min: 1, max: 12 }), gap: fc.integer({ min: 1, max: 30 }) }), {
            minLength: 20,
            maxLength: 60,
          }),
          { minLength: 4, maxLength: 8 },
        ),
        names: fc.array(fc.string({ minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 20 }),
      })
      .filter(({ columns }) => columns.flat().length > 150)
      .map(({ width, columns, names }) => {
        const spacing = (width - 12) / (columns.length - 1);
        const nodes = columns.flatMap((column, c) => {
          let y = 0;
          return column.map(({ h, gap }, i) => {
            y += gap;
            const box = node(`n${c}.${i}`, c, y, y + h, h, 0, spacing);
            y += h;
            return box;
          });
        });
        return { width, height: Math.max(...nodes.map((n) => n.y1 + 10)), nodes, names };
      });
    // (Strips handed over here too, not only by the tests' setup: what the plain list is compared with.)
    provideRectStrips(rectStrips);
    fc.assert(
      fc.property(crowded, ({ width, height, nodes, names }) => {
        const labels = placeLabels(nodes, (n) => ({ name: names[nodes.indexOf(n) % names.length]!, amount: '$1' }), {
          width,
          height,
          lineHeight: LINE,
          measure,
        });
        // (A chart too crowded may show none: the tooltips name every box.)
        expectApart(
          labels.filter((label) => label.visible),
          nodes,
          width,
          height,
        );
        // The same before the strips' code is loaded (read from a plain list).
        provideRectStrips(plainList);
        try {
          const plain = placeLabels(nodes, (n) => ({ name: names[nodes.indexOf(n) % names.length]!, amount: '$1' }), {
            width,
            height,
            lineHeight: LINE,
            measure,
          });
          expect(plain).toEqual(labels);
        } finally {
          provideRectStrips(rectStrips);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  }, 60_000);

  it('labels the focus first and in words even where there is no room, then the biggest', () => {
    // Three boxes in a chart 45 px tall: room beside them for one two-line label.
    const nodes = [node('small', 0, 0, 10, 10, 0), node('big', 0, 10.5, 35, 55, 1), node('focus', 0, 35.5, 45, 5, 2)];
    const place = (first: Set<number>) =>
      placeLabels(nodes, named('name'), { width: 70, height: 45, lineHeight: LINE, measure, first }).map((l) => [l.key, l.visible]);
    expect(place(new Set())).toEqual([
      ['small', false],
      ['big', true],
      ['focus', false],
    ]);
    expect(place(new Set([2]))).toContainEqual(['focus', true]);
    const cramped = placeLabels([node('focus', 0, 0, 240, 5, 2)], named('a very long name'), {
      width: 40,
      height: 240,
      lineHeight: LINE,
      measure,
      first: new Set([2]),
    });
    expect(cramped[0]).toMatchObject({ visible: true, name: ['a very long name'] });
    expect(cramped[0]!.tag).toBeUndefined();
  });

  it('puts labels of the last column on its left, the others on their right', () => {
    const labels = placeLabels([node('a', 0, 0, 50), node('z', 2, 0, 50)], named('ab'), {
      width: 1000,
      height: 640,
      lineHeight: LINE,
      measure,
    });
    expect(labels.map((l) => [l.anchor, l.x])).toEqual([
      ['start', 16],
      ['end', 396],
    ]);
  });

  it('writes the full name where it fits, else the short name, else wrapped, else a number; the number’s key entry has the full name', () => {
    const at = (width: number) =>
      placeLabels([node('a', 0, 100, 140)], named('Frontier lab', 'Lab'), { width, height: 300, lineHeight: LINE, measure })[0]!;
    expect(at(200)).toMatchObject({ name: ['Frontier lab'], amount: ['$1'], visible: true });
    expect(at(100)).toMatchObject({ name: ['Lab'], visible: true });
    const wrapped = placeLabels([node('a', 0, 100, 140)], named('Frontier lab'), {
      width: 100,
      height: 300,
      lineHeight: LINE,
      measure,
    })[0]!;
    expect(wrapped).toMatchObject({ name: ['Frontier', 'lab'], visible: true });
    const numbered = at(40);
    expect(numbered).toMatchObject({ visible: false, name: ['Frontier lab'], amount: ['$1'], tag: { number: 1 } });
  });

  it('moves a label off a crowded box with a leader line from the box', () => {
    // b's own rows are taken by a's label: b's goes below, joined to its box by a line.
    const labels = placeLabels([node('a', 0, 100, 130, 30), node('b', 0, 131, 134, 3)], named('ab'), {
      width: 100,
      height: 300,
      lineHeight: LINE,
      measure,
    });
    const b = labels[1]!;
    expect(b.visible).toBe(true);
    expect(b.leader).toMatchObject({ x1: 12, x2: 24, y2: b.y });
    expect(Math.abs(b.y - 132.5)).toBeGreaterThan(LINE / 2);
    expect(labels[0]!.leader).toBeUndefined();
  });

  it('lets a label stand beside the short line of another, under its long one', () => {
    // a's label: a long name (x 16–176, y 90–105) over a short amount (x 16–36, y 105–120). b, in the
    // last column, is labelled on its left (x 126–196), centred on its box at y 121: clear of both of
    // a's lines, though not of the block round them (which would move b's label down, with a leader).
    const text = (n: NodeBox): LabelText =>
      n.key === 'a' ? { name: 'A long name here', amount: '$1' } : { name: 'Bbbbbbb', amount: '$1' };
    const labels = placeLabels([node('a', 0, 100, 110, 10), node('b', 1, 119, 123, 4)], text, {
      width: 400,
      height: 300,
      lineHeight: LINE,
      measure,
    });
    const [a, b] = labels;
    expect(a).toMatchObject({ visible: true, x: 16, y: 105, anchor: 'start' });
    expect(b).toMatchObject({ visible: true, x: 196, y: 121, anchor: 'end' });
    expect(b!.leader).toBeUndefined();
    expectApart(labels, [node('a', 0, 100, 110, 10), node('b', 1, 119, 123, 4)], 400, 300);
  });

  it('numbers the boxes without room in reading order: column by column, top to bottom', () => {
    const nodes = [node('late', 1, 0, 30, 1, 0, 30), node('low', 0, 100, 130, 2, 1, 30), node('high', 0, 0, 30, 3, 2, 30)];
    const labels = placeLabels(nodes, named('a long name'), { width: 60, height: 140, lineHeight: LINE, measure });
    expect(labels.map((l) => [l.key, l.tag?.number])).toEqual([
      ['late', 3],
      ['low', 2],
      ['high', 1],
    ]);
  });

  it('asks for the text of only the labels that might still fit in a big graph, and numbers none', () => {
    const column = Array.from({ length: 400 }, (_, i) => node(`n${i}`, 1, i * 1.5, i * 1.5 + 1));
    let asked = 0;
    const labels = placeLabels(column, () => (asked++, { name: 'n', amount: '1' }), {
      width: 1000,
      height: 640,
      lineHeight: LINE,
      measure,
    });
    const visible = labels.filter((l) => l.visible).length;
    expect(visible).toBeGreaterThan(10);
    expect(asked).toBe(visible);
    expect(labels.some((l) => l.tag)).toBe(false);
  });

  it('never labels a node without money', () => {
    expect(placeLabels([node('empty', 0, 0, 20, 0)], named('a'), { width: 1000, height: 300, lineHeight: LINE, measure })[0]).toMatchObject(
      {
        visible: false,
        name: [],
      },
    );
  });

  it('estimates CJK characters as square and Latin ones as narrower', () => {
    expect(estimateTextWidth('輝達', 10)).toBe(20);
    expect(estimateTextWidth('Nvidia', 10)).toBeCloseTo(10 * (0.72 + 0.58 + 0.32 + 0.58 + 0.32 + 0.58), 10);
    expect(estimateTextWidth('US$117B', 10)).toBeCloseTo(10 * (0.72 * 3 + 0.58 + 0.64 * 3), 10);
  });
});
