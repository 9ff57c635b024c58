// npm run audit: Lighthouse (accessibility, best practices, performance, SEO) on the production
// build served locally, in headless Chromium, for the full app (English and Chinese) and the
// embed page, with the desktop preset and the mobile default. Prints the scores and, for any
// category under 95, the audits that cost points. Results also go to bench-results/audit.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = [
  ['full app (en)', './?lang=en'],
  ['full app (zh-TW)', './?lang=zh-TW'],
  ['embed', './?embed=1&controls=scenarios'],
];

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls.local[0];
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const rows = [];
try {
  for (const [name, path] of PAGES) {
    for (const [formFactor, config] of [['desktop', desktopConfig], ['mobile', undefined]]) {
      const result = await lighthouse(new URL(path, base).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
      const lhr = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = {};
      for (const category of CATEGORIES) {
        if (scores[category] >= 95) continue;
        failing[category] = lhr.categories[category].auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
          .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
      rows.push({ page: name, formFactor, scores, failing, runtimeError: lhr.runtimeError?.message });
    }
  }
} finally {
  await chrome.kill();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

console.log(`Lighthouse ${rows.length ? '' : '(no results)'}on the production build, headless Chromium`);
console.log(['page'.padEnd(18), 'form'.padEnd(8), ...CATEGORIES.map((c) => c.padStart(15))].join(' '));
for (const row of rows) {
  console.log([row.page.padEnd(18), row.formFactor.padEnd(8), ...CATEGORIES.map((c) => String(row.scores[c]).padStart(15))].join(' '));
}
for (const row of rows) {
  for (const [category, audits] of Object.entries(row.failing)) {
    console.log(`\n${row.page}, ${row.formFactor}, ${category} < 95:`);
    for (const audit of audits) console.log(`  - ${audit}`);
  }
  if (row.runtimeError) console.log(`\n${row.page}, ${row.formFactor}: Lighthouse runtime error: ${row.runtimeError}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/audit.json', JSON.stringify(rows, null, 2));
