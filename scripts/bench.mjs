// npm run bench (run with tsx, to import the TypeScript dataset generator): measures in headless Chromium (d3-sankey runs ~10× slower under Node, so Node
// timings mislead). Prints medians and p95 for:
//   1. the built app, a slider dragged one input per frame: input → chart updated, and frame to frame;
//   2. the gzip size of the JavaScript the first page load needs;
//   3. engine and engine + layout per slider position, default and a generated 500/2,500 dataset,
//      and plain d3-sankey on the same graph without back links, as a ratio.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createServer, preview } from 'vite';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

const SLIDER_RUNS = Number(process.env.BENCH_RUNS ?? 300);
// Enough untimed inputs for V8 to finish optimising React's and the chart's hot paths.
const SLIDER_WARMUP = 100;

function initialJsGzip() {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length, 0);
  return { files, kilobytes: bytes / 1024 };
}

async function sliderUpdates(
  browser,
  url,
  sliderSelector = '#slider-nvidia-openai',
  linkSelector = 'g.link[data-key="nvidia-fund-openai"]',
  linkAttribute = 'data-width',
) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The links canvas announces each paint (without bubbling: listen in the capture phase).
  await page.addInitScript(() => window.addEventListener('linkspainted', () => (window.linksPainted = true), true));
  await page.goto(url);
  await page.waitForSelector('svg.chart__svg g.nodes > *', { timeout: 60000 });
  // A large graph's links are painted by a worker: the drag starts once they first are.
  if (await page.locator('canvas.links__canvas').count())
    await page.waitForFunction(() => window.linksPainted === true, null, { timeout: 60000 });
  const samples = await page.evaluate(
    async ([runs, WARMUP, sliderSelector, linkSelector, linkAttribute]) => {
      const input = document.querySelector(sliderSelector);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      // A large graph draws thin links in bulk, with no single element to watch: no check then.
      const link = () => (linkSelector ? document.querySelector(linkSelector).getAttribute(linkAttribute) : null);
      // A large graph's thin links are painted by a worker after the frame: note when each is done.
      const canvas = document.querySelector('canvas.links__canvas');
      const painted = [];
      // A paint stands for every step since the last one (a busy worker paints only the newest).
      canvas?.addEventListener('linkspainted', (event) => painted.push(...new Array(event.detail.frames).fill(event.detail.at)));
      // A drag starts with a pointerdown on the slider, as a reader's does.
      input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      // As in a real drag, the browser delivers one input per animation frame, at the frame's start,
      // and the next frame begins once this one is drawn (at once when drawing takes over 16.7 ms).
      const steps = await new Promise((resolve, reject) => {
        const out = [];
        let i = 0;
        let previous = '';
        const step = () => {
          const frameStart = performance.now();
          const value = String(
            Number(input.min) + ((i % 2 === 0 ? 10 + (i % 80) : 90 - (i % 80)) / 100) * (Number(input.max) - Number(input.min)),
          );
          const before = link();
          setValue.call(input, value);
          // React renders and commits a discrete (input) event's update before dispatchEvent returns.
          input.dispatchEvent(new Event('input', { bubbles: true }));
          document.querySelector('svg.chart__svg').getBoundingClientRect(); // style and layout of the new DOM
          const updated = performance.now() - frameStart;
          if (linkSelector && link() === before && i > 0 && value !== previous) return reject(new Error('chart did not update'));
          previous = value;
          out.push({ frameStart, updated });
          if (++i < runs + WARMUP + 1) requestAnimationFrame(step);
          else resolve(out);
        };
        requestAnimationFrame(step);
      });
      window.dispatchEvent(new PointerEvent('pointerup'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Letting go of the slider may paint once more, after the last step.
      if (canvas && painted.length < steps.length)
        throw new Error(`${steps.length} steps but ${painted.length} paints of the links canvas`);
      // A frame lasts from its start to the next one's: the update, paint and the canvas flush, any
      // garbage collection, and at least the 16.7 ms of a 60 Hz display. Links painted: from the
      // frame's start to the worker's paint of that step done.
      return steps
        .slice(WARMUP, -1)
        .map((s, k) => [
          s.updated,
          steps[WARMUP + k + 1].frameStart - s.frameStart,
          canvas ? painted[WARMUP + k] - (performance.timeOrigin + s.frameStart) : NaN,
        ]);
    },
    [SLIDER_RUNS, SLIDER_WARMUP, sliderSelector, linkSelector, linkAttribute],
  );
  await page.close();
  if (errors.length) throw new Error(errors.join('\n'));
  const stats = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] };
  };
  const linksPainted = samples.some((s) => Number.isNaN(s[2])) ? undefined : stats(samples.map((s) => s[2]));
  return { updated: stats(samples.map((s) => s[0])), frame: stats(samples.map((s) => s[1])), linksPainted, runs: samples.length };
}

/** Opening the app on a dataset URL until its chart is drawn, in a fresh page each time. */
async function firstChart(browser, url, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The links canvas announces each paint (without bubbling: listen in the capture phase).
    await page.addInitScript(() => window.addEventListener('linkspainted', () => (window.linksPainted = true), true));
    const t0 = Date.now();
    await page.goto(url);
    // The chart is there when its (lazily loaded, bulk-drawn) nodes are and the worker has painted its links.
    await page.waitForSelector('g.links[data-links="2500"] canvas.links__canvas', { timeout: 60000 });
    await page.waitForSelector('path.node__bulk', { timeout: 60000 });
    await page.waitForFunction(() => window.linksPainted === true, null, { timeout: 60000 });
    samples.push(Date.now() - t0);
    await page.close();
  }
  const sorted = samples.sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], runs };
}

async function engineAndLayout(browser) {
  const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error', appType: 'mpa' });
  await server.listen();
  const url = new URL('scripts/bench/bench.html', server.resolvedUrls.local[0]).href;
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 240000 });
  const result = await page.evaluate(() => window.__bench);
  if (!result.error) result.clearing = await page.evaluate(() => window.__clearing);
  await page.close();
  await server.close();
  if (result.error) throw new Error(result.error);
  return result;
}

const ms = (x) => `${x.toFixed(x < 1 ? 3 : 2)} ms`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
// The generated dataset is served beside the built app for the 500/2,500 measurements.
const { generateDataset } = await import('./bench/generateDataset.ts');
writeFileSync('dist/bench-generated.json', JSON.stringify(generateDataset(500, 2500)));
const previewServer = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
try {
  const size = initialJsGzip();
  const base = previewServer.resolvedUrls.local[0];
  const slider = await sliderUpdates(browser, base);
  const bigUrl = `${base}?data=./bench-generated.json`;
  const bigSlider = await sliderUpdates(browser, bigUrl, '.slider input[type=range]', null);
  // A share slider also changes the loop's structure of returns: the engine re-solves its port system.
  const bigShareSlider = await sliderUpdates(browser, bigUrl, '#slider-compute-scale', null);
  const bigLoad = await firstChart(browser, bigUrl);
  const inPage = await engineAndLayout(browser);
  console.log(`Capital Loop benchmark — headless Chromium ${browser.version()}, ${new Date().toISOString()}`);
  console.log(`\nInitial JavaScript (gzip -9): ${size.kilobytes.toFixed(1)} KB  [${size.files.join(', ')}]  target ≤ 100 KB`);
  console.log(`\nBuilt app, a slider dragged: one input per animation frame, ${slider.runs} frames per slider.`);
  console.log(`  updated: input → model + layout + React render and commit + style and layout.`);
  console.log(`  frame: one frame's start to the next (the update, paint, canvas flush and any GC; 16.7 ms at least, at 60 Hz).`);
  console.log(`  links: input → the canvas of thin links painted (by a worker, alongside the next frame).`);
  const row = (name, r, target) => {
    const links = r.linksPainted ? `   links median ${ms(r.linksPainted.median)}  p95 ${ms(r.linksPainted.p95)}` : '';
    console.log(
      `  ${name.padEnd(30)} updated median ${ms(r.updated.median)}  p95 ${ms(r.updated.p95)}   frame median ${ms(r.frame.median)}  p95 ${ms(r.frame.p95)}${links}   ${target}`,
    );
  };
  row('default dataset, first slider', slider, 'target: updated p95 ≤ 8 ms');
  row('500/2,500, first (an amount)', bigSlider, 'target: frame and links p95 < 50 ms');
  row('500/2,500, compute scale', bigShareSlider, 'target: frame and links p95 < 50 ms');
  console.log(
    `  page load → first chart: median ${bigLoad.median} ms, max ${bigLoad.max} ms over ${bigLoad.runs} loads   target < 1000 ms`,
  );
  for (const r of inPage) {
    console.log(`\n${r.name}: ${r.entities} entities, ${r.flows} flows, ${r.backLinks} back links (${r.engine.runs} samples, per call)`);
    console.log(`  engine (solve loop, split by origin)   median ${ms(r.engine.median)}   p95 ${ms(r.engine.p95)}`);
    console.log(`  engine + graph + layout                median ${ms(r.update.median)}   p95 ${ms(r.update.p95)}`);
    console.log(`  plain d3-sankey, back links removed    median ${ms(r.plainSankey.median)}   p95 ${ms(r.plainSankey.p95)}`);
    console.log(`  the same, relaxation off (as ours)     median ${ms(r.plainSankeyHeld.median)}   p95 ${ms(r.plainSankeyHeld.p95)}`);
    console.log(
      `  overhead ratio (ours / plain d3-sankey, medians): ${r.overheadRatio.toFixed(2)}×; against relaxation off: ${r.heldOverheadRatio.toFixed(2)}×`,
    );
  }
  console.log('\nStress test (shocks, Eisenberg–Noe clearing, the loop solved again), in the page:');
  for (const r of inPage.clearing ?? []) {
    console.log(
      `  ${r.name}: ${r.obligations} obligations, ${r.defaults} defaults in ${r.rounds} rounds   median ${ms(r.clearing.median)}   p95 ${ms(r.clearing.p95)}`,
    );
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/latest.json',
    JSON.stringify({ size, slider, bigSlider, bigShareSlider, bigLoad, inPage, clearing: inPage.clearing }, null, 2),
  );
} finally {
  await browser.close();
  await new Promise((resolve) => previewServer.httpServer.close(resolve));
}
