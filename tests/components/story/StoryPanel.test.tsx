import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryLauncher } from '../../../src/components/story/StoryLauncher';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { loadDefaultDataset } from '../../model/fixtures';

const ds = loadDefaultDataset();
const story = ds.story ?? [];

function renderStory(lang: 'en' | 'zh-TW' = 'en') {
  const store = createExplorerStore(ds, lang);
  render(
    <StoreContext.Provider value={store}>
      <StoryLauncher />
    </StoreContext.Provider>,
  );
  return store;
}

const live = () => document.querySelector('[aria-live="polite"]');
const current = () => document.querySelector('[aria-current="step"]');

describe('the walk-through', () => {
  it('opens at the first step, moves by buttons, dots and arrow keys, and announces each step politely', async () => {
    const store = renderStory();
    fireEvent.click(screen.getByRole('button', { name: 'Walk me through' }));
    expect(await screen.findByRole('heading', { name: story[0]!.title.en! })).toBeTruthy();
    expect(store.getState().step).toBe(1);
    expect(live()?.getAttribute('aria-atomic')).toBe('true');
    expect(live()?.textContent).toContain(story[0]!.text.en);
    expect(current()?.getAttribute('aria-label')).toBe(`Step 1: ${story[0]!.title.en}`);

    fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(store.getState()).toMatchObject({ step: 2, view: 'rounds' });
    expect(live()?.textContent).toContain(story[1]!.title.en);
    expect(current()?.getAttribute('aria-label')).toBe(`Step 2: ${story[1]!.title.en}`);

    fireEvent.keyDown(screen.getByRole('region', { name: 'Walk-through' }), { key: 'ArrowRight' });
    expect(store.getState().step).toBe(3);
    fireEvent.keyDown(current()!, { key: 'ArrowLeft' });
    expect(store.getState().step).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: `Step ${story.length}: ${story.at(-1)!.title.en}` }));
    expect(store.getState().step).toBe(story.length);
    // At the last step Next stays focusable but goes nowhere.
    const next = screen.getByRole('button', { name: 'Next →' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(store.getState().step).toBe(story.length);
  });

  it('keeps the text when the reader moves away, offers the step again, and closes', async () => {
    const store = renderStory('zh-TW');
    fireEvent.click(screen.getByRole('button', { name: '帶我逐步看' }));
    await screen.findByRole('heading', { name: story[0]!.title['zh-TW']! });
    act(() => store.getState().setValue('nvidia-margin', 0.3));
    expect(store.getState().step).toBeNull();
    expect(screen.getByRole('heading', { name: story[0]!.title['zh-TW']! })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重新顯示這一步' }));
    expect(store.getState().step).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: '結束導覽' }));
    expect(store.getState()).toMatchObject({ step: null, highlight: [] });
    expect(screen.getByRole('button', { name: '帶我逐步看' })).toBeTruthy();
  });

  it('follows a step set from elsewhere (a host page or a link)', async () => {
    const store = renderStory();
    act(() => store.getState().goToStep(4));
    expect(await screen.findByRole('heading', { name: story[3]!.title.en! })).toBeTruthy();
  });
});
