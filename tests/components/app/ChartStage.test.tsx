import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartStage } from '../../../src/components/app/ChartStage';

describe('the stage that keeps the chart in view', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives its height to itself and the sliders column, not to the whole page', () => {
    const observers: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          observers.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { container, unmount } = render(
      <main className="app__main">
        <section className="app__chart">
          <ChartStage>
            <p>chart</p>
          </ChartStage>
        </section>
        <aside className="app__panel" />
      </main>,
    );
    const stage = container.querySelector<HTMLElement>('.app__stage')!;
    const panel = container.querySelector<HTMLElement>('.app__panel')!;
    vi.spyOn(stage, 'offsetHeight', 'get').mockReturnValue(751);
    act(() => observers.forEach((observe) => observe()));
    expect(stage.style.getPropertyValue('--chart-stage-height')).toBe('751px');
    expect(panel.style.getPropertyValue('--chart-stage-height')).toBe('751px');
    // On the root, a large chart growing a pixel per slider step restyled every element of the page.
    expect(document.documentElement.style.getPropertyValue('--chart-stage-height')).toBe('');
    unmount();
    expect(panel.style.getPropertyValue('--chart-stage-height')).toBe('');
  });
});
