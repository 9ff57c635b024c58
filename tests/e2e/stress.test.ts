import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, hasBrowser, launch, openPage } from './browser';
import { startHostPage } from './hostServer';

// "Funding slows" leaves everyone paying in the default year (2026); in 2027 OpenAI, Anthropic and
// xAI default in the cascade's first round (checked against runStress on the default dataset).
const YEAR = 2027;
const dir = mkdtempSync(join(tmpdir(), 'capital-loop-stress-'));

const LANGS = [
  { lang: 'en', query: '', round: 'defaults in round 1' },
  { lang: 'zh-TW', query: '&lang=zh-TW', round: '第 1 輪違約' },
] as const;

async function widths(page: Page): Promise<Record<string, string>> {
  return page.$$eval('svg.chart__svg g.link[data-width]', (gs) =>
    Object.fromEntries(gs.map((g) => [g.getAttribute('data-key')!, g.getAttribute('data-width')!])),
  );
}

const defaulters = (page: Page | import('playwright-core').Frame) =>
  page.$$eval('svg.chart__svg .default-mark', (rects) => rects.map((r) => r.getAttribute('data-key')).sort());

describe.runIf(hasBrowser)('a stress test on the chart', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const { lang, query, round } of LANGS) {
    it(`pulling "Funding slows" redraws links, marks defaulters and says so, and survives a link and an SVG export (${lang})`, async () => {
      const { page, errors } = await openPage(browser, `./?year=${YEAR}${query}`);
      const before = await widths(page);
      expect(await page.$('.stress__headline')).toBeNull();
      expect(await defaulters(page)).toEqual([]);

      await page.click('details.stress > summary');
      await page.click('.stress__tests button:first-of-type');
      await page.waitForSelector('svg.chart__svg .default-mark');
      expect(await page.getAttribute('.stress__tests button:first-of-type', 'aria-pressed')).toBe('true');

      const after = await widths(page);
      expect(Object.keys(after).some((key) => after[key] !== before[key])).toBe(true);
      const marked = await defaulters(page);
      expect(marked).toContain('openai');
      // The shortfall bands beside the links, and both marks explained in the key.
      expect(await page.$$('svg.chart__svg .shortfall')).not.toHaveLength(0);
      expect(await page.$$eval('.chart-key__item', (items) => items.map((i) => i.getAttribute('data-mark')))).toEqual(
        expect.arrayContaining(['shortfall', 'default']),
      );
      const labels = await page.$$eval('svg.chart__svg text.label', (texts) => texts.map((t) => t.textContent ?? ''));
      expect(labels.some((text) => text.includes(round))).toBe(true);
      const headline = await page.textContent('.stress__headline');
      expect(headline).toBeTruthy();

      // A copied link: a fresh page opens the same stress test. (The address is written at most
      // every 250 ms: it may follow the chart by a moment.)
      await page.waitForFunction(() => location.search.includes('shock.'), null, { timeout: 5000 });
      const url = page.url();
      const fresh = await openPage(browser, url);
      await fresh.page.waitForSelector('svg.chart__svg .default-mark');
      expect(await defaulters(fresh.page)).toEqual(marked);
      expect(await fresh.page.textContent('.stress__headline')).toBe(headline);
      await fresh.page.context().close();

      // The SVG export: the shock in its subtitle, the defaulting marks and rounds in the drawing.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
      const path = join(dir, `${lang}-${download.suggestedFilename()}`);
      await download.saveAs(path);
      const svg = readFileSync(path, 'utf8');
      const desc = /<desc id="snapshot-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
      expect(desc).toContain('50%');
      for (const key of marked) expect(svg).toContain(`class="default-mark" data-key="${key}"`);
      expect(svg).toContain(round);
      expect(svg).toContain('class="shortfall"');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`an embed draws the shocks a host page sends (${lang})`, async () => {
      const host = await startHostPage(baseUrl, [{ id: 'chart', width: 800, query: `embed=1&year=${YEAR}${query}` }]);
      try {
        const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
        await page.goto(host.url);
        const frame = (await (await page.$('#chart'))!.contentFrame())!;
        await frame.waitForSelector('svg.chart__svg g.link');
        expect(await defaulters(frame)).toEqual([]);
        await page.evaluate(() =>
          (document.getElementById('chart') as HTMLIFrameElement).contentWindow!.postMessage(
            { type: 'capital-loop:set', shocks: { equitySlowdown: 0.5 } },
            '*',
          ),
        );
        await frame.waitForSelector('svg.chart__svg .default-mark', { timeout: 10000 });
        expect(await defaulters(frame)).toContain('openai');
        const labels = await frame.$$eval('svg.chart__svg text.label', (texts) => texts.map((t) => t.textContent ?? ''));
        expect(labels.some((text) => text.includes(round))).toBe(true);
        await page.close();
      } finally {
        await host.close();
      }
    });
  }

  // The table of who cannot pay whom has seven columns: wider than the side panel at 1280 px and than
  // a phone. There each row is laid out on lines of its own: neither the page nor the table scrolls
  // sideways (it did, and hid its last three columns), and no figure is cut or spills into the next.
  for (const [viewport, lang] of [
    [{ width: 1280, height: 900 }, 'en'],
    [{ width: 375, height: 700 }, 'zh-TW'],
    [{ width: 320, height: 700 }, 'zh-TW'],
  ] as const)
    it(`keeps the stress table within its column, every figure whole (${viewport.width} px, ${lang})`, async () => {
      const { page, errors } = await openPage(browser, `./?year=${YEAR}&shock.equity=1&shock.revenue=0.9&lang=${lang}`, viewport);
      // On a phone the stress test is in the controls' sheet.
      const sheet = page.locator('[data-action="open-controls"]');
      if (await sheet.isVisible()) {
        // The button comes up once the chart is in view (see ControlsSheet).
        await page.locator('svg.chart__svg').scrollIntoViewIfNeeded();
        await sheet.click();
      }
      await page.waitForSelector('.stress__table tbody tr');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      const table = await page.evaluate(() => {
        const region = document.querySelector<HTMLElement>('.stress__scroll')!;
        const cells = [...region.querySelectorAll<HTMLElement>('tbody td')];
        const lineHeight = parseFloat(getComputedStyle(cells[0]!).lineHeight);
        return {
          sideways: region.scrollWidth - region.clientWidth,
          cells: cells.length,
          cut: cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
          wrapped: cells.filter((cell) => cell.getBoundingClientRect().height > 1.5 * lineHeight + 8).map((cell) => cell.textContent),
          roles: [...region.querySelectorAll('thead th')].map((th) => th.getAttribute('role')),
        };
      });
      expect(table.sideways).toBe(0);
      expect(table.cells).toBeGreaterThan(6);
      expect(table.cut).toEqual([]);
      expect(table.wrapped).toEqual([]);
      // Laid out as a grid, the table says it is one.
      expect(table.roles).toEqual(Array(7).fill('columnheader'));
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
