import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { PROTOTYPE_IDS, withHostileIds, withPrototypeIds } from '../model/hostileIds';
import { hasBrowser, launch, openPage } from './browser';

const MARKUP = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>';

/** The default dataset with markup in labels, descriptions, notes, source titles, and script URLs. */
function hostileDataset(): string {
  const ds = JSON.parse(readFileSync('data/ai-capital-loop.json', 'utf8'));
  ds.meta.title = { en: `Loop ${MARKUP}`, 'zh-TW': `循環 ${MARKUP}` };
  ds.entities[5].label = { en: `OpenAI ${MARKUP} & "co"`, 'zh-TW': `OpenAI ${MARKUP}` };
  ds.entities[5].description = { en: MARKUP };
  ds.flows[5].provenance.note = { en: MARKUP, 'zh-TW': MARKUP };
  ds.meta.sources[0].title = MARKUP;
  ds.meta.sources[0].url = 'javascript:window.__xss=3';
  ds.parameters[0].label = { en: MARKUP };
  ds.scenarios[0].label = { en: MARKUP };
  return JSON.stringify(ds);
}

/** Serves each body at its path, to any origin, as the app's ?data= fetches it. */
async function serve(bodies: Record<string, string>): Promise<{ url: (path: string) => string; close(): Promise<void> }> {
  const http = createServer((request, response) => {
    const body = bodies[request.url ?? ''];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { url: (path) => `${base}${path}`, close: () => new Promise((r) => http.close(() => r())) };
}

const defaultDataset = (): Dataset => JSON.parse(readFileSync('data/ai-capital-loop.json', 'utf8'));

describe.runIf(hasBrowser)('labels with markup and script links', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    browser = await launch();
    server = await serve({
      '/hostile.json': hostileDataset(),
      '/hostile-ids.json': JSON.stringify(withHostileIds(defaultDataset())),
      '/prototype-ids.json': JSON.stringify(withPrototypeIds(defaultDataset())),
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows them as text everywhere and runs nothing', async () => {
    const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(server.url('/hostile.json'))}`);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.waitForSelector('g.node[data-key="openai"]');
    expect(await page.locator('h1').textContent()).toBe(`Loop ${MARKUP}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // Tooltip of the node, the data table, the slider and the scenario button.
    await page.focus('g.node[data-key="openai"]');
    expect(await page.locator('#chart-tooltip').textContent()).toContain(MARKUP);
    await page.click('details.flow-table:not(.round-trips) summary');
    expect(await page.locator('details.flow-table:not(.round-trips) tbody').textContent()).toContain(MARKUP);
    expect(await page.locator('.slider label').first().textContent()).toContain(MARKUP);
    // A javascript: source is text, never a link.
    await page.click('.sources details:last-of-type summary');
    expect(await page.locator('.sources a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('.sources li', { hasText: MARKUP }).count()).toBeGreaterThan(0);
    // The exported SVG holds the text escaped, and no script.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).not.toMatch(/<img|<script|\son\w+="/i); // as markup; the words may stand in escaped text
    expect(svg).toContain('&lt;img src=x onerror=');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const [name, path] of [
    ['markup, quotes, terminators, control characters, at the longest length allowed', '/hostile-ids.json'],
    ['names of Object.prototype members', '/prototype-ids.json'],
  ]) {
    it(`loads ids with ${name}, works with them, exports them escaped and runs nothing`, async () => {
      const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(server.url(path!))}`);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      expect(await page.locator('svg.chart__svg g.node').count()).toBe(27);
      // Each renamed entity is drawn under its new name (an id looked up on Object.prototype would drop it).
      if (path === '/prototype-ids.json')
        for (const name of Object.values(PROTOTYPE_IDS.entity))
          expect(await page.locator(`g.node[data-key="${name}"]`).count(), name).toBe(1);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // A scenario, a slider, the flow table and a node's tooltip all go through the ids.
      await page.locator('.scenarios__buttons button').first().click();
      await page.locator('input[type="range"]').first().press('ArrowRight');
      await page.click('details.flow-table:not(.round-trips) summary');
      await page.locator('svg.chart__svg g.node').first().focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="svg"]')]);
      const svg = readFileSync((await download.path())!, 'utf8');
      // As markup: the words stand in escaped attribute values, which hold no quote.
      const text = svg.replace(/="[^"]*"/g, '=""');
      expect(text).not.toMatch(/<img|<script|\son\w+=|]]>/i);
      // Case-sensitive: "Finance" in a source's publisher is not a NaN.
      expect(text).not.toMatch(/NaN/);
      if (existsSync('/usr/bin/xmllint')) {
        const lint = spawnSync('/usr/bin/xmllint', ['--noout', '-'], { input: svg, encoding: 'utf8' });
        expect(lint.stderr).toBe('');
      }
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
