// 10,000 random reader actions and host messages (FUZZ_RUNS to change): after each, money is
// conserved, no number is NaN or infinite, the shared state is consistent (values on their
// sliders' steps and in range, a scenario only with its values, an isolated origin coloured) and
// survives a trip through the URL unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpretHostMessage } from '../../src/embed/hostMessages';
import { compileModel, solveLoop } from '../../src/model/engine';
import { headlineFigures } from '../../src/model/figures';
import { loadDefaultDataset } from '../model/fixtures';
import { createExplorerStore, selectShared, type ExplorerStore } from '../../src/state/store';
import { expectConsistent } from './expectConsistent';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;
const ACTIONS = Number(process.env.FUZZ_RUNS ?? 10_000);

/** Values anywhere in a slider's range and a little beyond it, mostly between its steps. */
const sliderValues = fc
  .dictionary(fc.constantFrom(...ds.parameters.map((p) => p.id)), fc.double({ min: -0.02, max: 1.02, noNaN: true }), { maxKeys: 4 })
  .map((fractions) =>
    Object.fromEntries(
      Object.entries(fractions).map(([id, fraction]) => {
        const p = ds.parameters.find((q) => q.id === id)!;
        return [id, p.min + fraction * (p.max - p.min)];
      }),
    ),
  );

/** Messages a host could mean to send (most pass), ones with ids this dataset lacks, and junk. */
const hostMessage = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        type: fc.constant('capital-loop:set'),
        scenario: fc.constantFrom(...ds.scenarios.map((x) => x.id)),
        values: sliderValues,
        view: fc.constantFrom('loop', 'rounds'),
        rounds: fc.integer({ min: 1, max: 8 }),
        lang: fc.constantFrom('en', 'zh-TW'),
        colorByOrigin: fc.boolean(),
        isolated: fc.constantFrom(...origins, null),
        showNet: fc.boolean(),
        fitToView: fc.boolean(),
        compare: fc.constantFrom(...ds.scenarios.map((x) => x.id), null),
      },
      { requiredKeys: ['type'] },
    ),
  },
  fc.record(
    {
      type: fc.constant('capital-loop:set'),
      scenario: fc.constantFrom('nope'),
      values: fc.dictionary(fc.string(), fc.double()),
      rounds: fc.oneof(fc.integer(), fc.double()),
      isolated: fc.constantFrom('openai', 'nobody'),
      compare: fc.constantFrom('nope'),
      view: fc.string(),
    },
    { requiredKeys: ['type'] },
  ),
  fc.anything(),
);

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
  fc.boolean().map((b) => (s: ExplorerStore) => s.setFitToView(b)),
  fc.constantFrom(...ds.scenarios.map((x) => x.id), 'nope', null).map((id) => (s: ExplorerStore) => s.setCompare(id)),
  fc.constantFrom('en' as const, 'zh-TW' as const).map((l) => (s: ExplorerStore) => s.setLang(l)),
  {
    weight: 3,
    arbitrary: hostMessage.map((message) => (s: ExplorerStore) => {
      const result = interpretHostMessage(message, ds, origins);
      if (result.ok) s.applyShared(result.patch);
    }),
  },
);

describe(`the store under ${ACTIONS} random actions`, { timeout: 120_000 }, () => {
  it('conserves money, stays finite and consistent, and round-trips through the URL after every action', () => {
    const store = createExplorerStore(ds, 'en');
    const { model } = store.getState();
    fc.assert(
      fc.property(fc.array(action, { minLength: ACTIONS, maxLength: ACTIONS }), (actions) => {
        for (const act of actions) {
          act(store.getState());
          const state = store.getState();
          expectConsistent(selectShared(state), ds, origins);
          const result = solveLoop(model, state.values);
          if (result.status === 'converged') {
            const absorbed = result.absorbed.reduce((a, b) => a + b, 0);
            expect(Math.abs(absorbed - result.injected)).toBeLessThanOrEqual(1e-9 * Math.max(1, result.injected));
            expect(result.flowValue.every(Number.isFinite)).toBe(true);
          }
          const figures = headlineFigures(model, result);
          expect(Number.isFinite(figures.gain)).toBe(true);
        }
      }),
      // Shrinking 10,000 actions takes minutes and the actions print as bare functions: report the first failure as is.
      { numRuns: 1, endOnFailure: true },
    );
  });
});
