// The peers a reader would otherwise pick, drawing the same graphs as our chart: each in a page of
// its own, served as plain files (their published minified bundles, as a site would load them), so
// nothing of ours runs beside them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { peerCases } from './peerGraphs.ts';

const require = createRequire(import.meta.url);
const FILES = {
  '/echarts.min.js': require.resolve('echarts/dist/echarts.min.js'),
  '/plotly.min.js': require.resolve('plotly.js-dist-min'),
};
const here = new URL('./peers/', import.meta.url);

export async function peerTimings(browser) {
  const cases = JSON.stringify(peerCases());
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.json') ? 'application/json' : 'text/javascript';
    try {
      const body = path === '/cases.json' ? cases : readFileSync(FILES[path] ?? new URL(`.${path.replace(/\.\.+/g, '')}`, here));
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const results = {};
  try {
    for (const peer of ['echarts', 'plotly']) {
      const page = await browser.newPage();
      await page.goto(`${base}${peer}.html`, { timeout: 120000 });
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 600000 });
      const result = await page.evaluate(() => window.__bench);
      await page.close();
      if (result.error) throw new Error(`${peer}: ${result.error}`);
      results[peer] = result;
    }
  } finally {
    server.close();
  }
  return results;
}
