// The chart's fixed scale: one number of pixels per unit of money for every state of a dataset at a
// width, so that a smaller loop is drawn smaller (the mutation tests of this module are in
// chartGeometry.mutants.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartHeight,
  chartLayout,
  chartNodeOrder,
  chartScale,
  MAX_GROWTH,
  stateGraph,
  type ChartView,
} from '../../src/layout/chartGeometry';
import { ROUND_HEADER_ROOM } from '../../src/layout/roundsFrame';
import type { Geometry } from '../../src/layout/sankeyLayout';
import type { PxPerMoney } from '../../src/layout/units';
import { scenarioValues } from '../../src/model/defaults';
import { compileModel, type CompiledModel } from '../../src/model/engine';
import { referenceStates } from '../../src/model/referenceStates';
import { momentDate } from '../../src/model/resolveMoment';
import type { ParamValues } from '../../src/model/types';
import { loadDefaultDataset } from '../model/fixtures';

const model = compileModel(loadDefaultDataset());
const WIDTHS = [320, 375, 768, 1280];
const ROUNDS = 4;
const runs = Number(process.env.PROPERTY_RUNS ?? 100);

/** The chart of some slider values at a width, at the dataset's fixed scale, as the explorer lays it out. */
function drawn(values: ParamValues, width: number, view: ChartView = 'loop', at: CompiledModel = model) {
  const order = orders[view];
  const key = `${view} ${width}`;
  if (!scales.has(key)) scales.set(key, chartScale(model, view, ROUNDS, width, order)!);
  const scale = scales.get(key)!;
  return { scale, geometry: chartLayout(stateGraph(at, view, values, ROUNDS), width, order, undefined, scale) };
}
const scales = new Map<string, PxPerMoney>();
const orders = { loop: chartNodeOrder(model, 'loop', ROUNDS), rounds: chartNodeOrder(model, 'rounds', ROUNDS) };

/**
 * How far, in pixels, any box or link that carries money strays from its value at `scale` (in
 * pixels: a box of 2e-18 money is 0 px tall at any scale, by rounding).
 */
function drift(geometry: Geometry, scale: number): number {
  const sizes = [
    ...geometry.nodes.filter((n) => n.value > 0).map((n) => [n.y1 - n.y0, n.value]),
    ...geometry.links.filter((l) => l.value > 0).map((l) => [l.width, l.value]),
  ];
  expect(sizes.length).toBeGreaterThan(0);
  return Math.max(...sizes.map(([size, value]) => Math.abs(size! - value! * scale)));
}

/** Bottom of the drawing: the lowest box or back-link lane. */
function contentBottom(geometry: Geometry): number {
  const lanes = geometry.links.flatMap((l) => (l.route?.back ? [l.route.laneY + l.route.width / 2] : []));
  return Math.max(...geometry.nodes.map((n) => n.y1), ...lanes);
}

const scenarios = [null, ...model.dataset.scenarios.map((s) => s.id)];
/** Every scenario at its own date, in every model year. */
const references = referenceStates(model.source);
const nameOf = (i: number) => {
  const { model: at } = references[i]!;
  return `${at.moment.year} ${at.moment.date}`;
};
/** A scenario as the explorer shows it: at its own date, in the dataset's first year. */
const atScenario = (id: string | null) => compileModel(model.source, { date: momentDate(model.source, id) });

describe('the fixed scale', () => {
  for (const view of ['loop', 'rounds'] as const) {
    for (const width of WIDTHS) {
      it(`draws every box and link of every scenario at one scale (${view} view, ${width} px)`, () => {
        const charts = references.map((state) => drawn(state.values, width, view, state.model));
        const scale = charts[0]!.scale;
        expect(scale).toBeGreaterThan(0);
        // The rounds view is drawn at the loop view's scale, below a strip for its round headers.
        const room = view === 'rounds' ? ROUND_HEADER_ROOM : 0;
        if (view === 'rounds') expect(scale).toBe(scales.get(`loop ${width}`) ?? drawn({}, width).scale);
        for (const [i, { geometry }] of charts.entries()) {
          expect(drift(geometry, scale), nameOf(i)).toBeLessThan(1e-6);
          // The references all fit the chart's usual height (and the header strip); the largest fills it.
          if (view === 'loop') expect(geometry.height, nameOf(i)).toBe(chartHeight(width));
          expect(geometry.height, nameOf(i)).toBeGreaterThanOrEqual(chartHeight(width));
          expect(geometry.height, nameOf(i)).toBeLessThanOrEqual(chartHeight(width) + room + 1); // (whole pixels when it grows)
        }
        const fullest = Math.max(...charts.map((c) => contentBottom(c.geometry)));
        // (Less the gap left under the outermost back-link lane.)
        expect(fullest).toBeGreaterThan(chartHeight(width) + room - 8);
        expect(fullest).toBeLessThanOrEqual(chartHeight(width) + room + 1e-9);
      });
    }
  }

  for (const width of WIDTHS) {
    it(`draws the linear economy visibly smaller than the defaults (${width} px)`, () => {
      const atDefaults = drawn(scenarioValues(model.dataset, null)!, width).geometry;
      const linear = drawn(scenarioValues(model.dataset, 'linear-economy')!, width, 'loop', atScenario('linear-economy')).geometry;
      const focus = (g: Geometry) => g.nodes.find((n) => n.key === model.dataset.meta.focus)!;
      const height = (g: Geometry) => focus(g).y1 - focus(g).y0;
      expect(height(linear) / height(atDefaults)).toBeCloseTo(focus(linear).value / focus(atDefaults).value, 9);
      // Only customers' money: Nvidia takes under a third of its box at the defaults, the drawing under 60% of the height.
      expect(height(linear)).toBeLessThan(height(atDefaults) / 3);
      expect(contentBottom(linear)).toBeLessThan(contentBottom(atDefaults) * 0.6);
    });
  }

  it('is set from the defaults and every scenario, each at its date, in every model year', () => {
    const years = model.source.meta.years ?? [null];
    expect(references.map((r) => [r.model.moment, r.values])).toEqual(
      years.flatMap((year) => scenarios.map((id) => [{ year, date: momentDate(model.source, id) }, scenarioValues(model.dataset, id)])),
    );
  });

  const sliders = fc.record(
    Object.fromEntries(
      model.dataset.parameters.map((p) => [
        p.id,
        fc.integer({ min: 0, max: Math.round((p.max - p.min) / p.step) }).map((k) => Math.min(p.max, p.min + k * p.step)),
      ]),
    ),
  );

  it('never changes with the sliders: the chart grows instead, up to its limit, past which it says it shrank', { timeout: 120_000 }, () => {
    for (const width of [375, 1280]) {
      const { scale } = drawn(scenarioValues(model.dataset, null)!, width);
      fc.assert(
        fc.property(sliders, (values) => {
          const { geometry } = drawn(values, width);
          if (geometry.scale < scale * (1 - 1e-9)) {
            // Too large even at twice the height: fitted to that, at a smaller scale (deriveChart reports it).
            expect(geometry.height).toBe(chartHeight(width) * MAX_GROWTH);
          } else {
            expect(drift(geometry, scale)).toBeLessThan(1e-6);
            expect(geometry.height).toBeGreaterThanOrEqual(chartHeight(width));
            expect(geometry.height).toBeLessThanOrEqual(chartHeight(width) * MAX_GROWTH);
            expect(contentBottom(geometry)).toBeLessThanOrEqual(geometry.height + 1e-6);
          }
        }),
        { numRuns: runs },
      );
    }
  });
});
