import { describe, expect, it } from 'vitest';
import { solveLoop } from '../../src/model/engine';
import { createExplorerStore } from '../../src/state/store';
import { decodeState, encodeState } from '../../src/state/urlState';
import type { Dataset } from '../../src/model/types';
import { amountFlow, dataset, entity, shareFlow } from '../model/fixtures';

/** A lab funded per year, a contract from 2027, and a deal agreed on 2026-02-27. */
function yearly(): Dataset {
  const ds = dataset({
    entities: [
      entity('investor', 'source'),
      entity('lab', 'startup'),
      entity('cloud', 'cloud'),
      entity('cash', 'sink'),
      entity('costs', 'sink'),
    ],
    flows: [
      { ...amountFlow('investor', 'lab', 0), amount: { byYear: { '2025': 10, '2026': 40, '2027': 40 } } },
      { ...amountFlow('lab', 'cloud', 0, 'compute-spend'), amount: { schedule: { start: 2027, term: 5, total: 100 } } },
      {
        ...amountFlow('investor', 'cash', 5),
        id: 'stake',
        provenance: { basis: 'reported', status: [{ date: '2026-02-27', status: 'definitive' }] },
      },
      shareFlow('lab', 'cash', 'rest', 'leakage'),
      shareFlow('cloud', 'costs', 'rest', 'leakage'),
    ],
    scenarios: [{ id: 'before', label: { en: 'Before the deal' }, date: '2026-01-30', values: {} }],
  });
  ds.meta.years = [2025, 2026, 2027];
  ds.meta.year = 2026;
  return ds;
}

describe('the store across model years and dates', () => {
  it('starts at the dataset year and compiles the model for the year the reader picks', () => {
    const store = createExplorerStore(yearly());
    expect(store.getState().year).toBe(2026);
    expect(store.getState().model.moment).toEqual({ year: 2026, date: '2026-03-31' });
    store.getState().setYear(2027);
    expect(store.getState().model.moment.year).toBe(2027);
    expect(store.getState().model.dataset.flows[1]).toMatchObject({ amount: { product: [100, 0.2] } });
    // A year the dataset does not cover changes nothing.
    store.getState().setYear(2031);
    expect(store.getState().year).toBe(2027);
    const result = solveLoop(store.getState().model, store.getState().values);
    expect(result.status === 'converged' && result.inflow[store.getState().model.structure.entityIndex.get('cloud')!]).toBe(20);
  });

  it('shows a scenario at its date and keeps that date while sliders move, until Reset', () => {
    const store = createExplorerStore(yearly());
    store.getState().applyScenario('before');
    expect(store.getState().date).toBe('2026-01-30');
    expect(store.getState().model.moment.date).toBe('2026-01-30');
    expect(store.getState().model.dataset.flows[2]).toMatchObject({ amount: 0 });
    store.getState().setView('rounds');
    expect(store.getState().model.moment.date).toBe('2026-01-30');
    store.getState().reset();
    expect(store.getState().date).toBeNull();
    expect(store.getState().model.moment.date).toBe('2026-03-31');
  });

  it('carries year, date and focus in a link, and refuses values it cannot show', () => {
    const ds = yearly();
    const store = createExplorerStore(ds);
    store.getState().setYear(2025);
    const query = encodeState(store.getState(), ds).toString();
    expect(query).toContain('year=2025');
    const origins = store.getState().model.structure.origins;
    expect(decodeState(query, ds, origins, 'en').state.year).toBe(2025);
    const bad = decodeState('year=2040&date=2026-02-30&focus=nobody', ds, origins, 'en');
    expect(bad.notices).toEqual([
      { kind: 'bad-value', key: 'year', value: '2040' },
      { kind: 'bad-value', key: 'date', value: '2026-02-30' },
      { kind: 'bad-value', key: 'focus', value: 'nobody' },
    ]);
    expect(bad.state).toMatchObject({ year: 2026, date: null, focus: null });
    expect(decodeState('focus=cloud&date=2025-12-31', ds, origins, 'en').state).toMatchObject({ focus: 'cloud', date: '2025-12-31' });
  });

  it('goes back to the new dataset’s year, date and focus when the dataset is replaced', () => {
    const store = createExplorerStore(yearly());
    store.getState().applyScenario('before');
    store.getState().setFocus('cloud');
    const next = yearly();
    next.meta.year = 2025;
    store.getState().replaceDataset(next);
    expect(store.getState()).toMatchObject({ year: 2025, date: null, focus: null });
    expect(store.getState().model.source).toBe(next);
  });
});

describe('playing the rounds', () => {
  it('stops at the last round, and any change to what the chart shows goes back to the whole loop', () => {
    const store = createExplorerStore(yearly());
    const play = () => {
      store.getState().play();
      for (let i = 0; i < 10; i++) store.getState().stepRound();
    };
    play();
    expect(store.getState()).toMatchObject({ playing: false, playRound: store.getState().rounds });
    // Language and colouring keep the round shown.
    store.getState().setLang('zh-TW');
    store.getState().setColorByOrigin(false);
    expect(store.getState().playRound).toBe(store.getState().rounds);
    for (const change of [
      () => store.getState().applyScenario('before'),
      () => store.getState().setYear(2027),
      () => store.getState().setView('rounds'),
      () => store.getState().setRounds(2),
      () => store.getState().reset(),
    ]) {
      play();
      expect(store.getState().playRound).toBeGreaterThan(0);
      change();
      expect(store.getState()).toMatchObject({ playRound: 0, playing: false });
    }
  });
});
