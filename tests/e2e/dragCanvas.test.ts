import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { encodeDataFragment } from '../../src/state/dataFragment';
import { DRAG_PACE_MS } from '../../src/state/pacedValue';
import { amountFlow, dataset, entity, parameter, shareFlow } from '../model/fixtures';
import { hasBrowser, launch, openPage } from './browser';
import { dataServer } from './hostServer';

// While a slider is dragged the links' bands, the boxes and the labels are painted in a canvas (fewer
// elements to restyle per step); the reader must not see the switch: the canvas shows what the SVG
// shows, in both themes.

/** A small loop with a stake on ice (faded and hatched) and a letter of intent (dashed), the stake on a slider. */
const marked = () =>
  dataset({
    entities: [
      entity('fund', 'source'),
      entity('other', 'source'),
      entity('lab', 'startup'),
      entity('cloud', 'cloud'),
      entity('chip', 'chipmaker'),
      entity('costs', 'sink'),
    ],
    parameters: [parameter('stake', 0, 100, 40, 'amount')],
    flows: [
      {
        ...amountFlow('fund', 'lab', { param: 'stake' }),
        provenance: { basis: 'assumption', status: [{ date: '2025-01-01', status: 'on-ice' }] },
      },
      {
        ...amountFlow('other', 'lab', 30),
        provenance: { basis: 'assumption', status: [{ date: '2025-01-01', status: 'letter-of-intent' }] },
      },
      shareFlow('lab', 'cloud', 0.8),
      shareFlow('lab', 'costs', 'rest', 'leakage'),
      shareFlow('cloud', 'chip', 0.7),
      shareFlow('cloud', 'costs', 'rest', 'leakage'),
      shareFlow('chip', 'lab', 0.2, 'reinvestment'),
      shareFlow('chip', 'costs', 'rest', 'leakage'),
    ],
  });

/** Starts a drag on a slider and moves it to `fraction` of its range, as a pointer drag does. */
async function dragTo(page: Page, slider: string, fraction: number) {
  await page.evaluate(
    ([selector, f]) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      const value = Number(input.min) + f * (Number(input.max) - Number(input.min));
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [slider, fraction] as const,
  );
}

/** Moves a slider already being dragged on to each of `fractions` of its range, one input a frame, and waits for the canvas to paint the last. */
async function moveOn(page: Page, slider: string, fractions: number[]) {
  await page.evaluate(
    async ([selector, fs]) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      const canvas = document.querySelector('canvas.links__drag-canvas')!;
      // When the frame of each paint was sent (a page's paint is announced with its frame, a worker's a moment later).
      const sent: number[] = [];
      const note = (event: Event) => sent.push((event as CustomEvent<{ sent: number }>).detail.sent);
      canvas.addEventListener('linkspainted', note);
      let lastStep = 0;
      for (const f of fs) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const value = Number(input.min) + f * (Number(input.max) - Number(input.min));
        lastStep = performance.timeOrigin + performance.now();
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      // The last step is painted once a paint of a frame sent with it or after is done (a busy worker paints only the newest).
      while (!sent.some((at) => at >= lastStep)) await new Promise((resolve) => setTimeout(resolve, 20));
      canvas.removeEventListener('linkspainted', note);
    },
    [slider, fractions] as const,
  );
}

const release = (page: Page) => page.evaluate(() => window.dispatchEvent(new PointerEvent('pointerup')));

/**
 * Share of the chart's pixels that differ by more than `tolerance` (of 255) in any channel between two
 * screenshots. A drag's box may be taller than the chart let go (it only grows during the drag, see
 * useHeldHeight): the rows only the taller screenshot has must be blank, one colour, or they differ.
 */
async function differingShare(page: Page, a: Buffer, b: Buffer, tolerance: number, blur = 0): Promise<number> {
  return page.evaluate(
    async ([first, second, t, radius]) => {
      const load = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        if (radius > 0) context.filter = `blur(${radius}px)`;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await load(first), await load(second)];
      if (x.width !== y.width) return 1;
      const apart = (p: Uint8ClampedArray, i: number, q: Uint8ClampedArray, j: number) =>
        Math.max(Math.abs(p[i]! - q[j]!), Math.abs(p[i + 1]! - q[j + 1]!), Math.abs(p[i + 2]! - q[j + 2]!)) > t;
      const shared = Math.min(x.data.length, y.data.length);
      let differing = 0;
      for (let i = 0; i < shared; i += 4) if (apart(x.data, i, y.data, i)) differing++;
      const taller = x.data.length > y.data.length ? x.data : y.data;
      for (let i = shared; i < taller.length; i += 4) if (apart(taller, i, taller, shared)) differing++;
      return differing / (taller.length / 4);
    },
    [a.toString('base64'), b.toString('base64'), tolerance, blur] as const,
  );
}

describe.runIf(hasBrowser)('links while a slider is dragged, in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof dataServer>>;
  beforeAll(async () => {
    browser = await launch();
    // A graph large enough to be drawn in bulk (thin links in their own canvas, the boxes as one path).
    server = await dataServer({
      '/large.json': JSON.stringify(generateDataset(200, 800)),
      // Drawn link by link, with over 150 links and boxes: larger than the default chart, also painted by the worker.
      '/medium.json': JSON.stringify(generateDataset(60, 150)),
    });
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  /** Screenshots of the chart mid-drag (painted) and let go (drawn), compared; at a device pixel ratio, coloured by origin or not. */
  async function compare(
    path: string,
    slider: string,
    scheme: 'light' | 'dark',
    {
      ratio = 1,
      byOrigin = true,
      /** Who paints the drag: the page for a chart as small as the default one (see PAGE_PAINTS_UP_TO), a worker for a larger one, or the page when no worker can start. */
      painter = 'main',
      width = 1280,
      beforeLoad = async (_: Page): Promise<unknown> => undefined,
      /** The chart has bands wide enough to be drawn one by one (a large graph may have none). */
      bands = true,
      /** Share of pixels that may differ: a large graph's boxes are small, so a missing one must show. */
      maxShare = 0.05,
      /** Further steps of the drag once the canvas shows the whole chart, none taller than the first: painted without rendering the SVG. */
      moves = [] as number[],
      /** Hide a large graph's thin links' canvas from both screenshots. */
      hideThin = undefined as boolean | undefined,
      /**
       * Compare a large graph's thin links apart, both pictures blurred by this many pixels (they are
       * painted softer during a drag: see thinLinksRatio), and the rest of the chart without them.
       */
      thinBlur = 0,
      /** Share of the thin links' pixels that may differ, so blurred. */
      thinMaxShare = 0,
      /** What must be on the chart before the drag (a stress test's marks, which load lazily). */
      ready = undefined as string | undefined,
      /** The painting worker's script is blocked on purpose: the console says it failed to load. */
      workerBlocked = false,
    } = {},
  ) {
    const hidesThin = hideThin ?? !bands;
    const { page, errors } = await openPage(browser, path, { width, height: 900 }, { deviceScaleFactor: ratio, beforeLoad });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    if (!byOrigin) await page.getByLabel('Colour by origin').uncheck();
    const chart = page.locator('svg.chart__svg');

    // A large graph's thin links are in a canvas of their own, painted the same either way: out of the comparison.
    if (ready) await page.waitForSelector(ready, { state: 'attached' });
    if (hidesThin) await page.locator('canvas.links__canvas').evaluate((canvas: HTMLElement) => (canvas.style.visibility = 'hidden'));
    await dragTo(page, slider, 0.7);
    await page.waitForSelector(`canvas.links__drag-canvas[data-painter="${painter}"]`);
    // The SVG bands go once the canvas is painted.
    await page.waitForFunction(() => document.querySelectorAll('g.link path.link__band, g.link path.link__stroke').length === 0);
    // The boxes and labels are painted too, their SVG hidden.
    await page.waitForSelector('svg.chart__svg[data-painted="nodes"]');
    expect(await page.locator('g.labels').evaluate((labels) => getComputedStyle(labels).visibility)).toBe('hidden');
    if (moves.length > 0) {
      const svgBefore = await chart.evaluate((svg) => svg.innerHTML);
      await moveOn(page, slider, moves);
      // Those steps went straight to the canvas: the (hidden) SVG is still the first step's.
      expect(await chart.evaluate((svg) => svg.innerHTML)).toBe(svgBefore);
    }
    // The notes and keys under the chart follow the canvas (the numbered boxes' amounts among them),
    // ten times a second during a drag (see usePacedDuringDrag): read once they have caught up.
    const footnotes = () =>
      page.evaluate(() =>
        [...document.querySelector('.chart')!.children]
          .filter((e) => e.tagName.toLowerCase() !== 'svg')
          .map((e) => e.textContent)
          .join(' | '),
      );
    let footnotesPainted = await footnotes();
    // Caught up: the same on two reads more than DRAG_PACE_MS apart.
    for (let read = ''; read !== footnotesPainted;) {
      read = footnotesPainted;
      await page.waitForTimeout(2 * DRAG_PACE_MS);
      footnotesPainted = await footnotes();
    }
    const thinCanvas = page.locator('canvas.links__canvas');
    const showThin = (shown: boolean) =>
      thinCanvas.evaluate((canvas: HTMLElement, visibility) => (canvas.style.visibility = visibility), shown ? '' : 'hidden');
    // The thin links alone, then the chart without them.
    const paintedThin = thinBlur ? await thinCanvas.screenshot() : undefined;
    if (thinBlur) await showThin(false);
    const painted = await chart.screenshot();
    if (thinBlur) await showThin(true);

    // Steps painted without rendering: letting go renders the chart's last step, and repaints the thin links.
    const thinRepaint = moves.length > 0 && !hidesThin && (await page.locator('canvas.links__canvas').count()) > 0;
    if (thinRepaint)
      await page.evaluate(() =>
        document
          .querySelector('canvas.links__canvas')!
          .addEventListener('linkspainted', () => (document.body.dataset.thinPainted = 'yes'), {
            once: true,
          }),
      );
    await release(page);
    await page.waitForSelector('canvas.links__drag-canvas', { state: 'detached' });
    if (thinRepaint) await page.waitForSelector('body[data-thin-painted="yes"]', { state: 'attached' });
    if (bands) expect(await page.locator(`g.link path.link__${byOrigin ? 'band' : 'stroke'}`).count()).toBeGreaterThan(3);
    expect(await page.locator('g.labels').evaluate((labels) => getComputedStyle(labels).visibility)).toBe('visible');
    const drawnThin = thinBlur ? await thinCanvas.screenshot() : undefined;
    if (thinBlur) await showThin(false);
    const drawn = await chart.screenshot();
    expect(await footnotes()).toBe(footnotesPainted);

    // Anti-aliasing differs a little between the two renderers: about 1% of the chart's pixels by
    // more than 8 of 255. Bands 10% fainter change over 30% of them, a missing hatch 5% by far more.
    expect(await differingShare(page, painted, drawn, 8)).toBeLessThan(maxShare);
    if (paintedThin && drawnThin) expect(await differingShare(page, paintedThin, drawnThin, 8, thinBlur)).toBeLessThan(thinMaxShare);
    // A worker blocked on purpose fails to load, as the console says; nothing else may.
    expect(errors.filter((e) => !workerBlocked || !e.includes('Failed to load resource'))).toEqual([]);
    return page;
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`look the same painted as drawn, and come back as SVG when let go: default chart, ${scheme}`, async () => {
      const page = await compare('./?lang=en', '#slider-nvidia-openai', scheme);
      await page.context().close();
    });
  }

  it('look the same painted as drawn in the neutral link colour of the dark theme', async () => {
    const page = await compare('./?lang=en', '#slider-nvidia-openai', 'dark', { byOrigin: false });
    await page.context().close();
  });

  it('look the same painted as drawn after steps painted without rendering the SVG: default chart, then a phone in Chinese', async () => {
    const wide = await compare('./?lang=en', '#slider-nvidia-openai', 'light', { moves: [0.2, 0.45, 0.3] });
    await wide.context().close();
    const phone = await compare('./?lang=zh-TW', '#slider-nvidia-openai', 'dark', { width: 375, moves: [0.3, 0.6, 0.45] });
    await phone.context().close();
  });

  it('paint a drag that makes the loop taller at every step without rendering the SVG at every step: the box grows with room', async () => {
    const { page, errors } = await openPage(browser, './?lang=en', { width: 1280, height: 900 });
    const chart = page.locator('svg.chart__svg');
    const ownHeight = () => chart.evaluate((svg) => Number(svg.getAttribute('height')));
    const before = await ownHeight();
    await dragTo(page, '#slider-nvidia-openai', 0.31);
    await page.waitForSelector('svg.chart__svg[data-painted="nodes"]');
    // A reader drags the deal up a point a frame: at a fixed scale the loop grows on every step.
    const rendered = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('#slider-nvidia-openai')!;
      const changes = new MutationObserver(() => {});
      changes.observe(document.querySelector('svg.chart__svg')!, { subtree: true, attributes: true, childList: true, characterData: true });
      let steps = 0;
      for (let value = 32; value <= 50; value++) {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Whatever the step changed in the SVG is there by the next frame.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (changes.takeRecords().length > 0) steps++;
      }
      changes.disconnect();
      return steps;
    });
    await release(page);
    await page.waitForSelector('canvas.links__drag-canvas', { state: 'detached' });
    // The loop did grow: each of those steps was taller than the one before.
    expect(await ownHeight()).toBeGreaterThan(before);
    // Only a step that outgrew the box rendered (to grow it, with room for the next ones); the others were painted.
    expect(rendered).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('look the same painted as drawn in the rounds view after steps painted without rendering the SVG', async () => {
    const page = await compare('./?lang=en&view=rounds', '#slider-nvidia-openai', 'light', { moves: [0.3, 0.5] });
    expect(await page.locator('g.round-frame text.round-frame__header').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('look the same painted as drawn with a stress test shown: shortfalls and defaults painted between the bands, boxes and labels', async () => {
    // Painted by the page, as any small chart's (see PAGE_PAINTS_UP_TO): the stress panel follows a drag ten times a second.
    const page = await compare('./?lang=en&year=2027&shock.equity=0.5&shock.revenue=0.3', '#slider-customer-revenue', 'dark', {
      painter: 'main',
      ready: 'svg.chart__svg g.shortfalls',
      moves: [0.3, 0.5],
    });
    // Hidden while painted, back when let go.
    expect(await page.locator('g.shortfalls').evaluate((marks) => getComputedStyle(marks).visibility)).toBe('visible');
    expect(await page.locator('g.defaults rect.default-mark').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('look the same painted as drawn on a phone in Chinese: numbered boxes, wrapped names, dark', async () => {
    const page = await compare('./?lang=zh-TW', '#slider-nvidia-openai', 'dark', { width: 375 });
    expect(await page.locator('g.label-tag').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`look the same painted by the worker as drawn: a chart of over 150 links and boxes drawn link by link, its bands and boxes, ${scheme}`, async () => {
      const page = await compare(
        `./?lang=en&data=${encodeURIComponent(`${server.url}/medium.json`)}`,
        '.slider input[type=range]',
        scheme,
        {
          painter: 'worker',
        },
      );
      await page.context().close();
    });
  }

  it('look the same painted by the worker as drawn on a phone in Chinese at two device pixels per pixel, after steps painted without rendering', async () => {
    const page = await compare(
      `./?lang=zh-TW&data=${encodeURIComponent(`${server.url}/medium.json`)}`,
      '.slider input[type=range]',
      'dark',
      {
        painter: 'worker',
        width: 375,
        ratio: 2,
        moves: [0.3, 0.55],
      },
    );
    await page.context().close();
  });

  it('look the same painted as drawn on a graph drawn in bulk: its boxes, one path in SVG, painted box by box', async () => {
    const page = await compare(`./?lang=en&data=${encodeURIComponent(`${server.url}/large.json`)}`, '.slider input[type=range]', 'light', {
      painter: 'worker',
      bands: false,
      // About 1% differs (text anti-aliasing); without the boxes, 3%.
      maxShare: 0.02,
    });
    expect(await page.locator('g.nodes--bulk path.node__bulk').count()).toBe(1);
    await page.context().close();
  });

  it('paint a graph drawn in bulk without rendering the SVG after the first step: its thin links too, as drawn when let go', async () => {
    const page = await compare(`./?lang=en&data=${encodeURIComponent(`${server.url}/large.json`)}`, '#slider-compute-scale', 'light', {
      painter: 'worker',
      bands: false,
      // The rest of the chart, without the thin links: about 1% differs (the boxes' anti-aliasing).
      maxShare: 0.02,
      // The thin links apart, painted at half the resolution while dragged (see thinLinksRatio):
      // blurred by 2 px, 0.8% differ; painted from the first step's links instead, 6.8%.
      thinBlur: 2,
      thinMaxShare: 0.03,
      moves: [0.3, 0.55],
      // The thin links are compared too: painted from the model mid-drag, and drawn from the rendered chart when let go.
      hideThin: false,
    });
    expect(await page.locator('g.nodes--bulk path.node__bulk').count()).toBe(1);
    // Let go, the thin links are painted at the screen's own pixels again (the canvas's size follows the worker's paint).
    const thinPixels = () =>
      page.locator('canvas.links__canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width / canvas.clientWidth);
    await expect.poll(thinPixels).toBe(1);
    await page.context().close();
  });

  it('are painted by the page itself, the same, when the painting worker cannot start: a graph drawn in bulk', async () => {
    const blocked = (page: Page) => page.route('**/dragLinksWorker-*', (route) => route.abort());
    const page = await compare(`./?lang=en&data=${encodeURIComponent(`${server.url}/large.json`)}`, '.slider input[type=range]', 'light', {
      painter: 'main',
      beforeLoad: blocked,
      workerBlocked: true,
      bands: false,
      maxShare: 0.02,
    });
    await page.context().close();
  });

  it('are painted by the page itself, the same, when the painting worker cannot start: a chart drawn link by link, on a phone in Chinese, dark', async () => {
    // What a browser that cannot hand a canvas to a worker shows of a chart the worker would paint.
    const blocked = (page: Page) => page.route('**/dragLinksWorker-*', (route) => route.abort());
    const page = await compare(
      `./?lang=zh-TW&data=${encodeURIComponent(`${server.url}/medium.json`)}`,
      '.slider input[type=range]',
      'dark',
      {
        width: 375,
        painter: 'main',
        beforeLoad: blocked,
        workerBlocked: true,
      },
    );
    expect(await page.locator('g.label-tag').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('look the same painted as drawn: a deal on ice (hatched) and a letter of intent (dashed), on a screen of two pixels per pixel', async () => {
    const fragment = await encodeDataFragment(marked());
    if (!fragment.ok) throw new Error('the small dataset should fit in a link');
    // A chart this small (up to PAGE_PAINTS_UP_TO links and boxes) is painted by the page itself.
    const page = await compare(`./?lang=en${fragment.hash}`, '#slider-stake', 'light', { ratio: 2, painter: 'main' });
    expect(await page.locator('g.link path.link__hatch').count()).toBe(1);
    expect(await page.locator('g.link[data-mark="dashed"]').count()).toBe(1);
    await page.context().close();
  });
});
