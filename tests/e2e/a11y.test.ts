import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { baseUrl, hasBrowser, launch } from './browser';
import { dataServer } from './hostServer';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.runIf(hasBrowser)('accessibility in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  const combos = ['en', 'zh-TW'].flatMap((lang) =>
    (['light', 'dark'] as const).flatMap((scheme) => ['full', 'embed'].map((mode) => ({ lang, scheme, mode }))),
  );

  async function axeViolations(
    query: string,
    scheme: 'light' | 'dark',
    ready: string,
    before?: (page: Page) => Promise<void>,
    viewport = { width: 1280, height: 900 },
  ) {
    // axe is injected as a script, which the page's CSP rightly refuses; only this test bypasses it.
    const context = await browser.newContext({ viewport, colorScheme: scheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(new URL(`./?${query}`, baseUrl).href);
    await page.waitForSelector(ready);
    await before?.(page);
    await page.waitForTimeout(400); // let transitions settle so colours are final
    await page.addScriptTag({ path: axePath });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations;
    })) as AxeViolation[];
    await context.close();
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }

  it.each(combos)('axe-core finds no violations: $lang, $scheme, $mode', async ({ lang, scheme, mode }) => {
    expect(await axeViolations(`lang=${lang}${mode === 'embed' ? '&embed=1&controls=all' : ''}`, scheme, 'svg.chart__svg g.link')).toEqual(
      [],
    );
  });

  it('axe-core finds no violations in a 500-entity graph drawn in bulk, with a node reached by keyboard', async () => {
    const server = await dataServer({ '/big.json': JSON.stringify(generateDataset(500, 2500)) });
    try {
      const query = `data=${encodeURIComponent(`${server.url}/big.json`)}`;
      const walk = async (page: Page) => {
        await page.focus('g.nodes--bulk');
        await page.keyboard.press('ArrowDown');
        await page.waitForSelector('#chart-tooltip');
      };
      expect(await axeViolations(query, 'light', 'g.nodes--bulk', walk)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('axe-core finds no violations on a phone whose link\u2019s data could not be read (the report at the top)', async () => {
    const server = await dataServer({});
    try {
      const query = `lang=zh-TW&data=${encodeURIComponent(`${server.url}/missing.json`)}`;
      expect(await axeViolations(query, 'dark', '#report-slot [data-report="errors"]', undefined, { width: 375, height: 800 })).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('works by keyboard alone: a slider, the headline, a node and its details', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('./?lang=en', baseUrl).href);
    await page.waitForSelector('svg.chart__svg g.link');
    const figure = () => page.locator('[data-figure="round-trip"] .figure__value').textContent();
    const before = await figure();
    // Tab until the Nvidia → OpenAI slider has focus.
    let found = false;
    for (let i = 0; i < 120 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.id === 'slider-nvidia-openai');
    }
    expect(found).toBe(true);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    expect(await page.inputValue('#slider-nvidia-openai')).toBe('50');
    expect(await page.getAttribute('#slider-nvidia-openai', 'aria-valuetext')).toBe('US$50 billion');
    expect(await figure()).not.toBe(before);
    // Shift+Tab back into the chart until a box has focus; its details appear.
    let node: string | null = null;
    for (let i = 0; i < 150 && !node; i++) {
      await page.keyboard.press('Shift+Tab');
      node = await page.evaluate(() => (document.activeElement?.closest('g.node') as SVGGElement | null)?.getAttribute('data-key') ?? null);
    }
    expect(node).not.toBeNull();
    await page.waitForSelector('#chart-tooltip');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-describedby'))).toBe('chart-tooltip');
    expect(await page.locator('#chart-tooltip').textContent()).toMatch(/Money in/);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('reads well in Traditional Chinese on a phone and a desktop', async () => {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(new URL('./?lang=zh-TW', baseUrl).href);
      await page.waitForSelector('svg.chart__svg g.link');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
      expect(await page.locator('[data-figure="round-trip"] .figure__sentence').textContent()).toMatch(/^輝達從這個循環每入帳 1 美元/);
      await page.screenshot({ path: `tests/e2e/__screens__/zh-TW-${width}.png`, fullPage: true });
      await context.close();
    }
  });
});
