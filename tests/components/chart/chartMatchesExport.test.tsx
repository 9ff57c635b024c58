import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SankeyDiagram } from '../../../src/components/chart/SankeyDiagram';
import { buildSnapshot } from '../../../src/export/buildSnapshot';
import { renderSvgSnapshot } from '../../../src/export/renderSvg';
import type { Lang } from '../../../src/model/types';
import { StoreContext } from '../../../src/state/context';
import type { View } from '../../../src/state/sharedState';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

/** Drawn links and labels of a chart: keys, label texts and label positions (to 0.1 px, as the SVG file writes them). */
interface Drawn {
  links: string[];
  labels: Record<string, { lines: string[]; x: number; y: number; anchor: string | null }>;
}

const round = (value: string | null) => Math.round(Number(value) * 10) / 10;

function drawnIn(svg: Element): Drawn {
  // Each link with its mark: the deal's status must be drawn alike on the page and in the file.
  const links = [...svg.querySelectorAll('g.link:not(.link--empty)')]
    .map((g) => `${g.getAttribute('data-key')} ${g.getAttribute('data-mark')}`)
    .sort();
  const labels: Drawn['labels'] = {};
  for (const text of svg.querySelectorAll('text.label')) {
    labels[text.getAttribute('data-key')!] = {
      lines: [...text.querySelectorAll('tspan')].map((span) => span.textContent ?? ''),
      x: round(text.getAttribute('x')),
      y: round(text.getAttribute('y')),
      anchor: text.getAttribute('text-anchor'),
    };
  }
  return { links, labels };
}

const states: { lang: Lang; view: View; showNet: boolean }[] = [
  { lang: 'en', view: 'loop', showNet: true },
  { lang: 'zh-TW', view: 'rounds', showNet: false },
];

describe('the on-screen chart and the exported SVG', () => {
  for (const width of [375, 1280]) {
    for (const { lang, view, showNet } of states) {
      it(`draw the same links and labels at ${width} px (${lang}, ${view} view)`, () => {
        const store = createExplorerStore(defaultDataset(), lang, { shared: { view, showNet } });
        const { container } = render(
          <StoreContext.Provider value={store}>
            <SankeyDiagram width={width} />
          </StoreContext.Provider>,
        );
        const onScreen = drawnIn(container.querySelector('svg.chart__svg')!);
        const file = new DOMParser().parseFromString(renderSvgSnapshot(buildSnapshot(store.getState(), { width })), 'image/svg+xml');
        const exported = drawnIn(file.documentElement);

        expect(onScreen.links.length).toBeGreaterThan(10);
        expect(Object.keys(onScreen.labels).length).toBeGreaterThan(3);
        expect(exported.links).toEqual(onScreen.links);
        expect(exported.labels).toEqual(onScreen.labels);
      });
    }
  }
});
