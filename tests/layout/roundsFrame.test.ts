// The rounds view's geometry: every box within the chart, round headers above their own round's
// columns and clear of one another, and the loop view's scale.
import { describe, expect, it } from 'vitest';
import '../bothLanguages';
import { deriveChart, type Chart, type ChartInput } from '../../src/i18n/deriveChart';
import { placeRoundHeaders, ROUND_HEADER_ROOM, weightedSteps } from '../../src/layout/roundsFrame';
import { px } from '../../src/layout/units';
import type { Lang } from '../../src/model/types';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset, smallLoop } from '../model/fixtures';

const WIDTHS = [320, 375, 768, 1280];
const LANGS: Lang[] = ['en', 'zh-TW'];
const defaultData = loadDefaultDataset();

/** The explorer's state for a dataset with some sliders changed. */
function state(data = defaultData, values: Record<string, number> = {}, lang: Lang = 'en'): ChartInput {
  const base = createExplorerStore(data, lang).getState();
  return { ...base, values: { ...base.values, ...values } };
}

// Nvidia reinvesting half its profit: the default dataset then has money in every round.
const CASES: [string, ChartInput][] = [
  ['the default dataset, Nvidia reinvesting half its profit', state(defaultData, { 'nvidia-reinvest': 0.5 })],
  ['the default dataset at its defaults', state()],
  ['a small loop', state(smallLoop())],
];

function roundOf(chart: Chart, key: string): number {
  return chart.graph.nodes.find((n) => n.key === key)!.round!;
}

describe('the rounds view', () => {
  for (const [name, input] of CASES) {
    for (const width of WIDTHS) {
      it(`keeps every box and link within the chart (${name}, ${width} px)`, () => {
        const chart = deriveChart({ ...input, view: 'rounds' }, { width });
        const { geometry } = chart;
        expect(geometry.nodes.length).toBeGreaterThan(0);
        for (const node of geometry.nodes) {
          expect(node.x0, node.key).toBeGreaterThanOrEqual(0);
          expect(node.x1, node.key).toBeLessThanOrEqual(width + 1e-9);
          // Below the header strip.
          expect(node.y0, node.key).toBeGreaterThanOrEqual(ROUND_HEADER_ROOM - 1e-9);
          expect(node.y1, node.key).toBeLessThanOrEqual(geometry.height + 1e-9);
        }
        // Columns never overlap: each starts right of the one before it ends.
        const lefts = [...new Set(geometry.nodes.map((n) => n.x0))].sort((a, b) => a - b);
        for (let i = 1; i < lefts.length; i++) expect(lefts[i]! - lefts[i - 1]!).toBeGreaterThan(12);
        for (const link of geometry.links) {
          if (!link.route || link.route.back) continue;
          const xs = [link.route.x0, link.route.x1, ...Array.from(link.route.via).filter((_, i) => i % 3 !== 2)];
          for (const x of xs) expect(x, link.key).toBeGreaterThanOrEqual(0);
          for (const x of xs) expect(x, link.key).toBeLessThanOrEqual(width + 1e-9);
          // Links run between boxes of their own: from the source's right edge to the target's left edge.
          const source = geometry.nodes.find((n) => n.key === link.source)!;
          const target = geometry.nodes.find((n) => n.key === link.target)!;
          expect([link.route.x0, link.route.x1]).toEqual([source.x1, target.x0]);
        }
      });
    }
  }

  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      it(`heads every round above its own columns, headers apart from one another (${lang}, ${width} px)`, () => {
        const [, input] = CASES[0]!;
        const chart = deriveChart({ ...input, lang, view: 'rounds' }, { width });
        const frame = chart.roundFrame!;
        const drawn = [...new Set(chart.graph.nodes.map((n) => n.round))].sort();
        expect(drawn).toEqual([1, 2, 3, 4]);
        // Rounds 1 and 2 always carry a header.
        expect(frame.headers.map((h) => h.round)).toEqual(expect.arrayContaining([1, 2]));
        expect(frame.dividers).toHaveLength(drawn.length - 1);
        for (const header of frame.headers) {
          const boxes = chart.geometry.nodes.filter((n) => roundOf(chart, n.key) === header.round);
          const x0 = Math.min(...boxes.map((b) => b.x0));
          const x1 = Math.max(...boxes.map((b) => b.x1));
          const from = header.round === 1 ? 0 : frame.dividers[header.round - 2]!;
          const to = header.round === drawn.length ? width : frame.dividers[header.round - 1]!;
          // Above the boxes, within its round's part of the chart (between the dividers either side)…
          expect(header.y).toBeLessThan(Math.min(...boxes.map((b) => b.y0)));
          expect(header.x - header.width / 2).toBeGreaterThanOrEqual(from);
          expect(header.x + header.width / 2).toBeLessThanOrEqual(to);
          // …over its columns, and every other round's boxes lie outside that part.
          expect(header.x).toBeGreaterThanOrEqual(x0);
          expect(header.x).toBeLessThanOrEqual(x1);
          const others = chart.geometry.nodes.filter((n) => roundOf(chart, n.key) !== header.round);
          for (const other of others) expect(other.x1 <= from || other.x0 >= to, other.key).toBe(true);
        }
        const sorted = [...frame.headers].sort((a, b) => a.x - b.x);
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i]!.x - sorted[i]!.width / 2).toBeGreaterThan(sorted[i - 1]!.x + sorted[i - 1]!.width / 2);
        }
        // The first round's header is written out in full wherever the chart is drawn.
        expect(frame.headers[0]!.text).toBe(lang === 'en' ? 'Round 1' : '第 1 輪');
      });
    }
  }

  for (const width of WIDTHS) {
    it(`is drawn at the loop view's scale: a dollar is as tall in both views (${width} px)`, () => {
      for (const values of [{}, { 'nvidia-reinvest': 0.5 }]) {
        const input = state(defaultData, values);
        const loop = deriveChart({ ...input, view: 'loop' }, { width }).geometry;
        const rounds = deriveChart({ ...input, view: 'rounds' }, { width }).geometry;
        expect(rounds.scale).toBeGreaterThan(0);
        expect(rounds.scale / loop.scale).toBeCloseTo(1, 9);
        for (const node of rounds.nodes.filter((n) => n.value > 0)) {
          expect((node.y1 - node.y0) / node.value, node.key).toBeCloseTo(loop.scale, 6);
        }
      }
    });
  }

  it('has no frame in the loop view', () => {
    expect(deriveChart({ ...state(), view: 'loop' }, { width: 768 }).roundFrame).toBeNull();
  });
});

describe('weightedSteps', () => {
  it('shares the span by weight, raising none below the least step', () => {
    expect(weightedSteps([3, 2, 1], 60, 5)).toEqual([30, 20, 10]);
    // 1 part of 100/6 would be under 20: raised to it, the others share the remaining 80 as 3 : 2.
    expect(weightedSteps([3, 2, 1], 100, 20)).toEqual([48, 32, 20]);
    // Too little room even for the least step: evenly spaced.
    expect(weightedSteps([3, 2, 1], 30, 12)).toEqual([10, 10, 10]);
  });
});

describe('placeRoundHeaders', () => {
  it('writes each header in the longest text that fits between its dividers, or none, never overlapping', () => {
    const bands = [
      { round: 1, x0: px(0), x1: px(100) },
      { round: 2, x0: px(120), x1: px(150) },
      { round: 3, x0: px(160), x1: px(166) },
    ];
    // Dividers at 110 and 155: round 2 has 45 px less 4, round 3 the 45 px to the chart's edge at 200 less 4.
    const texts = (round: number) => [`Round ${round}`, `R${round}`, String(round)];
    const measure = (text: string) => text.length * 7;
    const headers = placeRoundHeaders(bands, 200, texts, measure);
    expect(headers.map((h) => h.text)).toEqual(['Round 1', 'R2', 'R3']);
    expect(headers[0]!.x).toBe(50);
    // Round 3's header is pushed left of the chart's edge, not past it.
    expect(headers[2]!.x + headers[2]!.width / 2).toBeLessThanOrEqual(198);
    expect(placeRoundHeaders(bands, 170, texts, measure).map((h) => h.text)).toEqual(['Round 1', 'R2', '3']);
    expect(placeRoundHeaders(bands, 160, texts, measure).map((h) => h.round)).toEqual([1, 2]);
  });
});
