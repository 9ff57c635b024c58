import { readFileSync } from 'node:fs';
import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartLink } from '../../../src/components/chart/ChartLink';
import { SankeyDiagram } from '../../../src/components/chart/SankeyDiagram';
import type { LinkShape } from '../../../src/layout/sankeyLayout';
import { px } from '../../../src/layout/units';
import type { FlowStanding } from '../../../src/model/flowStanding';
import type { Dataset } from '../../../src/model/types';
import { money } from '../../../src/model/units';
import { StoreContext } from '../../../src/state/context';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

function shape(standing: FlowStanding | undefined, width = 12): LinkShape {
  return {
    key: 'deal',
    flow: 0,
    source: 'a',
    target: 'b',
    value: money(width),
    width: px(width),
    back: false,
    route: { back: false, x0: 0, y0: 20, x1: 200, y1: 60, via: [] },
    bands: [
      { origin: 0, offset: px(-3), width: px(6), value: money(6) },
      { origin: 1, offset: px(3), width: px(6), value: money(6) },
    ],
    ...(standing ? { standing } : {}),
  };
}

function drawn(
  standing: FlowStanding | undefined,
  colorByOrigin = true,
  { bandsOnCanvas = false, active = false, link = shape(standing), isolated = -1 } = {},
) {
  const { container } = render(
    <svg>
      <ChartLink
        link={link}
        colorByOrigin={colorByOrigin}
        isolated={isolated}
        label="a → b"
        active={active}
        focusable
        tabStop
        bandsOnCanvas={bandsOnCanvas}
        onActivate={() => {}}
        onDeactivate={() => {}}
      />
    </svg>,
  );
  return container.querySelector('g.link')!;
}

const standing = (commitment: FlowStanding['commitment'], status: FlowStanding['status'] = null): FlowStanding => ({
  status,
  basis: 'reported',
  commitment,
});

describe('ChartLink', () => {
  it('draws committed money with continuous bands', () => {
    const link = drawn(standing('committed', 'completed'));
    expect(link.getAttribute('data-mark')).toBe('solid');
    expect(link.getAttribute('data-status')).toBe('completed');
    expect(link.classList.contains('link--solid')).toBe(true);
    expect([...link.querySelectorAll('.link__band')].map((b) => b.getAttribute('stroke-dasharray'))).toEqual([null, null]);
    expect(link.querySelector('.link__hatch')).toBeNull();
  });

  it('dashes every band of a letter of intent alike', () => {
    const link = drawn(standing('uncommitted', 'letter-of-intent'));
    expect(link.getAttribute('data-mark')).toBe('dashed');
    expect(link.getAttribute('data-status')).toBe('letter-of-intent');
    expect(link.classList.contains('link--dashed')).toBe(true);
    expect([...link.querySelectorAll('.link__band')].map((b) => b.getAttribute('stroke-dasharray'))).toEqual(['10.8 4.3', '10.8 4.3']);
  });

  it('fades a deal on ice and hatches it over its whole width', () => {
    const link = drawn(standing('on-ice', 'on-ice'));
    expect(link.getAttribute('data-mark')).toBe('hatched');
    expect([...link.querySelectorAll('.link__band')].map((b) => b.getAttribute('opacity'))).toEqual(['0.35', '0.35']);
    expect(link.querySelector('.link__hatch')?.getAttribute('stroke-width')).toBe('12');
  });

  it('fades an assumption with a dotted line along its middle, also when links are not coloured by origin', () => {
    for (const colorByOrigin of [true, false]) {
      const link = drawn({ status: null, basis: 'assumption', commitment: 'assumed' }, colorByOrigin);
      expect(link.getAttribute('data-mark')).toBe('dotted');
      expect(link.getAttribute('data-basis')).toBe('assumption');
      const bands = [...link.querySelectorAll('.link__band, .link__stroke')];
      expect(bands.map((b) => [b.getAttribute('opacity'), b.getAttribute('stroke-dasharray')])).toEqual(bands.map(() => ['0.5', null]));
      const dots = link.querySelector('.link__dots')!;
      expect([dots.getAttribute('d'), dots.getAttribute('stroke-width'), dots.getAttribute('stroke-dasharray')]).toEqual([
        link.querySelector('.link__focus')!.getAttribute('d'),
        '2',
        '2 3',
      ]);
    }
  });

  it('dims the dotted line and the hatch with the bands when another origin is shown alone', () => {
    const overlay = (commitment: FlowStanding['commitment'], isolated: number, byOrigin = true) =>
      drawn(standing(commitment), byOrigin, { isolated }).querySelector('.link__dots, .link__hatch')!.getAttribute('opacity');
    for (const commitment of ['assumed', 'on-ice'] as const) {
      // The link's bands are origins 0 and 1.
      expect(overlay(commitment, 2)).toBe('0.08');
      expect(overlay(commitment, 1)).toBeNull();
      expect(overlay(commitment, -1)).toBeNull();
      expect(overlay(commitment, 2, false)).toBeNull();
    }
  });

  it("moves its hatch and dotted line with its bands when the chart changes (the stylesheet's transition covers them all)", () => {
    const css = readFileSync('src/components/styles/chart.css', 'utf8');
    const rule = /([^{}]*)\{\s*transition:\s*d 0\.25s/.exec(css)?.[1] ?? '';
    const animated = rule.split(',').map((selector) => selector.trim().split(' ').at(-1));
    expect(animated).toEqual(expect.arrayContaining(['.link__band', '.link__stroke', '.link__hatch', '.link__dots']));
  });

  it('dots a thin assumption itself', () => {
    const assumed = { status: null, basis: 'assumption', commitment: 'assumed' } as const;
    const link = drawn(assumed, true, { link: { ...shape(assumed, 1.5), bands: [] } });
    expect(link.querySelector('.link__stroke')?.getAttribute('stroke-dasharray')).toBe('2 3');
    expect(link.querySelector('.link__stroke')?.getAttribute('opacity')).toBeNull();
    expect(link.querySelector('.link__dots')).toBeNull();
  });

  it('while a slider is dragged keeps its element, details and status but leaves its bands to the canvas', () => {
    const link = drawn(standing('on-ice', 'on-ice'), true, { bandsOnCanvas: true });
    expect(link.getAttribute('data-mark')).toBe('hatched');
    expect(link.getAttribute('aria-label')).toBe('a → b');
    expect(link.getAttribute('data-width')).toBe('12.000');
    expect(link.querySelectorAll('path')).toHaveLength(0);
    // The active link keeps its focus ring (and a pinned tooltip a box to stay clear of).
    const active = drawn(standing('on-ice', 'on-ice'), true, { bandsOnCanvas: true, active: true });
    expect([...active.querySelectorAll('path')].map((p) => p.getAttribute('class'))).toEqual(['link__focus']);
  });
});

/** The default dataset with Nvidia's stake a letter of intent from 2025-09-22, on ice from 2026-01-30. */
function withLetterOfIntent(): { dataset: Dataset; flow: string } {
  const dataset = defaultDataset();
  const flow = dataset.flows.find((f) => f.from.startsWith('nvidia') && f.to === 'openai' && f.kind === 'equity-investment')!;
  flow.provenance = {
    ...flow.provenance,
    status: [
      { date: '2025-09-22', status: 'letter-of-intent' },
      { date: '2026-01-30', status: 'on-ice' },
    ],
  };
  return { dataset, flow: flow.id };
}

describe("the chart's links and key at a date", () => {
  it.each([
    ['2025-10-01', 'dashed', 'Not committed or booked yet: letter of intent, in talks, conditional, or a reported projection'],
    ['2026-02-01', 'hatched', 'On ice: a deal paused'],
  ])('on %s draws the stake %s and explains it in the key', (date, mark, text) => {
    const { dataset, flow } = withLetterOfIntent();
    const store = createExplorerStore(dataset, 'en', { shared: { date } });
    const { container } = render(
      <StoreContext.Provider value={store}>
        <SankeyDiagram width={900} />
      </StoreContext.Provider>,
    );
    const link = container.querySelector(`g.link[data-key="${flow}"]`)!;
    expect(link.getAttribute('data-mark')).toBe(mark);
    const key = container.querySelector<HTMLElement>('.chart-key')!;
    expect(within(key).getByText(text).closest('li')?.getAttribute('data-mark')).toBe(mark);
    expect(within(key).getByText('Committed: reported, announced, agreed or completed')).toBeTruthy();
  });
});
