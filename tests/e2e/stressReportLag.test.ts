import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

// A slider step redraws the chart (and what the stress test marks on it) at once, and the stress
// panel's report (its headline and table) right after, in a deferred render: the step's own frame
// has only the chart to lay out. The report then shows what the chart shows.
const SHOCKED = './?year=2027&shock.equity=0.5&shock.revenue=0.3';
const VALUE = '0.4';

/** The stress report's headline and table, as text. */
const readReport = (page: Page) =>
  page.evaluate(() => ({
    table: document.querySelector('.stress__table tbody')!.textContent,
    headline: document.querySelector('.stress__headline')!.textContent,
  }));

describe.runIf(hasBrowser)('the stress report while a slider moves', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('follows the chart a render behind, then shows the same outcome as a page opened at that value', async () => {
    const { page, errors } = await openPage(browser, SHOCKED, undefined, { ready: '.stress__table tbody tr' });
    const before = await readReport(page);
    const step = await page.evaluate((value) => {
      const widths = () =>
        [...document.querySelectorAll('svg.chart__svg g.link[data-width]')].map((g) => g.getAttribute('data-width')).join();
      const shortfalls = () => document.querySelector('svg.chart__svg g.shortfalls')?.innerHTML;
      const table = () => document.querySelector('.stress__table tbody')!.textContent;
      const input = document.querySelector<HTMLInputElement>('#slider-customer-revenue')!;
      const chartBefore = { widths: widths(), shortfalls: shortfalls() };
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, value);
      // The input event's render is synchronous (a discrete event); the deferred one is a task later.
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return {
        chartMoved: widths() !== chartBefore.widths,
        shortfallsMoved: shortfalls() !== chartBefore.shortfalls,
        tableAtOnce: table(),
      };
    }, VALUE);
    expect(step.chartMoved).toBe(true);
    expect(step.shortfallsMoved).toBe(true);
    expect(step.tableAtOnce).toBe(before.table);
    await page.waitForFunction((old) => document.querySelector('.stress__table tbody')!.textContent !== old, before.table);
    const after = await readReport(page);
    expect(after.headline).not.toBe(before.headline);

    const fresh = await openPage(browser, `${SHOCKED}&p.customer-revenue=${VALUE}`, undefined, { ready: '.stress__table tbody tr' });
    const expected = await readReport(fresh.page);
    expect(after).toEqual(expected);
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
    await page.context().close();
  });

  it('moves the round picked in the click’s own render, so each quick click starts from the last', async () => {
    // Two rounds of defaults (see cascade.test.ts).
    const { page, errors } = await openPage(browser, './?year=2027&shock.equity=1&shock.revenue=0.9', undefined, {
      ready: '.stress__steps',
    });
    const seen = await page.evaluate(async () => {
      const text = () => document.querySelector('.stress__steps span')!.textContent!.replace(/\s+/g, ' ');
      const [previous, next] = [...document.querySelectorAll<HTMLButtonElement>('.stress__steps > button:not(.stress__play)')];
      // A click's own render comes in a microtask (a discrete event's); a deferred one in a task of its own.
      const seen = [text()];
      for (const button of [previous, next, previous]) {
        button!.click();
        await new Promise<void>((resolve) => queueMicrotask(resolve));
        seen.push(text());
      }
      return seen;
    });
    expect(seen).toEqual(['Cascade round 2 / 2', 'Cascade round 1 / 2', 'Cascade round 2 / 2', 'Cascade round 1 / 2']);
    expect(await page.getAttribute('.stress__steps > button:first-of-type', 'disabled')).not.toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
