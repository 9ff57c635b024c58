import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failedLoads, lazyPart, type LazyPart } from '../../../src/components/shared/lazyPart';

/** Shows what a part knows of the module (a failure first, as throwIfFailed does): failed, loaded or loading. */
function Part({ part, name }: { part: LazyPart<{ word: string }>; name: string }) {
  const { module, failure } = part.useModule(true);
  return <p data-testid={name}>{failure ? 'failed' : module ? module.word : 'loading'}</p>;
}

describe('a part of the page loaded when needed', () => {
  it('fills in every part that waits for it once any part tries again and it loads, not only the part that tried', async () => {
    let tries = 0;
    const part = lazyPart(async () => {
      tries++;
      if (tries === 1) throw new Error('chunk failed to load');
      return { word: 'loaded' };
    });
    const page = (legend: string) => (
      <>
        <Part part={part} name="sheet" />
        <Part key={legend} part={part} name="legend" />
      </>
    );
    const { rerender } = render(page('first'));
    expect(await screen.findAllByText('failed')).toHaveLength(2);
    // Only the legend tries again (mounted afresh, as after a reset); the sheet never asks.
    await act(async () => rerender(page('again')));
    expect(await screen.findByText('loaded', { selector: '[data-testid="legend"]' })).toBeTruthy();
    expect(screen.getByTestId('sheet').textContent).toContain('loaded');
    expect(tries).toBe(2);
  });

  it('marks a failure to load as one (its notice offers a reload), as an Error whatever the import threw', async () => {
    const part = lazyPart<{ word: string }>(() => Promise.reject('offline'));
    const failure = await part.preload().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('offline');
    expect(failedLoads.has(failure as Error)).toBe(true);
  });

  it('shows a part needed again as loading, not as its last failure, while it tries', async () => {
    let fail = true;
    let finish: (module: { word: string }) => void = () => {};
    const part = lazyPart(() =>
      fail ? Promise.reject(new Error('offline')) : new Promise<{ word: string }>((resolve) => (finish = resolve)),
    );
    const shown: string[] = [];
    function Toggled({ needed }: { needed: boolean }) {
      const { module, failure } = part.useModule(needed);
      const text = !needed ? 'closed' : failure ? 'failed' : module ? module.word : 'loading';
      shown.push(text);
      return <p data-testid="part">{text}</p>;
    }
    const { rerender } = render(<Toggled needed />);
    expect(await screen.findByText('failed')).toBeTruthy();
    rerender(<Toggled needed={false} />);
    fail = false;
    const reopened = shown.length;
    rerender(<Toggled needed />);
    expect(screen.getByTestId('part').textContent).toBe('loading');
    // Not even for one render (a notice flashing up again as a section reopens).
    expect(shown.slice(reopened)).not.toContain('failed');
    await act(async () => finish({ word: 'loaded' }));
    expect(screen.getByTestId('part').textContent).toBe('loaded');
  });
});
