import { fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/bench/generateDataset';
import { renderApp } from '../renderApp';

const openTable = async (container: HTMLElement) => {
  const details = container.querySelector('details.flow-table:not(.round-trips)') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  await waitFor(() => expect(container.querySelector('details.flow-table:not(.round-trips) tbody tr')).not.toBeNull(), { timeout: 20000 });
  return container.querySelector('.flow-table__scroll') as HTMLElement;
};
const builtRows = (container: HTMLElement) => [...container.querySelectorAll('details.flow-table:not(.round-trips) tbody tr[data-flow]')];

describe('the data table of a large dataset', () => {
  it('builds only the rows in view, says how many there are, and builds others as the reader scrolls', async () => {
    const dataset = generateDataset(500, 2500);
    const { container } = renderApp(dataset);
    const scroller = await openTable(container);
    expect(container.querySelector('details.flow-table table')!.getAttribute('aria-rowcount')).toBe('2501');
    expect(builtRows(container).length).toBeLessThan(60);
    expect(builtRows(container)[0]!.getAttribute('data-flow')).toBe(dataset.flows[0]!.id);
    expect(container.querySelector('details.flow-table .table__caption')!.textContent).toContain('2,500 flows');

    scroller.scrollTop = 32 * 2000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(builtRows(container).some((r) => r.getAttribute('data-flow') === dataset.flows[2000]!.id)).toBe(true));
    expect(builtRows(container).length).toBeLessThan(60);
    const row = builtRows(container).find((r) => r.getAttribute('data-flow') === dataset.flows[2000]!.id)!;
    expect(row.getAttribute('aria-rowindex')).toBe('2002');
    // The spacers stand for every row not built, so the scrollbar is the whole table's.
    const spacers = [...container.querySelectorAll('tr.flow-table__spacer')] as HTMLElement[];
    const spaced = spacers.reduce((sum, s) => sum + parseFloat(s.style.height), 0);
    expect(spaced + builtRows(container).length * 32).toBe(2500 * 32);
  }, 60000);

  it('keeps a short table whole, with every origin named', async () => {
    const { container } = renderApp();
    await openTable(container);
    expect(container.querySelector('details.flow-table table')!.hasAttribute('aria-rowcount')).toBe(false);
    expect(container.querySelectorAll('tr.flow-table__spacer')).toHaveLength(0);
  }, 60000);

  it('punctuates its origins as Chinese does: full-width brackets, 「；」 between them', async () => {
    const { container } = renderApp(undefined, 'zh-TW');
    await openTable(container);
    const origins = container.querySelector('details.flow-table tr[data-flow="openai-azure"] td:nth-of-type(3)')!.textContent!;
    expect(origins).toMatch(/^輝達 [\d.,]+ 億美元（\d+(\.\d)?%）；微軟 /);
    expect(origins).not.toMatch(/ \(|; /);
  }, 60000);
});
