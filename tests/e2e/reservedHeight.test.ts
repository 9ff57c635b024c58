import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/embed/embedSnippet';
import { baseUrl, hasBrowser, launch } from './browser';

// The snippet as an editor pastes it, in article columns of the widths the table was measured at:
// embed-host.js sizes the iframe from the table before the chart reports, so the article text
// moves by 8 px at most when the chart's own height arrives.
async function articleWith(snippet: string, width: number) {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0">
<div style="width:${width}px">${snippet}</div><p id="after">The article goes on.</p>
<script>
  window.heights = [];
  window.reported = 0;
  // This listener runs before embed-host.js's: the iframe's rendered height before the chart's own.
  addEventListener('message', function (e) {
    if (!e.data || e.data.type !== 'capital-loop:height') return;
    if (window.reported++ === 0) window.before = frame.getBoundingClientRect().height;
  });
  var frame = document.querySelector('iframe');
  new MutationObserver(function () { var h = frame.style.height; if (h && window.heights[window.heights.length - 1] !== h) window.heights.push(h); })
    .observe(frame, { attributes: true, attributeFilter: ['style'] });
</script></body></html>`;
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe.runIf(hasBrowser)('the height the snippet reserves', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const lang of ['en', 'zh-TW'])
    it(`is the chart's height within 8 px at 320–1200 px columns with scenario buttons (${lang})`, async () => {
      for (const width of [320, 600, 800, 1200]) {
        const article = await articleWith(embedSnippet(`${baseUrl}?lang=${lang}`, 'scenarios', 'Capital Loop'), width);
        try {
          const page = await browser.newPage({ viewport: { width: width + 40, height: 900 } });
          await page.goto(article.url);
          // Wait for the chart's own height, then a little longer for a late change.
          await page.waitForFunction(() => (window as unknown as { reported: number }).reported > 0, null, { timeout: 20000 });
          await page.waitForTimeout(500);
          const { before, after, heights } = await page.evaluate(() => {
            const w = window as unknown as { before: number; heights: string[] };
            return { before: w.before, after: document.querySelector('iframe')!.getBoundingClientRect().height, heights: w.heights };
          });
          expect(Math.abs(after - before), `${width}: ${before} → ${after}`).toBeLessThanOrEqual(8);
          // Set from the table, then at most once from the chart (not at all when the table was exact).
          expect(heights.length, heights.join(' → ')).toBeLessThanOrEqual(2);
          await page.close();
        } finally {
          await article.close();
        }
      }
    });
});
