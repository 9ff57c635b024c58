// A loop whose gain is 1 or more (it has no totals) leaves the page working: every control takes a
// real click (Playwright's actionability checks: a control covered by the chart would fail), the
// chart stays inside its container, and the page says the loop does not converge instead of
// presenting sums of rounds as totals, in both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divergentDataset } from '../model/divergentDataset';
import { hasBrowser, launch, openPage } from './browser';
import { dataServer } from './hostServer';

const NO_TOTALS = { en: 'This loop has no totals', 'zh-TW': '這個循環沒有總額' } as const;
const ROUNDS_SUM = { en: / in 4 rounds$/, 'zh-TW': /^4 輪共 / } as const;
const AMPLIFIES = { en: 'The loop amplifies itself', 'zh-TW': '這個循環會自我放大' } as const;
const NO_DOWNLOAD = { en: 'there are no totals to download', 'zh-TW': '沒有總額可以下載' } as const;
type Lang = keyof typeof NO_TOTALS;

/** Whatever of the chart lies outside its SVG, and the SVG outside its container (px, rounded). */
async function overflow(page: Page): Promise<string[]> {
  return page.locator('svg.chart__svg').evaluate((svg) => {
    const out: string[] = [];
    const box = svg.getBoundingClientRect();
    const container = svg.parentElement!.getBoundingClientRect();
    const outside = (r: DOMRect, b: DOMRect) =>
      r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1;
    if (outside(box, container)) out.push(`svg ${Math.round(box.right)} > container ${Math.round(container.right)}`);
    for (const element of svg.querySelectorAll('path, rect, text, line, circle')) {
      const r = element.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (outside(r, box)) out.push(`${element.tagName} ${element.closest('[data-key]')?.getAttribute('data-key') ?? ''}`);
    }
    return out;
  });
}

/** On a phone the scenarios and sliders are in a sheet: open it when it is closed. */
async function showControls(page: Page) {
  const toggle = page.locator('[data-action="open-controls"]');
  if ((await toggle.count()) && (await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') {
    // The button comes up once the chart is in view (see ControlsSheet).
    await page.locator('svg.chart__svg').scrollIntoViewIfNeeded();
    await toggle.click();
  }
}

async function hideControls(page: Page) {
  const toggle = page.locator('[data-action="open-controls"]');
  if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
}

/** The page shows the loop as divergent: the note under the chart, the headline's alert, labels that are sums of rounds. */
async function expectDivergent(page: Page, lang: Lang) {
  expect(await page.locator('[data-note="partial"]').textContent()).toContain(NO_TOTALS[lang]);
  expect(await page.locator('.headline').textContent()).toContain(AMPLIFIES[lang]);
  const nodes = await page.locator('g.node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  expect(nodes.length).toBeGreaterThan(0);
  // The amount after the colon, as each language writes it.
  for (const name of nodes) expect(name.split(lang === 'en' ? ': ' : '：').pop()).toMatch(ROUNDS_SUM[lang]);
}

describe.runIf(hasBrowser)('a loop with a gain of 1 or more', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof dataServer>>;
  beforeAll(async () => {
    browser = await launch();
    server = await dataServer({ '/divergent.json': JSON.stringify(divergentDataset()) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [375, 1280]) {
    it(`keeps every control clickable and the chart inside its container (${width} px)`, async () => {
      const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/divergent.json`)}`, {
        width,
        height: width < 600 ? 667 : 900,
      });
      await page.waitForSelector('g.node[data-key="chip"]');
      let lang: Lang = 'en';
      const check = async (after: string) => expect(await overflow(page), after).toEqual([]);
      await check('load');
      await expectDivergent(page, lang);
      // Every tooltip amount says what it is: the first rounds' sum.
      await page.locator('g.link[data-key="chip-lab"]').focus();
      expect(await page.locator('#chart-tooltip dd').first().textContent()).toMatch(ROUNDS_SUM[lang]);
      await page.keyboard.press('Escape');

      // The data table says there are no totals, instead of listing round sums.
      await page.click('details.flow-table:not(.round-trips) summary');
      await page.locator('details.flow-table:not(.round-trips)', { hasText: 'no totals to list' }).waitFor();

      // Data (CSV) says why there is nothing to download; SVG downloads the chart.
      await page.click('button[data-export="csv"]');
      expect(await page.locator('.export-menu__error').textContent()).toContain(NO_DOWNLOAD[lang]);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
      expect(download.suggestedFilename()).toMatch(/\.svg$/);

      // The view toggles and options, each clicked for real and back (on a phone, in the controls' sheet).
      await showControls(page);
      for (const selector of ['[data-view="rounds"]', '[data-view="loop"]']) {
        await page.locator(selector).click();
        await check(selector);
      }
      for (const label of ['Colour by origin', 'Net of round-trip', 'Fit to view']) {
        const box = page.getByLabel(label);
        await box.click();
        await check(label);
        await box.click();
      }
      await expectDivergent(page, lang);

      // Every scenario, Reset, and every slider (clicked at its middle), with the chart inside after each.
      const scenarios = await page.locator('[data-scenario]').evaluateAll((b) => b.map((x) => x.getAttribute('data-scenario')!));
      expect(scenarios).toEqual(['all-back', 'half-back']);
      for (const id of scenarios) {
        await page.locator(`[data-scenario="${id}"]`).click();
        await check(id);
      }
      // Half back: the loop settles, and its totals are totals again.
      expect(await page.locator('[data-note="partial"]').count()).toBe(0);
      await page.locator('[data-action="reset"]').click();
      await check('reset');
      expect(await page.locator('[data-note="partial"]').count()).toBe(1);
      const sliders = page.locator('.slider input[type=range]');
      expect(await sliders.count()).toBe(2);
      for (let i = 0; i < 2; i++) {
        await sliders.nth(i).click();
        await check(`slider ${i}`);
      }
      await page.locator('[data-action="reset"]').click();
      await hideControls(page);

      // The other language says the same.
      await page.locator('.lang-switch').click();
      lang = 'zh-TW';
      await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');
      await check('language');
      await expectDivergent(page, lang);
      await page.click('button[data-export="csv"]');
      expect(await page.locator('.export-menu__error').textContent()).toContain(NO_DOWNLOAD[lang]);
      await showControls(page);
      await page.locator('[data-action="reset"]').click();
      await check('reset (zh-TW)');
      expect(errors).toEqual([]);
    }, 60_000);
  }
});
