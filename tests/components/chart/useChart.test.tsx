// A large chart takes a tenth of a second or more to derive and render, so outside a drag it follows
// the sliders as soon as it can (a render behind), skipping steps that come meanwhile; a small chart,
// and any chart being dragged (painted apart), draws each step at once. Never another dataset's values.
import { act, render } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { Suspense, useDeferredValue, useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/bench/generateDataset';
import { useChart, type HeldInput } from '../../../src/components/chart/useChart';
import { drawsInBulk } from '../../../src/components/chart/bulk/useBulkDrawing';
import type { CompiledModel } from '../../../src/model/engine';
import type { Dataset, ParamValues } from '../../../src/model/types';
import { StoreContext, useExplorer } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

interface Seen {
  model: CompiledModel;
  showNet: boolean;
  /** The values the chart was derived with, and the store's at that render. */
  drawn: ParamValues;
  live: ParamValues;
}

function Probe({ seen, held, onCommit }: { seen: Seen[]; held: { current: HeldInput | null }; onCommit: () => void }) {
  useLayoutEffect(onCommit);
  const model = useExplorer((s) => s.model);
  const live = useExplorer((s) => s.values);
  const showNet = useExplorer((s) => s.showNet);
  const { drawn } = useChart(800, held);
  seen.push({ model, showNet, drawn: drawn.values, live });
  return null;
}

function setup(dataset: Dataset) {
  const store = createExplorerStore(dataset, 'en');
  // Which model each values object the store ever held belongs to.
  const modelOf = new Map<ParamValues, CompiledModel>([[store.getState().values, store.getState().model]]);
  // And in which order the store held them.
  const order = new Map<ParamValues, number>([[store.getState().values, 0]]);
  store.subscribe((state) => {
    modelOf.set(state.values, state.model);
    if (!order.has(state.values)) order.set(state.values, order.size);
  });
  const seen: Seen[] = [];
  // What a drag painted without rendering holds the chart at (see useDirectDrag).
  const held: { current: HeldInput | null } = { current: null };
  const commits = { count: 0 };
  render(
    <StoreContext.Provider value={store}>
      <Probe seen={seen} held={held} onCommit={() => void commits.count++} />
    </StoreContext.Provider>,
  );
  const parameter = store.getState().model.dataset.parameters.find((p) => p.unit !== 'share')!;
  const move = (fraction: number) => store.getState().setValue(parameter.id, parameter.min + fraction * (parameter.max - parameter.min));
  /** The chart never drew an older step after a newer one. */
  const neverBack = () => {
    const drawn = seen.map((render) => order.get(render.drawn)!);
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]).toBeGreaterThanOrEqual(drawn[i - 1]!);
  };
  /** Every render of `renders` drew the values of its moment. */
  const atOnce = (renders = seen) => {
    expect(renders.length).toBeGreaterThan(0);
    for (const render of renders) expect(render.drawn).toBe(render.live);
  };
  /** The last render drew the store's values. */
  const endsAtLast = () => expect(seen.at(-1)!.drawn).toBe(store.getState().values);
  return { store, seen, modelOf, move, held, neverBack, commits, atOnce, endsAtLast };
}

const large = () => generateDataset(200, 400, 7);

describe('when the chart follows a slider', () => {
  it('a large chart draws a step a render after the slider moves, and ends at the last step', () => {
    const dataset = large();
    expect(drawsInBulk(dataset.entities.length, dataset.flows.length)).toBe(true);
    const { store, seen, move, neverBack, endsAtLast } = setup(dataset);
    seen.length = 0;
    act(() => move(0.3));
    // The slider's own render drew the chart as it was; the chart caught up in a render of its own.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0]!.drawn).not.toBe(seen[0]!.live);
    endsAtLast();

    // Steps that come before it catches up (each rendered for the slider) are skipped: it draws the last.
    const before = store.getState().values;
    seen.length = 0;
    act(() => {
      flushSync(() => move(0.4));
      flushSync(() => move(0.5));
      move(0.6);
    });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const render of seen.slice(0, 2)) expect(render.drawn).toBe(before);
    endsAtLast();
    neverBack();
  });

  it('a large chart clicked on a slider’s track draws the click at once, and never goes back before it', () => {
    const { store, seen, move, neverBack, endsAtLast } = setup(large());
    seen.length = 0;
    // The pointer goes down and up before the chart has caught up with anything.
    act(() => {
      flushSync(() => {
        store.getState().setDragging(true);
        move(0.5);
      });
      flushSync(() => store.getState().setDragging(false));
    });
    expect(seen[0]!.drawn).toBe(seen[0]!.live);
    endsAtLast();
    neverBack();
  });

  it('a large chart draws anything but the values at once, with the values of the moment', () => {
    const { store, seen, move, neverBack, atOnce } = setup(large());
    seen.length = 0;
    act(() => {
      flushSync(() => move(0.4));
      store.getState().setShowNet(true);
    });
    atOnce(seen.filter((render) => render.showNet));
    neverBack();
  });

  it('a small chart draws each step at once', () => {
    const { seen, move, atOnce } = setup(defaultDataset());
    seen.length = 0;
    act(() => move(0.3));
    act(() => move(0.6));
    atOnce();
    // In one render: nothing deferred, nothing remembered.
    seen.length = 0;
    act(() => move(0.45));
    expect(seen).toHaveLength(1);
  });

  it('a large chart being dragged draws each step at once (a drag is painted apart from rendering)', () => {
    const { store, seen, move, commits, atOnce } = setup(large());
    seen.length = 0;
    // The pointer goes down and the slider moves at once, then on.
    act(() => {
      store.getState().setDragging(true);
      move(0.3);
    });
    act(() => move(0.6));
    atOnce();
    // No deferred render follows a step: landing mid-drag, it would render the chart again.
    for (const fraction of [0.7, 0.8]) {
      commits.count = 0;
      act(() => move(fraction));
      expect(commits.count).toBe(1);
    }
  });

  it('a large chart draws a drag’s last step as soon as the slider is let go, and never an older step after it', () => {
    const { store, seen, move, held, neverBack, atOnce, endsAtLast } = setup(large());
    act(() => move(0.2));
    // A drag painted without rendering: the chart holds the values it was rendered at while the slider moves.
    act(() => store.getState().setDragging(true));
    held.current = { values: store.getState().values, stressed: null };
    act(() => move(0.5));
    act(() => move(0.8));
    seen.length = 0;
    held.current = null;
    act(() => store.getState().setDragging(false));
    atOnce();

    // A step straight after the release, before the chart has caught up with it: the chart never
    // goes back to the step it held during the drag (React's deferred value is that one then).
    act(() => store.getState().setDragging(true));
    const start = store.getState().values;
    held.current = { values: start, stressed: null };
    act(() => move(0.6));
    seen.length = 0;
    act(() => {
      held.current = null;
      flushSync(() => store.getState().setDragging(false));
      move(0.3);
    });
    expect(seen.length).toBeGreaterThan(1);
    for (const render of seen) expect(render.drawn).not.toBe(start);
    endsAtLast();
    neverBack();
  });

  it('never draws one dataset with another’s values', () => {
    const { store, seen, modelOf, move, endsAtLast } = setup(large());
    seen.length = 0;
    act(() => {
      move(0.3);
      store.getState().replaceDataset(generateDataset(220, 450, 8));
    });
    act(() => move(0.7));
    expect(seen.length).toBeGreaterThan(0);
    for (const render of seen) expect(modelOf.get(render.drawn)).toBe(render.model);
    endsAtLast();
  });
});

describe('the chart on screen', () => {
  it('stays remembered while a drag derives its steps apart, so a render of it mid-drag derives nothing again', () => {
    const store = createExplorerStore(defaultDataset(), 'en');
    const charts: ReturnType<typeof useChart>[] = [];
    function ChartProbe(_: { renderCount: number }) {
      charts.push(useChart(800));
      return null;
    }
    const { rerender } = render(
      <StoreContext.Provider value={store}>
        <ChartProbe renderCount={0} />
      </StoreContext.Provider>,
    );
    const shown = charts.at(-1)!;
    // Two steps of a drag painted without rendering (see useDirectDrag), derived with the chart's own deriver.
    const parameter = store.getState().model.dataset.parameters.find((p) => p.unit !== 'share')!;
    for (const fraction of [0.3, 0.6]) {
      const values = { ...store.getState().values, [parameter.id]: parameter.min + fraction * (parameter.max - parameter.min) };
      shown.derive({ ...store.getState(), values }, { width: 800 });
    }
    // The chart renders for a reason of its own, with the values it holds.
    rerender(
      <StoreContext.Provider value={store}>
        <ChartProbe renderCount={1} />
      </StoreContext.Provider>,
    );
    expect(charts.at(-1)!.chart.geometry).toBe(shown.chart.geometry);
    expect(charts.at(-1)!.chart.labels).toBe(shown.chart.labels);
  });

  it('is what stays remembered: a render set aside before its commit leaves the memory of the chart on screen as it was', async () => {
    const store = createExplorerStore(large(), 'en');
    const charts: ReturnType<typeof useChart>[] = [];
    function ChartProbe(_: { renderCount: number }) {
      charts.push(useChart(800));
      return null;
    }
    // Suspends the deferred render of the values it is given: React sets that render aside, uncommitted.
    const setAside = new Set<ParamValues>();
    const never = new Promise<never>(() => undefined);
    function Blocker() {
      const values = useDeferredValue(useExplorer((s) => s.values));
      if (setAside.has(values)) throw never;
      return null;
    }
    const tree = (renderCount: number) => (
      <StoreContext.Provider value={store}>
        <ChartProbe renderCount={renderCount} />
        <Suspense fallback={null}>
          <Blocker />
        </Suspense>
      </StoreContext.Provider>
    );
    const { rerender } = render(tree(0));
    const shown = charts.at(-1)!;
    const parameter = store.getState().model.dataset.parameters.find((p) => p.unit !== 'share')!;
    await act(async () => {
      store.getState().setValue(parameter.id, parameter.min + 0.3 * (parameter.max - parameter.min));
      setAside.add(store.getState().values);
    });
    // The deferred render derived the newer step, and was set aside.
    expect(charts.some((c) => c.drawn.values === store.getState().values)).toBe(true);
    // A render for a reason of its own draws the chart on screen: from memory.
    await act(async () => rerender(tree(1)));
    const again = charts.filter((c) => c.drawn.values !== store.getState().values).at(-1)!;
    expect(again).not.toBe(shown);
    expect(again.chart.geometry).toBe(shown.chart.geometry);
  });
});
