import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { hasBrowser, launch, openPage } from './browser';
import { dataServer } from './hostServer';

const dir = mkdtempSync(join(tmpdir(), 'capital-loop-load-'));
const CSV = [
  'from,to,amount,share,kind',
  'fund,lab,50,,',
  'lab,cloud,,0.8,compute-spend',
  'lab,costs,,rest,leakage',
  'cloud,chip,,0.5,gpu-purchase',
  'cloud,costs,,rest,leakage',
  'chip,lab,,0.2,reinvestment',
  'chip,kept,,rest,leakage',
].join('\n');

describe.runIf(hasBrowser)('bringing your own data', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof dataServer>>;
  beforeAll(async () => {
    browser = await launch();
    server = await dataServer({ '/loop.csv': CSV, '/big.json': JSON.stringify(generateDataset(500, 2500)), '/broken.json': '{"meta": ' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads a CSV file chosen by the reader, and a broken file leaves the chart as it was', async () => {
    const { page, errors } = await openPage(browser, './');
    await page.click('button[data-action="load-data"]');
    const csvFile = join(dir, 'my-loop.csv');
    writeFileSync(csvFile, CSV);
    await page.setInputFiles('input[data-input="file"]', csvFile);
    await page.waitForSelector('g.node[data-key="lab"]');
    expect(await page.locator('h1').textContent()).toBe('my-loop');
    expect(await page.locator('g.link--back').count()).toBe(1);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "meta": {},\n  "entities": [,]\n}');
    await page.setInputFiles('input[data-input="file"]', broken);
    await page.waitForSelector('[data-report="errors"]');
    expect(await page.locator('[data-report="errors"]').textContent()).toMatch(
      /broken\.json could not be loaded.*line 3, column 16: not valid JSON: unexpected ',\]'/,
    );
    expect(await page.locator('g.node[data-key="lab"]').count()).toBe(1); // the chart stays

    const typo = join(dir, 'typo.json');
    writeFileSync(
      typo,
      JSON.stringify({
        ...JSON.parse('{}'),
        meta: {
          title: { en: 't' },
          description: { en: 'd' },
          currency: 'USD',
          unit: 'US$ billions',
          asOf: '2026-03-31',
          convention: { en: 'c' },
          sources: [],
        },
        entities: [
          { id: 'oracle', role: 'cloud', label: { en: 'Oracle' } },
          { id: 'x', role: 'source', label: { en: 'X' } },
        ],
        flows: [{ id: 'f', from: 'x', to: 'oracel', kind: 'compute-spend', amount: 1, provenance: { basis: 'assumption' } }],
        parameters: [],
        scenarios: [],
      }),
    );
    await page.setInputFiles('input[data-input="file"]', typo);
    await page.waitForFunction(() => document.querySelector('[data-report="errors"]')?.textContent?.includes('typo.json'));
    expect(await page.locator('[data-report="errors"]').textContent()).toContain(
      "flows[0].to: unknown entity 'oracel' — did you mean 'oracle'?",
    );
    expect(await page.locator('g.node[data-key="lab"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('notes the encoding a file was read in, reads it again in the one chosen, and reads a CSV with its entities table', async () => {
    const { page, errors } = await openPage(browser, './');
    await page.click('button[data-action="load-data"]');
    // Big5 bytes as Traditional Chinese Excel saves them, written by Python's codec.
    const chinese = 'from,to,amount,share\n基金,台積電,12,\n台積電,鴻海,,0.5\n台積電,成本,,rest\n';
    const big5 = join(dir, 'taiwan.csv');
    writeFileSync(
      big5,
      spawnSync('python3', ['-c', "import sys; sys.stdout.buffer.write(sys.stdin.read().encode('big5'))"], { input: chinese }).stdout,
    );
    await page.setInputFiles('input[data-input="file"]', big5);
    await page.waitForSelector('g.node[data-key="台積電"]');
    const note = page.locator('[data-note="encoding"]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('Read as Big5 (detected)');

    await page.selectOption('select[data-input="encoding"]', 'windows-1252');
    await page.waitForFunction(() => document.querySelector('[data-note="encoding"]')?.textContent === 'Read as Windows-1252 (chosen)');
    await page.waitForFunction(() => !document.querySelector('g.node[data-key="台積電"]'));
    expect(await page.locator('g.node').count()).toBe(4);

    await page.setInputFiles('input[data-input="file"]', join(__dirname, '../../data/example-with-entities.csv'));
    await page.waitForSelector('g.node[data-key="chipco-ventures"]');
    expect(await page.locator('h1').textContent()).toBe('example-with-entities');
    expect(await note.textContent()).toBe('Read as UTF-8 (detected)');
    expect(errors).toEqual([]);
  });

  it('loads pasted JSON, and downloads the current dataset back as the same JSON', async () => {
    const { page, errors } = await openPage(browser, './');
    await page.click('button[data-action="load-data"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="download-dataset"]')]);
    const path = join(dir, 'dataset.json');
    await download.saveAs(path);
    const text = (await import('node:fs')).readFileSync(path, 'utf8');
    // As a paste does: the whole text in one input event (typing 130 kB through fill() times out in Chromium here).
    await page.$eval(
      'textarea[data-input="paste"]',
      (el, value) => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      text,
    );
    await page.click('button[data-action="load-pasted"]');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-report]').count()).toBe(0);
    expect(await page.locator('g.node').count()).toBe(27);
    expect(errors).toEqual([]);
  });

  it('loads ?data= from another server, and says why when it cannot', async () => {
    const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/loop.csv`)}`);
    await page.waitForSelector('g.node[data-key="chip"]');
    const missing = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/missing.json`)}`);
    expect(await missing.page.locator('[data-report="errors"]').textContent()).toMatch(/answered 404/);
    expect(await missing.page.locator('g.node').count()).toBe(27); // the bundled chart instead
    const bad = await openPage(browser, './?data=javascript:alert(1)');
    expect(await bad.page.locator('[data-report="errors"]').textContent()).toMatch(/only http\(s\) addresses can be loaded/);
    expect([...errors, ...bad.errors.filter((e) => !/404/.test(e))]).toEqual([]);
  });

  it('says what is wrong in Traditional Chinese, from the texts of each problem code', async () => {
    const at = (file: string) => `./?lang=zh-TW&data=${encodeURIComponent(`${server.url}/${file}`)}`;
    const missing = await openPage(browser, at('missing.json'));
    expect(await missing.page.locator('[data-report="errors"] li').textContent()).toBe(
      `${server.url}/missing.json：${server.url}/missing.json 回應 404 Not Found`,
    );
    const broken = await openPage(browser, at('broken.json'));
    expect(await broken.page.locator('[data-report="errors"] li').textContent()).toBe(
      '第 1 行第 10 欄：不是有效的 JSON：內容在 JSON 結束前就中斷了',
    );
    expect([...missing.errors.filter((e) => !/404/.test(e)), ...broken.errors]).toEqual([]);
  });

  it('loads the 500-entity, 2,500-flow dataset and redraws as a slider is dragged', async () => {
    const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/big.json`)}`);
    await page.waitForFunction(() => document.querySelector('g.links')?.getAttribute('data-links') === '2500', null, { timeout: 30000 });
    await page.waitForSelector('canvas.links__canvas');
    // A large graph is drawn in bulk: few elements for 2,500 links and 500 nodes.
    expect(await page.locator('svg.chart__svg *').count()).toBeLessThan(400);
    expect(await page.locator('g.nodes--bulk').getAttribute('data-nodes')).toBe('500');
    const labels = await page.locator('text.label').count();
    expect(labels).toBeGreaterThan(10);
    expect(labels).toBeLessThan(500); // thinned by priority instead of overlapping
    const first = page.locator('.slider input[type=range]').first();
    await first.scrollIntoViewIfNeeded();
    const box = (await first.boundingBox())!;
    // The thin links are painted into a canvas, by a worker.
    const canvas = page.locator('canvas.links__canvas');
    expect(await canvas.getAttribute('data-painter')).toBe('worker');
    const pixels = () => canvasPixels(page);
    expect(Number(await canvas.getAttribute('data-links'))).toBeGreaterThan(1500);
    // The worker paints after the chart appears: wait for its first drawing.
    await expect
      .poll(
        async () => {
          const { painted, size } = await pixels();
          return painted / size;
        },
        { timeout: 10000 },
      )
      .toBeGreaterThan(0.05);
    const before = await pixels();
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await pixels()).sum, { timeout: 10000 }).not.toBe(before.sum);
    expect(errors).toEqual([]);
  });

  it('paints the links on the page itself when the painting worker cannot start', async () => {
    const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/big.json`)}`, undefined, {
      beforeLoad: (page) => page.route('**/thinLinksWorker*', (route) => route.abort()),
    });
    const canvas = page.locator('canvas.links__canvas[data-painter="main"]');
    await canvas.waitFor();
    await expect.poll(async () => (await canvasPixels(page)).painted, { timeout: 10000 }).toBeGreaterThan(10000);
    expect(errors.filter((e) => !/thinLinksWorker|ERR_FAILED/.test(e))).toEqual([]);
  });

  it('brings a large chart whose drawing code could not load back with a smaller dataset, without a reload', async () => {
    const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/big.json`)}`, undefined, {
      beforeLoad: (page) => page.route('**/bulkDrawing*', (route) => route.abort()),
      // No chart to wait for: its section says why.
      ready: '[role=alert]',
    });
    const notice = page.getByRole('alert').filter({ hasText: 'This section could not be loaded' });
    await notice.waitFor();
    expect(await page.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    // The bundled dataset is small: drawn link by link, it needs none of the code that failed.
    await page.getByRole('button', { name: 'Back to the bundled data' }).click();
    await page.waitForSelector('svg.chart__svg g.link[data-key="nvidia-fund-openai"]');
    expect(await notice.count()).toBe(0);
    expect(errors.filter((e) => !/bulkDrawing|ERR_FAILED|dynamically imported module/.test(e))).toEqual([]);
  });

  it('gives the nodes of a large graph one tab stop, arrow keys, hover details and dragging', async () => {
    const { page, errors } = await openPage(browser, `./?data=${encodeURIComponent(`${server.url}/big.json`)}`);
    const nodes = page.locator('g.nodes--bulk');
    await nodes.focus();
    const active = page.locator('rect.node__box--active');
    await active.waitFor();
    const first = await active.getAttribute('data-key');
    expect(await page.locator('#chart-tooltip').textContent()).toContain(first!.replace('-', ' '));
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((key) => document.querySelector('rect.node__box--active')?.getAttribute('data-key') !== key, first);
    const second = await active.getAttribute('data-key');
    expect(await page.locator('[data-live="nodes"]').textContent()).toContain(second!.replace('-', ' '));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((key) => document.querySelector('rect.node__box--active')?.getAttribute('data-key') !== key, second);
    expect(await active.getAttribute('data-key')).toMatch(/^startup-/);
    await page.keyboard.press('Tab'); // leaving the chart closes the details
    await active.waitFor({ state: 'detached' });

    // The pointer finds a node by position: hover its box, then drag it down.
    const target = await page.evaluate(() => {
      const svg = document.querySelector('svg.chart__svg')!.getBoundingClientRect();
      const d = document.querySelector('path.node__bulk')!.getAttribute('d')!;
      const [, x0, y0, x1, y1] = d.match(/^M([\d.]+),([\d.]+)H([\d.]+)V([\d.]+)H/)!.map(Number);
      return { x: svg.left + (x0! + x1!) / 2, y: svg.top + (y0! + y1!) / 2 };
    });
    await page.mouse.move(target.x, target.y);
    await active.waitFor();
    const hovered = await active.getAttribute('data-key');
    const y = async () => Number(await active.getAttribute('y'));
    const before = await y();
    await page.mouse.down();
    await page.mouse.move(target.x, target.y + 40, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction((start) => Number(document.querySelector('rect.node__box--active')?.getAttribute('y')) > start + 10, before);
    expect(await active.getAttribute('data-key')).toBe(hovered);
    expect(errors).toEqual([]);
  });
});

/**
 * The pixels the links canvas paints, counted and summed up. The page cannot read back a canvas
 * handed to a worker: photograph the chart with its nodes and labels hidden, with and without the
 * canvas, and compare.
 */
async function canvasPixels(page: Page) {
  const hide = (selector: string, hidden: boolean) =>
    page.evaluate(
      ([selector, hidden]) =>
        document.querySelectorAll<Element & ElementCSSInlineStyle>(selector).forEach((e) => (e.style.visibility = hidden ? 'hidden' : '')),
      [selector, hidden] as const,
    );
  const clip = (await page.locator('svg.chart__svg').boundingBox())!;
  const shot = async () => (await page.screenshot({ clip })).toString('base64');
  await hide('g.nodes, g.labels', true);
  const withLinks = await shot();
  await hide('canvas.links__canvas', true);
  const without = await shot();
  await hide('g.nodes, g.labels, canvas.links__canvas', false);
  return page.evaluate(
    async ([withLinks, without]) => {
      const read = async (png: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const copy = document.createElement('canvas');
        copy.width = image.width;
        copy.height = image.height;
        const context = copy.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, copy.width, copy.height).data;
      };
      const [a, b] = [await read(withLinks), await read(without)];
      let painted = 0;
      let sum = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2]) continue;
        painted++;
        sum = (sum * 31 + a[i]! + 7 * a[i + 1]! + 13 * a[i + 2]!) % 1e9;
      }
      return { painted, sum, size: a.length / 4 };
    },
    [withLinks, without] as const,
  );
}
