// Following a company: the picker, every company's round trip, and which slider drives the headline.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/model/engine';
import { focusCandidates } from '../../../src/model/figures';
import { createExplorerStore } from '../../../src/state/store';
import { decodeState } from '../../../src/state/urlState';
import { urlForState } from '../../../src/state/urlSync';
import { web } from '../../model/fixtures';
import { defaultDataset, renderApp } from '../renderApp';

const scope = (container: HTMLElement) => container.querySelector('[data-headline="scope"]')!.textContent;

function open(container: HTMLElement, selector: string) {
  const details = container.querySelector(selector) as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return details;
}

describe('the company the headline follows', () => {
  it('switches the headline and the link, and comes back from the link', () => {
    const dataset = web();
    const { store, container } = renderApp(dataset);
    expect(scope(container)).toMatch(/^Of the US\$45B chip books from this loop in 2026, /);
    fireEvent.change(screen.getByLabelText('Company followed'), { target: { value: 'azure' } });
    expect(store.getState().focus).toBe('azure');
    expect(scope(container)).toBe(
      'Of the US$50B azure books from this loop in 2026, US$15B (30%) is its own money coming back and 20% was paid by real customers. The US$50B is about 20% of its FY26 revenue of US$250B.',
    );
    expect(container.querySelector('[data-figure="round-trip"] .figure__value')!.textContent).toBe('30%');
    const url = new URL(urlForState(store, 'https://example.org/?lang=en'));
    expect(url.searchParams.get('focus')).toBe('azure');
    const { state } = decodeState(url.search, dataset, compileModel(dataset).structure.origins, 'en');
    expect(createExplorerStore(dataset, 'en', { shared: state }).getState().focus).toBe('azure');
    // Back to the dataset's own company: the link no longer names one.
    fireEvent.change(screen.getByLabelText('Company followed'), { target: { value: 'chip' } });
    expect(store.getState().focus).toBeNull();
    expect(new URL(urlForState(store, 'https://example.org/')).searchParams.has('focus')).toBe(false);
  });

  it("names each company in the reader's language, and again when the language changes", () => {
    const dataset = web();
    const azure = dataset.entities.find((e) => e.id === 'azure')!;
    azure.label = { en: 'Microsoft Azure', 'zh-TW': '微軟 Azure' };
    const { store } = renderApp(dataset);
    const picker = screen.getByLabelText('Company followed') as HTMLSelectElement;
    const names = () => [...picker.options].map((option) => [option.value, option.textContent]);
    expect(names()).toEqual(focusCandidates(dataset).map((id) => [id, id === 'azure' ? 'Microsoft Azure' : id]));
    act(() => store.getState().setLang('zh-TW'));
    expect(names()).toContainEqual(['azure', '微軟 Azure']);
  });

  it('has a labelled picker in Traditional Chinese', () => {
    renderApp(web(), 'zh-TW');
    expect((screen.getByLabelText('追蹤的公司') as HTMLSelectElement).value).toBe('chip');
  });
});

describe('every company’s round trip', () => {
  it('lists every company a reader can follow, and choosing one follows it', async () => {
    const dataset = web();
    const { store, container } = renderApp(dataset);
    fireEvent.click(screen.getByText('Every company’s round trip'));
    const details = open(container, 'details.round-trips');
    const table = await within(details).findByRole('table');
    const rows = table.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-company'))).toEqual(focusCandidates(dataset));
    const azure = table.querySelector('tr[data-company="azure"]')!;
    expect([...azure.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'US$50B',
      'US$15B (30%)',
      'US$10B (20%)',
      'US$250B, FY26',
      '20%',
    ]);
    expect([...table.querySelectorAll('tr[data-company="chip"] td')].slice(3).map((td) => td.textContent)).toEqual(['—', '—']);
    expect(document.getElementById(table.getAttribute('aria-labelledby')!)!.textContent).toMatch(
      /shares of that loop revenue; the last column is the loop revenue’s share of the company’s total annual revenue/,
    );
    fireEvent.click(within(table).getByRole('button', { name: 'Follow azure in the headline' }));
    expect(store.getState().focus).toBe('azure');
    expect(within(table).getByRole('button', { name: 'Follow azure in the headline' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('which assumption drives the headline', () => {
  it('lists every slider, the ones that move nothing too', async () => {
    const dataset = defaultDataset();
    const { container } = renderApp(dataset);
    const details = open(container, 'details.sensitivity');
    const svg = await waitForSvg(details);
    expect(svg.querySelectorAll('g.tornado__row')).toHaveLength(dataset.parameters.length);
    const rows = details.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-parameter')).sort()).toEqual(dataset.parameters.map((p) => p.id).sort());
    expect(svg.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('follows the company followed, and shows a slider that moves nothing as such', async () => {
    const { container, store } = renderApp(web());
    act(() => store.getState().setFocus('azure'));
    const details = open(container, 'details.sensitivity');
    const svg = await waitForSvg(details);
    expect([...svg.querySelectorAll('g.tornado__row')].map((g) => g.getAttribute('data-parameter'))).toEqual(['compute', 'stake', 'idle']);
    expect(details.querySelector('tbody tr[data-parameter="idle"]')!.textContent).toMatch(/moves nothing$/);
    expect(svg.querySelector('g[data-parameter="idle"]')!.classList.contains('tornado__row--still')).toBe(true);
    // Which end is which: a part of each bar toward each, in the key's colours; none for a slider that moves nothing.
    const parts = (key: string) => [...svg.querySelectorAll(`g[data-parameter="${key}"] rect`)].map((r) => r.getAttribute('class'));
    expect(parts('stake').sort()).toEqual(['tornado__bar tornado__bar--max', 'tornado__bar tornado__bar--min']);
    expect(parts('idle')).toEqual(['tornado__bar']);
    const key = [...details.querySelectorAll('.tornado__key-item')].map((item) => [item.firstElementChild!.className, item.textContent]);
    expect(key).toEqual([
      ['tornado__swatch tornado__swatch--min', 'Slider at its minimum'],
      ['tornado__swatch tornado__swatch--max', 'Slider at its maximum'],
    ]);
  });
});

async function waitForSvg(details: HTMLElement): Promise<SVGElement> {
  await within(details).findByRole('img');
  return details.querySelector<SVGElement>('svg.tornado')!;
}

describe('every company’s round trip in Chinese', () => {
  it('puts a share in full-width brackets and the annual revenue after 「，」', async () => {
    const { container } = renderApp(web(), 'zh-TW');
    fireEvent.click(screen.getByText('每家公司的資金回流'));
    const table = await within(open(container, 'details.round-trips')).findByRole('table');
    const cells = [...table.querySelectorAll('tr[data-company="azure"] td')].map((td) => td.textContent);
    expect(cells[1]).toMatch(/^150 億美元（30%）$/);
    expect(cells[3]).toMatch(/^2,500 億美元，FY26/);
  });
});

describe('the headline in a dated scenario', () => {
  it('says the annual revenue it compares with was reported after the date shown', async () => {
    const { store, container } = renderApp();
    expect(scope(container)).not.toMatch(/after the date shown/);
    await act(async () => store.getState().applyScenario('sept-2025-loi'));
    expect(scope(container)).toMatch(/US\$216B in FY26 \(Feb 2025 – Jan 2026\), reported on 25 February 2026, after the date shown\.$/);
  });

  // A reader's review: in September 2025 the round-trip share was almost all the letter of intent's
  // tranche, and in January 2026 the figures counted Amazon's talks, with nothing in the headline saying so.
  it('says which money it counts that is not committed on the date shown, and says nothing where all of it is', async () => {
    const { store, container } = renderApp();
    const uncommitted = () => container.querySelector('[data-headline="uncommitted"]')?.textContent;
    expect(uncommitted()).toBeUndefined();
    await act(async () => store.getState().applyScenario('sept-2025-loi'));
    expect(uncommitted()).toBe(
      'Counted in this loop though not committed on 22 September 2025: Nvidia (own funds) → OpenAI, US$10B (under a letter of intent).',
    );
    await act(async () => store.getState().applyScenario('jan-2026-on-ice'));
    // Amazon's 15 and 35 in talks are one deal of 50.
    expect(uncommitted()).toBe('Counted in this loop though not committed on 30 January 2026: Amazon → OpenAI, US$50B (in talks).');
    await act(async () => store.getState().applyScenario('mar-2026-close'));
    expect(uncommitted()).toBeUndefined();
    // A conditional amount a reader counts is said to be conditional.
    await act(async () => store.getState().setValue('amazon-openai-conditional', 35));
    expect(uncommitted()).toMatch(/: Amazon → OpenAI, US\$35B \(conditional\)\.$/);
    // A deal on ice a reader counts all the same is said to be on ice.
    await act(async () => store.getState().setValue('nvidia-loi', 10));
    expect(uncommitted()).toMatch(/: Amazon → OpenAI, US\$35B \(conditional\); Nvidia \(own funds\) → OpenAI, US\$10B \(on ice\)\.$/);
    await act(async () => store.getState().setValue('nvidia-loi', 0));
    await act(async () => store.getState().setLang('zh-TW'));
    expect(uncommitted()).toMatch(/^截至 2026 年 3 月 31 日尚未承諾、但已計入這個循環的資金：亞馬遜 → OpenAI 350 億美元（附條件）。$/);
  });
});
