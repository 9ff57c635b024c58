import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

describe.runIf(hasBrowser)('sharing a view by its address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('keeps the address in step without adding history, and the address restores the view', async () => {
    const { page, errors } = await openPage(browser, './');
    const historyBefore = await page.evaluate(() => history.length);
    const slider = page.locator('#slider-nvidia-openai');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.click('button[data-view="rounds"]');
    await page.click('button[lang="zh-TW"]');
    await page.waitForFunction(() => location.search.includes('view=rounds') && location.search.includes('lang=zh-TW'));
    const value = await slider.inputValue();
    const address = page.url();
    expect(new URL(address).searchParams.get('p.nvidia-openai')).toBe(value);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    const restored = await openPage(browser, address);
    expect(await restored.page.inputValue('#slider-nvidia-openai')).toBe(value);
    expect(await restored.page.getAttribute('svg.chart__svg', 'data-view')).toBe('rounds');
    expect(await restored.page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect([...errors, ...restored.errors]).toEqual([]);
  });

  it('carries Fit to view and the compared scenario in the address, and says when there is no such scenario', async () => {
    const { page, errors } = await openPage(browser, './?scenario=linear-economy');
    const nvidiaHeight = async () => Number(await page.getAttribute('g.node[data-key="nvidia"] rect.node__box', 'height'));
    const fixed = await nvidiaHeight();
    await page.check('input[data-control="fit"]');
    const fitted = await nvidiaHeight();
    expect(fitted).toBeGreaterThan(1.5 * fixed);
    // Fitted with a larger scenario to compare, the chart fits both: smaller than fitted alone.
    await page.selectOption('select[data-control="compare"]', 'mar-2026-close');
    await page.waitForFunction(() => location.search.includes('fit=1') && location.search.includes('compare=mar-2026-close'));
    expect(await nvidiaHeight()).toBeLessThan(fitted);
    expect(await nvidiaHeight()).toBeGreaterThanOrEqual(fixed - 1e-6);
    expect(await page.locator('g.ghost .ghost__box').count()).toBeGreaterThan(5);
    const restored = await openPage(browser, page.url());
    expect(await restored.page.isChecked('input[data-control="fit"]')).toBe(true);
    // The outlines' code loads after the first paint.
    await restored.page.locator('g.ghost path[data-key="nvidia"]').waitFor();
    expect(await restored.page.locator('g.ghost path[data-key="nvidia"]').count()).toBe(1);

    const unknown = await openPage(browser, './?compare=nope');
    expect(await unknown.page.locator('.notices').textContent()).toContain('No scenario “nope” to compare with.');
    expect(await unknown.page.locator('g.ghost').count()).toBe(0);
    expect([...errors, ...restored.errors, ...unknown.errors]).toEqual([]);
  });

  it('clamps or ignores what a link gets wrong, says so on the page, and keeps the rest', async () => {
    const { page, errors } = await openPage(browser, './?p.nvidia-openai=250&view=sideways&p.amazon-openai=40&scenario=nope');
    const notices = await page.locator('.notices').textContent();
    expect(notices).toContain(
      'p.nvidia-openai=250 is outside the range of “Nvidia → OpenAI investment” (US$0 – US$100B), so US$100B is used.',
    );
    expect(notices).toContain('Ignored view=sideways');
    expect(notices).toContain('Ignored scenario “nope”');
    expect(await page.inputValue('#slider-nvidia-openai')).toBe('100');
    expect(await page.inputValue('#slider-amazon-openai')).toBe('40');
    await page.click('.notices button');
    expect(await page.locator('.notices').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
