import { describe, expect, it, vi } from 'vitest';
import { createChartDeriver, deriveChart, type ChartInput } from '../../src/i18n/deriveChart';
import { chartNodeOrder } from '../../src/layout/chartGeometry';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';

// Counted, to see that moving a slider does not redo the node order (a relaxed layout: the costliest step).
vi.mock('../../src/layout/chartGeometry', async (original) => {
  const actual = await original<typeof import('../../src/layout/chartGeometry')>();
  return { ...actual, chartNodeOrder: vi.fn(actual.chartNodeOrder) };
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
