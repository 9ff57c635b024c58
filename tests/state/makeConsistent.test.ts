import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import { loadDefaultDataset } from '../model/fixtures';
import { makeConsistent, type SharedPatch } from '../../src/state/makeConsistent';
import { startingShared, type SharedState } from '../../src/state/sharedState';
import { expectConsistent } from './expectConsistent';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;
const start: SharedState = startingShared(ds, 'en');
const apply = (patch: SharedPatch, current: SharedState = start) => makeConsistent(ds, origins, current, patch);
const sept = scenarioValues(ds, 'sept-2025-loi')!;

describe('makeConsistent', () => {
  it('snaps values to their step without a notice', () => {
    const { state, notices } = apply({
      values: { 'nvidia-openai': 30.123456, 'nvidia-margin': 0.30000000000000004, 'cloud-gpu-share': 0.456 },
    });
    expect(state.values).toMatchObject({ 'nvidia-openai': 30, 'nvidia-margin': 0.3, 'cloud-gpu-share': 0.46 });
    expect(notices).toEqual([]);
  });

  it('clamps values to their range and says so', () => {
    const { state, notices } = apply({ values: { 'nvidia-openai': 250.4, 'nvidia-margin': -1 } });
    expect(state.values).toMatchObject({ 'nvidia-openai': 100, 'nvidia-margin': 0 });
    expect(notices).toEqual([
      { kind: 'clamped', key: 'p.nvidia-openai', value: '250.4', to: 100 },
      { kind: 'clamped', key: 'p.nvidia-margin', value: '-1', to: 0 },
    ]);
  });

  it('drops unknown sliders and non-numbers, keeping the rest', () => {
    const { state, notices } = apply({ values: { nope: 1, 'nvidia-openai': Number.NaN, 'amazon-openai': 40 } });
    expect(state.values).toEqual({ ...start.values, 'amazon-openai': 40 });
    expect(notices).toEqual([
      { kind: 'unknown-key', key: 'p.nope' },
      { kind: 'not-a-number', key: 'p.nvidia-openai', value: 'NaN' },
    ]);
  });

  it('keeps rounds a whole number from 1 to MAX_ROUNDS', () => {
    expect(apply({ rounds: 2.5 })).toEqual({
      state: { ...start, rounds: 3 },
      notices: [{ kind: 'clamped', key: 'rounds', value: '2.5', to: 3 }],
    });
    expect(apply({ rounds: 99 }).state.rounds).toBe(8);
    expect(apply({ rounds: -3 }).state.rounds).toBe(1);
    expect(apply({ rounds: Number.POSITIVE_INFINITY }).state.rounds).toBe(start.rounds);
  });

  it('colours by origin while an origin is isolated; isolation wins within one patch', () => {
    expect(apply({ isolated: 'nvidia', colorByOrigin: false }).state).toMatchObject({ isolated: 'nvidia', colorByOrigin: true });
    const uncoloured = apply({ colorByOrigin: false }).state;
    expect(apply({ isolated: 'nvidia' }, uncoloured).state).toMatchObject({ isolated: 'nvidia', colorByOrigin: true });
    const isolated = apply({ isolated: 'nvidia' }).state;
    expect(apply({ colorByOrigin: false }, isolated).state).toMatchObject({ isolated: null, colorByOrigin: false });
    expect(apply({ view: 'rounds' }, { ...start, isolated: 'nvidia', colorByOrigin: false }).state.colorByOrigin).toBe(true);
  });

  it('isolates only origins', () => {
    expect(apply({ isolated: 'openai' })).toEqual({
      state: start,
      notices: [{ kind: 'bad-value', key: 'isolate', value: 'openai' }],
    });
    expect(apply({}, { ...start, isolated: 'openai' }).state.isolated).toBeNull();
  });

  it("shows a scenario's values and keeps its name only while the values are its own", () => {
    const scenario = apply({ scenario: 'sept-2025-loi' }).state;
    // A scenario brings its date, which stays while a slider moves away from its values.
    const septDate = ds.scenarios.find((s) => s.id === 'sept-2025-loi')!.date!;
    expect(scenario).toEqual({ ...start, scenario: 'sept-2025-loi', date: septDate, values: sept });
    expect(apply({ values: { 'nvidia-loi': sept['nvidia-loi']! } }, scenario).state.scenario).toBe('sept-2025-loi');
    expect(apply({ values: { 'nvidia-loi': 99 } }, scenario).state).toEqual({
      ...start,
      date: septDate,
      values: { ...sept, 'nvidia-loi': 99 },
    });
    expect(apply({ scenario: 'sept-2025-loi', values: { 'nvidia-loi': 99 } }).state.scenario).toBeNull();
    expect(apply({ scenario: 'sept-2025-loi', values: { 'nvidia-loi': 10.2 } }).state.scenario).toBe('sept-2025-loi');
    expect(apply({}, { ...start, scenario: 'sept-2025-loi' }).state.scenario).toBeNull();
  });

  it('ignores an unknown scenario', () => {
    expect(apply({ scenario: 'nope' }, { ...start, scenario: 'sept-2025-loi', values: sept })).toEqual({
      state: { ...start, scenario: 'sept-2025-loi', values: sept },
      notices: [{ kind: 'unknown-scenario', value: 'nope' }],
    });
  });

  it("keeps the dataset's own values as written, even between steps", () => {
    const [first, ...rest] = ds.parameters;
    const offStep = { ...ds, parameters: [{ ...first!, min: 0, max: 100, step: 5, default: 13.7 }, ...rest] };
    const state = makeConsistent(offStep, origins, start, { values: { [first!.id]: 13.7 } }).state;
    expect(state.values[first!.id]).toBe(13.7);
    expect(makeConsistent(offStep, origins, state, { values: { [first!.id]: 13.8 } }).state.values[first!.id]).toBe(15);
  });

  it('turns a -0 the current state holds into 0, which a link can carry', () => {
    const current = { ...start, values: { ...start.values, 'nvidia-openai': -0 } };
    expect(Object.is(makeConsistent(ds, origins, current, {}).state.values['nvidia-openai'], 0)).toBe(true);
  });

  it('keeps the values object when the values do not change', () => {
    expect(apply({ view: 'rounds', values: { 'nvidia-openai': start.values['nvidia-openai']! } }).state.values).toBe(start.values);
  });

  it('makes any patch on any state consistent', { timeout: 120_000 }, () => {
    const value = fc.oneof(fc.double(), fc.double({ min: -0.5, max: 250, noNaN: true }), fc.integer({ min: -10, max: 250 }));
    const id = fc.constantFrom(...ds.parameters.map((p) => p.id), 'nope');
    const patch: fc.Arbitrary<SharedPatch> = fc.record(
      {
        values: fc.dictionary(id, value),
        scenario: fc.option(fc.constantFrom(...ds.scenarios.map((s) => s.id), 'nope'), { nil: null }),
        view: fc.constantFrom('loop' as const, 'rounds' as const),
        rounds: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double()),
        colorByOrigin: fc.boolean(),
        isolated: fc.option(fc.constantFrom(...origins, 'openai'), { nil: null }),
        showNet: fc.boolean(),
        fitToView: fc.boolean(),
        compare: fc.option(fc.constantFrom(...ds.scenarios.map((s) => s.id), 'nope'), { nil: null }),
        lang: fc.constantFrom('en' as const, 'zh-TW' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(patch, patch, (first, second) => {
        // The first patch lands unchecked, so the state it starts from need not be consistent.
        const current = makeConsistent(ds, origins, { ...start, ...first, values: { ...start.values, ...first.values } }, second).state;
        expectConsistent(current, ds, origins);
        expect(makeConsistent(ds, origins, current, {})).toEqual({ state: current, notices: [] });
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });
});
