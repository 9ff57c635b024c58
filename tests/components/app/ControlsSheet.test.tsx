// On a phone the button that opens the controls floats at the bottom of the screen. While the chart
// is still below the screen (the first screen is the headline's) it waits below the screen, so it
// hides none of the headline (from the first frame: it waits until the observer first reports); it
// comes up as the chart comes into view, and stays once the chart has gone up past the top. An
// IntersectionObserver says where the chart is (a fake one here); a chart element replaced (its part
// failed and came back) is observed from the next scroll.
import { act, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ControlsSheet } from '../../../src/components/app/ControlsSheet';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { loadDefaultDataset } from '../../model/fixtures';

class FakeObserver {
  static made: FakeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.made.push(this);
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  unobserve(target: Element) {
    this.observed = this.observed.filter((element) => element !== target);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The chart seen at `top` px from the screen's top, showing or not. */
  see(isIntersecting: boolean, top: number) {
    const entry = { isIntersecting, boundingClientRect: { top } } as IntersectionObserverEntry;
    act(() => this.callback([entry], this as unknown as IntersectionObserver));
  }
}

function renderSheet() {
  const store = createExplorerStore(loadDefaultDataset(), 'en');
  const chart = createRef<HTMLDivElement>();
  const view = render(
    <StoreContext.Provider value={store}>
      <div ref={chart}>the chart</div>
      <ControlsSheet chart={chart}>
        <p>the controls</p>
      </ControlsSheet>
    </StoreContext.Provider>,
  );
  return { chart, ...view };
}

const waiting = () => screen.getByRole('button', { name: 'Scenarios and sliders' }).classList.contains('controls-toggle--waiting');

describe('the button that opens the controls on a phone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.made = [];
  });

  it('waits below the screen while the chart is below it, and comes up once the chart shows or has gone up past the top', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { chart, unmount } = renderSheet();
    const [observer] = FakeObserver.made;
    expect(observer!.observed).toEqual([chart.current]);
    expect(waiting()).toBe(true);
    observer!.see(false, 900);
    expect(waiting()).toBe(true);
    observer!.see(true, 500);
    expect(waiting()).toBe(false);
    observer!.see(false, -1200);
    expect(waiting()).toBe(false);
    observer!.see(false, 900);
    expect(waiting()).toBe(true);
    // The chart's element replaced: the new one is observed from the next scroll.
    const replacement = document.createElement('div');
    (chart as { current: HTMLDivElement | null }).current = replacement;
    act(() => void window.dispatchEvent(new Event('scroll')));
    expect(observer!.observed).toEqual([replacement]);
    observer!.see(true, 100);
    expect(waiting()).toBe(false);
    unmount();
    expect(observer!.disconnected).toBe(true);
  });

  it('is always up where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    renderSheet();
    expect(waiting()).toBe(false);
  });
});
