import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, hasBrowser, launch } from './browser';
import { startHostPage } from './hostServer';

// A story's first step, posted the moment the iframe's page loads: long before the embed has its
// dataset and code. It must be kept and applied, and `ready` said once.
const EARLY_STEP = `
  window.readyCount = 0;
  window.heights = [];
  var story = document.getElementById('story');
  addEventListener('message', function (e) { if (e.data && e.data.type === 'capital-loop:ready') window.readyCount++; });
  story.addEventListener('load', function () { story.contentWindow.postMessage({ type: 'capital-loop:set', scenario: 'sept-2025-loi' }, '*'); });
  new MutationObserver(function () { var h = story.style.height; if (h && window.heights[window.heights.length - 1] !== h) window.heights.push(h); })
    .observe(story, { attributes: true, attributeFilter: ['style'] });
`;

async function chartFrame(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.$(`#${id}`))!.contentFrame();
  if (!frame) throw new Error(`no frame ${id}`);
  await frame.waitForSelector('svg.chart__svg g.link');
  return frame;
}

const roundTrip = (frame: Frame) =>
  frame.waitForFunction(() => document.querySelector('[data-figure="round-trip"] .figure__value')?.textContent, null, { polling: 100 });

describe.runIf(hasBrowser)('driving an embed from a cross-origin article', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const run of [1, 2, 3]) {
    it(`applies a step sent before the embed was ready, and says ready once (run ${run})`, async () => {
      const host = await startHostPage(baseUrl, [{ id: 'story', width: 600, query: 'embed=1&controls=none&id=story' }], EARLY_STEP);
      try {
        const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
        await page.goto(host.url);
        const frame = await chartFrame(page, 'story');
        // September 2025 at its own date reads 26% (the defaults read otherwise).
        await frame.waitForFunction(
          () => document.querySelector('[data-figure="round-trip"] .figure__value')?.textContent === '26%',
          null,
          {
            polling: 100,
            timeout: 10000,
          },
        );
        await page.waitForTimeout(800);
        expect(await page.evaluate(() => (window as unknown as { readyCount: number }).readyCount)).toBe(1);
        // The iframe's height is set once the chart has drawn, then changes at most once, by 8 px at most.
        const heights = (await page.evaluate(() => (window as unknown as { heights: string[] }).heights)).map((h) => parseFloat(h));
        expect(heights.length).toBeGreaterThanOrEqual(1);
        expect(heights.length).toBeLessThanOrEqual(2);
        if (heights.length === 2) expect(Math.abs(heights[1]! - heights[0]!)).toBeLessThanOrEqual(8);
        await page.close();
      } finally {
        await host.close();
      }
    });
  }

  it('plays and pauses when the host says so', async () => {
    const host = await startHostPage(baseUrl, [{ id: 'story', width: 800, query: 'embed=1&controls=none&id=story' }]);
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await page.goto(host.url);
      const frame = await chartFrame(page, 'story');
      const post = (type: string) =>
        page.evaluate((t) => (document.getElementById('story') as HTMLIFrameElement).contentWindow!.postMessage({ type: t }, '*'), type);
      expect(await frame.locator('.play-controls').count()).toBe(0);
      await post('capital-loop:play');
      await frame.waitForSelector('.play-controls__status:not(:empty)');
      expect(await frame.textContent('[data-action="play"]')).toMatch(/Pause/);
      await post('capital-loop:pause');
      await frame.waitForFunction(() => /Play|Replay/.test(document.querySelector('[data-action="play"]')?.textContent ?? ''), null, {
        polling: 100,
      });
      const status = await frame.textContent('.play-controls__status');
      await page.waitForTimeout(2500);
      expect(await frame.textContent('.play-controls__status')).toBe(status);
    } finally {
      await host.close();
    }
  });

  it("takes the host page's theme, not the reader's system one", async () => {
    const host = await startHostPage(baseUrl, [
      { id: 'dark', width: 600, query: 'embed=1&controls=none&id=dark&theme=dark' },
      { id: 'light', width: 600, query: 'embed=1&controls=none&id=light&theme=light' },
    ]);
    try {
      for (const [scheme, id, background] of [
        ['light', 'dark', 'rgb(17, 20, 24)'],
        ['dark', 'light', 'rgb(255, 255, 255)'],
      ] as const) {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 800, height: 900 } });
        const page = await context.newPage();
        await page.goto(host.url);
        const frame = await chartFrame(page, id);
        expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
        await context.close();
      }
    } finally {
      await host.close();
    }
  });

  it('fits one phone screen with controls=none at 375 px', async () => {
    const host = await startHostPage(baseUrl, [{ id: 'phone', width: 375, query: 'embed=1&controls=none&id=phone' }]);
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
      await page.goto(host.url);
      const frame = await chartFrame(page, 'phone');
      await roundTrip(frame);
      await page.waitForFunction(() => (document.getElementById('phone') as HTMLIFrameElement).style.height !== '', null, { polling: 100 });
      const height = await page.$eval('#phone', (el) => el.getBoundingClientRect().height);
      expect(height).toBeGreaterThan(400);
      expect(height).toBeLessThanOrEqual(667);
      await page.screenshot({ path: 'tests/e2e/__screens__/embed-phone.png', fullPage: true });
    } finally {
      await host.close();
    }
  });
});
