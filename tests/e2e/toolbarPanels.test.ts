// The toolbar's panels on any screen: the load panel ran off a phone's left edge (at x = −240 px at
// 375 px), and neither it nor the embed dialog closed on Escape.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

/** The element's left and right edges, and the page's width. */
function edges(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { left: Math.round(box.left), right: Math.round(box.right), width: document.documentElement.clientWidth };
  });
}

describe.runIf(hasBrowser)('the toolbar’s panels', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it.each([
    [320, 'zh-TW'],
    [375, 'en'],
    [768, 'en'],
    [1280, 'en'],
  ] as const)('opens the load panel inside a %i px screen (%s)', async (width, lang) => {
    const { page, errors } = await openPage(browser, `./?lang=${lang}`, { width, height: 800 });
    await page.click('button[data-action="load-data"]');
    await page.locator('.load-data__panel').waitFor();
    const panel = await edges(page, '.load-data__panel');
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(panel.width);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes the load panel on Escape, gives the focus back to its button, and keeps what was pasted', async () => {
    const { page } = await openPage(browser, './', { width: 375, height: 800 });
    const button = page.locator('button[data-action="load-data"]');
    await button.click();
    await page.fill('textarea[data-input="paste"]', 'from,to,amount');
    await page.keyboard.press('Escape');
    expect(await page.locator('.load-data__panel').isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await button.click();
    expect(await page.inputValue('textarea[data-input="paste"]')).toBe('from,to,amount');
    await page.context().close();
  });

  it('closes the embed dialog on Escape and gives the focus back to its button', async () => {
    const { page } = await openPage(browser, './', { width: 1280, height: 900 });
    const button = page.locator('button[data-action="embed"]');
    await button.click();
    await page.locator('.embed-dialog').waitFor();
    await page.locator('.embed-dialog h2').click();
    await page.keyboard.press('Escape');
    expect(await page.locator('.embed-dialog').count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('closes only the panel opened last when the focus is nowhere, one Escape at a time', async () => {
    const { page } = await openPage(browser, './', { width: 1280, height: 900 });
    await page.click('button[data-action="load-data"]');
    await page.locator('.load-data__panel').waitFor();
    await page.click('button[data-action="embed"]');
    await page.locator('.embed-dialog').waitFor();
    // A click on the embed dialog's text leaves the focus on the page itself.
    await page.locator('.embed-dialog h2').click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    expect(await page.locator('.embed-dialog').count()).toBe(0);
    expect(await page.locator('.load-data__panel').isVisible()).toBe(true);
    await page.locator('.load-data__panel h2').click();
    await page.keyboard.press('Escape');
    expect(await page.locator('.load-data__panel').isVisible()).toBe(false);
    await page.context().close();
  });
});
