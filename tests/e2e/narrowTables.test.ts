// The data table in a phone's column: five columns a word wide made each row about 180 px tall and
// the table 12,500 px. There each flow stacks its cells, each after its column's name; in a wide
// column it stays a table. The companies' table does the same, and neither scrolls sideways.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

const TABLE = 'details.flow-table:not(.round-trips)';
const COMPANIES = 'details.round-trips';

async function openTable(page: Page, table = TABLE) {
  await page.click(`${table} > summary`);
  await page.locator(`${table} tbody tr`).first().waitFor();
}

/** Each row's height, the cells' display and the labels shown before them, and whether the table scrolls sideways. */
function readTable(page: Page, table = TABLE) {
  return page.locator(table).evaluate((details) => {
    const scroller = details.querySelector<HTMLElement>('.flow-table__scroll')!;
    const rows = [...details.querySelectorAll('tbody tr')];
    const cells = [...details.querySelectorAll('tbody td')];
    return {
      sideways: scroller.scrollWidth - scroller.clientWidth,
      tallest: Math.max(...rows.map((row) => row.getBoundingClientRect().height)),
      displays: [...new Set(cells.filter((cell) => cell.textContent).map((cell) => getComputedStyle(cell).display))],
      labels: [...new Set(cells.slice(0, 4).map((cell) => getComputedStyle(cell, '::before').content))],
      header: getComputedStyle(details.querySelector('thead')!).position,
      roles: [details.querySelector('table')!.getAttribute('role'), rows[0]!.getAttribute('role'), cells[0]!.getAttribute('role')],
    };
  });
}

describe.runIf(hasBrowser)('the data table in a narrow column', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it.each([
    { width: 375, lang: 'en', labels: ['"Kind: "', '"Amount: "', '"By origin: "', '"Status: "'] },
    { width: 320, lang: 'zh-TW', labels: ['"類型："', '"金額："', '"資金來源："', '"狀態："'] },
  ])('stacks each flow’s cells under its name at $width px ($lang), each after its column’s name', async ({ width, lang, labels }) => {
    const { page, errors } = await openPage(browser, `./?lang=${lang}`, { width, height: 740 });
    await openTable(page);
    const table = await readTable(page);
    expect(table.sideways).toBeLessThanOrEqual(1);
    expect(table.displays).toEqual(['block']);
    expect(table.labels).toEqual(labels);
    // The column headers are for assistive technology alone; the roles keep it a table for it.
    expect(table.header).toBe('absolute');
    expect(table.roles).toEqual(['table', 'row', 'cell']);
    // Name, kind, amount, origins and status: no row is more than about eleven lines (a flow with many origins is the tallest).
    expect(table.tallest).toBeLessThan(280);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    { width: 375, lang: 'en', label: '"Revenue from the loop: "' },
    { width: 320, lang: 'zh-TW', label: '"來自循環的營收："' },
  ])('stacks every company’s figures at $width px ($lang), a long annual revenue wrapped, not sideways', async ({ width, lang, label }) => {
    const { page } = await openPage(browser, `./?lang=${lang}`, { width, height: 740 });
    await openTable(page, COMPANIES);
    const table = await readTable(page, COMPANIES);
    // Nvidia's "Total annual revenue: US$216B, FY26 (Feb 2025 – Jan 2026)" ran 24 px past the column.
    expect(table.sideways).toBeLessThanOrEqual(1);
    expect(table.displays).toEqual(['block']);
    expect(table.labels[0]).toBe(label);
    expect(table.roles).toEqual(['table', 'row', 'cell']);
    await page.context().close();
  });

  it('stays a table of five columns in a wide column', async () => {
    const { page } = await openPage(browser, './', { width: 1280, height: 900 });
    await openTable(page);
    const table = await readTable(page);
    expect(table.displays).toEqual(['table-cell']);
    expect(table.labels).toEqual(['none']);
    expect(table.header).toBe('static');
    await page.context().close();
  });
});
