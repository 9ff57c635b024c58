import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StressPanel } from '../../../src/components/stress/StressPanel';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { loadDefaultDataset } from '../../model/fixtures';

function renderPanel() {
  const store = createExplorerStore(loadDefaultDataset(), 'en');
  render(
    <StoreContext.Provider value={store}>
      <StressPanel open />
    </StoreContext.Provider>,
  );
  return store;
}

describe('the stress panel’s controls', () => {
  it('set each shock and default cost, and a shock set to nothing leaves the link', () => {
    const store = renderPanel();
    fireEvent.change(screen.getByLabelText(/Real customers pay less/), { target: { value: '0.5' } });
    expect(store.getState().shocks).toEqual({ revenueFall: 0.5 });
    fireEvent.change(screen.getByLabelText(/A company fails/), { target: { value: 'oracle' } });
    fireEvent.change(screen.getByLabelText(/A lender stops lending/), { target: { value: 'lenders' } });
    expect(store.getState().shocks).toEqual({ revenueFall: 0.5, fails: 'oracle', lenderStops: 'lenders' });
    fireEvent.change(screen.getByLabelText(/A company fails/), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText(/Real customers pay less/), { target: { value: '0' } });
    expect(store.getState().shocks).toEqual({ lenderStops: 'lenders' });
    fireEvent.change(screen.getByLabelText(/Default cost α/), { target: { value: '0.5' } });
    expect(store.getState().alpha).toBe(0.5);
    expect(screen.getByLabelText(/A lender stops lending/).querySelectorAll('option').length).toBeGreaterThan(1);
  });
});
