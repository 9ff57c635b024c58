// A loop whose gain is 1 or more has no totals: the chart still keeps every box, link, label and round
// header inside its own bounds (nothing reaches over the controls beside it), and its amounts say
// they are sums of the first rounds, never totals.
import { describe, expect, it } from 'vitest';
import '../bothLanguages';
import { deriveChart, type Chart, type ChartInput } from '../../src/i18n/deriveChart';
import { LABEL_FONT } from '../../src/layout/chartGeometry';
import { LABEL_LINE } from '../../src/layout/chartLabels';
import { estimateTextWidth, TAG_HEIGHT, tagWidth, type LabelPlacement, type Rect } from '../../src/layout/labels';
import { ROUND_HEADER_FONT } from '../../src/layout/roundsFrame';
import type { Lang } from '../../src/model/types';
import { MAX_ROUNDS } from '../../src/state/sharedState';
import { createExplorerStore } from '../../src/state/store';
import { divergentDataset } from '../model/divergentDataset';
import { bandPoints } from './routeGeometry';

const WIDTHS = [320, 768, 1280];
const LANGS: Lang[] = ['en', 'zh-TW'];
const VIEWS: [string, Partial<ChartInput>][] = [
  ['loop', { view: 'loop' }],
  ['rounds', { view: 'rounds' }],
  ['net', { view: 'loop', showNet: true }],
  // The most rounds a reader can ask for: the loop view's sums are twice as large.
  [`loop, ${MAX_ROUNDS} rounds`, { view: 'loop', rounds: MAX_ROUNDS }],
  [`rounds, ${MAX_ROUNDS} rounds`, { view: 'rounds', rounds: MAX_ROUNDS }],
  ['loop, fit to view', { view: 'loop', fitToView: true }],
];
// Half a pixel for the curves' sampling and the rounding of the band edges.
const EPS = 0.5;

function input(lang: Lang): ChartInput {
  return createExplorerStore(divergentDataset(), lang).getState();
}

/** The box a label's lines (or its number) take, measured as the chart measures them. */
function labelRect(label: LabelPlacement): Rect {
  if (label.tag) {
    const w = tagWidth(label.tag.number);
    return { x0: label.tag.x - w / 2, x1: label.tag.x + w / 2, y0: label.tag.y - TAG_HEIGHT / 2, y1: label.tag.y + TAG_HEIGHT / 2 };
  }
  const lines = [...label.name, ...label.amount];
  const w = Math.max(...lines.map((line) => estimateTextWidth(line, LABEL_FONT)));
  const h = (lines.length * LABEL_LINE) / 2;
  return {
    x0: label.anchor === 'end' ? label.x - w : label.x,
    x1: label.anchor === 'end' ? label.x : label.x + w,
    y0: label.y - h,
    y1: label.y + h,
  };
}

function expectInside(chart: Chart, width: number) {
  const { geometry } = chart;
  const within = (what: string, x0: number, x1: number, y0: number, y1: number) => {
    expect(x0, `${what} left`).toBeGreaterThanOrEqual(-EPS);
    expect(x1, `${what} right`).toBeLessThanOrEqual(width + EPS);
    expect(y0, `${what} top`).toBeGreaterThanOrEqual(-EPS);
    expect(y1, `${what} bottom`).toBeLessThanOrEqual(geometry.height + EPS);
  };
  expect(geometry.width).toBe(width);
  for (const node of geometry.nodes) within(node.key, node.x0, node.x1, node.y0, node.y1);
  for (const link of geometry.links) {
    // A link that carries nothing is not drawn.
    if (!link.route) continue;
    const points = bandPoints(link);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    within(`link ${link.key}`, Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys));
  }
  for (const label of chart.labels) {
    if (!label.visible && !label.tag) continue;
    const r = labelRect(label);
    within(`label ${label.key}`, r.x0, r.x1, r.y0, r.y1);
  }
  for (const header of chart.roundFrame?.headers ?? []) {
    const w = Math.max(header.width, estimateTextWidth(header.text, ROUND_HEADER_FONT));
    within(`header ${header.round}`, header.x - w / 2, header.x + w / 2, header.y - ROUND_HEADER_FONT, header.y);
  }
}

describe('a loop with a gain of 1 or more', () => {
  it('is the fixture it claims to be: divergent at its defaults', () => {
    expect(deriveChart(input('en'), { width: 1280 }).result.status).toBe('divergent');
  });

  for (const lang of LANGS) {
    for (const [name, view] of VIEWS) {
      for (const width of WIDTHS) {
        it(`draws everything inside the chart (${name} view, ${lang}, ${width} px)`, () => {
          const chart = deriveChart({ ...input(lang), ...view }, { width });
          expect(chart.geometry.nodes.length).toBeGreaterThan(3);
          expectInside(chart, width);
        });
      }
    }
  }

  it('labels the loop view’s amounts as sums of its first rounds, in both languages; the rounds view’s are each round’s own', () => {
    const loopEn = deriveChart({ ...input('en'), view: 'loop' }, { width: 1280 });
    expect(loopEn.partialRounds).toBe(4);
    // The lab takes the fund's 40, and 40 back from the chipmaker at the end of each of the four rounds.
    const lab = loopEn.labels.find((l) => l.key === 'lab')!;
    expect(lab.amount.join(' ')).toBe('US$200B in 4 rounds');
    for (const label of loopEn.labels.filter((l) => l.visible)) expect(label.amount.join(' ')).toMatch(/ in 4 rounds$/);
    const loopZh = deriveChart({ ...input('zh-TW'), view: 'loop' }, { width: 1280 });
    for (const label of loopZh.labels.filter((l) => l.visible)) expect(label.amount.join('')).toMatch(/^4 輪共 /);
    const rounds = deriveChart({ ...input('en'), view: 'rounds' }, { width: 1280 });
    expect(rounds.partialRounds).toBeNull();
    for (const label of rounds.labels.filter((l) => l.visible)) expect(label.amount.join(' ')).toBe('US$40B');
  });

  it('shows totals again, with no rounds named, once a share is lowered', () => {
    const settled = deriveChart({ ...input('en'), values: { invest: 40, reinvest: 0.5 } }, { width: 1280 });
    expect(settled.result.status).toBe('converged');
    expect(settled.partialRounds).toBeNull();
    expect(settled.labels.find((l) => l.key === 'lab')!.amount.join(' ')).toBe('US$80B');
  });
});
