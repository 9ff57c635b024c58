import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, hasBrowser, launch } from './browser';
import { serveFiles } from './hostServer';

// The README's scroll-driven article (examples/scroll-story.html) as a newsroom would publish it:
// on its own origin, embedding the app from the test's server.
async function chartFrame(page: Page): Promise<Frame> {
  const frame = await (await page.$('.story__chart iframe'))!.contentFrame();
  if (!frame) throw new Error('no chart frame');
  await frame.waitForSelector('svg.chart__svg g.link');
  return frame;
}

async function shownStep(frame: Frame, step: number) {
  await frame.waitForSelector(`.story__body[data-step="${step}"]`, { timeout: 10000 });
  return {
    title: await frame.textContent('.story__title'),
    current: await frame.locator('.story__dot[aria-current="step"]').count(),
    dot: await frame
      .locator('.story__dot')
      .nth(step - 1)
      .getAttribute('aria-current'),
  };
}

describe.runIf(hasBrowser)('the scroll-driven article example', () => {
  let browser: Browser;
  let article: Awaited<ReturnType<typeof serveFiles>>;
  beforeAll(async () => {
    browser = await launch();
    article = await serveFiles(join(__dirname, '../../examples'));
  });
  afterAll(async () => {
    await browser?.close();
    await article?.close();
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 667 },
  ]) {
    it(`shows each paragraph's step as the reader scrolls to it (${viewport.width} px)`, async () => {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${article.url}scroll-story.html?app=${encodeURIComponent(baseUrl)}`);
      expect(new URL(page.url()).origin).not.toBe(new URL(baseUrl).origin);
      const frame = await chartFrame(page);
      const titles = new Set<string | null>();
      for (const step of [2, 3, 4, 5, 2]) {
        await page.locator(`[data-step="${step}"]`).evaluate((p) => p.scrollIntoView({ block: 'center' }));
        const shown = await shownStep(frame, step);
        expect(shown.current).toBe(1);
        expect(shown.dot).toBe('step');
        titles.add(shown.title);
      }
      // Four different steps, four different titles: the story really moved.
      expect(titles.size).toBe(4);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
