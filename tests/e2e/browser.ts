import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export const baseUrl = inject('baseUrl');
/** False only outside CI on a machine without Chromium (globalSetup has said so loudly). */
export const hasBrowser = baseUrl !== '';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

/** A page that records console errors and uncaught exceptions so tests can assert there were none. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 900 },
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    beforeLoad?: (page: Page) => Promise<unknown>;
    deviceScaleFactor?: number;
    /** What shows the page has opened: by default the chart's boxes. */
    ready?: string;
    /** A touch screen (a phone's coarse pointer, no hover). */
    touch?: boolean;
  } = {},
) {
  const context = await browser.newContext({
    viewport,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const page = await context.newPage();
  await options.beforeLoad?.(page);
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, baseUrl).href);
  await page.waitForSelector(options.ready ?? 'svg.chart__svg g.nodes > *');
  return { page, errors };
}

export async function linkWidth(page: Page, key: string): Promise<number> {
  return Number(await page.getAttribute(`g.link[data-key="${key}"]`, 'data-width'));
}
