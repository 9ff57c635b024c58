import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { euroDataset } from '../model/euroDataset';
import { baseUrl, hasBrowser, launch, openPage } from './browser';
import { dataServer } from './hostServer';

const dir = mkdtempSync(join(tmpdir(), 'capital-loop-links-'));

describe.runIf(hasBrowser)('links that carry data', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof dataServer>>;
  beforeAll(async () => {
    browser = await launch();
    server = await dataServer(
      {
        '/slow.json': JSON.stringify(euroDataset()),
        '/small.json': JSON.stringify(euroDataset()),
        '/large.json': JSON.stringify(generateDataset(200, 800)),
      },
      { '/slow.json': 8_000 },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a link copied after a file load opens the same dataset and settings in a fresh page', async () => {
    const { page, errors } = await openPage(browser, './');
    await page.click('button[data-action="load-data"]');
    const file = join(dir, 'wind.json');
    writeFileSync(file, JSON.stringify(euroDataset()));
    await page.setInputFiles('input[data-input="file"]', file);
    await page.waitForSelector('g.node[data-key="utility"]');
    const slider = page.locator('input[type="range"]').first();
    const max = (await slider.getAttribute('max'))!;
    await slider.fill(max);
    await page.click('button[data-action="copy-link"]');
    await page.waitForFunction(() => location.hash.startsWith('#data=') && location.search.includes('p.'));
    const link = page.url();
    await page.context().close();

    const { page: fresh, errors: freshErrors } = await openPage(browser, link);
    await fresh.waitForSelector('g.node[data-key="utility"]');
    expect(await fresh.locator('h1').textContent()).toBe('Wind power financing loop');
    expect(await fresh.locator('input[type="range"]').first().inputValue()).toBe(max);
    // Back to the bundled data clears the dataset from the address too.
    await fresh.click('button[data-action="bundled-data"]');
    await fresh.waitForSelector('g.node[data-key="utility"]', { state: 'detached' });
    await fresh.waitForFunction(() => location.hash === '');
    expect(await fresh.locator('button[data-action="bundled-data"]').count()).toBe(0);
    expect([...errors, ...freshErrors]).toEqual([]);
    await fresh.context().close();
  });

  it("an embed's code carries a small dataset of the reader's own, and says when one is too large to travel", async () => {
    const { page, errors } = await openPage(browser, './');
    await page.click('button[data-action="load-data"]');
    const small = join(dir, 'wind-embed.json');
    writeFileSync(small, JSON.stringify(euroDataset()));
    await page.setInputFiles('input[data-input="file"]', small);
    await page.waitForSelector('g.node[data-key="utility"]');
    await page.waitForFunction(() => location.hash.startsWith('#data='));
    await page.click('button[data-action="embed"]');
    expect(await page.inputValue('.embed-dialog__code')).toContain('#data=');
    expect(await page.locator('[data-note="embed-bundled"]').count()).toBe(0);
    await page.click('button[data-action="embed"]');

    // The bundled dataset, loaded as a file, is the reader's own and far too large for a link.
    await page.setInputFiles('input[data-input="file"]', new URL('../../data/ai-capital-loop.json', import.meta.url).pathname);
    await page.waitForSelector('g.node[data-key="utility"]', { state: 'detached' });
    await page.waitForFunction(() => location.hash === '');
    await page.click('button[data-action="embed"]');
    await page.waitForSelector('[data-note="embed-bundled"]');
    expect(await page.inputValue('.embed-dialog__code')).not.toContain('#data=');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a broken #data= says so and shows the bundled data', async () => {
    const { page } = await openPage(browser, './?lang=zh-TW#data=AAAA');
    expect(await page.locator('[data-report="errors"]').textContent()).toContain('無法讀取這個連結裡的資料集');
    await page.context().close();
  });

  it('if the code that reads a linked dataset cannot load, the bundled chart opens and says why, in the reader\u2019s language', async () => {
    for (const [path, text] of [
      ['./?lang=zh-TW#data=AAAA', '無法讀取這個連結裡的資料集'],
      [`./?lang=en&data=${encodeURIComponent(`${server.url}/slow.json`)}`, 'could not be fetched'],
    ]) {
      const stopped: string[] = [];
      const { page } = await openPage(browser, path!, undefined, {
        // It comes in the parser's chunk (see PART_COMPANIONS in vite.config.ts).
        beforeLoad: (p) => {
          p.on('requestfailed', (request) => stopped.push(new URL(request.url()).pathname));
          return p.route(/parseAny-[^/]*\.js$/, (route) => route.abort());
        },
      });
      expect(await page.locator('g.node').count()).toBeGreaterThan(10);
      expect(await page.locator('[data-report="errors"]').textContent()).toContain(text);
      // The linked dataset's download, begun before its reader failed to arrive, is stopped rather than left running.
      if (path!.includes('slow.json')) expect(stopped).toContain('/slow.json');
      await page.context().close();
    }
  });

  it('loads the parser beside a linked dataset, which downloads once, from the first moment; neither the default page nor an embed loads it', async () => {
    const requestsOf = async (path: string) => {
      const scripts: string[] = [];
      const { page, errors } = await openPage(browser, path, undefined, {
        beforeLoad: async (p) => p.on('request', (request) => scripts.push(new URL(request.url()).pathname)),
      });
      // What loads after the chart (the toolbar, the address, the parts below) is in too: until
      // no request has come for a second.
      for (let quiet = 0; quiet < 1_000;) {
        const seen = scripts.length;
        await page.waitForTimeout(100);
        quiet = scripts.length === seen ? quiet + 100 : 0;
      }
      await page.context().close();
      expect(errors).toEqual([]);
      return scripts;
    };
    const scriptsOf = async (path: string) => (await requestsOf(path)).filter((path) => path.endsWith('.js'));
    const parser = /\/parseAny-[^/]*\.js$/;
    const requested = await requestsOf(`./?data=${encodeURIComponent(`${server.url}/small.json`)}`);
    const linked = requested.filter((path) => path.endsWith('.js'));
    expect(linked.filter((path) => parser.test(path))).toHaveLength(1);
    // The first script asks for the dataset before the code that reads it, and not for the bundled one.
    const bundled = /\/ai-capital-loop-[^/]*\.json$/;
    expect(requested.filter((path) => bundled.test(path))).toEqual([]);
    expect(requested.filter((path) => path === '/small.json')).toHaveLength(1);
    expect(requested.indexOf('/small.json')).toBeLessThan(requested.findIndex((path) => parser.test(path)));
    // The code that reads it is in the parser's chunk, which names the validator among its own
    // imports: both arrive a round trip after the first script's, not one after another.
    const chunk = await (
      await fetch(
        new URL(
          linked.find((path) => parser.test(path))!,
          baseUrl,
        ),
      )
    ).text();
    expect(/from\s*["'`]\.\/valibot-[^"'`]*\.js["'`]/.test(chunk), "the parser's chunk imports the validator").toBe(true);
    expect(linked.filter((path) => /\/(loadInto|readLinkedDataset)-[^/]*\.js$/.test(path))).toEqual([]);
    expect(chunk.includes('datasetFromQuery'), "the parser's chunk holds the linked dataset's reader").toBe(true);
    const plain = await requestsOf('./');
    expect(plain.filter((path) => parser.test(path))).toEqual([]);
    expect(plain.filter((path) => bundled.test(path))).toHaveLength(1);
    expect((await scriptsOf('./?embed=1')).filter((path) => parser.test(path))).toEqual([]);
  });

  it('on a phone, says at the top of the page why a link\u2019s data is not shown; wider, in the toolbar', async () => {
    const path = `./?lang=zh-TW&data=${encodeURIComponent(`${server.url}/missing.json`)}`;
    const { page, errors } = await openPage(browser, path, { width: 375, height: 800 }, { ready: '[data-report="errors"]' });
    const report = page.locator('[data-report="errors"]');
    expect(await report.textContent()).toContain('回應 404');
    // On the first screen, above the chart (the toolbar itself stands at the page's end).
    const box = (await report.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual((await page.locator('.chart').boundingBox())!.y);
    expect(box.y + box.height).toBeLessThan(800);
    expect(await page.locator('.app__toolbar [data-report]').count()).toBe(0);
    // Wider, it moves into the toolbar with it; dismissed, its place leaves no gap.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('.app__toolbar [data-report="errors"]').waitFor();
    expect(await page.locator('#report-slot').count()).toBe(0);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator('#report-slot [data-report="errors"]').waitFor();
    await page.locator('[data-report] button').click();
    expect(await page.locator('#report-slot').boundingBox()).toBeNull();
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a slow ?data= shows what is loading, and Cancel brings the bundled chart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL(`./?data=${encodeURIComponent(`${server.url}/slow.json`)}`, baseUrl).href);
    const status = page.locator('.data-loading [role="status"]');
    await status.waitFor();
    expect(await status.textContent()).toContain('slow.json');
    await page.click('button[data-action="cancel-load"]');
    await page.waitForSelector('svg.chart__svg g.nodes > *', { timeout: 3_000 });
    expect(await page.locator('g.node[data-key="utility"]').count()).toBe(0);
    expect(await page.locator('[data-report="errors"]').textContent()).toContain('was cancelled');
    await context.close();
  });

  it('a linked dataset drawn link by link leaves no thin-links worker running; a large one keeps the one started while it downloaded', async () => {
    const thinWorkers = (page: import('playwright-core').Page) => page.workers().filter((w) => w.url().includes('thinLinksWorker')).length;
    const { page: small, errors: smallErrors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/small.json`)}`);
    await small.waitForSelector('g.node[data-key="utility"]');
    await expect.poll(() => thinWorkers(small), { timeout: 10_000 }).toBe(0);
    const { page: large, errors: largeErrors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/large.json`)}`);
    await large.waitForSelector('svg.chart__svg g.links[data-links="800"] canvas.links__canvas[data-painter="worker"]');
    expect(thinWorkers(large)).toBe(1);
    expect([...smallErrors, ...largeErrors]).toEqual([]);
    await small.context().close();
    await large.context().close();
  });
});
