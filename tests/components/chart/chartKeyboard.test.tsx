// The chart by keyboard: Escape, Enter to pin, the skip link, one tab stop per kind, moving boxes.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

const TOOLTIP_WAIT = { timeout: 15000 };

function chartParts(container: HTMLElement) {
  const chart = container.querySelector<HTMLElement>('.chart')!;
  const node = (key: string) => chart.querySelector<SVGGElement>(`g.node[data-key="${key}"]`)!;
  const link = (key: string) => chart.querySelector<SVGGElement>(`g.link[data-key="${key}"]`)!;
  return { chart, node, link };
}

describe('the chart by keyboard', () => {
  it('closes a focused link’s details with Escape, keeping focus on the link', async () => {
    const { container } = renderApp();
    const link = chartParts(container).link('oracle-nvidia');
    act(() => link.focus());
    await screen.findByRole('tooltip', {}, TOOLTIP_WAIT);
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(link);
  });

  it('pins a link’s details with Enter and takes focus in, so Tab reaches their source links; Escape gives it back', async () => {
    const { container } = renderApp();
    const deal = chartParts(container).link('oracle-nvidia');
    act(() => deal.focus());
    const tooltip = await screen.findByRole('tooltip', {}, TOOLTIP_WAIT);
    expect(within(tooltip).queryByRole('button', { name: 'Close details' })).toBeNull();
    fireEvent.keyDown(deal, { key: 'Enter' });
    const close = await within(tooltip).findByRole('button', { name: 'Close details' });
    expect(document.activeElement).toBe(close);
    // Focus left the box, but pinned details stay, with their sources next in the tab order.
    expect(screen.getByRole('tooltip')).toBe(tooltip);
    expect(within(tooltip).getAllByRole('link').length).toBeGreaterThan(0);
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(deal);
  });

  it('gives focus back to the box when the close button is pressed', async () => {
    const { container } = renderApp();
    const box = chartParts(container).node('nvidia');
    act(() => box.focus());
    await screen.findByRole('tooltip', {}, TOOLTIP_WAIT);
    fireEvent.keyDown(box, { key: ' ' });
    fireEvent.click(await screen.findByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('skips the chart: the skip button moves focus past every box and link to the controls after it', async () => {
    const { container } = renderApp();
    const { chart } = chartParts(container);
    const skip = within(chart).getByRole('button', { name: 'Skip the chart' });
    // It comes before the chart's own tab stops.
    expect(chart.querySelector('svg')!.compareDocumentPosition(skip) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    act(() => skip.focus());
    fireEvent.click(skip);
    // Its code loads when pressed.
    await waitFor(() => expect(document.activeElement).not.toBe(skip));
    const focused = document.activeElement!;
    expect(chart.contains(focused)).toBe(false);
    expect(chart.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is one tab stop for the boxes and one for the links, the arrow keys leading between them', () => {
    const { container } = renderApp();
    const { chart } = chartParts(container);
    const stops = (selector: string) => [...chart.querySelectorAll(selector)].filter((e) => e.getAttribute('tabindex') === '0');
    expect(stops('g.node')).toHaveLength(1);
    expect(stops('g.link')).toHaveLength(1);
    const first = stops('g.node')[0] as SVGGElement;
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const next = document.activeElement as SVGGElement;
    expect(next).not.toBe(first);
    expect(next.matches('g.node')).toBe(true);
    // Tab now comes back to the box last reached.
    expect(stops('g.node')).toEqual([next]);
  });

  it('moves a focused box with Alt+↓ and says so', async () => {
    const { container, store } = renderApp();
    const nvidia = chartParts(container).node('nvidia');
    act(() => nvidia.focus());
    const before = Number(nvidia.querySelector('rect')!.getAttribute('y'));
    // The first move loads the code for dragged boxes: a second made meanwhile waits for it, and counts.
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(nvidia, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(store.getState().offsets.nvidia).toBe(16));
    fireEvent.keyDown(nvidia, { key: 'ArrowUp', altKey: true });
    expect(store.getState().offsets.nvidia).toBe(8);
    expect(Number(nvidia.querySelector('rect')!.getAttribute('y'))).toBeGreaterThan(before);
    expect(container.querySelector('[data-live="nodes"]')!.textContent).toBe('Nvidia moved up');
    // Alt+↑ and Alt+↓ move; they do not step to another box.
    expect(document.activeElement).toBe(nvidia);
  });
});
