import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import { focusCandidates } from '../../src/model/figures';
import { loadDefaultDataset } from '../model/fixtures';
import type { SharedState } from '../../src/state/sharedState';
import { createExplorerStore, selectShared } from '../../src/state/store';
import { decodeState, encodeState } from '../../src/state/urlState';
import { expectConsistent } from './expectConsistent';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;
const runs = Number(process.env.PROPERTY_RUNS ?? 500);

/** Any state the explorer can be in: slider values on their steps, a scenario only with its own values. */
const sharedState: fc.Arbitrary<SharedState> = fc
  .record({
    steps: fc.tuple(...ds.parameters.map((p) => fc.integer({ min: 0, max: Math.round((p.max - p.min) / p.step) }))),
    scenario: fc.option(fc.constantFrom(...ds.scenarios.map((s) => s.id)), { nil: null }),
    view: fc.constantFrom('loop' as const, 'rounds' as const),
    rounds: fc.integer({ min: 1, max: 8 }),
    colorByOrigin: fc.boolean(),
    isolated: fc.option(fc.constantFrom(...origins), { nil: null }),
    showNet: fc.boolean(),
    fitToView: fc.boolean(),
    compare: fc.option(fc.constantFrom(...ds.scenarios.map((s) => s.id)), { nil: null }),
    lang: fc.constantFrom('en' as const, 'zh-TW' as const),
    year: fc.constantFrom<number | null>(...(ds.meta.years ?? [null])),
    date: fc.option(fc.constantFrom('2025-09-22', '2026-01-30', '2024-02-29'), { nil: null }),
    focus: fc.option(fc.constantFrom(...focusCandidates(ds)), { nil: null }),
    highlight: fc.subarray(['nvidia', 'openai-oracle', 'customers']),
    shocks: fc.record(
      {
        revenueFall: fc.constantFrom(0.1, 0.25, 0.5, 1),
        equitySlowdown: fc.constantFrom(0.3, 0.5, 1),
        fails: fc.constantFrom(...ds.entities.map((e) => e.id)),
        dropUncommitted: fc.constant(true),
        lenderStops: fc.constant('lenders'),
      },
      { requiredKeys: [] },
    ),
    alpha: fc.constantFrom(0, 0.5, 1),
    beta: fc.constantFrom(0.25, 1),
  })
  .map(({ steps, scenario, date, ...rest }) => {
    const values = scenario
      ? { ...defaultValues(ds.parameters), ...ds.scenarios.find((s) => s.id === scenario)!.values }
      : Object.fromEntries(ds.parameters.map((p, i) => [p.id, Number((p.min + steps[i]! * p.step).toFixed(6))]));
    // Applying a scenario brings its date; a link can name another date beside it.
    // The dataset's own as-of date is spelt null.
    const shown = date ?? ds.scenarios.find((s) => s.id === scenario)?.date ?? null;
    return {
      ...rest,
      scenario,
      date: shown === ds.meta.asOf ? null : shown,
      values,
      colorByOrigin: rest.isolated ? true : rest.colorByOrigin,
      step: null,
    };
  });

describe('URL state', () => {
  it('reads shocks and default costs, and notices what it clamps or does not know', () => {
    const { state, notices } = decodeState(
      'shock.equity=0.5&shock.fails=openai&shock.revenue=1.5&shock.lender=nobody&alpha=0.8&beta=-1',
      ds,
      origins,
      'en',
    );
    expect(state.shocks).toEqual({ equitySlowdown: 0.5, fails: 'openai', revenueFall: 1 });
    expect(state.alpha).toBe(0.8);
    expect(state.beta).toBe(0);
    expect(notices).toEqual(
      expect.arrayContaining([
        { kind: 'clamped', key: 'shock.revenue', value: '1.5', to: 1 },
        { kind: 'bad-value', key: 'shock.lender', value: 'nobody' },
        { kind: 'clamped', key: 'beta', value: '-1', to: 0 },
      ]),
    );
  });

  it('reads no query as the store starts without one (the page loads no decoder then)', () => {
    for (const lang of ['en', 'zh-TW'] as const) {
      const decoded = decodeState('', ds, origins, lang);
      expect(decoded.notices).toEqual([]);
      const fromDecoder = selectShared(createExplorerStore(ds, lang, { shared: decoded.state }).getState());
      expect(selectShared(createExplorerStore(ds, lang, { shared: { lang } }).getState())).toEqual(fromDecoder);
    }
  });

  it('round-trips every state through a query string', () => {
    fc.assert(
      fc.property(sharedState, (state) => {
        const query = encodeState(state, ds).toString();
        const { state: decoded, notices } = decodeState(query, ds, origins, 'en');
        expect(notices).toEqual([]);
        expect(decoded).toEqual(state);
      }),
      { numRuns: runs },
    );
  });

  it('keeps links short: defaults encode to the language alone', () => {
    const { state } = decodeState('', ds, origins, 'en');
    expect(encodeState(state, ds).toString()).toBe('lang=en');
    const scenario = {
      ...state,
      scenario: 'feb-2026-round',
      date: ds.scenarios.find((s) => s.id === 'feb-2026-round')!.date ?? null,
      values: { ...state.values, ...ds.scenarios.find((s) => s.id === 'feb-2026-round')!.values },
    };
    expect(encodeState(scenario, ds).toString()).toBe('lang=en&scenario=feb-2026-round');
  });

  it('clamps out-of-range values and says so', () => {
    const { state, notices } = decodeState('p.nvidia-openai=250&p.nvidia-margin=-1&rounds=99', ds, origins, 'en');
    expect(state.values['nvidia-openai']).toBe(100);
    expect(state.values['nvidia-margin']).toBe(0);
    expect(state.rounds).toBe(8);
    expect(notices).toEqual([
      { kind: 'clamped', key: 'p.nvidia-openai', value: '250', to: 100 },
      { kind: 'clamped', key: 'p.nvidia-margin', value: '-1', to: 0 },
      { kind: 'clamped', key: 'rounds', value: '99', to: 8 },
    ]);
  });

  it('ignores what it cannot read, keeps the rest, and says so', () => {
    const query =
      'p.nvidia-openai=abc&p.unknown=5&view=sideways&isolate=nobody&scenario=nope&color=maybe&lang=fr&foo=1&p.amazon-openai=40&embed=1&controls=all';
    const { state, notices } = decodeState(query, ds, origins, 'zh-TW');
    expect(state.values['nvidia-openai']).toBe(30);
    expect(state.values['amazon-openai']).toBe(40);
    expect(state.view).toBe('loop');
    expect(state.lang).toBe('zh-TW');
    // What cannot be read, in the link's order; then what this dataset does not have.
    expect(notices).toEqual([
      { kind: 'not-a-number', key: 'p.nvidia-openai', value: 'abc' },
      { kind: 'bad-value', key: 'view', value: 'sideways' },
      { kind: 'bad-value', key: 'color', value: 'maybe' },
      { kind: 'bad-value', key: 'lang', value: 'fr' },
      { kind: 'unknown-key', key: 'foo' },
      { kind: 'unknown-scenario', value: 'nope' },
      { kind: 'unknown-key', key: 'p.unknown' },
      { kind: 'bad-value', key: 'isolate', value: 'nobody' },
    ]);
  });

  it('reads the fit-to-view flag and the scenario to compare with, and says when it cannot', () => {
    const read = decodeState('fit=1&compare=linear-economy', ds, origins, 'en');
    expect(read.state).toMatchObject({ fitToView: true, compare: 'linear-economy' });
    expect(read.notices).toEqual([]);
    expect(encodeState(read.state, ds).toString()).toBe('lang=en&fit=1&compare=linear-economy');
    const unread = decodeState('fit=maybe&compare=nope', ds, origins, 'en');
    expect(unread.state).toMatchObject({ fitToView: false, compare: null });
    expect(unread.notices).toEqual([
      { kind: 'bad-value', key: 'fit', value: 'maybe' },
      { kind: 'unknown-compare', value: 'nope' },
    ]);
  });

  it('snaps values between steps without a notice, and colours an isolated origin', () => {
    const { state, notices } = decodeState('p.nvidia-openai=30.123456&isolate=nvidia&color=0', ds, origins, 'en');
    expect(state).toMatchObject({ values: { 'nvidia-openai': 30 }, isolated: 'nvidia', colorByOrigin: true });
    expect(notices).toEqual([]);
  });

  it('never throws on arbitrary query strings, and reads them into a consistent state', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), (raw, pairs) => {
        const query = raw + '&' + new URLSearchParams(pairs).toString();
        expectConsistent(decodeState(query, ds, origins, 'en').state, ds, origins);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000) },
    );
  });
});
