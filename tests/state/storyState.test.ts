import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/engine';
import { stepSettings } from '../../src/model/story';
import { createExplorerStore, selectShared } from '../../src/state/store';
import { decodeState, encodeState } from '../../src/state/urlState';
import { loadDefaultDataset } from '../model/fixtures';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;
const story = ds.story ?? [];

describe('story steps in shared state', () => {
  it('the default dataset tells a story of at least six steps', () => {
    expect(story.length).toBeGreaterThanOrEqual(6);
  });

  it.each(story.map((step, i) => ({ number: i + 1, id: step.id })))('step $number ($id) round-trips through the URL', ({ number }) => {
    const store = createExplorerStore(ds, 'zh-TW');
    store.getState().goToStep(number);
    const state = selectShared(store.getState());
    const settings = stepSettings(ds, story[number - 1]!);
    expect(state).toMatchObject({
      step: number,
      view: settings.view,
      year: settings.year,
      date: settings.date,
      highlight: settings.highlight,
    });
    const query = encodeState(state, ds).toString();
    expect(query).toBe(`lang=zh-TW&step=${number}`);
    const decoded = decodeState(query, ds, origins, 'en');
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('a step sets what it names and the defaults for what it leaves out, whatever was shown before', () => {
    const store = createExplorerStore(ds, 'en', { shared: { view: 'rounds', year: 2027, values: { 'nvidia-margin': 0.3 } } });
    const funding = story.findIndex((s) => s.id === 'funding-slows') + 1;
    store.getState().goToStep(funding);
    const state = store.getState();
    expect(state.step).toBe(funding);
    expect(state).toMatchObject({ view: 'loop', year: 2026, scenario: null, values: { 'softbank-openai': 15, 'nvidia-margin': 0.56 } });
  });

  it('moving away from what a step set leaves the story and its highlight; drawing settings do not', () => {
    const store = createExplorerStore(ds, 'en');
    store.getState().goToStep(1);
    store.getState().setShowNet(true);
    expect(store.getState()).toMatchObject({ step: 1, showNet: true });
    expect(encodeState(selectShared(store.getState()), ds).toString()).toBe('lang=en&step=1&net=1');
    store.getState().setValue('nvidia-margin', 0.3);
    expect(store.getState()).toMatchObject({ step: null, highlight: [] });
  });

  it('a link names a step with its own changes on top, and a highlight of its own', () => {
    const { state, notices } = decodeState('step=4&view=rounds&highlight=oracle', ds, origins, 'en');
    expect(notices).toEqual([]);
    // The link's own view wins; the step no longer holds, but what it set (its scenario) stays.
    expect(state).toMatchObject({ step: null, view: 'rounds', scenario: 'mar-2026-close', highlight: ['oracle'] });
    const cleared = decodeState('step=4&highlight=', ds, origins, 'en').state;
    expect(cleared).toMatchObject({ step: 4, highlight: [] });
    expect(encodeState(cleared, ds).toString()).toBe('lang=en&step=4&highlight=');
  });

  it('ignores a step the story does not have and ids the dataset does not know, and says so', () => {
    const { state, notices } = decodeState('step=99&highlight=nvidia&highlight=ghost', ds, origins, 'en');
    expect(state).toMatchObject({ step: null, highlight: ['nvidia'] });
    expect(notices).toEqual([
      { kind: 'bad-value', key: 'step', value: '99' },
      { kind: 'bad-value', key: 'highlight', value: 'ghost' },
    ]);
  });
});
