// The side panel reads the sliders a render behind the chart (so a step's chart is drawn first), and
// never one dataset's model with another's values.
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CompiledModel } from '../../src/model/engine';
import type { ParamValues } from '../../src/model/types';
import { StoreContext } from '../../src/state/context';
import { usePanelInputs } from '../../src/state/panelHooks';
import { createExplorerStore } from '../../src/state/store';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { defaultDataset } from '../components/renderApp';

const SLIDER = 'nvidia-openai';

function setup() {
  const store = createExplorerStore(defaultDataset(), 'en');
  const seen: { model: CompiledModel; values: ParamValues }[] = [];
  function Panel() {
    seen.push(usePanelInputs());
    return null;
  }
  render(
    <StoreContext.Provider value={store}>
      <Panel />
    </StoreContext.Provider>,
  );
  return { store, seen };
}

describe('usePanelInputs', () => {
  it('renders a slider step first with the values before it, then with the step’s', () => {
    const { store, seen } = setup();
    const before = store.getState().values;
    const from = seen.length;
    act(() => store.getState().setValue(SLIDER, 35));
    const after = store.getState().values;
    expect(after).not.toBe(before);
    expect(seen.slice(from).map((s) => s.values)).toEqual([before, after]);
  });

  it('takes another dataset at once, with its own values', () => {
    const { store, seen } = setup();
    act(() => store.getState().setValue(SLIDER, 35));
    const from = seen.length;
    act(() => store.getState().replaceDataset(generateDataset(20, 40, 3)));
    const { model, values } = store.getState();
    expect(seen.length).toBeGreaterThan(from);
    for (const s of seen.slice(from)) {
      expect(s.model).toBe(model);
      expect(s.values).toBe(values);
    }
  });
});
