import { describe, expect, it } from 'vitest';
import { interpretHostMessage, listenForHostMessages } from '../../src/embed/hostMessages';
import { compileModel } from '../../src/model/engine';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';

const ds = loadDefaultDataset();
const origins = compileModel(ds).structure.origins;

describe('host messages for stories', () => {
  it('steps a story through the set message or the step command', () => {
    const store = createExplorerStore(ds, 'en');
    for (const message of [
      { type: 'capital-loop:set', step: 3 },
      { type: 'capital-loop:step', step: 3 },
    ]) {
      const result = interpretHostMessage(message, ds, origins);
      if (!result.ok) throw new Error(result.reason);
      store.getState().applyShared(result.patch);
      expect(store.getState()).toMatchObject({
        step: 3,
        scenario: 'jan-2026-on-ice',
        highlight: ['nvidia-fund', 'amazon', 'openai', 'amazon-openai', 'amazon-openai-conditional'],
      });
    }
    const leave = interpretHostMessage({ type: 'capital-loop:step', step: null }, ds, origins);
    if (!leave.ok) throw new Error(leave.reason);
    store.getState().applyShared(leave.patch);
    expect(store.getState()).toMatchObject({ step: null, highlight: [] });
  });

  it('highlights entities and flows by id, and refuses ids it does not know', () => {
    expect(interpretHostMessage({ type: 'capital-loop:highlight', ids: ['nvidia', 'oracle-nvidia'] }, ds, origins)).toEqual({
      ok: true,
      patch: { highlight: ['nvidia', 'oracle-nvidia'] },
    });
    expect(interpretHostMessage({ type: 'capital-loop:highlight', ids: ['nvidia', 'ghost'] }, ds, origins)).toEqual({
      ok: false,
      reason: 'highlight = ghost is not allowed',
    });
    expect(interpretHostMessage({ type: 'capital-loop:step', step: 99 }, ds, origins)).toEqual({
      ok: false,
      reason: 'step = 99 is not allowed',
    });
    expect(interpretHostMessage({ type: 'capital-loop:step', step: 1.5 }, ds, origins).ok).toBe(false);
  });

  it('takes the commands from the parent page', () => {
    const store = createExplorerStore(ds, 'en');
    const parent = { postMessage: () => undefined } as unknown as Window;
    const listeners: ((event: MessageEvent) => void)[] = [];
    const win = {
      parent,
      addEventListener: (_: string, f: (event: MessageEvent) => void) => listeners.push(f),
      removeEventListener: () => undefined,
    } as unknown as Window;
    listenForHostMessages(store, [], win);
    listeners[0]!({ source: parent, origin: 'https://news.example', data: { type: 'capital-loop:step', step: 2 } } as MessageEvent);
    expect(store.getState()).toMatchObject({ step: 2, view: 'rounds' });
    listeners[0]!({
      source: parent,
      origin: 'https://news.example',
      data: { type: 'capital-loop:highlight', ids: ['oracle'] },
    } as MessageEvent);
    expect(store.getState()).toMatchObject({ step: 2, highlight: ['oracle'] });
  });
});
