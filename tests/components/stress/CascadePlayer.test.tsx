import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CASCADE_ROUND_MS } from '../../../src/components/stress/CascadePlayer';
import { StressPanel } from '../../../src/components/stress/StressPanel';
import type { Lang } from '../../../src/model/types';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { loadDefaultDataset } from '../../model/fixtures';

// d3-timer keeps its own clock (read when it loads), out of reach of fake timers: the player's
// timeouts go through setTimeout here so the test steps the clock itself.
vi.mock('d3-timer', () => ({
  timeout: (callback: () => void, delay: number) => {
    const id = setTimeout(callback, delay);
    return { stop: () => clearTimeout(id) };
  },
}));

// In 2027, OpenAI failing leaves OpenAI, Anthropic and xAI unable to pay in round 1 and Oracle in round 2.
const ROUND_1 = 3;
const ROUND_2 = 1;

function renderPanel(lang: Lang = 'en') {
  const store = createExplorerStore(loadDefaultDataset(), lang);
  store.getState().setYear(2027);
  store.getState().setShocks({ fails: 'openai' });
  const view = render(
    <StoreContext.Provider value={store}>
      <StressPanel open />
    </StoreContext.Provider>,
  );
  return { store, ...view };
}

const shown = (store: ReturnType<typeof renderPanel>['store']) => store.getState().stressed?.shown;
const defaultedRows = (container: HTMLElement) => container.querySelectorAll('tr.stress__defaulted').length;
const tick = () => act(() => vi.advanceTimersByTime(CASCADE_ROUND_MS));

describe('playing the cascade', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('steps the round the chart marks from 0 to the last, one round a second, then stops', () => {
    const { store, container } = renderPanel();
    expect(store.getState().stressed?.outcome.clearing.rounds).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Play the cascade' }));
    expect(shown(store)).toBe(0);
    expect(defaultedRows(container)).toBe(0);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    tick();
    expect(shown(store)).toBe(1);
    expect(defaultedRows(container)).toBe(ROUND_1);
    expect(screen.getByText('Cascade round 1 / 2')).toBeTruthy();
    tick();
    expect(shown(store)).toBe(2);
    expect(defaultedRows(container)).toBe(ROUND_1 + ROUND_2);
    // At the last round it stops, and Play starts over from round 0.
    expect(screen.getByRole('button', { name: 'Play the cascade' })).toBeTruthy();
    expect(vi.getTimerCount()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Play the cascade' }));
    expect(shown(store)).toBe(0);
  });

  it('stops on Pause, on a new shock and when the panel goes away', () => {
    const { store, unmount } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Play the cascade' }));
    tick();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(5 * CASCADE_ROUND_MS));
    expect(shown(store)).toBe(1);
    // Play again goes on from where it paused.
    fireEvent.click(screen.getByRole('button', { name: 'Play the cascade' }));
    expect(shown(store)).toBe(1);

    // A shock pulled elsewhere (a host page, a link) is a new stress test: the player stops, and the
    // round picked for the last one no longer applies: every round of the new cascade shows.
    act(() => store.getState().setShocks({ fails: 'openai', equitySlowdown: 0.5 }));
    expect(store.getState().stressed?.outcome.clearing.rounds).toBe(2);
    act(() => vi.advanceTimersByTime(5 * CASCADE_ROUND_MS));
    expect(shown(store)).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Play the cascade' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Play the cascade' }));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('offers no Play with reduced motion: the step buttons step the cascade', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const { store } = renderPanel();
    expect(screen.queryByRole('button', { name: 'Play the cascade' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Previous round' }));
    expect(shown(store)).toBe(1);
    act(() => vi.advanceTimersByTime(5 * CASCADE_ROUND_MS));
    expect(shown(store)).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Next round' }));
    expect(shown(store)).toBe(2);
  });

  it('speaks Taiwanese Mandarin', () => {
    renderPanel('zh-TW');
    fireEvent.click(screen.getByRole('button', { name: '逐輪播放連鎖違約' }));
    expect(screen.getByRole('button', { name: '暫停' })).toBeTruthy();
  });
});
