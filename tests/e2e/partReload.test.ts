// A part whose code could not be downloaded (a dropped connection) says so and offers a reload,
// which brings it back with the view the address keeps. In Chromium no try within the page can: it
// keeps a failed import failed for the page's life, and with it every file that import needs
// (whatwg/html#10327), so these cases fail a file a part imports, not only the part's own.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

/** Console errors other than the downloads the test cut. */
const unexpected = (errors: string[]) => errors.filter((e) => !/net::ERR_FAILED|dynamically imported module|could not load code/.test(e));

async function reload(page: Page, lang: 'en' | 'zh-TW') {
  const button = page.getByRole('button', { name: lang === 'en' ? 'Reload the page' : '重新載入頁面' }).first();
  await Promise.all([page.waitForEvent('load'), button.click()]);
  await page.waitForSelector('svg.chart__svg g.nodes > *');
}

describe.runIf(hasBrowser)('a part whose code could not be downloaded', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('the stress test, when a file it imports failed: says so, and a reload brings it back with the view the reader set (en)', async () => {
    const cut = /\/stressText-[^/]*\.js$/;
    const { page, errors } = await openPage(browser, './', undefined, {
      beforeLoad: (p) => p.route(cut, (route) => route.abort()),
    });
    // The reader moves a slider: the address follows (after its throttle).
    await page.focus('#slider-nvidia-openai');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const value = await page.inputValue('#slider-nvidia-openai');
    await page.waitForFunction((v) => new URL(location.href).searchParams.get('p.nvidia-openai') === v, value);
    await page.click('details.stress > summary');
    const alert = page.locator('details.stress [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'This section could not be loaded (the connection may have dropped). The address keeps your settings. Reload the page',
    );
    await page.unroute(cut);
    await reload(page, 'en');
    expect(await page.inputValue('#slider-nvidia-openai')).toBe(value);
    await page.click('details.stress > summary');
    await page.waitForSelector('.stress__tests button');
    expect(await page.locator('details.stress [role="alert"]').count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('promises nothing of the address when the code that keeps it could not load either', async () => {
    const { page, errors } = await openPage(browser, './', undefined, {
      beforeLoad: (p) => p.route(/\/(stressText|urlSync)-[^/]*\.js$/, (route) => route.abort()),
    });
    await page.click('details.stress > summary');
    const alert = page.locator('details.stress [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('This section could not be loaded (the connection may have dropped). Reload the page');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('the parts below the first screen, cut at load: the chart stays, each notice offers a reload, which brings them back (zh-TW)', async () => {
    const cut = /\/laterParts-[^/]*\.js$/;
    const { page, errors } = await openPage(browser, './?lang=zh-TW&view=loop&p.nvidia-openai=45', undefined, {
      beforeLoad: (p) => p.route(cut, (route) => route.abort()),
    });
    const notices = page.locator('.part-failed');
    await notices.first().waitFor();
    // The address says what it keeps once its code is there, a moment after the notice.
    await expect.poll(() => notices.first().textContent()).toContain('無法載入這個區塊（連線可能中斷）。網址會保留你目前的設定。');
    // The chart, the headline and the view controls stay: each later part has its own boundary.
    expect(await page.locator('svg.chart__svg g.link').count()).toBeGreaterThan(10);
    expect(await page.locator('.headline__figures').count()).toBe(1);
    expect(await page.locator('.app__chart .part-failed').count()).toBe(1); // the play controls' own
    // No reset for a download that failed: it would throw away the reader's settings and bring nothing back.
    expect(await page.getByRole('button', { name: '重設為預設值' }).count()).toBe(0);
    expect(await page.locator('#slider-nvidia-openai').count()).toBe(0);
    await page.unroute(cut);
    await reload(page, 'zh-TW');
    await page.waitForSelector('#slider-nvidia-openai', { state: 'attached' });
    expect(await page.inputValue('#slider-nvidia-openai')).toBe('45');
    expect(await page.locator('.part-failed').count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });
});
