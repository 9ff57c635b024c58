import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyPart, type LazyPart } from '../../../src/components/shared/lazyPart';

/** Shows what a part knows of the module (a failure first, as throwIfFailed does): failed, loaded or loading; with a button to try again. */
function Part({ part, name }: { part: LazyPart<{ word: string }>; name: string }) {
  const { module, failure, retry } = part.useModule(true);
  return (
    <p data-testid={name}>
      {failure ? 'failed' : module ? module.word : 'loading'}
      <button onClick={retry}>retry {name}</button>
    </p>
  );
}

describe('a part of the page loaded when needed', () => {
  it('fills in every part that waits for it once any part tries again and it loads, not only the part that tried', async () => {
    let tries = 0;
    const part = lazyPart(async () => {
      tries++;
      if (tries === 1) throw new Error('chunk failed to load');
      return { word: 'loaded' };
    });
    render(
      <>
        <Part part={part} name="sheet" />
        <Part part={part} name="legend" />
      </>,
    );
    expect(await screen.findAllByText('failed')).toHaveLength(2);
    // Only the legend tries again (as its part boundary does on reset); the sheet never asks.
    await act(async () => screen.getByText('retry legend').click());
    expect(await screen.findByText('loaded', { selector: '[data-testid="legend"]' })).toBeTruthy();
    expect(screen.getByTestId('sheet').textContent).toContain('loaded');
    expect(tries).toBe(2);
  });
});
