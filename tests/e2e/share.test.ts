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

  it('clamps or ignores what a link gets wrong, says so on the page, and keeps the rest', async () => {
    const { page, errors } = await openPage(browser, './?p.nvidia-openai=250&view=sideways&p.amazon-openai=40&scenario=nope');
    const notices = await page.locator('.notices').textContent();
    expect(notices).toContain('p.nvidia-openai=250 is outside the slider’s range, so 100 is used.');
    expect(notices).toContain('Ignored view=sideways');
    expect(notices).toContain('Ignored scenario “nope”');
    expect(await page.inputValue('#slider-nvidia-openai')).toBe('100');
    expect(await page.inputValue('#slider-amazon-openai')).toBe('40');
    await page.click('.notices button');
    expect(await page.locator('.notices').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
