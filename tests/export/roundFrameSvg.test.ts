// The export draws the rounds view's headers and dividers from the same frame as the page.
import { describe, expect, it } from 'vitest';
import '../bothLanguages';
import { buildSnapshot } from '../../src/export/buildSnapshot';
import { renderSvgSnapshot } from '../../src/export/renderSvg';
import { deriveChart } from '../../src/i18n/deriveChart';
import { defaultValues } from '../../src/model/defaults';
import type { Lang } from '../../src/model/types';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';

function roundsState(lang: Lang) {
  const dataset = loadDefaultDataset();
  const values = { ...defaultValues(dataset.parameters), 'nvidia-reinvest': 0.5 };
  return createExplorerStore(dataset, lang, { shared: { values, view: 'rounds' } }).getState();
}

describe('the exported rounds view', () => {
  for (const lang of ['en', 'zh-TW'] as const) {
    it(`heads each round where the page does, with lines between rounds and what a round is (${lang})`, () => {
      const state = roundsState(lang);
      const svg = renderSvgSnapshot(buildSnapshot(state, { width: 900 }));
      const frame = deriveChart(state, { width: 900 }).roundFrame!;
      expect(frame.headers.length).toBeGreaterThanOrEqual(2);
      for (const header of frame.headers) {
        expect(svg).toContain(`data-round="${header.round}">${header.text}</text>`);
        expect(svg).toMatch(new RegExp(`<text x="${Math.round(header.x * 10) / 10}"[^>]*data-round="${header.round}"`));
      }
      expect(svg.match(/<line [^>]*stroke-dasharray="3 3"/g)).toHaveLength(frame.dividers.length);
      expect(svg).toContain(lang === 'en' ? 'A round is one pass' : '一輪就是資金');
    });
  }

  it('draws no round frame in the loop view', () => {
    const state = { ...roundsState('en'), view: 'loop' as const };
    expect(renderSvgSnapshot(buildSnapshot(state, { width: 900 }))).not.toContain('round-frame');
  });
});
