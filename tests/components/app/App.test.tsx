import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultValues } from '../../../src/model/defaults';
import { solveLoop } from '../../../src/model/engine';
import { formatMoney, formatPercent, moneyUnit } from '../../../src/model/format';
import { money, share } from '../../../src/model/units';
import { validateDataset } from '../../../src/model/validate';
import { defaultDataset, linkWidth, renderApp } from '../renderApp';

describe('the explorer', () => {
  it('moves the store and the diagram when a slider moves', () => {
    const { store, container } = renderApp();
    const before = linkWidth(container, 'nvidia-fund-openai');
    const slider = screen.getByLabelText('Nvidia → OpenAI investment');
    fireEvent.change(slider, { target: { value: '100' } });
    expect(store.getState().values['nvidia-openai']).toBe(100);
    expect(slider.getAttribute('aria-valuetext')).toBe('US$100 billion');
    const after = linkWidth(container, 'nvidia-fund-openai');
    expect(after).toBeGreaterThan(before * 1.5);
    // The GPU purchases that follow from it widen too: the loop is recomputed, not just one link.
    expect(linkWidth(container, 'oracle-nvidia')).toBeGreaterThan(0);
  });

  it('sets every parameter from a scenario button, and Reset restores the defaults', () => {
    const dataset = defaultDataset();
    const { store } = renderApp(dataset);
    const scenario = dataset.scenarios.find((s) => s.id === 'linear-economy')!;
    fireEvent.click(screen.getByRole('button', { name: 'Linear economy: real customers pay' }));
    const values = store.getState().values;
    for (const parameter of dataset.parameters) {
      expect(values[parameter.id], parameter.id).toBe(scenario.values[parameter.id] ?? parameter.default);
    }
    expect(screen.getByRole('button', { name: 'Linear economy: real customers pay' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().values).toEqual(defaultValues(dataset.parameters));
  });

  it('updates the headline sentence with the sliders', () => {
    const { container } = renderApp();
    const sentence = () => container.querySelector('[data-figure="round-trip"] .figure__sentence')!.textContent;
    expect(sentence()).toBe('Of every $1 Nvidia books from this loop, 14¢ is its own money coming back.');
    fireEvent.change(screen.getByLabelText('Nvidia → OpenAI investment'), { target: { value: '0' } });
    expect(sentence()).toMatch(/, (\d)\.?\d?¢ is its own money coming back\.$/);
    expect(sentence()).not.toBe('Of every $1 Nvidia books from this loop, 14¢ is its own money coming back.');
  });

  it('switches to the rounds view and back', async () => {
    const { container, store } = renderApp();
    // The only loop-closing flow, the what-if reinvestment, is 0 by default: turn it on to have rounds.
    act(() => store.getState().setValue('nvidia-reinvest', 0.3));
    fireEvent.click(screen.getByRole('button', { name: 'Rounds' }));
    expect(store.getState().view).toBe('rounds');
    // Drawn once the rounds view's code is there (see useRoundsView.test.tsx for the wait).
    await waitFor(() => expect(container.querySelector('svg.chart__svg[data-view="rounds"]')).not.toBeNull());
    const svg = container.querySelector('svg.chart__svg')!;
    expect(svg.querySelector('g.node[data-key="openai@2"]')).not.toBeNull();
    expect(svg.querySelector('g.link[data-key="nvidia-openai-reinvest@1"]')).not.toBeNull();
    fireEvent.change(screen.getByLabelText('Rounds shown'), { target: { value: '2' } });
    expect(svg.querySelector('g.node[data-key="openai@3"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Loop' }));
    expect(svg.getAttribute('data-view')).toBe('loop');
    expect(svg.querySelector('g.link--back[data-key="nvidia-openai-reinvest"]')).not.toBeNull();
  });

  it('says plainly when the loop amplifies itself', () => {
    const dataset = defaultDataset();
    // Send everything round: all of OpenAI's money to compute at Azure (a share, not its projected
    // spending), all cloud money to GPUs, all profit back to OpenAI.
    for (const p of dataset.parameters) if (p.id === 'nvidia-margin') p.max = 1;
    dataset.flows = dataset.flows
      .filter((f) => f.from !== 'openai' || f.id === 'openai-azure' || f.id === 'openai-cash-kept')
      .map((f) => {
        if (f.id !== 'openai-azure') return f;
        const { id, from, to, kind, provenance } = f;
        return { id, from, to, kind, provenance, share: { param: 'startup-compute-share' } };
      });
    expect(validateDataset(dataset).ok).toBe(true);
    const { store } = renderApp(dataset);
    act(() => {
      store.getState().setValue('startup-compute-share', 1);
      store.getState().setValue('cloud-gpu-share', 1);
      store.getState().setValue('nvidia-margin', 1);
      store.getState().setValue('nvidia-reinvest', 1);
    });
    const alert = document.querySelector('.headline__alert')!;
    expect(alert.textContent).toMatch(/^The loop amplifies itself: every \$1 comes back as \$1 or more/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it("shows a link's details when it gets keyboard focus", async () => {
    const { container, store } = renderApp();
    const link = container.querySelector<SVGGElement>('g.link[data-key="oracle-nvidia"]')!;
    act(() => link.focus());
    // The details load after the chart is drawn.
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 15000 });
    expect(within(tooltip).getByText('Oracle → Nvidia')).toBeTruthy();
    expect(within(tooltip).getByText('GPU purchase')).toBeTruthy();
    expect(within(tooltip).getByText('Share of all the money out of Oracle')).toBeTruthy();
    // Its share of everything Oracle passes on, as the engine has it.
    const { model, values } = store.getState();
    const result = solveLoop(model, values);
    if (result.status !== 'converged') throw new Error('the default dataset diverges');
    const flows = model.dataset.flows;
    const fromOracle = flows.reduce((sum, flow, f) => (flow.from === 'oracle' ? sum + result.flowValue[f]! : sum), 0);
    const shareOfOracle = result.flowValue[flows.findIndex((flow) => flow.id === 'oracle-nvidia')]! / fromOracle;
    expect(within(tooltip).getByText(formatPercent(share(shareOfOracle), 'en'))).toBeTruthy();
    expect(within(tooltip).getByText('By origin')).toBeTruthy();
    // Each origin's part of the flow, largest first, as the engine splits it.
    const parts = Array.from(result.flowByOrigin.row(flows.findIndex((flow) => flow.id === 'oracle-nvidia')))
      .filter((part) => part > 1e-9)
      .sort((a, b) => b - a);
    expect(parts.length).toBeGreaterThan(0);
    const shown = [...tooltip.querySelectorAll('.breakdown__value')].map((value) => value.textContent!.split(' · ')[0]);
    expect(shown).toEqual(parts.map((part) => formatMoney(money(part), 'en', moneyUnit(model.dataset.meta))));
    expect(
      within(tooltip)
        .getAllByRole('link')
        .every((a) => a.getAttribute('href')?.startsWith('https://')),
    ).toBe(true);
    act(() => link.blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it("shows a node's own money coming back when it gets keyboard focus", async () => {
    const { container, store } = renderApp();
    act(() => container.querySelector<SVGGElement>('g.node[data-key="nvidia"]')!.focus());
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 15000 });
    expect(within(tooltip).getByText('Its own money coming back')).toBeTruthy();
    // What reaches Nvidia, by origin, largest first: the engine's split of its inflow.
    const { model, values } = store.getState();
    const result = solveLoop(model, values);
    if (result.status !== 'converged') throw new Error('the default dataset diverges');
    const origins = model.structure.origins.length;
    const nvidia = model.dataset.entities.findIndex((entity) => entity.id === 'nvidia');
    const parts = Array.from(result.inflowByOrigin.subarray(nvidia * origins, (nvidia + 1) * origins));
    const largest = model.structure.origins[parts.indexOf(Math.max(...parts))]!;
    const rows = within(tooltip).getAllByRole('listitem');
    expect(rows).toHaveLength(parts.filter((part) => part > 1e-9).length);
    expect(rows[0]!.textContent).toContain(model.dataset.entities.find((entity) => entity.id === largest)!.label.en);
  });
});

describe("the explorer's view options", () => {
  it("nets each company's own money out of its revenue", () => {
    const { container } = renderApp();
    const nvidiaLabel = () => container.querySelector('g.node[data-key="nvidia"]')!.getAttribute('aria-label');
    expect(nvidiaLabel()).toBe('Nvidia: US$44.8B');
    fireEvent.click(screen.getByLabelText('Net of round-trip'));
    expect(nvidiaLabel()).toBe('Nvidia: gross US$44.8B · net US$38.5B');
    expect(container.querySelector('g.node[data-key="nvidia"] rect.node__own')).not.toBeNull();
  });

  it('names a box, and a link, with its amount after a colon as Chinese writes it', () => {
    const { container } = renderApp(undefined, 'zh-TW');
    expect(container.querySelector('g.node[data-key="nvidia"]')!.getAttribute('aria-label')).toBe('輝達：448 億美元');
    expect(container.querySelector('g.link[data-key="nvidia-fund-openai"]')!.getAttribute('aria-label')).toBe(
      '輝達（自有資金） → OpenAI：300 億美元',
    );
  });

  it('keeps one scale across scenarios, fills the height on request, and outlines a compared scenario', async () => {
    const { container, store } = renderApp();
    const boxHeight = (selector: string) => Number(container.querySelector(selector)!.getAttribute('height'));
    const nvidia = () => boxHeight('g.node[data-key="nvidia"] rect.node__box');
    // Nvidia's money in the state shown, as the engine has it (at the scenario's date).
    const nvidiaMoney = () => {
      const { model, values } = store.getState();
      const result = solveLoop(model, values);
      return result.status === 'converged' ? result.inflow[model.structure.entityIndex.get('nvidia')!]! : NaN;
    };
    const atDefaults = nvidia();
    const moneyAtDefaults = nvidiaMoney();
    fireEvent.click(screen.getByRole('button', { name: /^Linear economy/ }));
    const linear = nvidia();
    const linearMoney = nvidiaMoney();
    expect(linearMoney).toBeLessThan(moneyAtDefaults);
    expect(linear / atDefaults).toBeCloseTo(linearMoney / moneyAtDefaults, 2);
    fireEvent.click(screen.getByLabelText('Fit to view'));
    expect(store.getState().fitToView).toBe(true);
    expect(nvidia()).toBeGreaterThan(1.5 * linear);
    fireEvent.click(screen.getByLabelText('Fit to view'));
    expect(nvidia()).toBe(linear);

    // Compare loads just after the first paint.
    fireEvent.change(await screen.findByLabelText('Compare with'), { target: { value: 'mar-2026-close' } });
    expect(store.getState().compare).toBe('mar-2026-close');
    await waitFor(() => expect(container.querySelector('g.ghost')).not.toBeNull());
    // The March close's Nvidia box (the defaults' money), outlined on the linear economy's, from its top.
    // The March close's Nvidia (the defaults' money) is larger than the room below the linear
    // economy's Nvidia box: its outline starts at the box's top, passes its foot, and is drawn open.
    const outline = container.querySelector('g.ghost path[data-key="nvidia"]')!;
    const ys = outline
      .getAttribute('d')!
      .match(/[\d.]+/g)!
      .map(Number)
      .filter((_, i) => i === 1 || i === 2);
    const box = container.querySelector('g.node[data-key="nvidia"] rect.node__box')!;
    const [boxTop, boxFoot] = [Number(box.getAttribute('y')), Number(box.getAttribute('y')) + Number(box.getAttribute('height'))];
    expect(Math.min(...ys)).toBeCloseTo(boxTop, 1);
    expect(Math.max(...ys)).toBeGreaterThan(boxFoot);
    expect(outline.getAttribute('data-open')).toBe('true');
    expect(container.querySelector('g.ghost')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText(/^Dashed outlines: each company’s box in “Mar 2026/)).toBeTruthy();
    // The outline's figure is in the box's tooltip: the March close's Nvidia, the defaults' money.
    act(() => container.querySelector<SVGGElement>('g.node[data-key="nvidia"]')!.focus());
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 15000 });
    expect(within(tooltip).getByText(/^Money in under “Mar 2026/)).toBeTruthy();
    expect(tooltip.querySelector('[data-compared]')!.textContent).toBe(
      formatMoney(money(moneyAtDefaults), 'en', moneyUnit(store.getState().model.dataset.meta)),
    );
    act(() => container.querySelector<SVGGElement>('g.node[data-key="nvidia"]')!.blur());
    fireEvent.change(screen.getByLabelText('Compare with'), { target: { value: '' } });
    expect(store.getState().compare).toBeNull();
    expect(container.querySelector('g.ghost')).toBeNull();
  });

  it('isolates one origin from the legend and shows all again', () => {
    const { container, store } = renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Show only Nvidia' }));
    expect(store.getState().isolated).toBe('nvidia');
    const dimmed = container.querySelectorAll('path.link__band[opacity="0.08"]');
    const nvidiaBands = container.querySelectorAll('path.link__band[data-origin="0"]');
    expect(dimmed.length).toBeGreaterThan(0);
    // Nvidia's bands as they are without isolating: an assumption's faint (see linkMarkStyle), the rest full.
    for (const band of nvidiaBands)
      expect(band.getAttribute('opacity')).toBe(band.closest('g.link')!.getAttribute('data-mark') === 'dotted' ? '0.5' : null);
    expect(container.querySelectorAll('path.link__band[opacity="0.04"]').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show all origins' }));
    expect(store.getState().isolated).toBeNull();
    expect(container.querySelectorAll('path.link__band[opacity="0.08"], path.link__band[opacity="0.04"]').length).toBe(0);
  });
});

describe('the explorer for screen-reader and keyboard users', () => {
  it('announces the headline once a change settles, not on every step', async () => {
    vi.useFakeTimers();
    try {
      const { container } = renderApp();
      const live = () => container.querySelector('[data-live="headline"]')!.textContent;
      const before = live();
      const slider = screen.getByLabelText('Nvidia → OpenAI investment');
      for (const value of ['40', '50', '60', '70']) {
        fireEvent.change(slider, { target: { value } });
        act(() => vi.advanceTimersByTime(300));
        expect(live()).toBe(before);
      }
      act(() => vi.advanceTimersByTime(1300));
      expect(live()).not.toBe(before);
      expect(live()).toMatch(
        /^Of every \$1 Nvidia books from this loop, \d+¢ is its own money coming back\. Real customers \(Labs['’] customers and Meta\) pay for/,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists every flow in a data table that follows the sliders', async () => {
    const { container } = renderApp();
    fireEvent.click(screen.getByText('Data table: every flow'));
    const details = container.querySelector('details.flow-table:not(.round-trips)') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    // The rows load when the table opens.
    await waitFor(() => expect(container.querySelector('details.flow-table:not(.round-trips) tbody')).not.toBeNull(), { timeout: 15000 });
    const row = () => container.querySelector('tr[data-flow="nvidia-fund-openai"]')!;
    expect(container.querySelectorAll('details.flow-table:not(.round-trips) tbody tr')).toHaveLength(defaultDataset().flows.length);
    expect(row().textContent).toContain('US$30B');
    fireEvent.change(screen.getByLabelText('Nvidia → OpenAI investment'), { target: { value: '60' } });
    expect(row().textContent).toContain('US$60B');
    expect(container.querySelector('tr[data-flow="azure-nvidia"]')!.textContent).toMatch(/Nvidia US\$[\d.]+B \(\d+%\)/);
  });

  it('marks dataset text that exists only in the other language', () => {
    const dataset = defaultDataset();
    dataset.parameters[0]!.label = { en: 'Only in English' };
    renderApp(dataset, 'zh-TW');
    const label = screen.getByText('Only in English');
    expect(label.getAttribute('lang')).toBe('en');
    expect(label.querySelector('.fallback__tag')!.textContent).toBe('EN');
  });
});
