// Under a stress test the headline counts what the chart draws (the flows as cleared), as the export does.
import { act, fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../src/export/buildSnapshot';
import { renderApp } from '../renderApp';

const values = (container: HTMLElement) => [...container.querySelectorAll('.headline .figure__value')].map((node) => node.textContent);

describe('the headline under a stress test', () => {
  it.each(['en', 'zh-TW'] as const)('gives the figures the chart and the export give, and says a stress test is on (%s)', async (lang) => {
    const { store, container } = renderApp(undefined, lang);
    const before = values(container);
    expect(container.querySelector('[data-headline="stressed"]')).toBeNull();
    act(() => store.getState().setShocks({ fails: 'openai' }));
    // The stress panel's code loads, runs the test and hands it to the chart and the figures.
    await waitFor(() => expect(container.querySelector('[data-headline="stressed"]')).not.toBeNull());
    const exported = buildSnapshot(store.getState(), { width: 900 }).figures.map((figure) => figure.value);
    await waitFor(() => expect(values(container)).toEqual(exported));
    // OpenAI failing changes what Nvidia books: the figures are not the unshocked ones.
    expect(values(container)).not.toEqual(before);
    expect(container.querySelector('[data-headline="stressed"]')!.textContent).toMatch(
      lang === 'en' ? /^Stress test on: / : /^壓力測試進行中：/,
    );
    // Which assumption drives the headline is worked out without the shocks, and says so.
    const sensitivity = [...container.querySelectorAll('details')].find((d) => d.classList.contains('sensitivity'))!;
    sensitivity.open = true;
    fireEvent(sensitivity, new Event('toggle'));
    await waitFor(() =>
      expect(sensitivity.querySelector('.sensitivity__body > p')?.textContent).toMatch(
        lang === 'en'
          ? /All without the stress test’s shocks, unlike the headline\.$/
          : /以上皆未計壓力測試的衝擊，與「用數字看懂這個循環」中的數字不同。$/,
      ),
    );
    // No shock, no notice: the figures are the sliders' own again.
    act(() => store.getState().setShocks({}));
    await waitFor(() => expect(container.querySelector('[data-headline="stressed"]')).toBeNull());
    expect(values(container)).toEqual(before);
  });
});
