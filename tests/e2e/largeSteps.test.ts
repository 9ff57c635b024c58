import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { hasBrowser, launch, openPage } from './browser';
import { dataServer } from './hostServer';

// A held arrow key sends a slider about 30 steps a second. A large chart takes a tenth of a second
// or more to derive and render each, so outside a drag it follows the slider as soon as it can and
// skips the steps that came meanwhile (rather than queueing seconds of them); a small chart draws
// each step at once. Either way it ends at the slider's last value.

/** Moves a slider `steps` times in one go (as queued key presses arrive); how many of the steps changed the chart's SVG at once. */
function burst(page: Page, slider: string, steps: number) {
  return page.evaluate(
    ([selector, count]) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const changes = new MutationObserver(() => undefined);
      changes.observe(document.querySelector('svg.chart__svg')!, { subtree: true, attributes: true, childList: true, characterData: true });
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      let rendered = 0;
      for (let i = 0; i < count; i++) {
        setValue.call(input, String(Number(input.min) + (0.12 + 0.09 * i) * (Number(input.max) - Number(input.min))));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        if (changes.takeRecords().length > 0) rendered++;
      }
      changes.disconnect();
      return { rendered, parameter: input.id.replace(/^slider-/, ''), value: input.value };
    },
    [slider, steps] as const,
  );
}

/** What the chart shows: its boxes, labels and the links drawn one by one. */
const drawing = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('svg.chart__svg')!;
    return ['g.nodes', 'g.labels', 'g.links'].map((part) => svg.querySelector(part)?.outerHTML ?? '').join('\n');
  });

describe.runIf(hasBrowser)('slider steps in quick succession, in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof dataServer>>;
  beforeAll(async () => {
    browser = await launch();
    server = await dataServer({ '/large.json': JSON.stringify(generateDataset(500, 2500)) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a large chart skips the steps that come while it renders, and ends at the last one', { timeout: 120_000 }, async () => {
    const address = `./?data=${encodeURIComponent(`${server.url}/large.json`)}`;
    const { page, errors } = await openPage(browser, address);
    const moved = await burst(page, '.slider input[type=range]', 8);
    expect(moved.rendered).toBe(0);

    // The same chart as a page opened at the last step's value, once drawn whole (its thin links painted).
    const { page: direct } = await openPage(browser, `${address}&p.${moved.parameter}=${moved.value}`, undefined, {
      beforeLoad: (p) => p.addInitScript(() => window.addEventListener('linkspainted', () => document.body.classList.add('painted'), true)),
      ready: 'body.painted svg.chart__svg g.nodes > *',
    });
    const expected = await drawing(direct);
    await expect.poll(() => drawing(page), { timeout: 30_000 }).toBe(expected);
    expect(await page.inputValue('.slider input[type=range]')).toBe(moved.value);
    expect(errors).toEqual([]);
    await page.context().close();
    await direct.context().close();
  });

  it('a small chart draws every step at once', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser, './');
    const moved = await burst(page, '#slider-nvidia-openai', 8);
    expect(moved.rendered).toBe(8);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
