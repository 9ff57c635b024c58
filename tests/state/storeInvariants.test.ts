// 10,000 random reader actions (FUZZ_RUNS to change): after each, money is conserved, no number
// is NaN or infinite, and the state survives a trip through the URL unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveLoop } from '../../src/model/engine';
import { headlineFigures } from '../../src/model/figures';
import { loadDefaultDataset } from '../model/fixtures';
import { createExplorerStore, selectShared, type ExplorerStore } from '../../src/state/store';
import { decodeState, encodeState } from '../../src/state/urlState';

const ds = loadDefaultDataset();
const ACTIONS = Number(process.env.FUZZ_RUNS ?? 10_000);

type Action = (s: ExplorerStore) => void;
const action: fc.Arbitrary<Action> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ds.parameters.map((p) => p.id), 'no-such-slider'), fc.oneof(fc.double(), fc.integer({ min: -200, max: 300 })))
    .map(
      ([id, v]) =>
        (s: ExplorerStore) =>
          s.setValue(id, v),
    ),
  fc.constantFrom(...ds.scenarios.map((x) => x.id), 'nope').map((id) => (s: ExplorerStore) => s.applyScenario(id)),
  fc.constant((s: ExplorerStore) => s.reset()),
  fc.constantFrom('loop' as const, 'rounds' as const).map((v) => (s: ExplorerStore) => s.setView(v)),
  fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double()).map((n) => (s: ExplorerStore) => s.setRounds(n)),
  fc.boolean().map((b) => (s: ExplorerStore) => s.setColorByOrigin(b)),
  fc.constantFrom('nvidia', 'amazon', 'customers', null).map((o) => (s: ExplorerStore) => s.isolate(o)),
  fc.boolean().map((b) => (s: ExplorerStore) => s.setShowNet(b)),
  fc.constantFrom('en' as const, 'zh-TW' as const).map((l) => (s: ExplorerStore) => s.setLang(l)),
);

describe(`the store under ${ACTIONS} random actions`, { timeout: 120_000 }, () => {
  it('conserves money, stays finite, and round-trips through the URL after every action', () => {
    const store = createExplorerStore(ds, 'en');
    const { model } = store.getState();
    const origins = model.structure.origins;
    fc.assert(
      fc.property(fc.array(action, { minLength: ACTIONS, maxLength: ACTIONS }), (actions) => {
        for (const act of actions) {
          act(store.getState());
          const state = store.getState();
          for (const p of ds.parameters) {
            const v = state.values[p.id]!;
            expect(Number.isFinite(v) && v >= p.min && v <= p.max).toBe(true);
          }
          expect(Number.isInteger(state.rounds) && state.rounds >= 1 && state.rounds <= 8).toBe(true);
          const result = solveLoop(model, state.values);
          if (result.status === 'converged') {
            const absorbed = result.absorbed.reduce((a, b) => a + b, 0);
            expect(Math.abs(absorbed - result.injected)).toBeLessThanOrEqual(1e-9 * Math.max(1, result.injected));
            expect(result.flowValue.every(Number.isFinite)).toBe(true);
          }
          const figures = headlineFigures(model, result);
          expect(Number.isFinite(figures.gain)).toBe(true);
          const shared = selectShared(state);
          expect(decodeState(encodeState(shared, ds).toString(), ds, origins, 'en').state).toEqual(shared);
        }
      }),
      { numRuns: 1 },
    );
  });
});
