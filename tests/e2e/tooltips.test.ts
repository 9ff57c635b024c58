import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

/** A point on a link's centre line, halfway along, in the viewport; and the link's width. */
async function linkMiddle(page: Page, key: string) {
  return page.evaluate((k) => {
    const link = [...document.querySelectorAll<SVGGElement>('g.link')].find((g) => g.dataset.key === k)!;
    const path = link.querySelector<SVGPathElement>('path.link__focus')!;
    const point = path.getPointAtLength(path.getTotalLength() / 2);
    const svg = link.ownerSVGElement!.getBoundingClientRect();
    return { x: svg.left + point.x, y: svg.top + point.y, width: Number(link.dataset.width) };
  }, key);
}

const tooltipBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.getElementById('chart-tooltip')?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  });

describe.runIf(hasBrowser)('tooltips and focus in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('opens beside the pointer on the lower half of a wide link, in the viewport, and stays open', async () => {
    const { page, errors } = await openPage(browser, './?lang=en');
    const widest = await page.evaluate(
      () =>
        [...document.querySelectorAll<SVGGElement>('g.link[data-width]')].sort(
          (a, b) => Number(b.dataset.width) - Number(a.dataset.width),
        )[0]!.dataset.key!,
    );
    const middle = await linkMiddle(page, widest);
    expect(middle.width).toBeGreaterThan(60);
    // Lower half of the band: where the tooltip used to open right under the pointer.
    const pointer = { x: middle.x, y: middle.y + middle.width * 0.35 };
    await page.mouse.move(pointer.x - 4, pointer.y);
    await page.mouse.move(pointer.x, pointer.y);
    await page.waitForSelector('#chart-tooltip[data-side]');
    const box = (await tooltipBox(page))!;
    const covers = pointer.x >= box.left && pointer.x <= box.right && pointer.y >= box.top && pointer.y <= box.bottom;
    expect(covers).toBe(false);
    const viewport = page.viewportSize()!;
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    // The pointer is still over the link: the tooltip stays, also as the pointer moves along it.
    await page.mouse.move(pointer.x + 3, pointer.y + 2);
    await page.waitForTimeout(300);
    expect(await tooltipBox(page)).not.toBeNull();
    expect(await page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.closest('g.link')?.getAttribute('data-key'), pointer)).toBe(
      widest,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws a visible focus ring on a thin link, not covered by its own tooltip', async () => {
    const { page } = await openPage(browser, './?lang=en');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const link = [...document.querySelectorAll<SVGGElement>('g.link[tabindex]')].find((g) => Number(g.dataset.width) < 2)!;
      link.focus();
      const style = getComputedStyle(link);
      const halo = getComputedStyle(link.querySelector('path.link__focus')!);
      return {
        key: link.dataset.key!,
        focused: link.matches(':focus-visible'),
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        halo: halo.stroke,
      };
    });
    expect(ring.focused).toBe(true);
    expect(ring.outline).not.toBe('none');
    expect(ring.outlineWidth).toBeGreaterThan(0);
    expect(ring.halo).not.toBe('none');
    await page.waitForSelector('#chart-tooltip[data-side]');
    // The middle of the link, where its ring is, stays visible beside the tooltip.
    const middle = await linkMiddle(page, ring.key);
    const box = (await tooltipBox(page))!;
    const covers = middle.x >= box.left && middle.x <= box.right && middle.y >= box.top && middle.y <= box.bottom;
    expect(covers).toBe(false);
    await page.context().close();
  });
});
