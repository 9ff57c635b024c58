import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CalloutNotes } from '../../../src/components/chart/CalloutNotes';
import { ChartCallouts } from '../../../src/components/chart/ChartCallouts';
import { createChartDeriver } from '../../../src/i18n/deriveChart';
import type { Lang } from '../../../src/model/types';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { loadDefaultDataset } from '../../model/fixtures';

/** A story step's callouts on the chart and their notes under it, for a chart `width` px wide. */
function renderStep(step: number, lang: Lang, width: number) {
  const store = createExplorerStore(loadDefaultDataset(), lang);
  store.getState().goToStep(step);
  const { geometry, labels } = createChartDeriver()(store.getState(), { width });
  return render(
    <StoreContext.Provider value={store}>
      <svg>
        <ChartCallouts geometry={geometry} labels={labels} />
      </svg>
      <CalloutNotes geometry={geometry} labels={labels} />
    </StoreContext.Provider>,
  );
}

describe('callouts with no room on the chart', () => {
  it('are lettered markers on a phone, their notes under the chart, in order', () => {
    const { container } = renderStep(5, 'en', 375);
    const story = loadDefaultDataset().story![4]!;
    const letters = [...container.querySelectorAll('svg .callout--marker text')].map((t) => t.textContent);
    expect(letters).toEqual(['A', 'B']);
    const notes = [...container.querySelectorAll('.chart__callout-notes li')];
    expect(notes.map((li) => li.querySelector('.chart__callout-letter')?.textContent)).toEqual(['A', 'B']);
    expect(notes.map((li) => li.textContent)).toEqual(story.annotations!.map((a, i) => `${'AB'[i]}${a.text.en}`));
    // Read in the list, not twice: the markers and letters are hidden from assistive technology.
    expect(container.querySelector('svg .callout--marker')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('are boxes on a wide chart with room, and then nothing is listed under it', () => {
    const { container } = renderStep(4, 'zh-TW', 1280);
    expect(container.querySelectorAll('svg .callout--marker')).toHaveLength(0);
    expect(container.querySelector('svg .callout tspan')?.textContent).toBeTruthy();
    expect(container.querySelector('.chart__callout-notes')).toBeNull();
  });
});
