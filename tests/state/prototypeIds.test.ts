import { describe, expect, it } from 'vitest';
import { createExplorerStore, selectShared } from '../../src/state/store';
import { decodeState } from '../../src/state/urlState';
import { loadDefaultDataset } from '../model/fixtures';
import { renameIds } from '../model/hostileIds';
import { expectConsistent } from './expectConsistent';

// A slider may be called anything, "__proto__" included: `values[id] = v` on a plain object would
// set the object's prototype instead of storing the value, and the slider would never move.
describe.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a slider called %s', (name) => {
  const original = loadDefaultDataset();
  const first = original.parameters[0]!;
  const dataset = renameIds(original, (kind, id) => (kind === 'parameter' && id === first.id ? name : id));
  const parameter = dataset.parameters[0]!;
  const moved = parameter.min + parameter.step * Math.round((parameter.max - parameter.min) / parameter.step / 3);

  it('moves when the reader drags it, and the state stays consistent', () => {
    const store = createExplorerStore(dataset, 'en');
    store.getState().setValue(name, moved);
    expect(Object.hasOwn(store.getState().values, name)).toBe(true);
    expect(store.getState().values[name]).toBe(moved);
    const { model } = store.getState();
    expectConsistent(selectShared(store.getState()), model.dataset, model.structure.origins);
  });

  it('is read from a link', () => {
    const origins = createExplorerStore(dataset, 'en').getState().model.structure.origins;
    const { state, notices } = decodeState(`?p.${name}=${moved}`, dataset, origins, 'en');
    expect(notices).toEqual([]);
    expect(state.values[name]).toBe(moved);
  });
});
