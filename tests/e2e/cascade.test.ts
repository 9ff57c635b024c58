import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

// In 2027, with new equity stopped and real customers paying 90% less, OpenAI, Anthropic and xAI
// cannot pay in round 1 and Oracle in round 2 (checked against runStress on the default dataset);
// xAI has no box on the chart then, so the chart marks OpenAI and Anthropic, then Oracle. Oracle's
// round-2 shortfall is owed to its lenders, not drawn as a link: the bands are all round 1's. A link
// with shocks opens the stress section.
const PATH = './?year=2027&shock.equity=1&shock.revenue=0.9';
const ROUND_1 = ['anthropic', 'openai'];
const ROUND_2 = ['oracle'];

const LANGS = [
  { lang: 'en', query: '', play: 'Play the cascade', pause: 'Pause' },
  { lang: 'zh-TW', query: '&lang=zh-TW', play: '逐輪播放連鎖違約', pause: '暫停' },
] as const;

interface Frame {
  /** Every default mark on the chart as "key:round", sorted. */
  marks: string[];
  /** The rounds of the shortfall bands drawn. */
  bands: number[];
}

/** Records every state of the chart's stress marks, from now on, as the page draws them. */
async function recordMarks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: Frame[] = [];
    const svg = document.querySelector('svg.chart__svg')!;
    const frame = (): Frame => ({
      marks: [...svg.querySelectorAll('.default-mark')].map((m) => `${m.getAttribute('data-key')}:${m.getAttribute('data-round')}`).sort(),
      bands: [...svg.querySelectorAll('.shortfall')].map((b) => Number(b.getAttribute('data-round'))),
    });
    const push = () => {
      const next = frame();
      if (JSON.stringify(next) !== JSON.stringify(log.at(-1))) log.push(next);
    };
    push();
    new MutationObserver(push).observe(svg, { subtree: true, childList: true, attributes: true });
    (window as unknown as { __marks: Frame[] }).__marks = log;
  });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __marks: Frame[] }).__marks);

describe.runIf(hasBrowser)('playing the cascade on the chart', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const { lang, query, play, pause } of LANGS) {
    it(`marks round 1's defaulters and their unpaid bills before round 2's (${lang})`, async () => {
      const { page, errors } = await openPage(browser, `${PATH}${query}`);
      await page.waitForSelector('svg.chart__svg .default-mark');
      await recordMarks(page);
      const button = page.locator('button.stress__play');
      expect(await button.textContent()).toBe(play);
      await button.click();
      expect(await button.textContent()).toBe(pause);
      // Played to the end, the button offers Play again (two rounds of a second each).
      await page.waitForFunction((label) => document.querySelector('button.stress__play')?.textContent === label, play, {
        timeout: 10000,
      });

      const states = (await recorded(page)).map((f) => ({ ...f, bands: [...new Set(f.bands)].sort() }));
      const all = [...ROUND_1.map((k) => `${k}:1`), ...ROUND_2.map((k) => `${k}:2`)].sort();
      // Before Play: every round marked. Round 0: nothing marked, no unpaid band. Round 1: its
      // defaulters and their bands. Round 2: Oracle too. Each state follows the one before.
      expect(states.map((s) => s.marks)).toEqual([all, [], ROUND_1.map((k) => `${k}:1`), all]);
      expect(states[1]!.bands).toEqual([]);
      expect(states[2]!.bands).toEqual([1]);
      expect(await page.textContent('.stress__steps')).toContain('2 / 2');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('under reduced motion offers no Play; the step buttons step the marks', async () => {
    const { page, errors } = await openPage(browser, PATH, undefined, { reducedMotion: 'reduce' });
    await page.waitForSelector('svg.chart__svg .default-mark');
    expect(await page.$('button.stress__play')).toBeNull();
    await page.click('.stress__steps button:has-text("Previous round")');
    await page.waitForFunction((n) => document.querySelectorAll('svg.chart__svg .default-mark').length === n, ROUND_1.length);
    // Nothing moves on by itself.
    await page.waitForTimeout(1500);
    expect(await page.$$eval('svg.chart__svg .default-mark', (marks) => marks.length)).toBe(ROUND_1.length);
    await page.click('.stress__steps button:has-text("Next round")');
    await page.waitForFunction(
      (n) => document.querySelectorAll('svg.chart__svg .default-mark').length === n,
      ROUND_1.length + ROUND_2.length,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
