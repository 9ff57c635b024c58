import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAG_PACE_MS } from '../../src/state/pacedValue';
import { hasBrowser, launch, openPage } from './browser';

// A wide screen keeps the chart in view beside the sliders, stuck by its bottom edge when it is
// taller than the window (ChartStage): anything under the chart that grows or shrinks as a slider
// moves would move the diagram itself under the reader's eyes. The key to numbered boxes comes and
// goes as a drag makes boxes too small for their names: during a drag it keeps its room.

describe.runIf(hasBrowser)('the chart while a slider is dragged, beside the sliders', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('holds still when the key to numbered boxes comes and goes, and lets the room go when let go', async () => {
    const { page, errors } = await openPage(browser, '/');
    // Lending: near its low end a box becomes too small for its name and the key comes; higher, it
    // goes (Nvidia → OpenAI no longer does that at 1,280 px: every box keeps its name).
    const slider = '#slider-debt';
    await page.waitForSelector(slider);
    // Scrolled to the slider, as a reader working it is: the stage then sticks.
    await page.evaluate((s) => document.querySelector(s)!.scrollIntoView({ block: 'center' }), slider);
    const steps = await page.evaluate(
      async ([selector, pace]) => {
        const input = document.querySelector<HTMLInputElement>(selector)!;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        const seen: { top: number; key: boolean }[] = [];
        // First to both ends (the smallest boxes bring the key, the tallest chart grows the box with
        // room: each moves the chart once), then to and fro, watched.
        const fractions = [0.1, 0.9, 0.1, 0.9, 0.15, 0.85, 0.1, 0.9, 0.12, 0.88];
        for (const [i, f] of fractions.entries()) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          setValue.call(input, String(Number(input.min) + f * (Number(input.max) - Number(input.min))));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Held there until the key under the chart has followed (ten times a second during a drag:
          // see usePacedDuringDrag), then after the frame's layout and its resize observers.
          await new Promise((resolve) => setTimeout(resolve, 2 * pace));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (i >= 2)
            seen.push({
              top: document.querySelector('.chart')!.getBoundingClientRect().top,
              key: document.querySelector('.label-key') !== null,
            });
        }
        return seen;
      },
      [slider, DRAG_PACE_MS] as const,
    );
    // The drag must show the key and hide it again, or this test shows nothing.
    expect(steps.some((s) => s.key)).toBe(true);
    expect(steps.some((s) => !s.key)).toBe(true);
    expect(new Set(steps.map((s) => Math.round(s.top)))).toEqual(new Set([Math.round(steps[0]!.top)]));
    const footnotes = page.locator('.chart__footnotes');
    expect(await footnotes.evaluate((element) => (element as HTMLElement).style.minHeight)).not.toBe('');
    await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointerup')));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.chart__footnotes')!.style.minHeight === '');
    expect(errors).toEqual([]);
  });
});
