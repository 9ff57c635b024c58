// The panel's figures follow the sliders a render behind (usePanelInput), but never pair a dataset
// with another dataset's values: a new dataset's first render has its own.
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { solveLoop } from '../../src/model/engine';
import type { ParamValues } from '../../src/model/types';
import { StoreContext } from '../../src/state/context';
import { useLoopResult } from '../../src/state/panelHooks';
import { PanelInputProvider, usePanelInput } from '../../src/state/panelInput';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset, web } from '../model/fixtures';

describe('the values the panel shows', () => {
  function probe() {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    const seen: { live: ParamValues; shown: ParamValues; model: unknown; sliders: string[]; keys: string[]; injected: number }[] = [];
    function Probe() {
      const { model, values } = usePanelInput();
      const result = useLoopResult();
      seen.push({
        live: store.getState().values,
        shown: values,
        model,
        sliders: model.dataset.parameters.map((p) => p.id).sort(),
        keys: Object.keys(values).sort(),
        injected: result.injected,
      });
      return null;
    }
    return { store, seen, Probe };
  }

  /** A new dataset's every render has its own model and values, never the last dataset's. */
  function expectOwnValuesWithNewDataset({ store, seen }: Omit<ReturnType<typeof probe>, 'Probe'>) {
    seen.length = 0;
    act(() => store.getState().replaceDataset(web()));
    expect(seen.length).toBeGreaterThan(0);
    for (const pass of seen) {
      expect(pass.model).toBe(store.getState().model);
      expect(pass.keys).toEqual(pass.sliders);
    }
  }

  it('lag a slider by one render, and come with their own dataset', () => {
    const { store, seen, Probe } = probe();
    render(
      <StoreContext.Provider value={store}>
        <Probe />
      </StoreContext.Provider>,
    );
    const [slider] = store.getState().model.dataset.parameters;
    seen.length = 0;
    act(() => store.getState().setValue(slider!.id, slider!.max));
    // First the step's own render, with the values before it; then the deferred one, with the new.
    expect(seen.length).toBe(2);
    expect(seen[0]!.shown).not.toBe(seen[0]!.live);
    // The solve follows the values shown, not the live ones.
    const model = store.getState().model;
    expect(seen[0]!.injected).toBe(solveLoop(model, seen[0]!.shown).injected);
    expect(seen[0]!.injected).not.toBe(solveLoop(model, store.getState().values).injected);
    expect(seen[1]!.shown).toBe(store.getState().values);
    expect(seen[1]!.injected).toBe(solveLoop(store.getState().model, store.getState().values).injected);

    expectOwnValuesWithNewDataset({ store, seen });
  });

  it('under the provider, do not render a part in the step at all: only once the deferred values come', () => {
    const { store, seen, Probe } = probe();
    render(
      <StoreContext.Provider value={store}>
        <PanelInputProvider>
          <Probe />
        </PanelInputProvider>
      </StoreContext.Provider>,
    );
    const [slider] = store.getState().model.dataset.parameters;
    seen.length = 0;
    act(() => store.getState().setValue(slider!.id, slider!.max));
    expect(seen.length).toBe(1);
    expect(seen[0]!.shown).toBe(store.getState().values);
    expect(seen[0]!.injected).toBe(solveLoop(store.getState().model, store.getState().values).injected);

    expectOwnValuesWithNewDataset({ store, seen });
  });
});
