import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, hasBrowser, launch, openPage } from './browser';
import { startHostPage } from './hostServer';

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.$(`#${id}`))!.contentFrame();
  if (!frame) throw new Error(`no frame ${id}`);
  await frame.waitForSelector('svg.chart__svg g.link');
  return frame;
}

/** Waits until the host has sized the iframe to its content and the size holds still. */
async function settledHeight(page: Page, id: string): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const height = await page.$eval(`#${id}`, (el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
    if (height === last && height > 300) return height;
    last = height;
    await page.waitForTimeout(150);
  }
  throw new Error(`iframe ${id} never settled (last ${last})`);
}

describe.runIf(hasBrowser)('embedding in an article', () => {
  let browser: Browser;
  let host: Awaited<ReturnType<typeof startHostPage>>;
  beforeAll(async () => {
    browser = await launch();
    host = await startHostPage(baseUrl, [
      { id: 'narrow', width: 320, query: 'embed=1&controls=scenarios&id=narrow' },
      { id: 'wide', width: 800, query: 'embed=1&controls=all&id=wide&lang=zh-TW' },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('fits 320 px and 800 px columns and resizes to its content with no scrollbar', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(host.url);
    for (const id of ['narrow', 'wide']) {
      const frame = await frameOf(page, id);
      const height = await settledHeight(page, id);
      const content = await frame.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        innerHeight: window.innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(content.scrollHeight, `${id} has a vertical scrollbar`).toBeLessThanOrEqual(content.innerHeight);
      expect(content.scrollWidth, `${id} is wider than its column`).toBeLessThanOrEqual(content.innerWidth);
      expect(Math.abs(height - content.scrollHeight)).toBeLessThanOrEqual(2);
      // No page chrome in an embed; an "open full view" link and a credit instead.
      expect(await frame.locator('.app__header').count()).toBe(0);
      const full = await frame.getAttribute('.embed__credit a', 'href');
      expect(full).not.toContain('embed=');
    }
    expect(await page.evaluate(() => (window as unknown as { cmsHeights: Record<string, number> }).cmsHeights)).toEqual({
      narrow: expect.any(Number),
      wide: expect.any(Number),
    });
    // The embed posts its size (three ways) and that it is ready, nothing else.
    const messages = (await page.evaluate(() => (window as unknown as { allMessages: unknown[] }).allMessages)) as (
      Record<string, unknown> | string
    )[];
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      const parsed = (typeof message === 'string' ? JSON.parse(message) : message) as Record<string, unknown>;
      const keys = Object.keys(parsed).sort().join(',');
      expect(['height,id,type', 'datawrapper-height', 'context,height,src', 'type']).toContain(keys);
      if (keys === 'type') expect(parsed.type).toBe('capital-loop:ready');
      if (keys === 'context,height,src') expect(parsed.context).toBe('iframe.resize');
    }
    await page.screenshot({ path: 'tests/e2e/__screens__/embed-host.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('opens the full chart, not a blank frame, should the embed\u2019s own code fail to load', async () => {
    const { page, errors } = await openPage(browser, './?embed=1&lang=zh-TW', undefined, {
      beforeLoad: (p) => p.route(/startEmbed-[^/]*\.js$/, (route) => route.abort()),
    });
    expect(await page.locator('g.node').count()).toBeGreaterThan(10);
    expect(await page.locator('.app__header').count()).toBe(1);
    // The aborted download is the only error the console shows.
    expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
    await page.context().close();
  });

  it('lets the host switch the scenario, and ignores malformed messages', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(host.url);
    const frame = await frameOf(page, 'wide');
    // A scroll-driven story drives the chart the reader is looking at; offscreen frames may be throttled.
    await page.$eval('#wide', (el) => el.scrollIntoView());
    const snapshot = () =>
      frame.evaluate(() => ({
        figure: document.querySelector('[data-figure="round-trip"] .figure__value')?.textContent,
        pressed: [...document.querySelectorAll('[data-scenario][aria-pressed="true"]')].map((b) => b.getAttribute('data-scenario')),
        slider: (document.querySelector('#slider-nvidia-loi') as HTMLInputElement).value,
      }));
    const post = (message: unknown) =>
      page.evaluate((m) => (document.getElementById('wide') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);

    await post({ type: 'capital-loop:set', scenario: 'sept-2025-loi' });
    await frame.waitForSelector('[data-scenario="sept-2025-loi"][aria-pressed="true"]');
    const after = await snapshot();
    expect(after.slider).toBe('10');
    // September 2025 at its own date: Nvidia's first letter-of-intent tranche, before Amazon and the round.
    expect(after.figure).toBe('26%');

    for (const malformed of [
      'sept-2025-loi',
      null,
      { type: 'capital-loop:set', scenario: 'no-such-scenario' },
      { type: 'capital-loop:set', values: { 'nvidia-openai': 1e9 } },
      { type: 'capital-loop:set', values: { 'no-such-slider': 1 } },
      { type: 'capital-loop:set', view: 'sideways' },
      { type: 'capital-loop:set', scenario: 'linear-economy', evil: '<script>' },
      { type: 'something-else', scenario: 'linear-economy' },
    ]) {
      await post(malformed);
    }
    await page.waitForTimeout(300);
    expect(await snapshot()).toEqual(after);

    await post({ type: 'capital-loop:set', values: { 'nvidia-openai': 0 } });
    // Poll on a timer: the default (animation frames) never fires in an offscreen cross-origin iframe.
    await frame.waitForFunction(() => (document.querySelector('#slider-nvidia-openai') as HTMLInputElement).value === '0', null, {
      polling: 100,
    });
    expect((await snapshot()).pressed).toEqual([]);
  });
});
