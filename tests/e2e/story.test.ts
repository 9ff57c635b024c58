import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../model/fixtures';
import { baseUrl, hasBrowser, launch } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const story = loadDefaultDataset().story ?? [];

describe.runIf(hasBrowser)('story mode in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('opens a link to step 2 at that step: its title, its rounds view, its highlight and callout', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL('./?lang=en&step=2', baseUrl).href);
    await page.waitForSelector('.story__title');
    expect(await page.locator('.story__title').textContent()).toBe(story[1]!.title.en);
    expect(await page.locator('svg.chart__svg').getAttribute('data-view')).toBe('rounds');
    expect(await page.locator('[aria-current="step"]').getAttribute('aria-label')).toBe(`Step 2: ${story[1]!.title.en}`);
    expect(Number(await page.locator('g.highlight').getAttribute('data-highlighted'))).toBeGreaterThan(0);
    expect((await page.locator('g.callout tspan').allTextContents()).join(' ')).toBe(story[1]!.annotations![0]!.text.en);
    // Next goes to step 3 and the address follows.
    await page.click('.story__nav > button:last-child');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '3');
    expect(await page.locator('svg.chart__svg').getAttribute('data-view')).toBe('loop');
    await page.close();
  });

  it('takes the keyboard at once when the reader opens it: the arrow keys step through', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL('./?lang=en', baseUrl).href);
    await page.click('.story-launcher');
    await page.waitForSelector('.story__title');
    // The launcher that had the focus is gone; without the panel taking it, the keys went to the page.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '2');
    expect(await page.locator('.story__title').textContent()).toBe(story[1]!.title.en);
    await page.close();
  });

  // Step 5's markers sit on boxes; step 1's on the letter-of-intent link, which at 360 px runs under
  // labels all the way: it takes the point that covers least of them.
  it.each([
    { step: 5, width: 375, area: 10 },
    { step: 1, width: 360, area: 64 },
  ])(
    'on a phone, draws a callout with no room as a lettered marker clear of the names, its note under the chart: step $step at $width px',
    async ({ step, width, area }) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(new URL(`./?lang=en&step=${step}`, baseUrl).href);
      await page.waitForSelector('.chart__callout-notes li');
      const seen = await page.evaluate(() => {
        const overlap = (a: DOMRect, b: DOMRect) =>
          Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
          Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        const markers = [...document.querySelectorAll('svg.chart__svg .callout--marker')];
        // Each label's lines as drawn (their text's boxes), and each number's tag.
        const names = [...document.querySelectorAll('svg.chart__svg .labels tspan, svg.chart__svg .label-tag')].map((e) =>
          e.getBoundingClientRect(),
        );
        return {
          letters: markers.map((m) => m.textContent),
          listed: [...document.querySelectorAll('.chart__callout-notes li')].map((li) => li.textContent),
          hidden: markers.map((m) => Math.max(0, ...names.map((n) => overlap(m.querySelector('circle')!.getBoundingClientRect(), n)))),
          boxes: document.querySelectorAll('svg.chart__svg .callout__box').length,
        };
      });
      const notes = story[step - 1]!.annotations!;
      expect(seen.letters).toEqual(['A', 'B'].slice(0, notes.length));
      expect(seen.listed).toEqual(notes.map((a, i) => `${'AB'[i]}${a.text.en}`));
      expect(seen.boxes).toBe(0);
      // The circle's box against a line's (on a box, a corner's few square pixels, where the circle itself does not reach).
      for (const hidden of seen.hidden) expect(hidden).toBeLessThan(area);
      await page.close();
    },
  );

  it.each([
    { lang: 'en', query: 'step=1', width: 1280 },
    { lang: 'zh-TW', query: 'step=5', width: 1280 },
    { lang: 'zh-TW', query: 'step=3&embed=1&controls=all', width: 1280 },
    { lang: 'en', query: 'step=5', width: 375 },
  ])('axe-core finds no violations in story mode: $lang, $query, $width px', async ({ lang, query, width }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(new URL(`./?lang=${lang}&${query}`, baseUrl).href);
    await page.waitForSelector('.story__title');
    await page.waitForSelector('g.callout');
    await page.waitForTimeout(400); // let transitions settle so colours are final
    await page.addScriptTag({ path: axePath });
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations;
    })) as { id: string; nodes: { target: string[] }[] }[];
    await context.close();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
