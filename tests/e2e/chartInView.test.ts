import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

type Box = { x: number; y: number; width: number; height: number };

/** Where an element is on the page (not the screen), so "within the first two screens" can be asked. */
async function pageBox(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  });
}

async function screenBox(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.runIf(hasBrowser)('the chart in view while the reader works the controls', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it.each(['en', 'zh-TW'])(
    'shows the headline figure and the whole chart in the first two screens of a phone (375 × 667, %s)',
    async (lang) => {
      const { page, errors } = await openPage(browser, `./?lang=${lang}`, { width: 375, height: 667 });
      const figure = await pageBox(page, '[data-figure="round-trip"] .figure__value');
      const chart = await pageBox(page, 'svg.chart__svg');
      expect(figure.y).toBeGreaterThanOrEqual(0);
      expect(figure.y + figure.height).toBeLessThanOrEqual(2 * 667);
      expect(chart.y).toBeGreaterThanOrEqual(0);
      expect(chart.y + chart.height).toBeLessThanOrEqual(2 * 667);
      expect(chart.x).toBeGreaterThanOrEqual(0);
      expect(chart.x + chart.width).toBeLessThanOrEqual(375);
      // The share and export buttons no longer stand between the reader and the figures.
      expect((await pageBox(page, '.app__toolbar')).y).toBeGreaterThan(figure.y + figure.height);
      expect(errors).toEqual([]);
    },
  );

  it('keeps the legend off the chart on the narrowest phone (320 px)', async () => {
    const { page, errors } = await openPage(browser, './', { width: 320, height: 640 });
    expect(overlaps(await pageBox(page, '.legend'), await pageBox(page, 'svg.chart__svg'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', 'Scenarios and sliders'],
    ['zh-TW', '情境與滑桿'],
  ])('opens the controls in a sheet on a phone and moves a slider with the chart in view (%s)', async (lang, name) => {
    const { page, errors } = await openPage(browser, `./?lang=${lang}`, { width: 375, height: 667 });
    // The button hides while the sheet is open (the sheet has its own Close), so it is found by its action.
    const toggle = page.locator('[data-action="open-controls"]');
    expect(await toggle.textContent()).toBe(name);
    // The first screen is the headline's, the chart below it: the button waits below the screen, over none of it.
    expect((await screenBox(page, 'svg.chart__svg')).y).toBeGreaterThan(667);
    await expect.poll(async () => (await screenBox(page, '[data-action="open-controls"]')).y).toBeGreaterThanOrEqual(667);
    const bottom = async () => {
      const box = await screenBox(page, '[data-action="open-controls"]');
      return box.y + box.height;
    };
    // Given the keyboard's focus, it comes up at once.
    await toggle.focus();
    await expect.poll(bottom).toBeLessThan(667);
    await toggle.blur();
    await expect.poll(async () => (await screenBox(page, '[data-action="open-controls"]')).y).toBeGreaterThanOrEqual(667);
    // It comes up with the chart.
    await page.locator('svg.chart__svg').scrollIntoViewIfNeeded();
    await expect.poll(bottom).toBeLessThan(667);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#controls-sheet').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('controls-sheet');
    const slider = page.locator('#controls-sheet #slider-nvidia-openai');
    await slider.focus();
    for (let step = 0; step < 5; step++) {
      const before = await slider.inputValue();
      await page.keyboard.press('ArrowRight');
      expect(await slider.inputValue()).not.toBe(before);
      // The chart shows above the sheet, not behind it.
      const chart = await screenBox(page, 'svg.chart__svg');
      const sheet = await screenBox(page, '#controls-sheet');
      expect(chart.y + chart.height).toBeGreaterThan(0);
      expect(chart.y).toBeLessThan(sheet.y);
      expect(sheet.y - Math.max(chart.y, 0)).toBeGreaterThan(chart.height / 2);
    }
    await page.keyboard.press('Escape');
    expect(await page.locator('#controls-sheet').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('open-controls');
    expect(errors).toEqual([]);
  });

  it.each([
    [1280, 800],
    [1366, 768],
    [1440, 900],
  ])('keeps the whole chart in view on a laptop (%i × %i) after scrolling to the last slider', async (width, height) => {
    const { page, errors } = await openPage(browser, './', { width, height });
    const slider = page.locator('.slider input[type=range]').last();
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    const before = await slider.inputValue();
    await page.keyboard.press('ArrowLeft');
    expect(await slider.inputValue()).not.toBe(before);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(height);
    const chart = await screenBox(page, 'svg.chart__svg');
    expect(chart.y).toBeGreaterThanOrEqual(0);
    expect(chart.y + chart.height).toBeLessThanOrEqual(height);
    expect(errors).toEqual([]);
  });
});
