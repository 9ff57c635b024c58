// npm run audit: Lighthouse scores (performance, accessibility, best-practices, SEO, 0–100) of the
// production build (dist/, served by Vite's preview server) in headless Chromium, for the full app
// in English and Chinese and for the embed page, each with Lighthouse's mobile default (simulated
// throttling) and its desktop preset. Prints a table and, for every category under 95, the audits
// that cost points; lists audits that could not run (Chromium is kept off the network). Full results
// go to bench-results/audit.json. Low scores still exit 0; a Lighthouse failure exits non-zero.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

// chrome-launcher starts Chromium itself, so it is told to run headless.
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const THRESHOLD = Number(process.env.AUDIT_THRESHOLD ?? 95); // list the failing audits of categories under this
const PAGES = [
  ['full app (en)', './'],
  ['full app (zh-TW)', './?lang=zh-TW'],
  ['embed', './?embed=1&controls=scenarios'],
];
const FORM_FACTORS = [
  ['mobile', undefined], // Lighthouse's default config: mobile, simulated throttling
  ['desktop', desktopConfig],
];

const brief = (audit) => ({ id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });

function summarise(name, lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  );
  // Every category's audits under 0.9 go to the JSON; the console lists those of categories under THRESHOLD.
  const failing = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      (lhr.categories[c]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 0.9)
        .map(brief),
    ]),
  );
  // Audits that could not run at all (e.g. ones that need the network), whatever their category.
  const errored = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === 'error')
    .map((a) => ({ id: a.id, title: a.title, error: a.errorMessage }));
  return {
    page: name,
    url: lhr.requestedUrl,
    formFactor: lhr.configSettings.formFactor,
    scores,
    failing,
    errored,
    runWarnings: lhr.runWarnings ?? [],
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

let server;
let chrome;
const rows = [];
let environment = {};
const started = Date.now();
try {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const base = server.resolvedUrls.local[0];
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  for (const [name, path] of PAGES) {
    for (const [formFactor, config] of FORM_FACTORS) {
      const url = new URL(path, base).href;
      process.stderr.write(`lighthouse ${formFactor} ${url}\n`);
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
      if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url} (${formFactor})`);
      environment = { lighthouse: result.lhr.lighthouseVersion, userAgent: result.lhr.environment.hostUserAgent };
      rows.push(summarise(name, result.lhr));
    }
  }
} finally {
  // Chromium first, so no open connection keeps the preview server's close waiting.
  await chrome?.kill();
  await server?.close();
}

const cell = (v, width) => String(v ?? 'ERR').padStart(width);
console.log(`\nLighthouse ${environment.lighthouse} on the production build — ${environment.userAgent}`);
console.log(['page'.padEnd(17), 'form'.padEnd(8), ...CATEGORIES.map((c) => c.padStart(14))].join(' '));
for (const r of rows) console.log([r.page.padEnd(17), r.formFactor.padEnd(8), ...CATEGORIES.map((c) => cell(r.scores[c], 14))].join(' '));

for (const r of rows) {
  for (const [category, audits] of Object.entries(r.failing)) {
    if (r.scores[category] !== null && r.scores[category] >= THRESHOLD) continue;
    console.log(`\n${r.page}, ${r.formFactor}, ${category} ${cell(r.scores[category], 0)} < ${THRESHOLD}:`);
    if (!audits.length) console.log('  (no audit under 0.9: the points are lost across several audits)');
    for (const a of audits) console.log(`  - ${a.id}: ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''} (score ${a.score})`);
  }
}
const problems = rows.filter((r) => r.errored.length || r.runWarnings.length || r.runtimeError);
for (const r of problems) {
  console.log(`\n${r.page}, ${r.formFactor}: Lighthouse could not complete everything`);
  if (r.runtimeError) console.log(`  runtime error: ${r.runtimeError}`);
  for (const w of r.runWarnings) console.log(`  warning: ${w}`);
  for (const a of r.errored) console.log(`  audit error ${a.id} (${a.title}): ${a.error}`);
}
if (!problems.length) console.log('\nNo audit errors or run warnings.');
console.log(`\n${rows.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s; details in bench-results/audit.json`);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/audit.json',
  JSON.stringify({ date: new Date().toISOString(), ...environment, threshold: THRESHOLD, results: rows }, null, 2),
);
// Low scores are a report, not a failure; a run Lighthouse could not complete is one.
if (rows.some((r) => r.runtimeError || Object.values(r.scores).includes(null))) process.exitCode = 1;
