// The built app driven as a reader drives it, in headless Chromium: a slider dragged one input per
// frame, the page opened until its chart is drawn, and a walk through a large dataset under a
// long-task observer. Used by scripts/bench.mjs.

import { wholeFrames } from './frames.mjs';
import { timeRasters } from './timeRasters.mjs';
import { warmDrag as warmUp } from './warmDrag.mjs';

const SLIDER_RUNS = Number(process.env.BENCH_RUNS ?? 300);
// Enough untimed inputs for V8 to finish optimising React's and the chart's hot paths.
const SLIDER_WARMUP = 100;

export const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] };
};

/** The chart's nodes are drawn (of a graph with `flows` links, when given) and a worker-painted links canvas has painted. */
async function chartDrawn(page, flows) {
  const links = flows === undefined ? 'g.links' : `g.links[data-links="${flows}"]`;
  await page.waitForSelector(`svg.chart__svg ${links}`, { timeout: 120000 });
  await page.waitForSelector('svg.chart__svg g.nodes > *', { timeout: 120000 });
  if (await page.locator('canvas.links__canvas').count())
    await page.waitForFunction(() => window.linksPainted === true, null, { timeout: 120000 });
}

export async function sliderUpdates(
  browser,
  url,
  sliderSelector = '#slider-nvidia-openai',
  linkSelector = 'g.link[data-key="nvidia-fund-openai"]',
  linkAttribute = 'data-width',
  /**
   * `upward`: the slider goes from where it is up to its maximum, a little each step, as a reader
   * drags a deal's amount up (the loop grows step by step), rather than to and fro across its range.
   * `warmDrag`: steps of an untimed drag to and fro first, which ends where the slider was (an upward
   * drag has room for only a few untimed steps of its own: too few for V8 to optimise the page's
   * hot paths, so its first timed steps took 2–3× a warm step's time).
   */
  { runs = SLIDER_RUNS, warmup = SLIDER_WARMUP, ready, upward = false, warmDrag = 0 } = {},
) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The links canvas announces each paint (without bubbling: listen in the capture phase).
  await page.addInitScript(() => window.addEventListener('linkspainted', () => (window.linksPainted = true), true));
  await page.addInitScript(timeRasters);
  // Once a drag's canvas shows the whole chart, a step goes straight to its painter (a worker, or the
  // page for a small chart) and the (hidden) SVG is not rendered: count the frames handed to workers,
  // to tell a step that updated nothing (the page's own paints are checked by when they were sent).
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    window.framesPosted = 0;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message?.frame) window.framesPosted++;
      return post.call(this, message, ...rest);
    };
  });
  await page.goto(url);
  await chartDrawn(page);
  // What else must be on the chart before timing starts (a stress test's outcome, which loads lazily).
  if (ready) await page.waitForSelector(ready, { state: 'attached', timeout: 60000 });
  // The sliders load beside the first chart (below the first screen): wait for the one to drag.
  await page.waitForSelector(sliderSelector, { state: 'attached', timeout: 60000 });
  if (warmDrag > 0) await warmUp(page, sliderSelector, warmDrag);
  const { painter, samples } = await page.evaluate(
    async ([runs, WARMUP, sliderSelector, linkSelector, linkAttribute, upward]) => {
      const input = document.querySelector(sliderSelector);
      // Upward: an equal rise a step, of at least one of the slider's steps (a smaller one changes nothing).
      const start = Number(input.value);
      const rise = (Number(input.max) - start) / (runs + WARMUP + 1);
      if (upward && !(rise >= Number(input.step || 1))) throw new Error(`too many steps to drag ${sliderSelector} up one step at a time`);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      // A large graph draws thin links in bulk, with no single element to watch: no check then.
      const link = () => (linkSelector ? document.querySelector(linkSelector).getAttribute(linkAttribute) : null);
      // A large graph's thin links are painted by a worker after the frame: note when each is done.
      const canvas = document.querySelector('canvas.links__canvas');
      // Each paint says when the frame it painted was sent (a busy worker paints only the newest).
      const painted = [];
      canvas?.addEventListener('linkspainted', (event) => painted.push({ at: event.detail.at, sent: event.detail.sent }));
      // The bands' canvas of a drag (painted by a worker too) comes with the drag, after the first steps.
      const dragPainted = [];
      const onDragPaint = (event) =>
        event.target.classList?.contains('links__drag-canvas') && dragPainted.push({ at: event.detail.at, sent: event.detail.sent });
      window.addEventListener('linkspainted', onDragPaint, true);
      // A drag starts with a pointerdown on the slider, as a reader's does.
      input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      // As in a real drag, the browser delivers one input per animation frame, at the frame's start;
      // a frame whose update, paint or garbage collection runs past the next frame's time drops it.
      // Which steps rendered the chart's SVG (the rest were painted directly: see useDirectDrag).
      const svgChanges = new MutationObserver(() => {});
      svgChanges.observe(document.querySelector('svg.chart__svg'), {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
      const paintedHere = [];
      const steps = await new Promise((resolve) => {
        const out = [];
        let i = 0;
        let previous = '';
        // `vsync`: the frame's own time, which the browser gives every callback of a frame (see below).
        const step = (vsync) => {
          const frameStart = performance.now();
          const value = String(
            upward
              ? start + (i + 1) * rise
              : Number(input.min) + ((i % 2 === 0 ? 10 + (i % 80) : 90 - (i % 80)) / 100) * (Number(input.max) - Number(input.min)),
          );
          const before = link();
          const posted = window.framesPosted;
          setValue.call(input, value);
          // React renders and commits a discrete (input) event's update before dispatchEvent returns.
          input.dispatchEvent(new Event('input', { bubbles: true }));
          document.querySelector('svg.chart__svg').getBoundingClientRect(); // style and layout of the new DOM
          const updated = performance.now() - frameStart;
          const rendered = svgChanges.takeRecords().length > 0;
          // Neither rendered nor handed to a worker: painted by the page itself (a small chart, see
          // PAGE_PAINTS_UP_TO), which says so with the next frame; checked once the drag is over.
          if (linkSelector && link() === before && window.framesPosted === posted && i > 0 && value !== previous) paintedHere.push(i);
          previous = value;
          out.push({ frameStart, vsync, updated, rendered });
          if (++i < runs + WARMUP + 1) requestAnimationFrame(step);
          else resolve(out);
        };
        requestAnimationFrame(step);
      });
      // The drag's canvas goes when the slider is let go (a paint after that is not seen): first every
      // step must be painted, so wait until no paint has come for 200 ms (up to 5 s).
      for (let waited = 0, seen = -1, quiet = 0; dragPainted.length > 0 && quiet < 200 && waited < 5000; waited += 20) {
        quiet = dragPainted.length === seen ? quiet + 20 : 0;
        seen = dragPainted.length;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Who painted the drag (see PAGE_PAINTS_UP_TO), read before the canvas goes with the drag.
      const painter = document.querySelector('canvas.links__drag-canvas')?.dataset.painter ?? null;
      window.dispatchEvent(new PointerEvent('pointerup'));
      // Each step the page painted has a paint of a frame sent during it.
      const epoch = (t) => performance.timeOrigin + t;
      const unpainted = paintedHere.filter((i) => {
        const end = i + 1 < steps.length ? epoch(steps[i + 1].frameStart) : Infinity;
        return !dragPainted.some((p) => p.sent >= epoch(steps[i].frameStart) && p.sent < end);
      });
      if (unpainted.length > 0) throw new Error(`chart did not update at ${unpainted.length} steps`);
      // Each paint says when the frame it painted was sent: a step is on a canvas with the first paint
      // of a frame sent during or after it (one sent before, such as a paint as the drag began, is not it).
      const firstPaintOf = (paints, i) => {
        const start = performance.timeOrigin + steps[i].frameStart;
        return paints.find((p) => p.sent >= start)?.at;
      };
      // The worker may still be painting the last steps (a busy machine): wait for it, up to 10 s.
      const lastStep = steps.length - 1;
      for (let waited = 0; canvas && firstPaintOf(painted, lastStep) === undefined && waited < 10000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (canvas && firstPaintOf(painted, lastStep) === undefined)
        throw new Error(`the links canvas never painted the last of ${steps.length} steps`);
      window.removeEventListener('linkspainted', onDragPaint, true);
      // A large graph's step is on screen once both canvases have painted it: its thin links and its
      // wide bands (a step that changed no band: the next one painted).
      const paintOf = (i) => {
        const thin = canvas ? firstPaintOf(painted, i) : undefined;
        const bands = dragPainted.length > 0 ? firstPaintOf(dragPainted, i) : undefined;
        return thin === undefined ? bands : bands === undefined ? thin : Math.max(thin, bands);
      };
      // A frame lasts from its time to the next frame's, by the times the browser gives the frames'
      // callbacks (the start of each frame it produced; see frames.mjs): 16.7 ms at 60 Hz, 33.3
      // when a frame was dropped, close to the compositor's own count (a traced drag: 51 frames
      // missed by these times, 55 frames it did not draw). Also kept: from this callback's start to
      // the next one's, which adds how late each callback ran within its frame (an empty page's
      // figure, printed beside it, shows that it cannot tell a dropped frame at 60 Hz). Links
      // painted: from the step's start to the worker's paint of that step done (thin links, or a
      // drag's bands).
      return {
        painter,
        samples: steps
          .slice(WARMUP, -1)
          .map((s, k) => [
            s.updated,
            steps[WARMUP + k + 1].vsync - s.vsync,
            (paintOf(WARMUP + k) ?? NaN) - (performance.timeOrigin + s.frameStart),
            s.rendered ? 1 : 0,
            steps[WARMUP + k + 1].frameStart - s.frameStart,
          ]),
      };
    },
    [runs, warmup, sliderSelector, linkSelector, linkAttribute, upward],
  );
  await page.close();
  if (errors.length) throw new Error(errors.join('\n'));
  const linksPainted = samples.some((s) => Number.isNaN(s[2])) ? undefined : stats(samples.map((s) => s[2]));
  // A paint before its step began would mean paints and steps were matched wrongly.
  if (samples.some((s) => s[2] < 0)) throw new Error('a step was painted before it began: paints and steps mismatched');
  const frames = wholeFrames(samples.map((s) => s[1]));
  return {
    updated: stats(samples.map((s) => s[0])),
    frame: stats(frames.times),
    missed: frames.missed,
    spanned: frames.spanned,
    callbackToCallback: stats(samples.map((s) => s[4])),
    linksPainted,
    runs: samples.length,
    /** Who painted the drag's bands: 'worker', 'main' (the page), or null (no drag canvas, a graph of thin links only). */
    painter,
    rendered: samples.reduce((sum, s) => sum + s[3], 0),
  };
}

/** Opening the app on a dataset URL until its chart is drawn, in a fresh page each time. */
export async function firstChart(browser, url, flows, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The links canvas announces each paint (without bubbling: listen in the capture phase).
    await page.addInitScript(() => window.addEventListener('linkspainted', () => (window.linksPainted = true), true));
    await page.addInitScript(timeRasters);
    const t0 = Date.now();
    await page.goto(url);
    // The chart is there when its (lazily loaded, bulk-drawn) nodes are and the worker has painted its links.
    await chartDrawn(page, flows);
    samples.push(Date.now() - t0);
    await page.close();
  }
  const sorted = samples.sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], runs };
}

/**
 * A reader's walk through a large dataset: drag a slider, open a tooltip, open the data table and
 * scroll it, export an SVG. A long-task observer records every main-thread task over 50 ms from the
 * walk's start; returns the longest, and how long the table took from click to rows on screen.
 */
export async function walk(browser, url, flows) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(timeRasters);
  await page.addInitScript(() => {
    window.addEventListener('linkspainted', () => (window.linksPainted = true), true);
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await chartDrawn(page, flows);
  const since = await page.evaluate(() => performance.now());
  const steps = [];
  const step = async (name, action) => {
    const t0 = await page.evaluate(() => performance.now());
    await action();
    // Let the step's last frame and any worker paint land before the next one starts.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    steps.push({ name, from: t0, to: await page.evaluate(() => performance.now()) });
  };
  await step('drag a slider', async () => {
    await page.focus('.slider input[type=range]');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  });
  await step('open a tooltip', async () => {
    await page.focus('svg.chart__svg g.nodes');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#chart-tooltip', { state: 'visible', timeout: 30000 });
  });
  let tableOpened = NaN;
  await step('open the data table', async () => {
    tableOpened = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const t0 = performance.now();
          // The data table of every flow, not the round-trip table beside the sliders (also a flow-table).
          document.querySelector('details.flow-table:not(.round-trips) > summary').click();
          const check = () =>
            document.querySelector('details.flow-table:not(.round-trips) tbody tr')
              ? resolve(performance.now() - t0)
              : requestAnimationFrame(check);
          check();
        }),
    );
  });
  await step('scroll the data table', async () => {
    const scroller = page.locator('details.flow-table:not(.round-trips) .flow-table__scroll');
    await scroller.hover();
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 800);
  });
  await step('export an SVG', async () => {
    const download = page.waitForEvent('download', { timeout: 60000 });
    await page.click('[data-export="svg"]');
    await download;
  });
  const tasks = await page.evaluate((t) => window.longTasks.filter((task) => task.start >= t), since);
  await page.close();
  if (errors.length) throw new Error(errors.join('\n'));
  const longest = tasks.reduce((max, task) => (task.duration > max.duration ? task : max), { duration: 0, start: since });
  const during = steps.find((s) => longest.start >= s.from && longest.start <= s.to)?.name ?? '—';
  return { longestTask: longest.duration, longestDuring: during, longTasks: tasks.length, tableOpened };
}
