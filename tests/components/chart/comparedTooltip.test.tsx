// A box's tooltip, while a scenario is compared, gives the box's money in that scenario, labelled as
// that scenario's chart has it: a sum of its first rounds when its own loop has no totals.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { smallLoop } from '../../model/fixtures';
import { renderApp } from '../renderApp';

/** smallLoop with every dollar the cloud gets spent on chips: all-in (compute and reinvest at 1), every dollar goes round again (no totals). */
function loopThatCanDiverge() {
  const loop = smallLoop();
  return {
    ...loop,
    entities: loop.entities.filter((e) => e.id !== 'cloud-costs'),
    flows: loop.flows
      .filter((f) => f.to !== 'cloud-costs')
      .map((f) =>
        f.from === 'cloud' ? { ...f, share: 1 } : f.from === 'chip' && f.to === 'startup' ? { ...f, share: { param: 'reinvest' } } : f,
      ),
    scenarios: [{ id: 'all-in', label: { en: 'All in' }, values: { compute: 1, reinvest: 1 } }],
  };
}

describe("a box's tooltip while a scenario is compared", () => {
  it("labels the scenario's figure a sum of rounds when that scenario's loop has no totals, though the chart's has", async () => {
    const app = renderApp(loopThatCanDiverge(), 'en');
    act(() => app.store.getState().setCompare('all-in'));
    await screen.findByText(/^Dashed outlines/, {}, { timeout: 15000 });
    act(() => app.container.querySelector<SVGGElement>('g.node[data-key="chip"]')!.focus());
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 15000 });
    const rounds = app.store.getState().rounds;
    // The chart's own figure is a total; the scenario's, a sum of its first rounds.
    expect(tooltip.querySelector('dd')!.textContent).not.toMatch(/rounds/);
    expect(tooltip.querySelector('[data-compared]')!.textContent).toMatch(new RegExp(` in ${rounds} rounds$`));
  });
});
