import { describe, expect, it } from 'vitest';
import type { LinkRoute } from '../../src/layout/linkPaths';
import type { Geometry, LinkShape, NodeBox } from '../../src/layout/sankeyLayout';
import { stressMarks } from '../../src/layout/stressMarks';
import { px, pxPerMoney } from '../../src/layout/units';
import { money } from '../../src/model/units';

const route: LinkRoute = { back: false, x0: 20, y0: 10, x1: 200, y1: 60, via: [] } as unknown as LinkRoute;

function node(key: string, entity: number, y0: number): NodeBox {
  return { key, entity, x0: px(0), x1: px(10), y0: px(y0), y1: px(y0 + 20), value: money(10), column: 0 };
}

function link(key: string, flow: number, paid: number, scale: number): LinkShape {
  return { key, flow, source: 'a', target: 'b', value: money(paid), width: px(paid * scale), back: false, route, bands: [] };
}

/** Two links at 2 px per unit of money: flow 0 pays 30 of 50 due, flow 1 pays in full. */
function geometry(): Geometry {
  return {
    width: px(400),
    height: px(300),
    scale: pxPerMoney(2),
    columns: 2,
    nodes: [node('a', 0, 0), node('b', 1, 40), node('c', 2, 80)],
    links: [link('a→b', 0, 30, 2), link('b→c', 1, 20, 2)],
  };
}

const obligations = [
  { flow: 0, from: 0, due: 50, paid: 30 },
  { flow: 1, from: 1, due: 20, paid: 20 },
  // Debt service is not drawn: it has no link to put a band on.
  { flow: null, from: 2, due: 40, paid: 10 },
];

describe('stressMarks', () => {
  it("draws each unpaid part at the chart's px-per-money scale, just past the paid band", () => {
    const { shortfalls } = stressMarks(geometry(), obligations, [1, 0, 2], 2);
    expect(shortfalls).toHaveLength(1);
    const [band] = shortfalls;
    expect(band!.link).toBe('a→b');
    expect(band!.width).toBeCloseTo((50 - 30) * 2, 12);
    expect(band!.unpaid).toBeCloseTo(20, 12);
    // Paid band 60 px wide: the shortfall starts at its edge (30 px) and is centred 20 px further.
    expect(band!.offset).toBeCloseTo(30 + 20, 12);
  });

  it('marks only the entities that default, up to the round shown, with their round', () => {
    expect(stressMarks(geometry(), obligations, [1, 0, 2], 2).defaults.map((d) => [d.node, d.round])).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
    expect(stressMarks(geometry(), obligations, [1, 0, 2], 1).defaults.map((d) => d.node)).toEqual(['a']);
    expect(stressMarks(geometry(), obligations, [0, 0, 0], 3).defaults).toEqual([]);
  });

  it("draws a shortfall from its payer's round on, so stepping through the cascade shows who stops paying when", () => {
    // a defaults in round 2 here: its unpaid 20 is not drawn at rounds 0 and 1.
    expect(stressMarks(geometry(), obligations, [2, 0, 1], 0).shortfalls).toEqual([]);
    expect(stressMarks(geometry(), obligations, [2, 0, 1], 1).shortfalls).toEqual([]);
    expect(stressMarks(geometry(), obligations, [2, 0, 1], 2).shortfalls.map((b) => [b.link, b.round])).toEqual([['a→b', 2]]);
  });

  it('draws nothing when everything is paid', () => {
    const paid = obligations.map((o) => ({ ...o, paid: o.due }));
    expect(stressMarks(geometry(), paid, [0, 0, 0], 0)).toEqual({ shortfalls: [], defaults: [] });
  });
});
