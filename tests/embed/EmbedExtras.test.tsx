import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbedExtras } from '../../src/embed/EmbedExtras';
import { StoreContext } from '../../src/state/context';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';
import type { EmbedExtra } from '../../src/embed/embedOptions';

function renderExtras(show: EmbedExtra[]) {
  const store = createExplorerStore(loadDefaultDataset(), 'zh-TW');
  const view = render(
    <StoreContext.Provider value={store}>
      <EmbedExtras show={show} />
    </StoreContext.Provider>,
  );
  return { store, ...view };
}

describe('the controls an embed is asked to show', () => {
  it('offers loop or rounds, the round count in the rounds view, and net of the round trip, in the page’s language', () => {
    const { store } = renderExtras(['rounds', 'net']);
    expect(screen.queryByRole('spinbutton')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '逐輪' }));
    expect(store.getState().view).toBe('rounds');
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '3' } });
    expect(store.getState().rounds).toBe(3);
    fireEvent.click(screen.getByRole('checkbox'));
    expect(store.getState().showNet).toBe(true);
  });

  it('shows only what it is asked for, and nothing when asked for neither', () => {
    renderExtras(['net']);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('checkbox')).toBeTruthy();
    const { container } = renderExtras([]);
    expect(container.innerHTML).toBe('');
  });
});
