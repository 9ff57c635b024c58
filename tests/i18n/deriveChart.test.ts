import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createChartDeriver, deriveChart, sameRoundFrame, type ChartInput } from '../../src/i18n/deriveChart';
import { buildSnapshot } from '../../src/export/buildSnapshot';
import { anchorGhost } from '../../src/layout/anchorGhost';
import { chartHeight, chartNodeOrder, chartScale } from '../../src/layout/chartGeometry';
import type { Geometry } from '../../src/layout/sankeyLayout';
import { createExplorerStore } from '../../src/state/store';
import { px } from '../../src/layout/units';
import { stressRunner } from '../../src/model/stress';
import { loadDefaultDataset } from '../model/fixtures';

// Counted, to see that moving a slider redoes neither the node order (a relaxed layout: the costliest
// step) nor the fixed scale (a layout of every scenario).
vi.mock('../../src/layout/chartGeometry', async (original) => {
  const actual = await original<typeof import('../../src/layout/chartGeometry')>();
  return { ...actual, chartNodeOrder: vi.fn(actual.chartNodeOrder), chartScale: vi.fn(actual.chartScale) };
});

function input(): ChartInput {
  return createExplorerStore(loadDefaultDataset(), 'en').getState();
}

describe('deriving the chart', () => {
  it('redoes only the steps whose inputs changed', () => {
    const derive = createChartDeriver();
    const state = input();
    vi.mocked(chartNodeOrder).mockClear();
    const first = derive(state, { width: 900 });
    expect(derive(state, { width: 900 })).toEqual(first);
    expect(derive(state, { width: 900 }).geometry).toBe(first.geometry);

    // The language changes the labels' text, not the geometry.
    const zh = derive({ ...state, lang: 'zh-TW' }, { width: 900 });
    expect(zh.geometry).toBe(first.geometry);
    expect(zh.nodeLines).not.toBe(first.nodeLines);

    // A slider changes the money and so the geometry, but the order of the nodes is not worked out again.
    const id = state.model.dataset.parameters[0]!.id;
    const moved = derive({ ...state, values: { ...state.values, [id]: state.values[id]! * 1.5 } }, { width: 900 });
    expect(moved.geometry).not.toBe(first.geometry);
    expect(chartNodeOrder).toHaveBeenCalledTimes(1);
    derive({ ...state, view: 'rounds' }, { width: 900 });
    expect(chartNodeOrder).toHaveBeenCalledTimes(2);
  });

  it('keeps the chart on screen in memory while newer steps are derived, beside the last of those', () => {
    const derive = createChartDeriver();
    const state = input();
    const id = state.model.dataset.parameters[0]!.id;
    const at = (factor: number) => ({ ...state, values: { ...state.values, [id]: state.values[id]! * factor } });
    const shown = derive(state, { width: 900 });
    derive.keep();
    // A deferred render derives a newer step, then a key press cuts it short and renders the chart on screen.
    derive(at(1.5), { width: 900 });
    const again = derive(state, { width: 900 });
    expect(again.geometry).toBe(shown.geometry);
    expect(again.labels).toBe(shown.labels);
    expect(again.nodeLines).toBe(shown.nodeLines);

    // A drag's painted steps, derived one after another while the chart rendered holds.
    const steps = [at(1.1), at(1.2), at(1.3)].map((step) => ({ step, chart: derive(step, { width: 900 }) }));
    // A render of the held chart mid-drag, put on screen: it stays kept, and the last step stays remembered.
    expect(derive(state, { width: 900 }).geometry).toBe(shown.geometry);
    derive.keep();
    const last = steps.at(-1)!;
    expect(derive(last.step, { width: 900 }).geometry).toBe(last.chart.geometry);
    expect(derive(state, { width: 900 }).geometry).toBe(shown.geometry);
    // Then (see useDirectDrag) a render of the last step, put on screen.
    expect(derive(last.step, { width: 900 }).geometry).toBe(last.chart.geometry);
    derive.keep();
    // Only the chart kept and the last one derived are remembered: the rest is let go.
    expect(derive(steps[0]!.step, { width: 900 }).geometry).not.toBe(steps[0]!.chart.geometry);
    expect(derive(state, { width: 900 }).geometry).not.toBe(shown.geometry);
  });

  it('gives, from memory or not, the chart a fresh derivation gives, whatever was derived and kept before', () => {
    const state = input();
    const [first, second] = state.model.dataset.parameters;
    const at = (p: typeof first, fraction: number) => p!.min + fraction * (p!.max - p!.min);
    // Inputs as a page makes them: a new object for each state, the same object while the state holds.
    const pool: ChartInput[] = [0, 0.3, 0.7, 1].flatMap((fraction, i) => [
      { ...state, values: { ...state.values, [first!.id]: at(first, fraction) } },
      { ...state, values: { ...state.values, [second!.id]: at(second, fraction) }, showNet: i % 2 === 0 },
      { ...state, values: { ...state.values, [first!.id]: at(first, 1 - fraction) }, view: 'rounds' as const, lang: 'zh-TW' as const },
    ]);
    const fresh = pool.map((item) => deriveChart(item, { width: 900 }));
    const steps = fc.array(fc.oneof(fc.nat(pool.length - 1), fc.constant('keep' as const)), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(steps, (list) => {
        const derive = createChartDeriver();
        for (const step of list) {
          if (step === 'keep') {
            derive.keep();
            continue;
          }
          const chart = derive(pool[step]!, { width: 900 });
          expect(chart.geometry).toEqual(fresh[step]!.geometry);
          expect(chart.labels).toEqual(fresh[step]!.labels);
          expect(chart.roundFrame).toEqual(fresh[step]!.roundFrame);
          expect(chart.geometry.nodes.map((n) => chart.nodeLines(n.entity, n.value))).toEqual(
            fresh[step]!.geometry.nodes.map((n) => fresh[step]!.nodeLines(n.entity, n.value)),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same chart however it was reached', () => {
    const state = input();
    const derive = createChartDeriver();
    derive({ ...state, lang: 'zh-TW', showNet: false }, { width: 375 });
    const reached = derive(state, { width: 1280 });
    const fresh = deriveChart(state, { width: 1280 });
    expect(fresh.geometry).toEqual(reached.geometry);
    expect(fresh.labels).toEqual(reached.labels);
    expect(fresh.geometry.nodes.map((n) => fresh.nodeLines(n.entity, n.value))).toEqual(
      reached.geometry.nodes.map((n) => reached.nodeLines(n.entity, n.value)),
    );
  });

  it('holds the node order of the defaults in the rounds view too, whatever the sliders say (screen and export alike)', () => {
    const state = { ...input(), view: 'rounds' as const, rounds: 3 };
    const columnsOf = (chart: ReturnType<typeof deriveChart>) => {
      const byColumn = new Map<number, { key: string; y: number }[]>();
      for (const node of chart.geometry.nodes)
        byColumn.set(node.column, [...(byColumn.get(node.column) ?? []), { key: node.key, y: node.y0 }]);
      return [...byColumn].map(([column, nodes]) => [column, nodes.sort((a, b) => a.y - b.y).map((n) => n.key)]);
    };
    const atDefaults = deriveChart(state, { width: 900 });
    const moved = deriveChart(
      { ...state, values: { ...state.values, 'nvidia-openai': 100, 'amazon-openai': 0, 'customer-revenue': 60 } },
      { width: 900 },
    );
    expect(columnsOf(moved)).toEqual(columnsOf(atDefaults));
  });
});

describe('sameRoundFrame', () => {
  it("says a slider's step drew the same round frame, and tells a frame that moved or reads otherwise", () => {
    const state = { ...input(), view: 'rounds' as const, rounds: 3 };
    const frame = deriveChart(state, { width: 900 }).roundFrame;
    const stepped = deriveChart({ ...state, values: { ...state.values, 'nvidia-openai': 40 } }, { width: 900 }).roundFrame;
    if (!frame || !stepped) throw new Error('the rounds view has a frame');
    // A new object each step, drawing the same: a drag painted without rendering may keep the drawn one.
    expect(stepped).not.toBe(frame);
    expect(sameRoundFrame(stepped, frame)).toBe(true);
    const [first, ...rest] = frame.headers;
    expect(sameRoundFrame({ ...frame, headers: [{ ...first!, text: `${first!.text}!` }, ...rest] }, frame)).toBe(false);
    expect(sameRoundFrame({ ...frame, headers: [{ ...first!, x: px(first!.x + 1) }, ...rest] }, frame)).toBe(false);
    expect(sameRoundFrame({ ...frame, dividers: frame.dividers.map((x) => px(x + 1)) }, frame)).toBe(false);
    expect(sameRoundFrame(null, frame)).toBe(false);
    expect(sameRoundFrame(null, null)).toBe(true);
  });
});

describe('the scale of the derived chart', () => {
  const boxScale = (geometry: Geometry) => {
    const nvidia = geometry.nodes.find((n) => n.key === 'nvidia')!;
    return (nvidia.y1 - nvidia.y0) / nvidia.value;
  };

  it('is worked out once per dataset, view and width, and holds across sliders and scenarios', () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    const derive = createChartDeriver();
    vi.mocked(chartScale).mockClear();
    const first = derive(store.getState(), { width: 768 });
    store.getState().setValue('nvidia-openai', 80);
    const moved = derive(store.getState(), { width: 768 });
    store.getState().applyScenario('linear-economy');
    const linear = derive(store.getState(), { width: 768 });
    expect(chartScale).toHaveBeenCalledTimes(1);
    expect(boxScale(moved.geometry)).toBeCloseTo(boxScale(first.geometry), 9);
    expect(boxScale(linear.geometry)).toBeCloseTo(boxScale(first.geometry), 9);
    expect(linear.scaleShare).toBe(1);
    derive(store.getState(), { width: 375 });
    expect(chartScale).toHaveBeenCalledTimes(2);
  });

  it('fills the height instead when fitted to view', () => {
    const state = {
      ...input(),
      values: createExplorerStore(loadDefaultDataset(), 'en', { shared: { scenario: 'linear-economy' } }).getState().values,
    };
    const fixed = deriveChart(state, { width: 1280 });
    const fitted = deriveChart({ ...state, fitToView: true }, { width: 1280 });
    const bottom = (g: Geometry) => Math.max(...g.nodes.map((n) => n.y1));
    expect(bottom(fixed.geometry)).toBeLessThan(chartHeight(1280) * 0.6);
    expect(bottom(fitted.geometry)).toBeGreaterThan(chartHeight(1280) * 0.9);
    expect(boxScale(fitted.geometry)).toBeGreaterThan(1.5 * boxScale(fixed.geometry));
  });

  it('draws the compared scenario as it is drawn on its own, on the same scale', () => {
    const inScenario = (scenario: string) => createExplorerStore(loadDefaultDataset(), 'en', { shared: { scenario } }).getState();
    const [linear, close] = [inScenario('linear-economy'), inScenario('mar-2026-close')];
    // Either way round: the smaller loop behind the larger, and the larger behind the smaller.
    expect(deriveChart({ ...close, compare: 'linear-economy' }, { width: 900 }).ghost).toEqual(
      deriveChart(linear, { width: 900 }).geometry.nodes,
    );
    expect(deriveChart({ ...linear, compare: 'mar-2026-close' }, { width: 900 }).ghost).toEqual(
      deriveChart(close, { width: 900 }).geometry.nodes,
    );
    expect(deriveChart(input(), { width: 900 }).ghost).toBeNull();
    // Fitted to view, the scale fits both: the larger, compared scenario fills the height.
    const fitted = deriveChart({ ...linear, compare: 'mar-2026-close', fitToView: true }, { width: 900 });
    expect(Math.max(...fitted.ghost!.map((n) => n.y1))).toBeGreaterThan(chartHeight(900) * 0.85);
    expect(boxScale(fitted.geometry)).toBeCloseTo(boxScale(deriveChart({ ...close, fitToView: true }, { width: 900 }).geometry), 9);
  });

  it('sets every compared outline on its own box, never across another box, for every pair of scenarios', () => {
    const ids = loadDefaultDataset().scenarios.map((s) => s.id);
    for (const scenario of ids)
      for (const compare of ids) {
        if (scenario === compare) continue;
        const state = createExplorerStore(loadDefaultDataset(), 'zh-TW', { shared: { scenario } }).getState();
        for (const width of [320, 1280]) {
          const { ghost, geometry } = deriveChart({ ...state, compare }, { width });
          const drawn = geometry.nodes.filter((n) => n.value > 0);
          for (const outline of anchorGhost(ghost!, geometry)) {
            const own = drawn.find((n) => n.key === outline.key)!;
            expect(outline.y0, `${outline.key} ${scenario}/${compare} at ${width}`).toBe(own.y0);
            expect(outline.y1).toBeLessThanOrEqual(geometry.height);
            const crossed = drawn.filter((n) => n !== own && n.x0 < own.x1 && own.x0 < n.x1 && n.y0 < outline.y1 && outline.y0 < n.y1);
            expect(
              crossed.map((n) => n.key),
              `${outline.key} ${scenario}/${compare} at ${width}`,
            ).toEqual([]);
          }
        }
      }
  });

  it('is the scale the export draws at', () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en', { shared: { scenario: 'linear-economy' } });
    const onScreen = deriveChart(store.getState(), { width: 640 });
    const exported = buildSnapshot(store.getState(), { width: 640 });
    expect(exported.geometry).toEqual(onScreen.geometry);
    const atDefaults = deriveChart(input(), { width: 640 });
    expect(boxScale(exported.geometry)).toBeCloseTo(boxScale(atDefaults.geometry), 9);
  });
});

describe('the derived chart of a stress test', () => {
  const shocks = { equitySlowdown: 0.5, revenueFall: 0.3 };
  const stressState = () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en', { shared: { year: 2027 } });
    store.getState().setShocks(shocks);
    return store.getState();
  };

  it('is drawn stressed at once after a slider step (the panel’s run, shared), as once the panel has handed its outcome over, and derived once', () => {
    const state = stressState();
    const run = stressRunner(shocks, { alpha: state.alpha, beta: state.beta });
    const id = 'customer-revenue';
    const values = { ...state.values, [id]: state.values[id]! * 0.6 };
    const outcome = run(state.model, values);
    if (outcome.status !== 'converged') throw new Error('the default loop should converge');
    expect(outcome.clearing.rounds).toBeGreaterThan(0);

    const derive = createChartDeriver();
    // The sliders moved; the panel's outcome is still for the values before.
    const stale = { model: state.model, values: state.values, outcome };
    const atOnce = derive({ ...state, values, stressed: stale, stressRun: run }, { width: 900 });
    const handedOver = derive({ ...state, values, stressed: { model: state.model, values, outcome }, stressRun: run }, { width: 900 });
    expect(atOnce.stress).not.toBeNull();
    expect(atOnce.result).toBe(outcome.stressed);
    // The same outcome: the chart is not laid out or labelled again when the panel hands it over.
    expect(handedOver.geometry).toBe(atOnce.geometry);
    expect(handedOver.labels).toBe(atOnce.labels);
    expect(handedOver.stress).toBe(atOnce.stress);
    const fresh = deriveChart({ ...state, values, stressed: { model: state.model, values, outcome } }, { width: 900 });
    expect([fresh.geometry, fresh.labels, fresh.stress]).toEqual([atOnce.geometry, atOnce.labels, atOnce.stress]);
    // Without a run, a stale outcome is not drawn.
    expect(derive({ ...state, values, stressed: stale, stressRun: null }, { width: 900 }).stress).toBeNull();
  });
});
