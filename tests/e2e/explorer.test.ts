import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, linkWidth, openPage } from './browser';

const SCREENS = 'tests/e2e/__screens__';

// The only loop-closing flow in the default dataset, the what-if reinvestment, is 0 by default: turn it on to have rounds.
const REINVESTING = './?p.nvidia-reinvest=0.3';
describe.runIf(hasBrowser)('the explorer in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('draws the loop with labels, back links and no console errors', async () => {
    const { page, errors } = await openPage(browser, REINVESTING);
    // Runs under its own Content-Security-Policy (no inline script, no eval): a violation is a console error.
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toMatch(/script-src 'self'(;|$)/);
    expect(await page.locator('g.node').count()).toBe(27);
    for (const label of ['OpenAI', 'Nvidia', 'Oracle', 'Microsoft Azure', 'AWS']) {
      await expect(page.locator('text.label .label__name', { hasText: new RegExp(`^${label}$`) }).count()).resolves.toBe(1);
    }
    expect(await page.locator('g.link--back[data-key="nvidia-openai-reinvest"] path.link__band').count()).toBeGreaterThan(0);
    // Labels never overlap each other: no line of one over a line of another (a label may use the
    // room beside a short line of another, under its long one).
    const boxes = await page.locator('text.label').evaluateAll((nodes) =>
      nodes.flatMap((n, label) =>
        [...n.querySelectorAll('tspan')].map((line) => {
          const b = (line as SVGTSpanElement).getBBox();
          return { label, x: b.x, y: b.y, w: b.width, h: b.height };
        }),
      ),
    );
    expect(boxes.length).toBeGreaterThan(40);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.label === b.label) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `labels ${a.label} and ${b.label} overlap`).toBe(false);
      }
    }
    await page.screenshot({ path: `${SCREENS}/explorer-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it.each([
    ['a desktop', false, { width: 1280, height: 900 }],
    ['a touch phone', true, { width: 375, height: 667 }],
  ] as const)('tells %s of the keys only where there is a keyboard', async (_, touch, viewport) => {
    const { page, errors } = await openPage(browser, './', viewport, { touch });
    const hint = await page.locator('p.hint').innerText();
    expect(hint).toMatch(/^Drag a box up or down/);
    expect(hint.includes('Alt+')).toBe(!touch);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('redraws the links while a slider is dragged', async () => {
    const { page, errors } = await openPage(browser, './');
    const before = await linkWidth(page, 'nvidia-fund-openai');
    const roundTrip = await page.locator('[data-figure="round-trip"] .figure__value').textContent();
    const slider = page.locator('#slider-nvidia-openai');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width * (0.3 + step * 0.065), box.y + box.height / 2);
    await page.mouse.up();
    const value = Number(await slider.inputValue());
    expect(value).toBeGreaterThan(85);
    expect(await linkWidth(page, 'nvidia-fund-openai')).toBeGreaterThan(before * 1.5);
    // OpenAI spends what it planned (the rest is cash kept), but more of that money is now Nvidia's own.
    expect(await page.locator('[data-figure="round-trip"] .figure__value').textContent()).not.toBe(roundTrip);
    expect(errors).toEqual([]);
  });

  it('keeps the whole chart in view on a desktop while the lowest slider moves (1280 × 900)', async () => {
    const { page, errors } = await openPage(browser, './', { width: 1280, height: 900 });
    const slider = page.locator('.slider input[type=range]').last();
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const chart = (await page.locator('svg.chart__svg').boundingBox())!;
    expect(chart.y).toBeGreaterThanOrEqual(0);
    expect(chart.y + chart.height).toBeLessThanOrEqual(900);
    expect(errors).toEqual([]);
  });

  it('plays money round the loop, round after round, and pauses', async () => {
    const { page, errors } = await openPage(browser, REINVESTING);
    await page.click('button[data-action="play"]');
    await page.waitForSelector('g.flow-animation[data-round="1"] path.flow-dash');
    const dashes = await page.locator('g.flow-animation path.flow-dash').count();
    expect(dashes).toBeGreaterThan(10);
    // The particles move: their dash offset changes from one moment to the next.
    const offset = () =>
      page
        .locator('path.flow-dash')
        .first()
        .evaluate((el) => getComputedStyle(el).strokeDashoffset);
    const before = await offset();
    await page.waitForTimeout(200);
    expect(await offset()).not.toBe(before);
    await page.waitForSelector('g.flow-animation[data-round="2"]', { timeout: 5000 });
    await expect(page.locator('.headline__so-far').textContent()).resolves.toMatch(/After round 2/);
    await page.click('button[data-action="play"]'); // pause
    const paused = await page.locator('g.flow-animation').getAttribute('data-round');
    await page.waitForTimeout(2200);
    expect(await page.locator('g.flow-animation').getAttribute('data-round')).toBe(paused);
    expect(errors).toEqual([]);
  });

  it('steps through rounds instead of moving when the reader prefers reduced motion', async () => {
    const { page, errors } = await openPage(browser, REINVESTING, undefined, { reducedMotion: 'reduce' });
    expect(await page.locator('button[data-action="play"]').count()).toBe(0);
    await page.click('button[data-action="step"]');
    await page.waitForSelector('g.flow-animation[data-round="1"][data-motion="still"] path.flow-dash');
    // The round's money highlighted solid, not as moving particles.
    const dashes = () =>
      page
        .locator('path.flow-dash')
        .first()
        .evaluate((el) => [getComputedStyle(el).strokeDasharray, getComputedStyle(el).strokeDashoffset]);
    const before = await dashes();
    expect(before[0]).toBe('none');
    await page.waitForTimeout(200);
    expect(await dashes()).toEqual(before);
    await page.click('button[data-action="step"]');
    await page.waitForSelector('g.flow-animation[data-round="2"]');
    expect(errors).toEqual([]);
  });

  it('switches between the loop and the rounds view', async () => {
    const { page, errors } = await openPage(browser, REINVESTING);
    await page.click('button[data-view="rounds"]');
    await page.waitForSelector('svg[data-view="rounds"] g.node[data-key="openai@2"]');
    expect(await page.locator('g.link--back').count()).toBe(0);
    const round1 = await linkWidth(page, 'openai-azure@1');
    const round2 = await linkWidth(page, 'openai-azure@2');
    expect(round2).toBeGreaterThan(0);
    expect(round2).toBeLessThan(round1 * 0.2); // each pass shrinks by the loop gain
    await page.click('button[data-view="loop"]');
    await page.waitForSelector('svg[data-view="loop"] g.link--back');
    expect(errors).toEqual([]);
  });

  it('lets a box be dragged within its column, and its links follow', async () => {
    const { page, errors } = await openPage(browser, './');
    const rect = page.locator('g.node[data-key="coreweave"] rect.node__box');
    const y0 = Number(await rect.getAttribute('y'));
    const link = page.locator('g.link[data-key="openai-coreweave"] path.link__band').first();
    const d0 = await link.getAttribute('d');
    const box = (await rect.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    // The first move loads the code for dragged boxes; the moves made meanwhile wait for it.
    await expect.poll(async () => Math.round(Number(await rect.getAttribute('y')) - y0)).toBe(30);
    const end = (d: string | null) => Number(d!.match(/-?[\d.]+/g)!.at(-1)); // the y the link ends at
    expect(end(await link.getAttribute('d'))).toBeCloseTo(end(d0) + 30, 0);
    expect(errors).toEqual([]);
  });

  it('fits a phone: nothing wider than the screen, labels inside the chart', async () => {
    for (const [lang, width] of [
      ['en', 375],
      ['zh-TW', 375],
      ['en', 320],
      ['zh-TW', 320],
    ] as const) {
      const { page, errors } = await openPage(browser, `./?lang=${lang}`, { width, height: 900 });
      const widths = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        svg: Number(document.querySelector('svg.chart__svg')!.getAttribute('width')),
      }));
      expect(widths.doc).toBeLessThanOrEqual(width);
      expect(widths.svg).toBeLessThanOrEqual(width);
      const right = await page.locator('text.label').evaluateAll((nodes) => Math.max(...nodes.map((n) => n.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(width);
      // No name runs into another box as the browser draws it (names are bold: measured as regular, one ran 10 px into a box).
      const onBoxes = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('svg.chart__svg g.node')].map((g) => ({
          key: g.getAttribute('data-key'),
          r: g.querySelector('rect')!.getBoundingClientRect(),
        }));
        return [...document.querySelectorAll('svg.chart__svg text.label')].flatMap((text) => {
          const r = text.getBoundingClientRect();
          const key = text.getAttribute('data-key');
          // Across by more than a pixel, and more than a line box's spare room above and below its glyphs.
          return boxes
            .filter(
              (b) =>
                b.key !== key &&
                Math.min(r.right, b.r.right) - Math.max(r.left, b.r.left) > 1 &&
                Math.min(r.bottom, b.r.bottom) - Math.max(r.top, b.r.top) > 4,
            )
            .map((b) => `${key} on ${b.key}`);
        });
      });
      expect(onBoxes).toEqual([]);
      // The key's amounts are never broken across lines.
      const broken = await page
        .locator('.label-key__amount')
        .evaluateAll((spans) => spans.filter((s) => s.getClientRects().length > 1).map((s) => s.textContent));
      expect(broken).toEqual([]);
      // Every part opened (the sensitivity chart's table for screen readers once widened the page to 892 px).
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.waitForSelector('svg.tornado');
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${width}, every part open`).toBeLessThanOrEqual(
        width,
      );
      // The sensitivity chart's names stay inside it (they ran past its edge and were cut off).
      const overrun = await page.evaluate(() => {
        const svg = document.querySelector('svg.tornado')!.getBoundingClientRect();
        return Math.max(...[...document.querySelectorAll('text.tornado__label')].map((t) => t.getBoundingClientRect().right - svg.right));
      });
      expect(overrun, `${lang} ${width}: a name past the sensitivity chart's edge`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENS}/explorer-${width}-${lang}.png`, fullPage: true });
      expect(errors).toEqual([]);
    }
  });
});
