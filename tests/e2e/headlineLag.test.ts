import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

// A slider step redraws the chart at once, and the figures beside it (the headline) a render
// later, in a task of their own (see usePanelInput): the step's own frame has only the chart. The
// figures then read as on a page opened at that value.

/** The headline's scope sentence and its four figures, as text. */
const readHeadline = (page: Page) =>
  page.evaluate(() => ({
    scope: document.querySelector('[data-headline="scope"]')!.textContent,
    figures: [...document.querySelectorAll('.headline__figures .figure')].map((f) => f.textContent),
  }));

describe.runIf(hasBrowser)('the headline while a slider moves', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('follows the chart a render behind, then reads as a page opened at that value', async () => {
    const { page, errors } = await openPage(browser, './', undefined, { ready: '#slider-nvidia-openai' });
    await page.waitForSelector('[data-headline="scope"]');
    const before = await readHeadline(page);
    const step = await page.evaluate(() => {
      const widths = () =>
        [...document.querySelectorAll('svg.chart__svg g.link[data-width]')].map((g) => g.getAttribute('data-width')).join();
      const scope = () => document.querySelector('[data-headline="scope"]')!.textContent;
      const input = document.querySelector<HTMLInputElement>('#slider-nvidia-openai')!;
      const chartBefore = widths();
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, input.max);
      // The input event's render is synchronous (a discrete event); the deferred one is a task later.
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return { chartMoved: widths() !== chartBefore, scopeAtOnce: scope(), value: input.value };
    });
    expect(step.chartMoved).toBe(true);
    expect(step.scopeAtOnce).toBe(before.scope);
    await page.waitForFunction((old) => document.querySelector('[data-headline="scope"]')!.textContent !== old, before.scope);
    const after = await readHeadline(page);
    expect(after.figures).not.toEqual(before.figures);

    const fresh = await openPage(browser, `./?p.nvidia-openai=${step.value}`, undefined, { ready: '#slider-nvidia-openai' });
    await fresh.page.waitForSelector('[data-headline="scope"]');
    expect(after).toEqual(await readHeadline(fresh.page));
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
    await page.context().close();
  });
});
