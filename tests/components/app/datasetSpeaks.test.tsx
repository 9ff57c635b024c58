// A dataset in another currency and about another industry: the page, its details, its table and
// its exports speak of that dataset only (its currency, its unit, its kinds), in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flowsTable, toCsv, toJson } from '../../../src/export/dataExport';
import { renderSvgSnapshot } from '../../../src/export/renderSvg';
import { registerLanguage } from '../../../src/i18n/strings';
import { zhTW } from '../../../src/i18n/zhTW';
import { parseDatasetCsv } from '../../../src/model/csvDataset';
import type { Dataset, Lang } from '../../../src/model/types';
import { snapshotInput, solved } from '../../export/fixture';
import { euroDataset } from '../../model/euroDataset';
import { renderApp } from '../renderApp';

registerLanguage('zh-TW', zhTW);

const CURRENCY: Record<Lang, RegExp> = { en: /€\d/, 'zh-TW': /\d 萬歐元|\d 億歐元/ };
// Nothing of the bundled story: not its currency, not its industry.
const FOREIGN: Record<Lang, RegExp> = { en: /US\$|\bAI\b|Nvidia|GPU|chipmaker/, 'zh-TW': /US\$|美元|美分|\bAI\b|輝達|GPU|晶片/ };

/** data/example-euro.csv as the load panel reads it: its own kinds, not the built-in GPU purchase. */
function euroCsvExample(): Dataset {
  const result = parseDatasetCsv(readFileSync(join(__dirname, '../../../data/example-euro.csv'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

async function openFlowTable(container: HTMLElement) {
  const details = container.querySelector('details.flow-table:not(.round-trips)') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  await waitFor(() => expect(container.querySelector('details.flow-table:not(.round-trips) tbody')).not.toBeNull(), { timeout: 15000 });
}

describe.each<Lang>(['en', 'zh-TW'])('a euro dataset about wind power (%s)', (lang) => {
  it('writes every amount on the page in euros, with its own title, tagline and kinds', async () => {
    // The page's head as index.html ships it, about the bundled story.
    const meta = document.head.appendChild(document.createElement('meta'));
    meta.name = 'description';
    meta.content = 'An interactive explorer of the AI circular economy, from Big Tech to Nvidia.';
    const { container } = renderApp(euroDataset(), lang);
    await openFlowTable(container);
    const text = document.body.textContent ?? '';
    expect(text).toMatch(CURRENCY[lang]);
    expect(text).not.toMatch(FOREIGN[lang]);
    expect(document.title).toBe(lang === 'en' ? 'Wind power financing loop' : '風電融資循環');
    expect(text).toContain(lang === 'en' ? 'Follow a vendor loan round the wind-farm loop.' : '追蹤供應商貸款如何在風場循環中流轉。');
    expect(text).toContain(lang === 'en' ? 'Amounts in € millions' : '萬歐元');
    const row = container.querySelector('tr[data-flow="finance-developer"]')!.textContent!;
    expect(row).toContain(lang === 'en' ? 'vendor loan' : '供應商貸款');
    expect(row).toContain(lang === 'en' ? '€20M' : '2,000 萬歐元');
    expect(container.querySelector('svg.chart__svg desc')!.textContent).not.toMatch(FOREIGN[lang]);
    // The head too: what a browser tab or a shared page shows.
    expect(meta.content).toBe(lang === 'en' ? 'Follow a vendor loan round the wind-farm loop.' : '追蹤供應商貸款如何在風場循環中流轉。');
    meta.remove();
    // The slider speaks the amount in the dataset's currency too.
    expect(container.querySelector('input[type="range"]')!.getAttribute('aria-valuetext')).toBe(
      lang === 'en' ? '€50 million' : '5,000 萬歐元',
    );
  });

  it("names a link's kind and amount in the tooltip as the dataset declares them", async () => {
    const { container } = renderApp(euroDataset(), lang);
    act(() => container.querySelector<SVGGElement>('g.link[data-key="finance-developer"]')!.focus());
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 15000 });
    expect(tooltip.textContent).toContain(lang === 'en' ? 'vendor loan' : '供應商貸款');
    expect(tooltip.textContent).toContain(lang === 'en' ? '€20M' : '2,000 萬歐元');
    expect(tooltip.textContent).not.toMatch(FOREIGN[lang]);
  });

  it("names a company's money in the tooltip in euros", async () => {
    const { container } = renderApp(euroDataset(), lang);
    act(() => container.querySelector<SVGGElement>('g.node[data-key="turbines"]')!.focus());
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 15000 });
    expect(tooltip.textContent).toMatch(CURRENCY[lang]);
    expect(tooltip.textContent).not.toMatch(FOREIGN[lang]);
  });

  it('exports an SVG, a CSV and a JSON in euros, with the declared unit, that never mention the bundled story', () => {
    const svg = renderSvgSnapshot(snapshotInput(euroDataset(), { lang }));
    expect(svg).toMatch(CURRENCY[lang]);
    expect(svg).toContain(lang === 'en' ? 'amounts in € millions' : '金額單位：萬歐元');
    expect(svg).not.toMatch(FOREIGN[lang]);
    const { model, result, values } = solved(euroDataset());
    const csv = toCsv(flowsTable(model, result, lang));
    expect(csv).toContain(lang === 'en' ? 'amount (€ millions)' : '金額（萬歐元）');
    // In the unit the header names: the turbines' €80 million is 8,000 萬歐元.
    const turbines = flowsTable(model, result, lang).rows.find((row) => row[0] === 'developer-turbines')!;
    expect(turbines[6]).toBe(lang === 'en' ? 80 : 8000);
    expect(csv).not.toMatch(FOREIGN[lang]);
    const json = toJson(model, result, values, lang);
    expect(JSON.parse(json).unit).toBe('€ millions');
    expect(json).not.toMatch(FOREIGN[lang]);
  });

  it('shows the CSV example and exports it with its own kinds, never the bundled story', async () => {
    const { container } = renderApp(euroCsvExample(), lang);
    await openFlowTable(container);
    const text = document.body.textContent ?? '';
    expect(text).toContain(lang === 'en' ? 'equipment purchase' : '採購設備');
    expect(text).not.toMatch(FOREIGN[lang]);
    expect(text).not.toMatch(/compute|運算/i);
    const svg = renderSvgSnapshot(snapshotInput(euroCsvExample(), { lang }));
    const { model, result, values } = solved(euroCsvExample());
    const exports = [svg, toCsv(flowsTable(model, result, lang)), toJson(model, result, values, lang)];
    for (const exported of exports) expect(exported).not.toMatch(FOREIGN[lang]);
    expect(exports[1]).toContain(lang === 'en' ? 'equipment purchase' : '採購設備');
  });
});
