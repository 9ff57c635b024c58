// The chart's names and numbers: a number moved off its box is joined to it by its leader, as a name
// is, and every leader is drawn under every label, so that a name it must cross keeps its halo over it.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartLabels } from '../../../src/components/chart/ChartLabels';
import { deriveChart } from '../../../src/i18n/deriveChart';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

describe('ChartLabels', () => {
  it('draws the leader of a number moved off its box, and every leader before any label or number', () => {
    // At 375 px (English) AMD's number stands below its thin box, far off it, and other labels moved off theirs too.
    const { labels } = deriveChart(createExplorerStore(defaultDataset(), 'en').getState(), { width: 375 });
    const numberLeaders = labels.filter((l) => l.tag && l.leader);
    expect(numberLeaders.length).toBeGreaterThan(0);
    const { container } = render(
      <svg>
        <ChartLabels labels={labels} held={false} />
      </svg>,
    );
    const drawn = [...container.querySelectorAll('.labels > *')];
    const lines = drawn.filter((e) => e.matches('line.label-leader'));
    const coords = (e: Element) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(e.getAttribute(a)));
    for (const { leader } of numberLeaders) expect(lines.map(coords)).toContainEqual([leader!.x1, leader!.y1, leader!.x2, leader!.y2]);
    expect(lines).toHaveLength(labels.filter((l) => l.leader).length);
    // Leaders first: none after the first name or number.
    const firstMark = drawn.findIndex((e) => !e.matches('line.label-leader'));
    expect(drawn.slice(firstMark).filter((e) => e.matches('line'))).toEqual([]);
  });
});
