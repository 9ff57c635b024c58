// Dragged boxes go where they are taken; the others in their column make way; nothing overlaps.
import fc from 'fast-check';
import './withDragNodes';
import { describe, expect, it } from 'vitest';
import { dragShifts, settleColumn, type ColumnBox } from '../../src/layout/dragNodes';
import { chartGraph, chartLayout, chartNodeOrder } from '../../src/layout/chartGeometry';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { loadDefaultDataset } from '../model/fixtures';

const GAP = 10;

/** A column as a layout leaves it: boxes top to bottom, at least GAP apart, inside 0..bottom. */
const column = fc
  .array(fc.record({ height: fc.integer({ min: 0, max: 80 }), space: fc.integer({ min: GAP, max: 60 }) }), { minLength: 1, maxLength: 7 })
  .chain((parts) => {
    let y = 0;
    const boxes = parts.map(({ height, space }, i) => {
      if (i > 0) y += space;
      const box = { y0: y, y1: y + height };
      y += height;
      return box;
    });
    return fc.record({
      boxes: fc.constant(boxes),
      slack: fc.integer({ min: 0, max: 200 }),
      offsets: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -600, max: 600 })), {
        minLength: parts.length,
        maxLength: parts.length,
      }),
    });
  })
  .map(({ boxes, slack, offsets }) => ({
    bottom: (boxes.at(-1)?.y1 ?? 0) + slack,
    boxes: boxes.map((b, i): ColumnBox => ({ ...b, offset: offsets[i]! })),
  }));

function expectSettled(boxes: readonly ColumnBox[], tops: number[], bottom: number) {
  const placed = tops.map((y0, i) => ({ y0, y1: y0 + boxes[i]!.y1 - boxes[i]!.y0 })).sort((a, b) => a.y0 - b.y0 || a.y1 - b.y1);
  for (const box of placed) {
    expect(box.y0).toBeGreaterThanOrEqual(-1e-9);
    expect(box.y1).toBeLessThanOrEqual(bottom + 1e-9);
  }
  for (let k = 1; k < placed.length; k++) expect(placed[k]!.y0).toBeGreaterThanOrEqual(placed[k - 1]!.y1 - 1e-9);
}

describe('settleColumn', () => {
  it('never lets boxes overlap or leave the column, however far they are dragged (property)', () => {
    fc.assert(
      fc.property(column, ({ boxes, bottom }) => {
        expectSettled(boxes, settleColumn(boxes, 0, bottom, GAP), bottom);
      }),
    );
  });

  it('leaves a column nobody dragged as it was (property)', () => {
    fc.assert(
      fc.property(column, ({ boxes, bottom }) => {
        const still = boxes.map((b) => ({ ...b, offset: 0 }));
        expect(settleColumn(still, 0, bottom, GAP)).toEqual(still.map((b) => b.y0));
      }),
    );
  });

  it('takes one dragged box exactly where it is dragged when the others have room to make way (property)', () => {
    fc.assert(
      fc.property(column, fc.nat(), ({ boxes, bottom }, pick) => {
        const d = pick % boxes.length;
        const one = boxes.map((b, i) => ({ ...b, offset: i === d ? b.offset : 0 }));
        const dragged = one[d]!;
        const height = dragged.y1 - dragged.y0;
        const wanted = dragged.y0 + dragged.offset;
        const centre = wanted + height / 2;
        const others = one.filter((_, i) => i !== d);
        const centres = others.map((b) => (b.y0 + b.y1) / 2);
        fc.pre(centres.every((c) => c !== centre));
        const need = (list: ColumnBox[]) => list.reduce((sum, b) => sum + b.y1 - b.y0 + GAP, 0);
        const above = others.filter((_, i) => centres[i]! < centre);
        const below = others.filter((_, i) => centres[i]! > centre);
        fc.pre(wanted - need(above) >= 0 && wanted + height + need(below) <= bottom);
        const tops = settleColumn(one, 0, bottom, GAP);
        expect(tops[d]).toBeCloseTo(wanted, 9);
        expectSettled(one, tops, bottom);
      }),
    );
  });

  it('pushes the box above out of the way, then stops at the top', () => {
    const boxes = [
      { y0: 0, y1: 40, offset: 0 },
      { y0: 60, y1: 100, offset: -15 },
    ];
    // 15 px up: the box above has no room to go, so the dragged one stops 10 px under it.
    expect(settleColumn(boxes, 0, 200, GAP)).toEqual([0, 50]);
    // Dragged past its middle, it swaps places and pushes the other down.
    boxes[1]!.offset = -70;
    expect(settleColumn(boxes, 0, 200, GAP)).toEqual([50, 0]);
  });
});

describe('dragged nodes in the laid-out chart', () => {
  it('keep every column free of overlaps whichever node is dragged however far (property)', () => {
    const dataset = loadDefaultDataset();
    const model = compileModel(dataset);
    const graph = chartGraph(model, 'loop', solveLoop(model, defaultValues(dataset.parameters)), []);
    const order = chartNodeOrder(model, 'loop', 4);
    const keys = chartLayout(graph, 900, order, undefined)
      .nodes.filter((n) => n.value > 0)
      .map((n) => n.key);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: -800, max: 800 }), (key, dy) => {
        const moved = chartLayout(graph, 900, order, { [key]: dy });
        for (const x0 of new Set(moved.nodes.map((n) => n.x0))) {
          const sorted = moved.nodes.filter((n) => n.x0 === x0).sort((a, b) => a.y0 - b.y0);
          for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.y0).toBeGreaterThanOrEqual(sorted[k - 1]!.y1 - 1e-6);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('moves only the nodes of the dragged column', () => {
    const nodes = [
      { key: 'a', x0: 0, y0: 0, y1: 40 },
      { key: 'b', x0: 0, y0: 50, y1: 90 },
      { key: 'c', x0: 100, y0: 0, y1: 40 },
    ];
    expect(dragShifts(nodes, { b: 20, c: 5 }, 0, 200, GAP)).toEqual(
      new Map([
        ['b', 20],
        ['c', 5],
      ]),
    );
    // Up, the box above is already at the top: the dragged one stops a gap under it.
    expect(dragShifts(nodes, { b: -20 }, 0, 200, GAP)).toEqual(new Map());
  });
});
